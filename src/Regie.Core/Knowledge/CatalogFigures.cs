using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Scoring;

namespace Regie.Core.Knowledge;

/// <summary>The fields whose unknown share `regie catalog lint` reports (issue 17 point 6): where scores depend on the catalog.</summary>
public enum CatalogField
{
    HostingProvider,
    HostingRegion,
    DataLocation,

    /// <summary>A product with at least one of hosting provider, hosting region and data location unknown; the others have all three known (issue 17 point 1 counts those).</summary>
    AnyHostingField,

    /// <summary>
    /// Of those, the products run by whoever uses them (hosting provider <c>self-hosted</c>) whose region or data location is
    /// open: the catalog cannot know where a board runs its own copy; the board records that in its landscape.
    /// </summary>
    SelfHostedPlaceOpen,
    UltimateParent,
    ModelCriteria,
}

/// <summary><paramref name="Unknown"/> of <paramref name="Total"/> not known; the share is 0 when there is nothing to count.</summary>
public sealed record UnknownShare(CatalogField Field, int Unknown, int Total)
{
    public double Share => Total == 0 ? 0 : (double)Unknown / Total;
}

/// <summary>How many facts were read on one date (null: a fact without a date, which lint already rejects).</summary>
public sealed record FactsReadOn(DateOnly? Date, int Facts);

/// <summary>
/// How thin the catalog's knowledge is where scores depend on it: the unknown share of hosting provider, hosting region
/// and data location over the products (all, and the most-used ones of catalog/most-used.yaml when that list exists), of
/// the ultimate parent over the companies, and of the model's criteria over the demo board's services; with how many
/// facts were read on each date, so a catalog whose facts were all copied on one day shows it.
/// </summary>
public sealed record CatalogFigures(
    IReadOnlyList<UnknownShare> Products,
    UnknownShare UltimateParents,
    IReadOnlyList<UnknownShare>? MostUsedProducts,
    UnknownShare DemoBoardCriteria,
    int DemoBoardServices,
    IReadOnlyList<FactsReadOn> FactsByDateRead)
{
    public static CatalogFigures Measure(RegieKnowledge knowledge)
    {
        var catalog = knowledge.Catalog;
        var mostUsed = knowledge.MostUsedProducts() is { } used ? PlaceShares(catalog, used) : null;

        var parents = new UnknownShare(CatalogField.UltimateParent,
            catalog.Companies.Count(c => !OwnershipChain.Resolve(catalog, c.Id).ReachesUltimateParent), catalog.Companies.Count);

        var demo = Demo.DemoBoard.Create(knowledge);
        var criteria = BoardAssessor.Assess(demo, knowledge).Services
            .SelectMany(s => s.Sovereignty.Objectives.SelectMany(o => o.Criteria))
            .ToList();
        var demoCriteria = new UnknownShare(CatalogField.ModelCriteria, criteria.Count(c => c.IsUnknown), criteria.Count);

        var byDate = KnowledgeLint.Facts(catalog, new HashSet<string>())
            .GroupBy(f => f.Checked)
            .OrderBy(g => g.Key)
            .Select(g => new FactsReadOn(g.Key, g.Count()))
            .ToList();

        return new(PlaceShares(catalog, catalog.Products), parents, mostUsed, demoCriteria, demo.Services.Count, byDate);
    }

    /// <summary>The unknown shares of where the products run and keep their data; <see cref="AllThreeKnown"/> reads the count of products with all three known.</summary>
    public static IReadOnlyList<UnknownShare> PlaceShares(KnowledgeCatalog catalog, IReadOnlyList<Product> products)
    {
        bool SelfHosted(Product p) => CatalogQuestions.IsSelfHosted(catalog, p);
        var open = products.Where(p => !(p.HostingProvider.IsKnown && p.HostingRegion.IsKnown && p.DataLocation.IsKnown)).ToList();
        return
        [
            new(CatalogField.HostingProvider, products.Count(p => !p.HostingProvider.IsKnown), products.Count),
            new(CatalogField.HostingRegion, products.Count(p => !p.HostingRegion.IsKnown), products.Count),
            new(CatalogField.DataLocation, products.Count(p => !p.DataLocation.IsKnown), products.Count),
            new(CatalogField.AnyHostingField, open.Count, products.Count),
            new(CatalogField.SelfHostedPlaceOpen, open.Count(SelfHosted), open.Count),
        ];
    }

    /// <summary>How many of the products have hosting provider, hosting region and data location all known, of how many.</summary>
    public static (int Known, int Total) AllThreeKnown(IReadOnlyList<UnknownShare> shares) =>
        shares.Single(s => s.Field == CatalogField.AnyHostingField) is var any ? (any.Total - any.Unknown, any.Total) : default;
}
