using YamlDotNet.Serialization;

namespace Regie.Cli.Tests;

public sealed class LintingTheCatalog
{
    [Fact]
    public async Task TheRealDataFolderPasses()
    {
        var result = await Cli.RunAsync("catalog", "lint", "--data", Cli.RealDataFolder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Geen fouten", result.Out);
    }

    [Fact]
    public async Task ACommandKeepsTheParsedFilesInTheDataFolderAndTheNextGivesTheSameReport()
    {
        using var board = new TestBoard();
        var data = Path.Combine(board.Folder, "data");
        CopyFolder(Cli.RealDataFolder, data);

        var first = await Cli.RunAsync("catalog", "lint", "--data", data);
        var kept = Directory.GetFiles(Path.Combine(data, ".cache"), "*.json");
        var second = await Cli.RunAsync("catalog", "lint", "--data", data);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Single(kept);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(kept, Directory.GetFiles(Path.Combine(data, ".cache"), "*.json"));
    }

    [Fact]
    public async Task AFactWithoutSourceAndADanglingReferenceFailWithTheirPlace()
    {
        using var board = new TestBoard();
        var data = Path.Combine(board.Folder, "data");
        CopyFolder(Cli.RealDataFolder, data);
        AddCompany(Path.Combine(data, "catalog", "companies.yaml"), new Dictionary<string, object>
        {
            ["id"] = "kapot-bedrijf",
            ["name"] = "Kapot Bedrijf B.V.",
            ["country"] = new Dictionary<string, object> { ["value"] = "NL", ["checked"] = "2026-11-22", ["confidence"] = "confirmed" },
            ["parent"] = new Dictionary<string, object> { ["value"] = "bestaat-niet", ["source"] = "https://example.org", ["checked"] = "2026-11-22", ["confidence"] = "confirmed" },
        });

        var result = await Cli.RunAsync("catalog", "lint", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("companies.yaml: company 'kapot-bedrijf', country.source: bron ontbreekt", result.Out);
        Assert.Contains("companies.yaml: company 'kapot-bedrijf', parent: moederbedrijf 'bestaat-niet' staat niet in companies.yaml", result.Out);
    }

    [Fact]
    public async Task ADnsSignatureWithoutSourceIsNamedWithItsFileAndRecord()
    {
        using var board = new TestBoard();
        var data = Path.Combine(board.Folder, "data");
        CopyFolder(Cli.RealDataFolder, data);
        var signatures = Path.Combine(data, "discovery", "signatures.yaml");
        var text = File.ReadAllText(signatures);
        const string Source = "    source: https://learn.microsoft.com/en-us/training/modules/add-custom-domain-microsoft-365/4-plan-dns-record-requirements-for\n";
        var first = text.IndexOf(Source, StringComparison.Ordinal);
        Assert.True(first > 0, "the shipped file's first signature changed; pick another line to remove");
        File.WriteAllText(signatures, text.Remove(first, Source.Length));

        var result = await Cli.RunAsync("catalog", "lint", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("discovery/signatures.yaml", result.Out);
        Assert.Contains("microsoft-exchange-mx", result.Out);
    }

    [Fact]
    public async Task AMissingDataFolderIsNamed()
    {
        var result = await Cli.RunAsync("catalog", "lint", "--data", "/bestaat/niet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'/bestaat/niet'", result.Err);
    }

    // Through YAML rather than text, so the fixture does not depend on how curators lay out the file.
    [Fact]
    public async Task ThePassingLintPrintsTheUnknownSharesAndTheDatesFactsWereRead()
    {
        var dutch = await Cli.RunAsync("catalog", "lint", "--data", Cli.RealDataFolder);
        var english = await Cli.RunAsync("catalog", "lint", "--data", Cli.RealDataFolder, "--language", "en");

        Assert.Matches(@"Onbekend over alle [\d.]+ producten:\n  hostingpartij +\d+ van \d+ \(\d+,\d%\)", dutch.Out.Replace("\r", "", StringComparison.Ordinal));
        Assert.Matches(@"Uiteindelijk moederbedrijf onbekend: \d+ van \d+ bedrijven", dutch.Out);
        Assert.Matches(@"Criteria van het model onbekend over de \d+ diensten van het demobestuur: \d+ van \d+ antwoorden", dutch.Out);
        Assert.Matches(@"  gelezen op 2026-11-22: [\d.]+", dutch.Out);
        Assert.Matches(@"  hosting provider +\d+ of \d+ \(\d+\.\d%\)", english.Out);
        Assert.Matches(@"  read on 2026-11-22: [\d,]+", english.Out);
    }

    [Fact]
    public async Task WithAListOfMostUsedProductsTheLintCountsOverThoseToo()
    {
        using var board = new TestBoard();
        var data = Path.Combine(board.Folder, "data");
        CopyFolder(Cli.RealDataFolder, data);
        File.AppendAllText(Path.Combine(data, "catalog", "products.yaml"), "\n" + string.Concat(new[] { "test-veel-a", "test-veel-b" }.Select(id => $$"""
              - id: {{id}}
                name: "Test {{id}}"
                category: opslag
                vendor: {value: microsoft, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
                hostingProvider: {value: azure, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
                hostingRegion: {value: unknown, source: "searched", checked: 2026-11-01, confidence: unknown}
                dataLocation: {value: unknown, source: "searched", checked: 2026-11-01, confidence: unknown}
                openSource: {value: "no", source: "https://example.org", checked: 2026-11-01, confidence: confirmed}

            """)));
        File.WriteAllText(Path.Combine(data, "catalog", "most-used.yaml"), "products:\n  - {id: test-veel-a, why: test}\n  - {id: test-veel-b, why: test}\n");

        var result = await Cli.RunAsync("catalog", "lint", "--data", data);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = result.Out.Replace("\r", "", StringComparison.Ordinal);
        Assert.Contains("Onbekend over de 2 meest gebruikte producten (catalog/most-used.yaml):\n  hostingpartij           0 van 2 (0,0%)\n"
            + "  hostingregio            2 van 2 (100,0%)\n  locatie van gegevens    2 van 2 (100,0%)\n"
            + "  één of meer van de drie 2 van 2 (100,0%)\n  alle drie bekend: 0 van 2\n", text);
        // The shipped catalog's Nextcloud and WordPress are self-hosted: the line over all products counts them apart.
        Assert.Matches(@"  alle drie bekend: \d+ van \d+; van de andere \d+ worden er \d+ zelf gehost \(waar, bepaalt wie het draait\)\n", text);
    }

    private static void AddCompany(string path, Dictionary<string, object> company)
    {
        var document = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<object>>>(File.ReadAllText(path));
        document["companies"].Add(company);
        File.WriteAllText(path, new SerializerBuilder().Build().Serialize(document));
    }

    internal static void CopyFolder(string from, string to) => Regie.Core.Knowledge.Loading.DataFolder.Copy(from, to);
}
