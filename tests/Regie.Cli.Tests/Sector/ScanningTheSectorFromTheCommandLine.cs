namespace Regie.Cli.Tests.Sector;

/// <summary>`regie sector register` → `regie sector scan` against the real Knot on loopback → `regie sector summary --format csv`.</summary>
[Collection(KnotDnsCollection.Name)]
public sealed class ScanningTheSectorFromTheCommandLine(KnotServer dns) : IDisposable
{
    private readonly TestBoard _files = new();

    public void Dispose() => _files.Dispose();

    private static string[] Month(string month) =>
        [.. Directory.GetFiles(Path.Combine(TestFiles.Fixtures("duo"), month), "*.csv").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task TheRegisterIsScannedAndSummarisedPerProviderAsDutchExcelCsv()
    {
        var register = await _files.RunAsync(["sector", "register", .. Month("2026-11")]);
        Assert.True(register.ExitCode == 0, register.ToString());
        Assert.Contains("Register opgeslagen: 3 besturen, 7 vestigingen", register.Out, StringComparison.Ordinal);

        var scan = await _files.RunAsync("sector", "scan", "--nameserver", dns.Nameserver, "--retries", "0", "--quiet");
        Assert.True(scan.ExitCode == 0, scan.ToString());
        Assert.Contains("6 domeinen, 6 beantwoord", scan.Out, StringComparison.Ordinal);

        var summary = await _files.RunAsync("sector", "summary", "--format", "csv");
        Assert.True(summary.ExitCode == 0, summary.ToString());
        var lines = summary.Out.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Groep;Gebied;Aanbieder-id;Aanbieder;Scholen;Aandeel scholen;Besturen;Aandeel besturen;Leerlingen;Aandeel leerlingen", lines[0]);
        // Microsoft: the two m365 locations (300 + 100 pupils) and the gateway school's mailbox (200); board 90001 by its own domain.
        Assert.Contains("alle;Mail;microsoft;Microsoft;3;42,9%;1;33,3%;600;24,7%", lines);
        // Google: the vo college (1,200) and the so school (80); boards 90003 by its domain and 90002, whose three schools tie, by provider id.
        Assert.Contains("alle;Mail;google;Google;2;28,6%;2;66,7%;1280;52,7%", lines);
    }

    [Fact]
    public async Task ASecondScanIsANewScanAndTheComparisonSaysWhoMoved()
    {
        await _files.RunAsync(["sector", "register", .. Month("2026-11")]);
        await _files.RunAsync("sector", "scan", "--nameserver", dns.Nameserver, "--retries", "0", "--quiet");
        var first = (await _files.RunAsync("sector", "summary", "--format", "json")).Out;
        var firstId = System.Text.Json.JsonDocument.Parse(first).RootElement.GetProperty("scan").GetProperty("id").GetString()!;

        var again = await _files.RunAsync("sector", "scan", "--nameserver", dns.Nameserver, "--retries", "0", "--quiet");
        var compared = await _files.RunAsync("sector", "summary", "--by", "size", "--compare", firstId[..8]);

        Assert.True(compared.ExitCode == 0, compared.ToString());
        Assert.DoesNotContain(firstId[..8], again.Out, StringComparison.Ordinal);
        Assert.Contains($"Sinds scan {firstId[..8]}", compared.Out, StringComparison.Ordinal);
        Assert.Contains("niemand verhuisd", compared.Out, StringComparison.Ordinal); // the same DNS twice
        Assert.Contains("klein bestuur", compared.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenFileIsRefusedNamingFileLineAndColumnAndTheStoredRegisterStays()
    {
        await _files.RunAsync(["sector", "register", .. Month("2026-11")]);
        var broken = Path.Combine(TestFiles.Fixtures("duo"), "broken", "05-adressen-schoolbesturen.csv");

        var result = await _files.RunAsync(["sector", "register", broken, .. Month("2026-12").Where(f => !f.EndsWith("schoolbesturen.csv", StringComparison.Ordinal))]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("05-adressen-schoolbesturen.csv: regel 3, kolom BEVOEGD GEZAG NUMMER: '9OOO2' is geen geldige waarde.", result.Err, StringComparison.Ordinal);
        var december = await _files.RunAsync(["sector", "register", .. Month("2026-12")]);
        Assert.Contains("school 92BB00 heet nu CBS De Zonnewijzer (was CBS De Regenboog)", december.Out, StringComparison.Ordinal); // November was still stored
    }

    [Fact]
    public async Task WithTheRangesTheWebsitesNetworkNamesTheWebHosting()
    {
        await _files.RunAsync(["sector", "register", .. Month("2026-11")]);
        var list = _files.WriteFile("hoster.txt", "192.0.2.0/26\n2001:db8::/32\n");
        await _files.RunAsync("ranges", "import", list, "--format", "cidr", "--provider", "Eigen hoster");

        var scan = await _files.RunAsync("sector", "scan", "--nameserver", dns.Nameserver, "--retries", "0", "--quiet", "--ranges");
        var summary = await _files.RunAsync("sector", "summary", "--format", "csv");

        Assert.True(scan.ExitCode == 0, scan.ToString());
        // Three of the test zones put www in the imported range (800 pupils between them); without --ranges no web host is named.
        Assert.Contains("alle;WebHosting;Eigen hoster;Eigen hoster;3;42,9%;1;33,3%;800;32,9%", summary.Out.Split("\r\n"));
    }
}
