using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Core.Scoring;
using Regie.Data;

namespace Regie.Web.Features.Sharing;

/// <summary>The dashboard's "Uw bestuur naast de sector" (issue 15 point 5): the board's figures beside the sector's and its peers' quartiles.</summary>
public sealed record SectorBenchmarkView(BoardBenchmark Benchmark, int K, bool BoardShares)
{
    /// <summary>Null when fewer than k boards share: then there is no sector to stand beside.</summary>
    public static async Task<SectorBenchmarkView?> ForAsync(
        SharedSector sector, RegieDbContext db, BoardLandscape landscape, OrganisationEntity organisation, BoardAssessment assessment, GraphAnalysis graph,
        CancellationToken ct)
    {
        var k = sector.Rule.K;
        if (await SharedSector.SharingBoardsAsync(db, ct) < k)
        {
            return null;
        }

        var analysis = await sector.AnalysisAsync(ct);
        return new SectorBenchmarkView(analysis.Benchmark(SharedSector.Comparable(landscape, organisation, assessment, graph)), k, organisation.SharesWithSector);
    }
}
