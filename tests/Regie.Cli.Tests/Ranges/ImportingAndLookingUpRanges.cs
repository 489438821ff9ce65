using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using static Regie.Tests.Support.RangeFixtures;

namespace Regie.Cli.Tests.Ranges;

public sealed class ImportingAndLookingUpRanges
{
    private static async Task<List<IpRangeSetEntity>> StoredSetsAsync(TestBoard board)
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        return await db.IpRangeSets.AsNoTracking().OrderBy(s => s.Provider).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static async Task ImportAsync(TestBoard board, string format, string provider, params string[] files)
    {
        var result = await board.RunAsync(["ranges", "import", .. files.Select(PathOf), "--format", format, "--provider", provider]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task AnImportedAddressIsAttributedWithServiceRegionAndSource()
    {
        using var board = new TestBoard();
        await ImportAsync(board, "aws", "Amazon Web Services", "aws-ip-ranges.json");

        var result = await board.RunAsync("ranges", "lookup", "18.185.3.4", "2a05:d014::10", "192.0.2.1", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("adres,provider,dienst,regio,reeks,bronbestand,versie,geimporteerd", lines[0]);
        Assert.StartsWith("18.185.3.4,Amazon Web Services,EC2,eu-central-1,18.184.0.0/15,aws-ip-ranges.json,1763900000 (2026-11-20-12-13-14),", lines[1]);
        Assert.StartsWith("2a05:d014::10,Amazon Web Services,EC2,eu-central-1,2a05:d014::/35,", lines[2]);
        Assert.Equal("192.0.2.1,geen provider gevonden,,,,,,", lines[3]);
    }

    [Fact]
    public async Task TheMostSpecificRangeWinsAcrossProviders()
    {
        using var board = new TestBoard();
        await ImportAsync(board, "aws", "Amazon Web Services", "aws-ip-ranges.json");
        await ImportAsync(board, "zoom", "Zoom", "Zoom.txt");

        var result = await board.RunAsync("ranges", "lookup", "3.7.35.10", "3.7.36.10", "::ffff:3.7.35.11", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(("Zoom", "3.7.35.0/25"), (rows[0].GetProperty("provider").GetString(), rows[0].GetProperty("prefix").GetString()));
        Assert.Equal(("Amazon Web Services", "3.0.0.0/9"), (rows[1].GetProperty("provider").GetString(), rows[1].GetProperty("prefix").GetString()));
        Assert.True(rows[1].GetProperty("found").GetBoolean());
        Assert.Equal("Zoom", rows[2].GetProperty("provider").GetString());
    }

    [Fact]
    public async Task TheTableNamesAnAddressWithoutProvider()
    {
        using var board = new TestBoard();
        await ImportAsync(board, "cloudflare", "Cloudflare", "cloudflare-ips-v4", "cloudflare-ips-v6");

        var result = await board.RunAsync("ranges", "lookup", "104.16.1.1", "198.51.100.7");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Cloudflare", result.Out);
        Assert.Contains("104.16.0.0/13", result.Out);
        Assert.Contains("geen provider gevonden", result.Out);
    }

    [Fact]
    public async Task ReimportingAProviderReplacesItsSet()
    {
        using var board = new TestBoard();
        await ImportAsync(board, "aws", "AWS", "aws-ip-ranges.json");
        await ImportAsync(board, "gcp", "Google", "gcp-goog.json");

        var again = await board.RunAsync("ranges", "import", PathOf("hosting-cidr.csv"), "--format", "cidr", "--provider", "aws");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("vervangen", again.Out);
        var sets = await StoredSetsAsync(board);
        Assert.Equal([("Google", 6), ("aws", 3)], sets.Select(s => (s.Provider, s.PrefixCount)));
        var lookup = await board.RunAsync("ranges", "lookup", "18.185.3.4", "5.9.1.1", "--format", "csv");
        Assert.Contains("18.185.3.4,geen provider gevonden", lookup.Out);
        Assert.Contains("5.9.1.1,aws,Dedicated servers,Falkenstein,5.9.0.0/16,hosting-cidr.csv,", lookup.Out);
    }

    [Fact]
    public async Task ABrokenFileStoresNothingAndKeepsTheEarlierSet()
    {
        using var board = new TestBoard();
        await ImportAsync(board, "akamai", "Akamai", "akamai_ipv4_CIDRs.txt");
        var before = await StoredSetsAsync(board);

        var result = await board.RunAsync("ranges", "import", PathOf("akamai_ipv6_CIDRs.txt"), PathOf("broken-akamai-bad-cidr.txt"), "--format", "akamai", "--provider", "Akamai");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken-akamai-bad-cidr.txt: regel 3, veld 'cidr': '23.32.0.300/11'", result.Err);
        Assert.Contains("Niets geïmporteerd", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        var after = await StoredSetsAsync(board);
        Assert.Equal(before.Select(s => (s.Provider, s.PrefixCount, s.Prefixes)), after.Select(s => (s.Provider, s.PrefixCount, s.Prefixes)));
    }

    [Fact]
    public async Task ABrokenFirstImportLeavesNoSet()
    {
        using var board = new TestBoard();
        Assert.Equal(0, (await board.RunAsync("ranges", "list")).ExitCode);

        var result = await board.RunAsync("ranges", "import", PathOf("broken-aws-missing-field.json"), "--format", "aws", "--provider", "AWS");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken-aws-missing-field.json: prefixes[1], veld 'ip_prefix': ontbreekt.", result.Err);
        Assert.Empty(await StoredSetsAsync(board));
    }

    [Fact]
    public async Task TheListShowsEverySetWithCountAndVersion()
    {
        using var board = new TestBoard();
        await ImportAsync(board, "oracle", "Oracle Cloud", "oracle-public_ip_ranges.json");
        await ImportAsync(board, "fastly", "Fastly", "fastly-public-ip-list.json");

        var result = await board.RunAsync("ranges", "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains("Oracle Cloud") && l.Contains("oracle") && l.Contains(" 4 ") && l.Contains("2026-11-21T19:55:47.204985"));
        Assert.Contains(lines, l => l.Contains("Fastly") && l.Contains(" 21 ") && l.Contains("fastly-public-ip-list.json"));
        Assert.True(lines.ToList().FindIndex(l => l.Contains("Fastly")) < lines.ToList().FindIndex(l => l.Contains("Oracle Cloud")));
    }

    [Fact]
    public async Task TheAuditKeepsAFingerprintOfALargeSetNotASecondCopy()
    {
        using var board = new TestBoard();
        var big = board.WriteFile("groot.txt", string.Join('\n', Enumerable.Range(0, 600).Select(i => $"10.{i / 256}.{i % 256}.0/24")));

        var result = await board.RunAsync("ranges", "import", big, "--format", "cidr", "--provider", "Groot");

        Assert.True(result.ExitCode == 0, result.ToString());
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var audit = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().SingleAsync(a => a.Entity == nameof(IpRangeSetEntity), TestContext.Current.CancellationToken);
        Assert.Contains("tekens, sha256", audit.NewValues);
        Assert.True(audit.NewValues!.Length < 2000, audit.NewValues);
    }

    [Fact]
    public async Task AnAddressThatIsNoAddressIsAUsageError()
    {
        using var board = new TestBoard();

        var result = await board.RunAsync("ranges", "lookup", "10.1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'10.1' is geen IPv4- of IPv6-adres.", result.Err);
    }
}
