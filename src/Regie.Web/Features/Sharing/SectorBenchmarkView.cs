using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Core.Scoring;
using Regie.Data;

namespace Regie.Web.Features.Sharing;

/// <summary>
/// The dashboard's "Uw bestuur naast de sector" (issue 15 point 5): the board's figures beside the quartiles of the standing
/// sector release; when none stands, only why (<see cref="Release"/>), and no comparison.
/// </summary>
public sealed record SectorBenchmarkView(BoardBenchmark? Benchmark, int K, bool BoardShares, SectorReleaseView Release)
{
    /// <summary>Null while no release was ever made and fewer than k boards share: then there is no sector to stand beside, nor news of one.</summary>
    public static async Task<SectorBenchmarkView?> ForAsync(
        SharedSector sector, RegieDbContext db, BoardLandscape landscape, OrganisationEntity organisation, BoardAssessment assessment, GraphAnalysis graph, CancellationToken ct)
    {
        var release = await sector.CurrentAsync(db, ct);
        if (!release.EverReleased && release.Why is [TooFewBoardsForRelease])
        {
            return null;
        }

        var benchmark = release.Published ? release.Analysis.Benchmark(SharedSector.Comparable(landscape, organisation, assessment, graph)) : null;
        return new SectorBenchmarkView(benchmark, release.Analysis.Rule.K, organisation.SharesWithSector, release);
    }
}
