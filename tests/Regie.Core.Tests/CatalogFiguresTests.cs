using Regie.Core.Knowledge;

namespace Regie.Core.Tests;

/// <summary>Issue 17 point 6: the unknown shares and the dates facts were read, as `regie catalog lint` prints them.</summary>
public class CatalogFiguresTests
{
    private static CatalogFigures Of(DataCopy data) => CatalogFigures.Measure(KnowledgeLoader.Load(data.Folder));

    private static UnknownShare Products(CatalogFigures f, CatalogField field) => f.Products.Single(s => s.Field == field);

    [Fact]
    public void AProductWithAnUnknownRegionCountsAsUnknownForTheRegionOnly()
    {
        using var before = new DataCopy();
        using var after = new DataCopy().Append("products.yaml", V2Yaml.Product("test-regio-onbekend", ""));

        var (was, now) = (Of(before), Of(after));

        Assert.Equal(Products(was, CatalogField.HostingRegion) with { Unknown = Products(was, CatalogField.HostingRegion).Unknown + 1, Total = Products(was, CatalogField.HostingRegion).Total + 1 },
            Products(now, CatalogField.HostingRegion));
        Assert.Equal(Products(was, CatalogField.HostingProvider).Unknown, Products(now, CatalogField.HostingProvider).Unknown);
        Assert.Equal(Products(was, CatalogField.DataLocation).Unknown, Products(now, CatalogField.DataLocation).Unknown);
        Assert.Equal(Products(was, CatalogField.AnyHostingField).Unknown + 1, Products(now, CatalogField.AnyHostingField).Unknown);
    }

    [Fact]
    public void ACompanyWhoseParentIsUnknownHasNoKnownUltimateParent()
    {
        using var before = new DataCopy();
        using var after = new DataCopy().Append("companies.yaml", """
              - id: test-onbekende-eigenaar
                name: "Test"
                country: {value: NL, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
                parent: {value: unknown, source: "searched the register", checked: 2026-11-01, confidence: unknown}
            """);

        Assert.Equal(Of(before).UltimateParents.Unknown + 1, Of(after).UltimateParents.Unknown);
    }

    [Fact]
    public void TheMostUsedFiguresAppearOnlyWithTheirListAndCountOverItsProducts()
    {
        using var data = new DataCopy()
            .Append("products.yaml", V2Yaml.Product("test-veel-a", ""))
            .Append("products.yaml", V2Yaml.Product("test-veel-b", ""));
        // The shipped catalog has its own list; without one the figures are left out.
        File.Delete(Path.Combine(data.Folder, "catalog", "most-used.yaml"));
        Assert.Null(Of(data).MostUsedProducts);

        File.WriteAllText(Path.Combine(data.Folder, "catalog", "most-used.yaml"),
            "products:\n  - {id: test-veel-a, why: test}\n  - {id: test-veel-b, why: test}\n");

        var mostUsed = Of(data).MostUsedProducts!;
        Assert.Equal(new UnknownShare(CatalogField.HostingRegion, 2, 2), mostUsed.Single(s => s.Field == CatalogField.HostingRegion));
        Assert.Equal(new UnknownShare(CatalogField.HostingProvider, 0, 2), mostUsed.Single(s => s.Field == CatalogField.HostingProvider));
        Assert.Equal(new UnknownShare(CatalogField.AnyHostingField, 2, 2), mostUsed.Single(s => s.Field == CatalogField.AnyHostingField));
    }

    [Fact]
    public void AProductCountsAsAllThreeKnownOnlyWhenProviderRegionAndLocationAreAllKnown()
    {
        using var data = new DataCopy()
            .Append("products.yaml", V2Yaml.Product("test-drie-bekend", "").Replace(
                "hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
                "hostingRegion: {value: {nl: \"West-Europa\", en: \"West Europe\"}, " + V2Yaml.Fact + "}", StringComparison.Ordinal))
            .Append("products.yaml", V2Yaml.Product("test-regio-open", ""));
        File.WriteAllText(Path.Combine(data.Folder, "catalog", "most-used.yaml"),
            "products:\n  - {id: test-drie-bekend, why: test}\n  - {id: test-regio-open, why: test}\n");

        Assert.Equal(new UnknownShare(CatalogField.AnyHostingField, 1, 2), Of(data).MostUsedProducts!.Single(s => s.Field == CatalogField.AnyHostingField));
    }

    [Fact]
    public void ASelfHostedProductWithItsPlaceOpenIsCountedApartAmongTheOpenOnes()
    {
        using var data = new DataCopy()
            .Append("products.yaml", V2Yaml.Product("test-zelf", "").Replace("hostingProvider: {value: azure,", "hostingProvider: {value: self-hosted,", StringComparison.Ordinal))
            .Append("products.yaml", V2Yaml.Product("test-azure-open", ""));
        File.WriteAllText(Path.Combine(data.Folder, "catalog", "most-used.yaml"),
            "products:\n  - {id: test-zelf, why: test}\n  - {id: test-azure-open, why: test}\n");

        var mostUsed = Of(data).MostUsedProducts!;

        // Both have the region open; only the one its users run themselves is counted apart, out of the two open ones.
        Assert.Equal(new UnknownShare(CatalogField.AnyHostingField, 2, 2), mostUsed.Single(s => s.Field == CatalogField.AnyHostingField));
        Assert.Equal(new UnknownShare(CatalogField.SelfHostedPlaceOpen, 1, 2), mostUsed.Single(s => s.Field == CatalogField.SelfHostedPlaceOpen));
    }

    [Fact]
    public void AMostUsedProductThatIsNotInTheCatalogFailsLint()
    {
        using var data = new DataCopy();
        File.WriteAllText(Path.Combine(data.Folder, "catalog", "most-used.yaml"), "products:\n  - {id: bestaat-niet, why: test}\n  - {id: microsoft-365}\n");

        var issues = data.LintIssues();
        Assert.Contains("most-used.yaml: product 1 'bestaat-niet', id: staat niet in products.yaml", issues);
        Assert.Contains("most-used.yaml: product 2 'microsoft-365', why: ontbreekt: zeg waarom dit product tot de meest gebruikte hoort (bron)", issues);
    }

    [Fact]
    public void FactsAreCountedByTheDateTheyWereRead()
    {
        using var before = new DataCopy();
        using var after = new DataCopy().Append("products.yaml", V2Yaml.Product("test-gelezen", ""));

        int On(CatalogFigures f) => f.FactsByDateRead.SingleOrDefault(d => d.Date == new DateOnly(2026, 11, 1))?.Facts ?? 0;

        // vendor, hostingProvider, hostingRegion, dataLocation and openSource, all read on 2026-11-01.
        Assert.Equal(On(Of(before)) + 5, On(Of(after)));
        Assert.Equal(Of(after).FactsByDateRead.Select(d => d.Date).Order(), Of(after).FactsByDateRead.Select(d => d.Date));
    }

    [Fact]
    public void TheModelsCriteriaAreCountedForEveryServiceOfTheDemoBoard()
    {
        var figures = CatalogFigures.Measure(ShippedData.Knowledge);

        Assert.Equal(figures.DemoBoardServices * ShippedData.Knowledge.Model.Criteria.Count, figures.DemoBoardCriteria.Total);
        Assert.InRange(figures.DemoBoardCriteria.Unknown, 1, figures.DemoBoardCriteria.Total - 1);
    }
}
