using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.Planning;

/// <summary>Where a candidate comes from: the catalog's list of alternatives for the product, or a product of the same category that scores better.</summary>
public enum CandidateOrigin { CatalogAlternative, SameCategory }

/// <summary>
/// The service as it would score on the candidate, and what that does to the board: its mean score and how many services
/// stand where against the minimum. A move can lower the mean (what the catalog does not know of the candidate counts as the
/// worst answer) while services stop failing on known facts; the verdict counts the latter, so the page shows both.
/// </summary>
public sealed record WhatIf(ServiceAssessment Assessment, double ScoreChange, int SealChange, double BoardMeanBefore, double BoardMeanAfter)
{
    /// <summary>The board's services against the minimum before the move.</summary>
    public StandingCounts StandingsBefore { get; init; } = StandingCounts.None;

    /// <summary>The same after the move.</summary>
    public StandingCounts StandingsAfter { get; init; } = StandingCounts.None;

    public double Score => Assessment.Sovereignty.Score;
    public int Seal => Assessment.Sovereignty.Seal;

    /// <summary>The score if every question the catalog cannot answer yet got the best answer: unknown counts as the worst in <see cref="Score"/>.</summary>
    public double OptimisticScore => Assessment.Sovereignty.OptimisticScore;
}

/// <summary>
/// One candidate: its facts from the catalog (each with its own source), the indicative effort of the move, when the
/// catalog describes it as a product the what-if, and why it is listed for this service (<see cref="SameFunction"/>).
/// </summary>
public sealed record AlternativeCandidate(
    MoveTarget Target, CandidateOrigin Origin, WhatIf? WhatIf, PlanningReason? Unknown, IReadOnlyList<Standard> Standards, IReadOnlyList<string> UnknownStandards,
    EffortEstimate Effort, IReadOnlyList<PlanningReason> Listed)
{
    public string Id => Target.Id;
    public string Name => Target.Name;
    public string NameIn(string language) => Target.NameIn(language);
    public Alternative? Alternative => Target.Alternative;
    public Product? Product => Target.Product;
}

/// <summary>An alternative the catalog names for the service's product that Regie does not propose, and why.</summary>
public sealed record NotProposed(MoveTarget Target, PlanningReason Why);

/// <summary>The candidates for one service, best first, with the service as it stands now and the catalog's alternatives left out.</summary>
public sealed record ServiceAlternatives(ServiceAssessment Current, IReadOnlyList<AlternativeCandidate> Candidates, PlanningReason? Why, IReadOnlyList<NotProposed> NotProposed);

public static class AlternativeFinder
{
    /// <summary>
    /// The catalog's alternatives for the service's product, each with its verdict for the service's function (no scoring):
    /// what an exit plan picks from. <paramref name="board"/> null when unknown (see <see cref="SameFunction.Of"/>).
    /// </summary>
    public static IReadOnlyList<(Alternative Alternative, FunctionVerdict Verdict)> CatalogAlternatives(
        BoardLandscape? board, Service service, KnowledgeCatalog catalog, RegieKnowledge knowledge)
    {
        if (service.CatalogProductId is not { } id || !catalog.ProductById.TryGetValue(id, out var product))
        {
            return [];
        }

        var function = SameFunction.Of(board, service, product, catalog, knowledge);
        return [.. catalog.AlternativesFor(product.Id).Select(a => (a, function.Judge(MoveTarget.Resolve(a.Id, catalog), namedByCatalog: true)))];
    }

    /// <summary>
    /// Candidates for a service: the catalog's alternatives for its product that serve the same function, then catalog
    /// products of the same category that would score better. Each is scored by replacing the service's product in the
    /// board's landscape and re-assessing the whole board, so inherited caps and dependants count.
    /// </summary>
    public static ServiceAlternatives For(BoardLandscape landscape, RegieKnowledge knowledge, ServiceId id, string? profileId = null, BoardAssessment? current = null)
    {
        // Every what-if differs from the board in one service: the cache scores the others once.
        var cache = new AssessmentCache();
        current ??= BoardAssessor.Assess(landscape, knowledge, profileId, cache);
        var now = current.For(id) ?? throw new ArgumentException("De dienst bestaat niet bij dit bestuur.", nameof(id));
        var catalog = knowledge.Catalog.For(landscape);
        var product = now.Service.Product;
        if (product is null)
        {
            return new(now, [], new NoCatalogProduct(), []);
        }

        var function = SameFunction.Of(landscape, now.Service.Service, product, catalog, knowledge);

        var meanBefore = current.Services.Average(s => s.Sovereignty.Score);
        var standingsBefore = StandingCounts.Of(current);
        WhatIf Score(Product target)
        {
            var after = BoardAssessor.Assess(Replacement.Apply(landscape, id, target), knowledge, profileId, cache);
            var service = after.For(id)!;
            return new WhatIf(service, service.Sovereignty.Score - now.Sovereignty.Score, service.Sovereignty.Seal - now.Sovereignty.Seal,
                meanBefore, after.Services.Average(s => s.Sovereignty.Score))
            {
                StandingsBefore = standingsBefore,
                StandingsAfter = StandingCounts.Of(after),
            };
        }

        AlternativeCandidate Candidate(MoveTarget target, CandidateOrigin origin, WhatIf? whatIf, IReadOnlyList<PlanningReason> listed)
        {
            var ids = target.StandardIds;
            return new(target, origin, whatIf, target.Unknown,
                [.. ids.Where(catalog.StandardById.ContainsKey).Select(s => catalog.StandardById[s])],
                [.. ids.Where(s => !catalog.StandardById.ContainsKey(s))],
                MigrationEffort.Estimate(landscape, now.Service.Service, target, catalog, knowledge.EffortRules), listed);
        }

        var candidates = new List<AlternativeCandidate>();
        var notProposed = new List<NotProposed>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { product.Id };
        foreach (var alternative in catalog.AlternativesFor(product.Id))
        {
            var target = MoveTarget.Resolve(alternative.Id, catalog);
            if (target.Product is { } covered)
            {
                seen.Add(covered.Id);
            }

            var verdict = function.Judge(target, namedByCatalog: true);
            if (verdict.NotProposed is { } why)
            {
                notProposed.Add(new(target, why));
                continue;
            }

            candidates.Add(Candidate(target, CandidateOrigin.CatalogAlternative, target.Product is { } p ? Score(p) : null, verdict.Listed));
        }

        foreach (var other in catalog.Products.Where(p => p.Category == product.Category && !seen.Contains(p.Id)))
        {
            var target = new MoveTarget(other.Id, other.Name, other, null);
            var verdict = function.Judge(target, namedByCatalog: false);
            if (!verdict.Proposed)
            {
                continue;
            }

            var whatIf = Score(other);
            if (whatIf.ScoreChange > 0.5 || whatIf.SealChange > 0)
            {
                candidates.Add(Candidate(target, CandidateOrigin.SameCategory, whatIf, verdict.Listed));
            }
        }

        var ordered = candidates
            .OrderByDescending(c => c.WhatIf is not null)
            .ThenByDescending(c => c.WhatIf?.Seal ?? -1)
            .ThenByDescending(c => c.WhatIf?.Score ?? -1)
            .ThenBy(c => c.Origin)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new(now, ordered, ordered.Count == 0 ? new NoAlternatives() : null, notProposed);
    }
}

