using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

/// <summary>
/// What a service's own facts give — its resolved facts and its objective scores before dependencies cap them — kept
/// per service instance, so that re-assessing a board in which only a few services changed (the roadmap's quarter after
/// quarter, the what-ifs of alternatives) scores only the changed ones. Services are immutable records and a what-if
/// replaces the changed ones with new instances, so an instance seen before gives the same result. The cache follows one
/// board: when the knowledge or the board's own catalog entries change, it starts over. Not thread-safe: one cache per
/// computation, as the roadmap and the alternatives use it.
/// </summary>
public sealed class AssessmentCache
{
    private readonly Dictionary<Service, OwnPart> parts = new(ReferenceEqualityComparer.Instance);
    private RegieKnowledge? knowledge;
    private BoardLandscape? localOf;
    private KnowledgeCatalog? catalog;

    /// <summary>The catalog as the board sees it, made once while the board's own entries stay the same lists.</summary>
    internal KnowledgeCatalog CatalogFor(BoardLandscape landscape, RegieKnowledge current)
    {
        if (catalog is null || !ReferenceEquals(knowledge, current) || localOf is null || !SameLocalEntries(localOf, landscape))
        {
            parts.Clear();
            knowledge = current;
            localOf = landscape;
            catalog = current.Catalog.For(landscape);
        }

        return catalog;
    }

    internal OwnPart Own(Service service, Func<Service, OwnPart> score)
    {
        if (!parts.TryGetValue(service, out var part))
        {
            parts[service] = part = score(service);
        }

        return part;
    }

    private static bool SameLocalEntries(BoardLandscape a, BoardLandscape b) =>
        ReferenceEquals(a.LocalCompanies, b.LocalCompanies) && ReferenceEquals(a.LocalProviders, b.LocalProviders)
        && ReferenceEquals(a.LocalProducts, b.LocalProducts) && ReferenceEquals(a.Corrections, b.Corrections)
        && ReferenceEquals(a.VendorStatements, b.VendorStatements);
}

/// <summary>One service's resolved facts and its own score per scored objective, in the model's objective order.</summary>
internal sealed record OwnPart(ResolvedService Resolved, OwnScore[] Objectives);

/// <summary>
/// An objective's score from the service's own answers, before dependencies cap it; the answers themselves only when
/// explained. <paramref name="CutoffAnsweredWorst"/>: null when the cut-off criterion is not among the objective's.
/// </summary>
internal readonly record struct OwnScore(
    CriterionResult[] Criteria, double Score, int Seal, double OptimisticScore, int OptimisticSeal, int Unknown, bool? CutoffAnsweredWorst);
