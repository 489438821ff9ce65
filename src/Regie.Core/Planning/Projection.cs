using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.Planning;

/// <summary>
/// The board as it would stand: mean score, services per SEAL level (index 0–4) and the concentration indices (HHI,
/// 0–10,000) of ultimate parents and hosting providers, with the largest of each.
/// </summary>
public sealed record Projection(
    double MeanScore, IReadOnlyList<int> SealCounts, double ParentHhi, double ProviderHhi,
    LocalizedText? TopParent, double TopParentShare, LocalizedText? TopProvider, double TopProviderShare)
{
    /// <summary>The mean score if every unknown answer were the best one; <see cref="MeanScore"/> follows the EC rule (unknown is the worst).</summary>
    public double MeanOptimisticScore { get; init; }

    /// <summary>Services per SEAL level if every unknown answer were the best one.</summary>
    public IReadOnlyList<int> OptimisticSealCounts { get; init; } = [0, 0, 0, 0, 0];

    /// <summary>
    /// The board's services with a minimum by where they stand against it, in the verdict's terms: a move can leave every
    /// SEAL level and the mean as they were (or lower the mean) while services stop failing on known facts.
    /// </summary>
    public StandingCounts Standings { get; init; } = StandingCounts.None;

    /// <param name="cache">
    /// The same cache for every variant of one board: services that did not change are not scored again. Only the scores
    /// and the concentration indices are computed, not urgency or the whole graph.
    /// </param>
    public static Projection Of(BoardLandscape landscape, RegieKnowledge knowledge, string? profileId, AssessmentCache? cache = null)
    {
        var scores = BoardAssessor.Sovereignty(landscape, knowledge, profileId, cache);
        var (parents, providers) = DependencyAnalysis.ConcentrationIndices(landscape, [.. scores.Select(s => s.Service)]);
        var processes = landscape.Processes.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        return Of([.. scores.Select(s => s.Sovereignty)], parents, providers) with
        {
            Standings = StandingCounts.Of(scores.Select(s => BoardAssessor.Policy(s.Service.Service, s.Sovereignty, processes, knowledge.Model))),
        };
    }

    /// <summary>A board already assessed, with the two concentration indices measured on its landscape.</summary>
    public static Projection Of(BoardAssessment assessment, BoardLandscape landscape)
    {
        var (parents, providers) = DependencyAnalysis.ConcentrationIndices(landscape, [.. assessment.Services.Select(s => s.Service)]);
        return Of([.. assessment.Services.Select(s => s.Sovereignty)], parents, providers) with { Standings = StandingCounts.Of(assessment) };
    }

    public static Projection Of(BoardAssessment assessment, GraphAnalysis graph) =>
        Of([.. assessment.Services.Select(s => s.Sovereignty)], graph.ParentIndex, graph.ProviderIndex) with { Standings = StandingCounts.Of(assessment) };

    /// <summary>
    /// A rise of the concentration index worth saying in words. The 2023 US Merger Guidelines (section 2.1) count a change of
    /// more than 100 HHI points as a significant increase; smaller moves are noise in a board's handful of parties.
    /// </summary>
    public const double NotableHhiRise = 100;

    /// <summary>The ultimate-parent and the hosting-provider index that rise notably from <paramref name="before"/> to <paramref name="after"/>, in that order.</summary>
    public static IReadOnlyList<ConcentrationRises> ConcentrationRisesBetween(Projection before, Projection after)
    {
        var rises = new List<ConcentrationRises>();
        if (after.ParentHhi - before.ParentHhi > NotableHhiRise)
        {
            rises.Add(new(ConcentrationParties.UltimateParents, after.TopParent, after.TopParentShare, before.ParentHhi, after.ParentHhi));
        }

        if (after.ProviderHhi - before.ProviderHhi > NotableHhiRise)
        {
            rises.Add(new(ConcentrationParties.HostingProviders, after.TopProvider, after.TopProviderShare, before.ProviderHhi, after.ProviderHhi));
        }

        return rises;
    }

    private static Projection Of(IReadOnlyList<SovereigntyScore> scores, ConcentrationIndex parents, ConcentrationIndex providers)
    {
        var seals = new int[5];
        var optimisticSeals = new int[5];
        foreach (var s in scores)
        {
            seals[Math.Clamp(s.Seal, 0, 4)]++;
            optimisticSeals[Math.Clamp(s.OptimisticSeal, 0, 4)]++;
        }

        var mean = scores.Count == 0 ? 0 : scores.Average(s => s.Score);
        var parent = parents.Shares.FirstOrDefault();
        var provider = providers.Shares.FirstOrDefault();
        return new Projection(mean, seals, parents.Hhi, providers.Hhi, parent.Name, parent.Share, provider.Name, provider.Share)
        {
            MeanOptimisticScore = scores.Count == 0 ? 0 : scores.Average(s => s.OptimisticScore),
            OptimisticSealCounts = optimisticSeals,
        };
    }
}
