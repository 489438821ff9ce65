using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;

namespace Regie.Web.Features.Sharing;

/// <summary>
/// The sector picture of the shared landscapes: one home for the page and the API (issue 15 points 3–6). The list of
/// sharing boards is read on every call, so a board that revokes is out of every aggregate at once; only a board's
/// contribution is kept, keyed by the board's version (<see cref="BoardVersion"/>, read for all sharing boards in one query), the knowledge and the day, so only changed boards are
/// analysed again. Reads every board's rows on a system context and publishes aggregates only.
/// </summary>
public sealed class SharedSector(DatabaseSettings settings, RegieKnowledge knowledge, TimeProvider time, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<Guid, (Stamp Key, BoardContribution Contribution)> contributions = new();
    private Kept? last;

    /// <summary>The fewest boards a published figure rests on: <c>Regie:Sector:K</c>, 5 by default, never below 2.</summary>
    public DisclosureRule Rule => new(Math.Max(2, configuration.GetValue<int?>("Regie:Sector:K") ?? DisclosureRule.DefaultK));

    /// <summary>
    /// How many boards share today: the dashboard asks it on every view, before anything else, on the request's own context
    /// (a count across boards, no board's rows).
    /// </summary>
    public static Task<int> SharingBoardsAsync(RegieDbContext db, CancellationToken ct) => SharingBoards.For(db)(db, ct);

    private static readonly CompiledPerModel<Func<RegieDbContext, CancellationToken, Task<int>>> SharingBoards = new(() => EF.CompileAsyncQuery(
        (RegieDbContext db, CancellationToken _) => db.Organisations.IgnoreQueryFilters(new[] { RegieDbContext.TenantFilter }).Count(o => o.SharesWithSector)));

    /// <summary>The analysis over the boards that share right now.</summary>
    public async Task<SectorAnalysis> AnalysisAsync(CancellationToken ct)
    {
        await using var db = RegieDatabase.Create(settings, TenantContext.System, time);
        var boards = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
            .Where(o => o.SharesWithSector).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.WeightProfile, o.Province, o.RegisterBoardNumber }).ToListAsync(ct);
        var ids = boards.Select(b => b.Id).ToList();
        var versions = await BoardVersion.ReadManyAsync(db, ids, ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rule = Rule;
        Stamp KeyOf(Guid board) => new(versions.GetValueOrDefault(board), today);

        var stale = ids.Where(id => !contributions.TryGetValue(id, out var kept) || kept.Key != KeyOf(id)).ToList();
        if (stale.Count > 0)
        {
            var landscapes = await db.LoadSectorLandscapesAsync(time, stale, ct);
            var profile = boards.ToDictionary(b => b.Id);
            // Each board's analysis is independent; bounded so one sector recomputation does not take every core.
            Parallel.ForEach(landscapes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2), CancellationToken = ct }, landscape =>
            {
                var board = profile[landscape.Organisation.Id.Value];
                var contribution = BoardContribution.Of(landscape, knowledge, new SharingProfile(board.Province, board.RegisterBoardNumber), board.WeightProfile);
                contributions[board.Id] = (KeyOf(board.Id), contribution);
            });
        }

        foreach (var gone in contributions.Keys.Where(id => !ids.Contains(id)).ToList())
        {
            contributions.TryRemove(gone, out _);
        }

        var key = $"{rule.K}/" + string.Join(",", ids.Select(id => $"{id}={KeyOf(id)}"));
        if (last is { } kept && kept.Key == key)
        {
            return kept.Analysis;
        }

        var analysis = new SectorAnalysis([.. ids.Select(id => contributions[id].Contribution)], rule);
        last = new Kept(key, analysis);
        return analysis;
    }

    /// <summary>A contribution holds while the board's stored data and the day stay the same (the knowledge is this instance's own).</summary>
    private readonly record struct Stamp(BoardVersion Version, DateOnly Day);

    // One reference, so a reader never sees the key of one analysis with another.
    private sealed record Kept(string Key, SectorAnalysis Analysis);

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
