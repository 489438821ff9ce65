using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Data;

namespace Regie.Web.Features.Discovery;

/// <summary>The review of a discovery run that goes beyond one finding, for the /discovery page and the API alike.</summary>
public static class DiscoveryOperations
{
    /// <summary>Findings at least this sure may be accepted together.</summary>
    public const double LikelyConfidence = 0.8;

    /// <summary>Accepts every proposed finding of the run at least <see cref="LikelyConfidence"/> sure, all or none; null when there is no such run.</summary>
    public static async Task<int?> AcceptLikelyAsync(RegieDbContext db, RegieKnowledge knowledge, Guid runId, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.DiscoveryRunAsync(runId, ct) is not { } stored)
        {
            return null;
        }

        var likely = stored.Run.Findings.Where(f => f.Review == FindingReview.Proposed && f.Confidence >= LikelyConfidence).ToList();
        await db.RunInTransactionAsync(async () =>
        {
            foreach (var finding in likely)
            {
                await db.AcceptFindingAsync(finding.Id, knowledge.Catalog, now, ct);
            }
        }, ct);
        return likely.Count;
    }
}
