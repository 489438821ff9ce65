namespace Regie.Cli.Tests.Sector;

/// <summary>
/// `regie sector scan --concurrency N --rate R` against the real Knot on loopback: the run says the pacing it really uses,
/// one domain at a time and eight at a time find the same and ask as many questions, and a wrong value is refused in Dutch
/// naming the option, before anything is stored. Counted, never timed: the rate itself is counted in PacingTheQuestions.
/// </summary>
[Collection(KnotDnsCollection.Name)]
public sealed class PacingTheSectorScan(KnotServer dns) : IDisposable
{
    private readonly TestBoard _one = new();
    private readonly TestBoard _eight = new();

    public void Dispose()
    {
        _one.Dispose();
        _eight.Dispose();
    }

    private static string[] November =>
        [.. Directory.GetFiles(Path.Combine(TestFiles.Fixtures("duo"), "2026-11"), "*.csv").Order(StringComparer.Ordinal)];

    private async Task<CliResult> ScanAsync(TestBoard board, params string[] pacing)
    {
        var register = await board.RunAsync(["sector", "register", .. November]);
        Assert.True(register.ExitCode == 0, register.ToString());
        return await board.RunAsync(["sector", "scan", "--nameserver", dns.Nameserver, "--retries", "0", "--quiet", .. pacing]);
    }

    /// <summary>"6 domeinen, 6 beantwoord, 123 DNS-vragen."</summary>
    private static string Finished(CliResult scan) => scan.Out[scan.Out.IndexOf(" klaar: ", StringComparison.Ordinal)..].Trim();

    [Fact]
    public async Task OneDomainAtATimeAndEightAtATimeFindTheSameWithAsManyQuestions()
    {
        var one = await ScanAsync(_one, "--concurrency", "1");
        var eight = await ScanAsync(_eight, "--concurrency", "8", "--rate", "1000");

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(eight.ExitCode == 0, eight.ToString());
        Assert.Contains("1 domein tegelijk, geen grens aan de DNS-vragen per seconde", one.Err, StringComparison.Ordinal);
        Assert.Contains("8 domeinen tegelijk, hoogstens 1000 DNS-vragen per seconde.", eight.Err, StringComparison.Ordinal);
        // The run's cache asks a shared name once however many domains wait for it, so the count is the same too.
        Assert.Equal(Finished(one), Finished(eight));
        Assert.Contains("6 domeinen, 6 beantwoord", Finished(one), StringComparison.Ordinal);
        foreach (var by in new[] { "sector", "province", "size" })
        {
            var a = await _one.RunAsync("sector", "summary", "--format", "csv", "--by", by);
            var b = await _eight.RunAsync("sector", "summary", "--format", "csv", "--by", by);
            Assert.True(a.ExitCode == 0, a.ToString());
            Assert.Equal(a.Out, b.Out);
        }
    }

    [Fact]
    public async Task WithoutOptionsTheDefaultsAreSaid()
    {
        var scan = await ScanAsync(_one);

        Assert.True(scan.ExitCode == 0, scan.ToString());
        Assert.Contains("16 domeinen tegelijk, geen grens aan de DNS-vragen per seconde", scan.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--concurrency", "0", "--concurrency moet groter dan 0 zijn.")]
    [InlineData("--concurrency", "-3", "--concurrency moet groter dan 0 zijn.")]
    [InlineData("--rate", "-1", "--rate mag niet negatief zijn.")]
    public async Task AWrongValueIsRefusedInDutchNamingTheOptionAndNoScanIsStarted(string option, string value, string message)
    {
        var scan = await ScanAsync(_one, option, value);
        var summary = await _one.RunAsync("sector", "summary");

        Assert.NotEqual(0, scan.ExitCode);
        Assert.Contains(message, scan.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("tegelijk", scan.Err, StringComparison.Ordinal);
        Assert.NotEqual(0, summary.ExitCode);
        Assert.Contains("Er is nog geen scan", summary.Err + summary.Out, StringComparison.Ordinal);
    }
}
