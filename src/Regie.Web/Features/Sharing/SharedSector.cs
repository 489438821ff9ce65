using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Explaining;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Sharing;

/// <summary>
/// What the shared sector shows now: the figures of the standing release with its day, or none (an analysis of no boards)
/// with the reasons: why nothing stands, and when or on what a next release waits.
/// </summary>
public sealed record SectorReleaseView(SectorAnalysis Analysis, DateOnly? MadeOn, IReadOnlyList<SectorReason> Why, bool EverReleased)
{
    public bool Published => MadeOn is not null;
}

/// <summary>
/// The sector picture of the shared landscapes: one home for the page, the API and the dashboard (issue 15 points 3–6).
/// Figures are published only as releases (<see cref="ReleaseRule"/>, docs/SECTOR-DISCLOSURE.md "Releases"): the first
/// read on which the rule allows one makes it, over the boards sharing then, and stores it, so a restart makes none anew.
/// The sharing boards are read on every call: when a board of the standing release no longer shares, the release is
/// withdrawn there and then, and nothing is published until the rule allows the next. A release's analysis is kept in
/// memory (its boards' contributions frozen); each board's contribution is kept too, keyed by the board's version
/// (<see cref="BoardVersion"/>), the knowledge and the day, so a new release analyses only the boards that changed.
/// Reads every board's rows on a system context and publishes aggregates only.
/// </summary>
public sealed class SharedSector(DatabaseSettings settings, KnowledgeOfTheDay knowledge, TimeProvider time, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<Guid, (Stamp Key, BoardContribution Contribution)> contributions = new();
    private readonly SemaphoreSlim making = new(1, 1);
    private Known? known;
    private Kept? kept;

    /// <summary>The fewest boards a published figure rests on: <c>Regie:Sector:K</c>, 5 by default, never below 2.</summary>
    public DisclosureRule Rule => new(Math.Max(2, configuration.GetValue<int?>("Regie:Sector:K") ?? DisclosureRule.DefaultK));

    /// <summary>When a release may be made: k as <see cref="Rule"/>, the period <c>Regie:Sector:ReleasePeriodDays</c> (30 by default, at least 1).</summary>
    public ReleaseRule Releases => new(Rule.K, Math.Max(1, configuration.GetValue<int?>("Regie:Sector:ReleasePeriodDays") ?? ReleaseRule.DefaultPeriodDays));

    /// <summary>The analysis of the standing release; of no boards (every figure withheld) when none stands.</summary>
    public async Task<SectorAnalysis> AnalysisAsync(CancellationToken ct) => (await CurrentAsync(ct)).Analysis;

    /// <summary>
    /// The standing release, after withdrawing it if one of its boards stopped sharing and making a new one if the rule
    /// allows. Two cheap queries (the sharing boards, the newest release's id) when nothing is to be done, on
    /// <paramref name="reading"/> when given (the request's own context: both read past the tenant filter and no board's rows);
    /// a withdrawal or a new release is written on a system context of its own.
    /// </summary>
    public async Task<SectorReleaseView> CurrentAsync(RegieDbContext? reading, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rule = Releases;
        var sharing = new HashSet<Guid>();
        Newest? newest;
        var own = reading is null ? RegieDatabase.Create(settings, ReleaseActor.Instance, time) : null;
        await using (own)
        {
            var db = reading ?? own!;
            await foreach (var id in SharingBoards.For(db)(db).WithCancellation(ct))
            {
                sharing.Add(id);
            }

            newest = await NewestRelease.For(db)(db, ct);
        }

        if (known is { } releases && releases.Describes(newest) && Settled(releases, sharing, today, rule) is { } settled)
        {
            return settled;
        }

        // One maker at a time in this process; the unique day of a release keeps a second process from making another.
        await making.WaitAsync(ct);
        try
        {
            await using var system = RegieDatabase.Create(settings, ReleaseActor.Instance, time);
            return await DecideAsync(system, sharing, today, rule, again: false, ct);
        }
        finally
        {
            making.Release();
        }
    }

    /// <inheritdoc cref="CurrentAsync(RegieDbContext?, CancellationToken)"/>
    public Task<SectorReleaseView> CurrentAsync(CancellationToken ct) => CurrentAsync(null, ct);

    private static readonly CompiledPerModel<Func<RegieDbContext, IAsyncEnumerable<Guid>>> SharingBoards = new(() => EF.CompileAsyncQuery(
        (RegieDbContext db) => db.Organisations.IgnoreQueryFilters(new[] { RegieDbContext.TenantFilter }).Where(o => o.SharesWithSector).Select(o => o.Id)));

    private static readonly CompiledPerModel<Func<RegieDbContext, CancellationToken, Task<Newest?>>> NewestRelease = new(() => EF.CompileAsyncQuery(
        (RegieDbContext db, CancellationToken _) => db.SectorReleases.OrderByDescending(r => r.MadeOn).Select(r => new Newest(r.Id, r.WithdrawnAt)).FirstOrDefault()));

    /// <summary>The view when nothing is to be written or computed; null when the slow path must run.</summary>
    private SectorReleaseView? Settled(Known releases, HashSet<Guid> sharing, DateOnly today, ReleaseRule rule)
    {
        var latest = releases.Latest;
        if (latest is { WithdrawnAt: null } && !latest.Release.StandsWith(sharing))
        {
            return null;
        }

        var decision = rule.Decide(releases.All, sharing, today);
        if (decision.Allowed)
        {
            return null;
        }

        if (latest is { WithdrawnAt: null })
        {
            return kept is { } shown && shown.ReleaseId == latest.Id && shown.K == rule.K ? Shown(latest, shown, decision) : null;
        }

        return Dark(latest, decision, rule);
    }

    private async Task<SectorReleaseView> DecideAsync(RegieDbContext db, HashSet<Guid> sharing, DateOnly today, ReleaseRule rule, bool again, CancellationToken ct)
    {
        var rows = await db.SectorReleases.OrderBy(r => r.MadeOn).ToListAsync(ct);
        var latest = rows.LastOrDefault();
        if (latest is { WithdrawnAt: null } && !latest.Boards.All(sharing.Contains))
        {
            latest.WithdrawnAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        var all = rows.Select(Stored.Of).ToList();
        var decision = rule.Decide([.. all.Select(r => r.Release)], sharing, today);
        if (decision.Allowed)
        {
            var boards = sharing.Order().ToList();
            var (analysis, stamp) = await AnalyseAsync(db, boards, sharing, today, ct);
            var made = new SectorReleaseEntity { Id = Guid.NewGuid(), MadeAt = time.GetUtcNow(), MadeOn = today, K = rule.K, Boards = boards, DataStamp = stamp };
            db.SectorReleases.Add(made);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (!again)
            {
                // Another process made today's release first: read it as it stands.
                db.ChangeTracker.Clear();
                known = null;
                return await DecideAsync(db, sharing, today, rule, again: true, ct);
            }

            all.Add(Stored.Of(made));
            kept = new Kept(made.Id, rule.K, analysis, Recomputed: false);
            decision = rule.Decide([.. all.Select(r => r.Release)], sharing, today);
        }

        var releases = new Known(all);
        known = releases;
        if (releases.Latest is not { WithdrawnAt: null } standing)
        {
            return Dark(releases.Latest, decision, rule);
        }

        if (kept is not { } shown || shown.ReleaseId != standing.Id || shown.K != rule.K)
        {
            // Not made by this process (a restart, or another instance): its boards' figures as their data stands now.
            var (analysis, stamp) = await AnalyseAsync(db, [.. standing.Release.Boards.Order()], sharing, today, ct);
            shown = new Kept(standing.Id, rule.K, analysis, Recomputed: stamp != standing.DataStamp);
            kept = shown;
        }

        return Shown(standing, shown, decision);
    }

    private static SectorReleaseView Shown(Stored release, Kept shown, ReleaseDecision next) => new(shown.Analysis, release.Release.MadeOn,
        [new FiguresOfRelease(release.Release.MadeOn), .. shown.Recomputed ? [new ReleaseRecomputed(release.Release.MadeOn)] : Array.Empty<SectorReason>(), next.Why],
        EverReleased: true);

    private SectorReleaseView Dark(Stored? latest, ReleaseDecision next, ReleaseRule rule) => new(Nothing(rule.K), null,
        [.. latest is { WithdrawnAt: { } withdrawn } ? [new ReleaseWithdrawn(latest.Release.MadeOn, DateOnly.FromDateTime(withdrawn.UtcDateTime))] : Array.Empty<SectorReason>(), next.Why],
        EverReleased: latest is not null);

    private SectorAnalysis Nothing(int k) => empty is { } none && none.Rule.K == k ? none : empty = new SectorAnalysis([], new DisclosureRule(k));

    private SectorAnalysis? empty;

    /// <summary>The analysis over <paramref name="ids"/> as their data stands, and a fingerprint of that data.</summary>
    private async Task<(SectorAnalysis Analysis, string Stamp)> AnalyseAsync(RegieDbContext db, List<Guid> ids, HashSet<Guid> sharing, DateOnly today, CancellationToken ct)
    {
        var boards = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.WeightProfile, o.Province, o.RegisterBoardNumber }).ToListAsync(ct);
        var versions = await BoardVersion.ReadManyAsync(db, ids, ct);
        Stamp KeyOf(Guid board) => new(versions.GetValueOrDefault(board), today);

        var stale = ids.Where(id => !contributions.TryGetValue(id, out var kept) || kept.Key != KeyOf(id)).ToList();
        if (stale.Count > 0)
        {
            var landscapes = await db.LoadSectorLandscapesAsync(time, stale, ct);
            var profile = boards.ToDictionary(b => b.Id);
            var knowledgeOfDay = knowledge.On(today);
            // Each board's analysis is independent; bounded so one sector recomputation does not take every core.
            Parallel.ForEach(landscapes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2), CancellationToken = ct }, landscape =>
            {
                var board = profile[landscape.Organisation.Id.Value];
                var contribution = BoardContribution.Of(landscape, knowledgeOfDay, new SharingProfile(board.Province, board.RegisterBoardNumber), board.WeightProfile);
                contributions[board.Id] = (KeyOf(board.Id), contribution);
            });
        }

        foreach (var gone in contributions.Keys.Where(id => !sharing.Contains(id)).ToList())
        {
            contributions.TryRemove(gone, out _);
        }

        return (new SectorAnalysis([.. ids.Select(id => contributions[id].Contribution)], Rule), Fingerprint(ids, versions));
    }

    // The audit count and newest entry id of each board: stable across restarts (BoardVersion's content hash is not).
    private static string Fingerprint(List<Guid> ids, IReadOnlyDictionary<Guid, BoardVersion> versions) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(";",
            ids.Select(id => versions.GetValueOrDefault(id) is var v ? $"{id:N}={v.Changes}.{v.LastEntry}" : "")))))[..32];

    /// <summary>A contribution holds while the board's stored data and the day stay the same (the knowledge is the day's).</summary>
    private readonly record struct Stamp(BoardVersion Version, DateOnly Day);

    private sealed record Newest(Guid Id, DateTimeOffset? WithdrawnAt);

    private sealed record Stored(Guid Id, SectorRelease Release, DateTimeOffset? WithdrawnAt, string DataStamp)
    {
        public static Stored Of(SectorReleaseEntity row) => new(row.Id, new SectorRelease(row.MadeOn, row.Boards.ToHashSet()), row.WithdrawnAt, row.DataStamp);
    }

    /// <summary>Every release as last read; still true while the newest release in the database is the same and equally withdrawn.</summary>
    private sealed record Known(IReadOnlyList<Stored> Releases)
    {
        public Stored? Latest => Releases.Count == 0 ? null : Releases[^1];

        public IReadOnlyList<SectorRelease> All { get; } = [.. Releases.Select(r => r.Release)];

        public bool Describes(Newest? newest) => newest is null
            ? Latest is null
            : Latest is { } latest && latest.Id == newest.Id && latest.WithdrawnAt == newest.WithdrawnAt;
    }

    // One reference, so a reader never sees the analysis of one release with the id of another.
    private sealed record Kept(Guid ReleaseId, int K, SectorAnalysis Analysis, bool Recomputed);

    /// <summary>The actor the audit names for making and withdrawing releases.</summary>
    private sealed record ReleaseActor : ITenantContext
    {
        public static readonly ReleaseActor Instance = new();
        public Guid? OrganisationId => null;
        public string Actor => "system:sectoruitgave";
    }

    /// <summary>
    /// The board's own headline figures and place, from the analysis its dashboard already holds: enough to compare it with
    /// the sector, without the sweep a full contribution runs.
    /// </summary>
    public static BoardContribution Comparable(BoardLandscape landscape, OrganisationEntity organisation, BoardAssessment assessment, GraphAnalysis graph)
    {
        var o = landscape.Organisation;
        var place = new BoardPlace(BoardPlace.GroupOf(o.Sectors),
            string.IsNullOrWhiteSpace(organisation.Province) ? CellKey.UnknownProvince : organisation.Province, BoardSizes.Of(o.Pupils));
        return new BoardContribution(o.Id, organisation.RegisterBoardNumber, [.. o.Sectors.Distinct()], place, o.Pupils, o.Staff, landscape.Schools.Count, [],
            Core.Observatory.BoardFigures.From(assessment, StandingCounts.Of(assessment), graph), new Core.Reporting.SealDistribution(new int[5], new int[5]), [], [], [], []);
    }
}
