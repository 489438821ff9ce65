using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Planning;
using Regie.Core.Tests.Matching;

namespace Regie.Core.Tests.Catalog;

/// <summary>
/// A product's name is free of language and its variant ("zelf gehost" / "self-hosted") comes in both, so Dutch pages
/// carry no English description and English pages no Dutch one.
/// </summary>
public sealed class ProductNamesInBothLanguages
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());

    // Words of the descriptions the catalog's names used to carry in English, and their Dutch counterparts.
    private static readonly string[] EnglishDescriptions =
        ["self-hosted", "hosted by", "run by", "digital methods", "formerly", "managed IT", "identity provider", "web agency", "hosting partner", "operated for"];

    private static readonly string[] DutchDescriptions = ["zelf gehost", "gehost door", "voorheen", "digitale methoden", "grafische", " bij "];

    [Fact]
    public void NoShippedProductNameCarriesADescriptionInTheOtherLanguage()
    {
        var products = Shipped.Catalog.Products;

        Assert.Empty(products.Where(p => EnglishDescriptions.Any(w => p.NameIn("nl").Contains(w, StringComparison.OrdinalIgnoreCase))).Select(p => p.Id));
        Assert.Empty(products.Where(p => DutchDescriptions.Any(w => p.NameIn("en").Contains(w, StringComparison.OrdinalIgnoreCase))).Select(p => p.Id));
    }

    [Fact]
    public void NoShippedAlternativeNameCarriesADescriptionInTheOtherLanguage()
    {
        var alternatives = Shipped.Catalog.Alternatives;

        Assert.Empty(alternatives.Where(a => EnglishDescriptions.Any(w => a.NameIn("nl").Contains(w, StringComparison.OrdinalIgnoreCase))).Select(a => a.Id));
        Assert.Empty(alternatives.Where(a => DutchDescriptions.Any(w => a.NameIn("en").Contains(w, StringComparison.OrdinalIgnoreCase))).Select(a => a.Id));
        Assert.All(alternatives, a => Assert.NotEqual(a.Caveats.Nl, a.Caveats.En));
    }

    [Fact]
    public void ACaveatInOneLanguageOrInTheOldFormFailsLint()
    {
        using var oneLanguage = new DataCopy().Append("alternatives.yaml", V2Yaml.Alternative("test-een-taal", "google-drive")
            .Replace("caveats: {nl: \"test\", en: \"test\"}", "caveats: {nl: \"alleen Nederlands\"}", StringComparison.Ordinal));
        using var oldForm = new DataCopy().Append("alternatives.yaml", V2Yaml.Alternative("test-oud", "google-drive")
            .Replace("caveats: {nl: \"test\", en: \"test\"}", "caveats: \"only English\"", StringComparison.Ordinal));

        Assert.Contains(oneLanguage.LintIssues(), i => i.Contains("alternative 'test-een-taal', caveats.en", StringComparison.Ordinal));
        Assert.Contains(oldForm.LintIssues(), i => i.Contains("alternatives.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void TheVariantFollowsTheReadersLanguage()
    {
        var nextcloud = Shipped.Catalog.ProductById["nextcloud"];

        Assert.Equal("Nextcloud", nextcloud.Name);
        Assert.Equal("Nextcloud (zelf gehost of door een ICT-partner)", nextcloud.NameIn("nl"));
        Assert.Equal("Nextcloud (self-hosted or run by an IT partner)", nextcloud.NameIn("en-GB"));
        Assert.Equal("Google Drive", Shipped.Catalog.ProductById["google-drive"].NameIn("nl"));
    }

    [Fact]
    public void AVariantInOneLanguageFailsLint()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-variant", """
                variant: {nl: "zelf gehost"}
            """));

        Assert.Contains(data.LintIssues(), i => i.Contains("product 'test-variant', variant.en", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoProductsOfOneNameAreToldApartByTheVariant()
    {
        // Jitsi's own service and the self-hosted Jitsi Meet share the name; only the variant or an alias tells them apart.
        Assert.Equal("Jitsi Meet", Shipped.Catalog.ProductById["jitsi-meet-self-hosted"].Name);
        Assert.Equal("jitsi-meet", LabelledNames.Matcher.Match("Jitsi Meet").CatalogId);
        Assert.Equal("jitsi-meet-self-hosted", LabelledNames.Matcher.Match("Jitsi Meet (zelf gehost of door een ICT-partner)").CatalogId);
        Assert.Equal("jitsi-meet-self-hosted", LabelledNames.Matcher.Match("Jitsi Meet (self-hosted or run by an IT partner)").CatalogId);
    }

    [Theory]
    [InlineData("Jitsi Meet zelf gehost door de school")]
    [InlineData("Jitsi Meet, zelf gehost")]
    [InlineData("Jitsi Meet gehost door ICT-partner")]
    [InlineData("Jitsi zelf gehost")]
    public void TheDutchVariantsCommonWordsDoNotMakeAFuzzyMatchSure(string name)
    {
        // "zelf", "gehost" and "door" stand in the Dutch variants of some twenty products; weighed in every name they would
        // let a self-hosted service written like this pass for sure as 8x8's hosted Jitsi Meet.
        Assert.NotEqual("jitsi-meet", LabelledNames.Matcher.Match(name).CatalogId);
    }
}

/// <summary>A reason names a catalog product or alternative with its variant in the reader's language, not the bare name.</summary>
public sealed class ReasonsNameTheVariant
{
    private static readonly KnowledgeCatalog Catalog = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;

    [Fact]
    public void AnAlternativeThatIsNoProductIsNamedWithItsVariant()
    {
        var backup = MoveTarget.Resolve("nextcloud-backup-eu", Catalog);

        Assert.Equal("Hetzner, OVHcloud, Leaseweb", backup.Name);
        Assert.StartsWith("Hetzner, OVHcloud, Leaseweb (back-up bij een Europese aanbieder) staat niet als product",
            ReasonText.Render(backup.Unknown!, ReasonText.Dutch));
        Assert.StartsWith("Hetzner, OVHcloud, Leaseweb (backup to an EU provider) is not a product",
            ReasonText.Render(backup.Unknown!, ReasonText.English));
    }
}
