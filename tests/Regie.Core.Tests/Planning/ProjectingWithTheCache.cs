using Regie.Core.Common;
using Regie.Core.Demo;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Planning;

/// <summary>
/// The roadmap projects every quarter with a cache that scores only the replaced services and measures only the
/// concentration indices. It must give exactly what a fresh, full assessment and graph analysis give.
/// </summary>
public class ProjectingWithTheCache
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());
    private static readonly BoardLandscape Demo = DemoBoard.Create(Shipped);

    private static Projection Fresh(BoardLandscape board) => Projection.Of(BoardAssessor.Assess(board, Shipped), DependencyAnalysis.Analyse(board, Shipped));

    /// <summary>
    /// Every demo catalog service replaced one after the other, as the roadmap does: by its first alternative that is a
    /// catalog product, else by another product of its category.
    /// </summary>
    private static List<BoardLandscape> Variants()
    {
        var variants = new List<BoardLandscape> { Demo };
        var current = Demo;
        foreach (var service in Demo.Services)
        {
            var product = service.CatalogProductId is { } id ? Shipped.Catalog.ProductById[id] : null;
            var target = product is null ? null
                : Shipped.Catalog.AlternativesFor(product.Id).Select(a => a.Product).OfType<string>().Select(p => Shipped.Catalog.ProductById[p]).FirstOrDefault()
                  ?? Shipped.Catalog.Products.FirstOrDefault(p => p.Category == product.Category && p.Id != product.Id);
            if (target is not null)
            {
                current = Replacement.Apply(current, service.Id, target);
                variants.Add(current);
            }
        }

        return variants;
    }

    [Fact]
    public void EveryVariantProjectsAsAFreshFullAnalysisDoes()
    {
        var variants = Variants();
        Assert.True(variants.Count > 20, $"only {variants.Count - 1} demo services could be replaced");
        var cache = new AssessmentCache();

        foreach (var (board, step) in variants.Select((b, i) => (b, i)))
        {
            var cached = Projection.Of(board, Shipped, null, cache);
            var fresh = Fresh(board);

            Assert.True(cached.MeanScore == fresh.MeanScore, $"step {step}: mean {cached.MeanScore} ≠ {fresh.MeanScore}");
            Assert.Equal(fresh.SealCounts, cached.SealCounts);
            Assert.Equal(fresh.ParentHhi, cached.ParentHhi, 9);
            Assert.Equal(fresh.ProviderHhi, cached.ProviderHhi, 9);
            Assert.Equal((fresh.TopParent, fresh.TopProvider), (cached.TopParent, cached.TopProvider));
            // The standings the roadmap shows: from the scores alone they must be those of the full assessment.
            Assert.Equal(fresh.Standings, cached.Standings);
        }

        Assert.NotEqual(Regie.Core.Verdict.StandingCounts.None, Fresh(variants[0]).Standings);

        // The replacements moved the board: a cache that kept stale scores would have shown the first projection throughout.
        Assert.NotEqual(Fresh(variants[0]).MeanScore, Fresh(variants[^1]).MeanScore);
    }

    [Fact]
    public void TheCacheStartsOverWhenTheBoardsOwnCatalogEntriesChange()
    {
        var cache = new AssessmentCache();
        var service = Demo.Services.First(s => s.CatalogProductId is not null);
        var before = BoardAssessor.Assess(Demo, Shipped, null, cache);

        // The board corrects the product's vendor to an unknown party of its own: the same service instance must score anew.
        var product = Shipped.Catalog.ProductById[service.CatalogProductId!];
        var corrected = Demo with
        {
            LocalProducts = [product with { Vendor = Fact<string>.Unknown("eigen correctie"), Answers = new Dictionary<string, Fact<int>>() }],
        };
        var after = BoardAssessor.Assess(corrected, Shipped, null, cache);
        var fresh = BoardAssessor.Assess(corrected, Shipped);

        Assert.Equal(fresh.Services.Select(s => s.Sovereignty.Score), after.Services.Select(s => s.Sovereignty.Score));
        Assert.NotEqual(before.Services.Select(s => s.Sovereignty.Score), after.Services.Select(s => s.Sovereignty.Score));
    }
}
