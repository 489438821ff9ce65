using System.Text.Json;

namespace Regie.Cli.Tests.Discovery;

/// <summary>`regie discover --ranges`: the addresses DNS gave are looked up in the IP ranges imported with `regie ranges import`.</summary>
[Collection(KnotDnsCollection.Name)]
public sealed class NamingTheNetworkBehindADomain(KnotServer dns) : IDisposable
{
    private readonly TestBoard _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task TheWebsiteAndTheOwnMailServerAreAttributedToTheProviderWhoseRangeHoldsThem()
    {
        var list = _files.WriteFile("hoster.txt", "192.0.2.0/26\n2001:db8::/32\n");
        var imported = await _files.RunAsync("ranges", "import", list, "--format", "cidr", "--provider", "Eigen hoster");
        Assert.True(imported.ExitCode == 0, imported.ToString());

        var result = await _files.RunAsync(
            "discover", "self-hosted-school.test", "--nameserver", dns.Nameserver, "--retries", "0", "--quiet", "--ranges", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var findings = JsonDocument.Parse(result.Out).RootElement.GetProperty("domains")[0].GetProperty("findings").EnumerateArray().ToList();
        var byRule = findings.Where(f => f.GetProperty("rule").GetString() is "web-address-range" or "mx-address-range")
            .ToDictionary(f => f.GetProperty("rule").GetString()!, f => f);
        Assert.Equal(["mx-address-range", "web-address-range"], byRule.Keys.Order());
        Assert.All(byRule.Values, f => Assert.Equal("Eigen hoster", f.GetProperty("provider").GetString()));
        var proof = byRule["web-address-range"].GetProperty("evidence")[1];
        Assert.Equal(("IP-reeks", "192.0.2.0/26"), (proof.GetProperty("recordType").GetString(), proof.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task WithoutTheRangesOptionNoAddressIsAttributed()
    {
        var list = _files.WriteFile("hoster.txt", "192.0.2.0/26\n");
        await _files.RunAsync("ranges", "import", list, "--format", "cidr", "--provider", "Eigen hoster");

        var result = await _files.RunAsync("discover", "self-hosted-school.test", "--nameserver", dns.Nameserver, "--retries", "0", "--quiet", "--format", "json");

        Assert.DoesNotContain("address-range", result.Out, StringComparison.Ordinal);
    }
}
