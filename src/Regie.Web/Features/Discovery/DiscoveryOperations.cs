using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Shared;

namespace Regie.Web.Features.Discovery;

/// <summary>What a review decision came to: the finding or run not found, refused as stale (nothing decided), or done.</summary>
public sealed record ReviewDecision(bool Found, bool Stale, ServiceEntity? Service = null, int Accepted = 0)
{
    public static ReviewDecision NotFound { get; } = new(false, false);

    public static ReviewDecision Refused { get; } = new(true, true);
}

/// <summary>
/// The review of a discovery run, for the /discovery page and the API alike. Every decision carries a version
/// (<see cref="EditVersion"/>): a finding's is its decision and service, a run's is that of all its findings, so a decision
/// taken on a review someone else changed meanwhile is refused instead of silently taken over theirs.
/// </summary>
public static class DiscoveryOperations
{
    /// <summary>Findings at least this sure may be accepted together.</summary>
    public const double LikelyConfidence = 0.8;

    /// <summary>The version of one finding's review (its decision and the service it became).</summary>
    public static string VersionOf(DiscoveryFindingEntity finding) => VersionOf(finding.Review, finding.ServiceId);

    private static string VersionOf(FindingReview review, Guid? serviceId) => EditVersion.OfValues(review.ToString(), serviceId);

    /// <summary>The version of a run's review: the versions of all its findings, in a fixed order.</summary>
    public static string ReviewVersionOf(IEnumerable<DiscoveryFindingEntity> findings) =>
        EditVersion.OfValues([.. findings.OrderBy(f => f.Id).Select(f => (object?)$"{f.Id}:{VersionOf(f)}")]);

    private static async Task<string?> StoredVersionAsync(RegieDbContext db, Guid findingId, CancellationToken ct) =>
        await db.DiscoveryFindings.AsNoTracking().Where(f => f.Id == findingId).Select(f => new { f.Review, f.ServiceId }).SingleOrDefaultAsync(ct)
            is { } stored ? VersionOf(stored.Review, stored.ServiceId) : null;

    private static async Task<string?> StoredReviewVersionAsync(RegieDbContext db, Guid runId, CancellationToken ct) =>
        await db.DiscoveryRuns.AsNoTracking().AnyAsync(r => r.Id == runId, ct)
            ? ReviewVersionOf(await db.DiscoveryFindings.AsNoTracking().Where(f => f.RunId == runId).ToListAsync(ct))
            : null;

    /// <summary>Accepts a finding while its review is still as at <paramref name="expectedVersion"/> (null: not checked).</summary>
    public static async Task<ReviewDecision> AcceptAsync(
        RegieDbContext db, RegieKnowledge knowledge, Guid findingId, string? expectedVersion, DateTimeOffset now, CancellationToken ct)
    {
        ServiceEntity? service = null;
        var done = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, () => StoredVersionAsync(db, findingId, ct),
            async () => service = await db.AcceptFindingAsync(findingId, knowledge.Catalog, now, ct), ct);
        return done && service is not null ? new(true, false, service) : await RefusedAsync(db, findingId, ct);
    }

    /// <summary>Rejects a finding while its review is still as at <paramref name="expectedVersion"/> (null: not checked).</summary>
    public static async Task<ReviewDecision> RejectAsync(RegieDbContext db, Guid findingId, string? expectedVersion, CancellationToken ct)
    {
        var rejected = false;
        var done = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, () => StoredVersionAsync(db, findingId, ct),
            async () => rejected = await db.RejectFindingAsync(findingId, ct), ct);
        return done && rejected ? new(true, false) : await RefusedAsync(db, findingId, ct);
    }

    private static async Task<ReviewDecision> RefusedAsync(RegieDbContext db, Guid findingId, CancellationToken ct) =>
        await db.DiscoveryFindings.AsNoTracking().AnyAsync(f => f.Id == findingId, ct) ? ReviewDecision.Refused : ReviewDecision.NotFound;

    /// <summary>
    /// Accepts every proposed finding of the run at least <see cref="LikelyConfidence"/> sure, all or none, while the run's review
    /// is still as at <paramref name="expectedVersion"/> (null: not checked).
    /// </summary>
    public static async Task<ReviewDecision> AcceptLikelyAsync(
        RegieDbContext db, RegieKnowledge knowledge, Guid runId, string? expectedVersion, DateTimeOffset now, CancellationToken ct)
    {
        var accepted = 0;
        var done = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, () => StoredReviewVersionAsync(db, runId, ct), async () =>
        {
            // Read under the lock: the findings as they are now, not as before someone else's decision.
            var likely = await db.DiscoveryFindings.AsNoTracking()
                .Where(f => f.RunId == runId && f.Review == FindingReview.Proposed && f.Confidence >= LikelyConfidence).Select(f => f.Id).ToListAsync(ct);
            foreach (var finding in likely)
            {
                await db.AcceptFindingAsync(finding, knowledge.Catalog, now, ct);
            }

            accepted = likely.Count;
        }, ct);
        return done ? new(true, false, Accepted: accepted)
            : await db.DiscoveryRuns.AsNoTracking().AnyAsync(r => r.Id == runId, ct) ? ReviewDecision.Refused : ReviewDecision.NotFound;
    }
}
