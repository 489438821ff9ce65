using System.Text.Json;

namespace Regie.Cli.Tests;

public sealed class ExportingTheCatalog
{
    [Fact]
    public async Task JsonHoldsEveryPartOfTheCatalogWithSources()
    {
        var result = await Cli.RunAsync("catalog", "export", "--data", Cli.RealDataFolder);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(Regie.Core.Knowledge.KnowledgeLoader.Load(Cli.RealDataFolder).Catalog.Version, root.GetProperty("version").GetString());
        foreach (var part in new[] { "companies", "providers", "standards", "products", "alternatives" })
        {
            Assert.True(root.GetProperty(part).GetArrayLength() > 0, part);
        }

        var magister = root.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "microsoft-365");
        var vendor = magister.GetProperty("vendor");
        Assert.Equal("microsoft", vendor.GetProperty("value").GetString());
        Assert.StartsWith("https://", vendor.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("confirmed", vendor.GetProperty("confidence").GetString());
        // The day the fact was read, as the catalog holds it (it moves when the fact is read again).
        var read = Regie.Core.Knowledge.KnowledgeLoader.Load(Cli.RealDataFolder).Catalog.ProductById["microsoft-365"].Vendor.Checked;
        Assert.Equal(read!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), vendor.GetProperty("checked").GetString());

        var jitsi = root.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "jitsi-meet-self-hosted");
        Assert.Equal("Jitsi Meet", jitsi.GetProperty("name").GetString());
        Assert.Equal("self-hosted or run by an IT partner", jitsi.GetProperty("variant").GetProperty("en").GetString());
        var nextcloud = root.GetProperty("alternatives").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "surf-nextcloud");
        Assert.Equal("bij SURF, proeftuin en pilots", nextcloud.GetProperty("variant").GetProperty("nl").GetString());

        var google = root.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "google");
        Assert.Equal("alphabet", google.GetProperty("ultimateParent").GetString());
        Assert.Equal("US", google.GetProperty("ultimateParentCountry").GetString());
    }

    [Fact]
    public async Task CsvHasOneRowPerProductWithTheVendorSource()
    {
        using var board = new TestBoard();
        var file = board.PathOf("catalogus.csv");

        var result = await Cli.RunAsync("catalog", "export", "--format", "csv", "--output", file, "--data", Cli.RealDataFolder);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(file);
        Assert.StartsWith("id,name,variant_nl,variant_en,category,vendor,vendor_source,vendor_confidence,ultimate_parent", lines[0], StringComparison.Ordinal);
        var drive = lines.Single(l => l.StartsWith("google-drive,", StringComparison.Ordinal));
        Assert.Contains(",alphabet,US,", drive, StringComparison.Ordinal);
        Assert.Contains("surf-nextcloud", drive, StringComparison.Ordinal);
        Assert.Contains("geschreven naar", result.Err, StringComparison.Ordinal);
        Assert.StartsWith("jitsi-meet-self-hosted,Jitsi Meet,zelf gehost of door een ICT-partner,self-hosted or run by an IT partner,videobellen,",
            lines.Single(l => l.StartsWith("jitsi-meet-self-hosted,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith("google-drive,Google Drive,,,", drive, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFormatIsAUsageError()
    {
        var result = await Cli.RunAsync("catalog", "export", "--format", "xml", "--data", Cli.RealDataFolder);

        Assert.Equal(2, result.ExitCode);
    }
}
