using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Planning;

/// <summary>
/// The board as it would stand: mean score, services per SEAL level (index 0–4) and the concentration indices (HHI,
/// 0–10,000) of ultimate parents and hosting providers, with the largest of each.
/// </summary>
public sealed record Projection(
    double MeanScore, IReadOnlyList<int> SealCounts, double ParentHhi, double ProviderHhi,
    string? TopParent, double TopParentShare, string? TopProvider, double TopProviderShare)
{
    public static Projection Of(BoardLandscape landscape, RegieKnowledge knowledge, string? profileId) =>
        Of(BoardAssessor.Assess(landscape, knowledge, profileId), DependencyAnalysis.Analyse(landscape, knowledge));

    public static Projection Of(BoardAssessment assessment, GraphAnalysis graph)
    {
        var seals = new int[5];
        foreach (var s in assessment.Services)
        {
            seals[Math.Clamp(s.Sovereignty.Seal, 0, 4)]++;
        }

        var mean = assessment.Services.Count == 0 ? 0 : assessment.Services.Average(s => s.Sovereignty.Score);
        var parent = graph.ParentIndex.Shares.FirstOrDefault();
        var provider = graph.ProviderIndex.Shares.FirstOrDefault();
        return new Projection(mean, seals, graph.ParentIndex.Hhi, graph.ProviderIndex.Hhi, parent.Name, parent.Share, provider.Name, provider.Share);
    }
}
