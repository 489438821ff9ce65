using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Core.Tests;

/// <summary>A copy of the shipped data folder that a test may break; removed afterwards.</summary>
internal sealed class DataCopy : IDisposable
{
    public DataCopy() => DataFolder.Copy(DataFolder.Locate(), Folder);

    public string Folder { get; } = Directory.CreateTempSubdirectory("regie-data-").FullName;

    /// <summary>Adds YAML list entries at the end of a catalog file (each file holds a single top-level list).</summary>
    public DataCopy Append(string catalogFile, string yaml)
    {
        var path = System.IO.Path.Combine(Folder, "catalog", catalogFile);
        File.AppendAllText(path, (File.Exists(path) ? "\n" : "companies:\n") + yaml);
        return this;
    }

    public IReadOnlyList<string> LintIssues() => [.. KnowledgeLoader.Lint(Folder).Issues.Select(i => i.ToString())];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

internal static class V2Yaml
{
    public const string Fact = "source: \"https://example.org\", checked: 2026-11-01, confidence: confirmed";

    public static string Product(string id, string extra) => """
          - id: @ID@
            name: "Test @ID@"
            category: opslag
            processes: []
            vendor: {value: microsoft, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            hostingProvider: {value: azure, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            hostingRegion: {value: unknown, source: "searched", checked: 2026-11-01, confidence: unknown}
            dataLocation: {value: eu-default, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            openSource: {value: "no", source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
        @EXTRA@
        """.Replace("@ID@", id, StringComparison.Ordinal).Replace("@EXTRA@", extra, StringComparison.Ordinal);

    public static string Alternative(string id, string replaces, string category = "opslag", string functions = "replacesFunctions: {categories: [opslag], processes: []}") => """
          - id: @ID@
            name: "Test @ID@"
            replaces: [@REPLACES@]
            category: @CATEGORY@
            @FUNCTIONS@
            licence: {value: "AGPL-3.0", source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            vendor: {value: surf, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            hostingOptions: {values: [sector], source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            standards: {values: [webdav], source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            maturity: {value: pilot, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            dutchEducationUse: {value: unknown, source: "searched", checked: 2026-11-01, confidence: unknown}
            caveats: {nl: "test", en: "test"}
            exitTerms: {value: unknown, source: "searched", checked: 2026-11-01, confidence: unknown}

        """.Replace("@ID@", id, StringComparison.Ordinal).Replace("@REPLACES@", replaces, StringComparison.Ordinal)
            .Replace("@CATEGORY@", category, StringComparison.Ordinal).Replace("@FUNCTIONS@", functions, StringComparison.Ordinal);
}

public sealed class ListFactsFollowTheFactRules
{
    [Fact]
    public void AListFactWithoutACheckedDateFailsLint()
    {
        using var data = new DataCopy().Append("products.yaml",
            V2Yaml.Product("test-geen-datum", "    subProcessors: {values: [aws], source: \"https://example.org\", confidence: confirmed}"));

        Assert.Contains("products.yaml: product 'test-geen-datum', subProcessors.checked: datum ontbreekt", data.LintIssues());
    }

    [Fact]
    public void AKnownListFactWithoutSourceFailsLint()
    {
        using var data = new DataCopy().Append("products.yaml",
            V2Yaml.Product("test-geen-bron", "    standards: {values: [saml], checked: 2026-11-01, confidence: confirmed}"));

        Assert.Contains("products.yaml: product 'test-geen-bron', standards.source: bron ontbreekt bij een bekend feit", data.LintIssues());
    }

    [Fact]
    public void APlainNameAsSubProcessorIsAllowedButADanglingIdIsNot()
    {
        using var data = new DataCopy().Append("products.yaml",
            V2Yaml.Product("test-subverwerkers", $"    subProcessors: {{values: [\"Twilio Inc.\", bestaat-niet], {V2Yaml.Fact}}}"));

        var issues = data.LintIssues();
        Assert.Contains("products.yaml: product 'test-subverwerkers', subProcessors: bedrijf 'bestaat-niet' staat niet in companies.yaml", issues);
        Assert.DoesNotContain(issues, i => i.Contains("Twilio", StringComparison.Ordinal));
    }

    [Fact]
    public void TheNewProductFactsAreReadIntoTheProduct()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-volledig", """
                subProcessors: {values: [], source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
                aiModelProvider: {value: openai, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
                standards: {values: [saml, lti-1-3], source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
                privacyCovenant: {value: "yes", source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            """));

        var (knowledge, issues) = KnowledgeLoader.Lint(data.Folder);

        Assert.Empty(issues);
        var product = knowledge!.Catalog.ProductById["test-volledig"];
        Assert.Equal(["saml", "lti-1-3"], product.Standards.Value);
        Assert.True(product.SubProcessors.IsKnown);
        Assert.Empty(product.SubProcessors.Value!);
        Assert.Equal("openai", product.AiModelProvider.Value);
        Assert.Equal(Common.Tri.Yes, product.PrivacyCovenant.Value);
        Assert.False(product.EduV.IsKnown);
    }
}

public sealed class StandardsMustResolve
{
    [Fact]
    public void ADanglingStandardIdFailsLint()
    {
        using var data = new DataCopy().Append("products.yaml",
            V2Yaml.Product("test-standaard", $"    standards: {{values: [saml, bestaat-niet], {V2Yaml.Fact}}}"));

        Assert.Contains("products.yaml: product 'test-standaard', standards: standaard 'bestaat-niet' staat niet in standards.yaml", data.LintIssues());
    }
}

public sealed class AlternativesMustReplaceKnownProducts
{
    [Fact]
    public void AnAlternativeReplacingAnUnknownProductFailsLint()
    {
        using var data = new DataCopy().Append("alternatives.yaml", V2Yaml.Alternative("test-alternatief", "google-drive, bestaat-niet"));

        Assert.Contains("alternatives.yaml: alternative 'test-alternatief', replaces: product 'bestaat-niet' staat niet in products.yaml", data.LintIssues());
    }
}

public sealed class CompanyIdsAreUniqueAcrossCompanyFiles
{
    [Fact]
    public void ACompanyInBothCompaniesAndAlternativeVendorsFailsLint()
    {
        using var data = new DataCopy().Append("alternative-vendors.yaml", """
              - id: surf
                name: "SURF, twice"
                country: {value: NL, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
                parent: {value: none, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
                kind: cooperative

            """);

        Assert.Contains("alternative-vendors.yaml: company 'surf', id: staat ook in companies.yaml; een bedrijf hoort in één van beide", data.LintIssues());
    }

    [Fact]
    public void AlternativeVendorsJoinTheCompanyList()
    {
        var catalog = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;

        Assert.True(catalog.CompanyById.ContainsKey("proton-ag"));
        Assert.Equal("CH", catalog.CompanyById["proton-ag"].Country.Value);
    }
}

public sealed class FactsAreNotCheckedAfterTheRelease
{
    [Fact]
    public void AFactDatedAfterTheCatalogReleaseFailsLint()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-toekomst",
            "    eduV: {value: \"no\", source: \"https://example.org\", checked: 2999-01-01, confidence: confirmed}"));

        Assert.Contains(data.LintIssues(), i => i.StartsWith("products.yaml: product 'test-toekomst', eduV.checked: 2999-01-01 ligt na de uitgave", StringComparison.Ordinal));
    }
}

public sealed class AlternativesForAProduct
{
    private static readonly KnowledgeCatalog Catalog = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;

    [Fact]
    public void GoogleDriveHasTheNextcloudAndSurfAlternatives()
    {
        var ids = Catalog.AlternativesFor("google-drive").Select(a => a.Id).ToList();

        Assert.Contains("surf-nextcloud", ids);
        Assert.Contains("surfdrive-alt", ids);
        Assert.Contains("nextcloud-self-hosted", ids);
    }

    [Fact]
    public void AnUnknownProductHasNoAlternatives() => Assert.Empty(Catalog.AlternativesFor("bestaat-niet"));

    [Fact]
    public void TheShippedCatalogHasItsStandardsAndAlternatives()
    {
        Assert.True(Catalog.Standards.Count >= 15);
        Assert.True(Catalog.Alternatives.Count >= 40);
        Assert.All(Catalog.Alternatives, a => Assert.All(new[] { a.Caveats.Nl, a.Caveats.En }, Assert.NotEmpty));
    }
}
