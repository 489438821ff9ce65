using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Graph;
using Regie.Core.History;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Reporting;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Data;

/// <summary>A stored snapshot as the history lists it: when, what kind, by whom, with which versions, its size and its headline figures.</summary>
public sealed record SnapshotInfo(
    Guid Id, DateOnly Date, DateTimeOffset TakenAt, SnapshotKind Kind, string Label, string Actor, string CatalogVersion, string ModelVersion,
    int StoredBytes, int JsonBytes, SnapshotFigures Figures);

/// <summary>The board's analysis as a snapshot needs it, computed by the caller (the web app's per-request analysis, or the command line).</summary>
public sealed record SnapshotAnalysis(BoardLandscape Landscape, RegieKnowledge Knowledge, BoardAssessment Assessment, BoardVerdict Verdict, GraphAnalysis Graph);

/// <summary>
/// The board's history (docs/HISTORY.md): snapshots taken from the analysis, stored as gzipped JSON, one daily per day on
/// which the board changed (taken when the board is next looked at) and any number recorded on demand.
/// </summary>
public static class Snapshots
{
    /// <summary>
    /// Takes the daily snapshot when the board changed since its newest snapshot (a newer audit entry, or another catalog
    /// or model version). It is dated the day of the board's last change (UTC), so a change late in the evening that is
    /// noticed after midnight still lands on its own day, and it replaces that day's daily snapshot if there is one: the
    /// daily snapshot holds the day's end state. A snapshot recorded on demand is never replaced. Cheap when nothing
    /// changed: two small queries. Returns whether a snapshot was written.
    /// </summary>
    public static async Task<bool> KeepDailyAsync(
        this RegieDbContext db, Guid organisationId, string catalogVersion, string modelVersion, Func<Task<SnapshotAnalysis>> analysis,
        TimeProvider time, CancellationToken cancellationToken = default)
    {
        var (mark, changedAt) = await LastChangeAsync(db, organisationId, cancellationToken);
        var newest = await db.Snapshots.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .OrderByDescending(s => s.ChangeMark).ThenByDescending(s => s.Id)
            .Select(s => new { s.ChangeMark, s.CatalogVersion, s.ModelVersion }).FirstOrDefaultAsync(cancellationToken);
        var boardChanged = newest is null || newest.ChangeMark < mark;
        if (!boardChanged && newest!.CatalogVersion == catalogVersion && newest.ModelVersion == modelVersion)
        {
            return false;
        }

        // Only the catalog or model changed: that is today's news, not the day of the board's last edit.
        var day = boardChanged && changedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : Today(time);
        await db.TakeAsync(await analysis(), SnapshotKind.Daily, "", time, mark, day, cancellationToken);
        return true;
    }

    /// <summary>
    /// The sweep behind "a snapshot per day on which anything changed": keeps the daily snapshot (<see cref="KeepDailyAsync"/>)
    /// of every board that changed since its newest snapshot, also when nobody opened it. Each board is read in a context of
    /// its own, as <paramref name="actor"/>, and analysed as its pages analyse it (its stored weight profile).
    /// Returns how many snapshots were written.
    /// </summary>
    public static async Task<int> KeepDailyForChangedBoardsAsync(
        DatabaseSettings settings, RegieKnowledge knowledge, TimeProvider time, string actor, CancellationToken cancellationToken = default)
    {
        List<Guid> boards;
        await using (var system = RegieDatabase.Create(settings, TenantContext.System, time))
        {
            boards = await system.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
                .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
        }

        var written = 0;
        foreach (var board in boards)
        {
            await using var db = RegieDatabase.Create(settings, new FixedTenant(board, actor), time);
            if (await db.KeepDailyAsync(board, knowledge.Catalog.Version, knowledge.Model.Version, () => AnalyseStoredAsync(db, board, knowledge, time, cancellationToken), time, cancellationToken))
            {
                written++;
            }
        }

        return written;
    }

    /// <summary>The board's stored landscape analysed with its stored weight profile.</summary>
    public static async Task<SnapshotAnalysis> AnalyseStoredAsync(RegieDbContext db, Guid board, RegieKnowledge knowledge, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var landscape = await db.LoadLandscapeAsync(new OrganisationId(board), time, cancellationToken);
        var profile = await db.Organisations.AsNoTracking().Where(o => o.Id == board).Select(o => o.WeightProfile).FirstOrDefaultAsync(cancellationToken);
        return Analyse(landscape, knowledge, profile);
    }

    /// <summary>The analysis a snapshot is taken from, computed from the board's landscape alone (the command line and the sweep; the web app shares its per-request one).</summary>
    public static SnapshotAnalysis Analyse(BoardLandscape landscape, RegieKnowledge knowledge, string? storedProfile)
    {
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(landscape, knowledge, knowledge.Model.StoredProfileOrDefault(storedProfile), cache);
        return new SnapshotAnalysis(landscape, knowledge, assessment, BoardVerdict.For(landscape, knowledge, assessment, cache), DependencyAnalysis.Analyse(landscape, knowledge));
    }

    /// <summary>Records a snapshot on demand ("vastleggen"), with a label; recording the same label on the same day again replaces it.</summary>
    public static async Task<SnapshotInfo> RecordAsync(this RegieDbContext db, SnapshotAnalysis analysis, string? label, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var (mark, _) = await LastChangeAsync(db, analysis.Landscape.Organisation.Id.Value, cancellationToken);
        var entity = await db.TakeAsync(analysis, SnapshotKind.Recorded, (label ?? "").Trim(), time, mark, Today(time), cancellationToken);
        return Info(entity);
    }

    /// <summary>Every snapshot of the board, oldest first, with its figures (no landscape is read).</summary>
    public static async Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(this RegieDbContext db, Guid organisationId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Snapshots.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .Select(s => new
            {
                Row = new BoardSnapshotEntity
                {
                    Id = s.Id,
                    Date = s.Date,
                    TakenAt = s.TakenAt,
                    Kind = s.Kind,
                    Label = s.Label,
                    Actor = s.Actor,
                    CatalogVersion = s.CatalogVersion,
                    ModelVersion = s.ModelVersion,
                    FiguresJson = s.FiguresJson,
                    JsonBytes = s.JsonBytes,
                },
                StoredBytes = s.Content.Length
            }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => Info(r.Row, r.StoredBytes)).OrderBy(s => s.Date).ThenBy(s => s.TakenAt)];
    }

    /// <summary>The snapshot of a day: the last one recorded that day, else the daily one; null when the day has none.</summary>
    public static async Task<BoardSnapshot?> LoadSnapshotAsync(this RegieDbContext db, Guid organisationId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var rows = await db.Snapshots.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.Date == date).ToListAsync(cancellationToken);
        var chosen = rows.OrderByDescending(r => r.Kind == SnapshotKind.Recorded).ThenByDescending(r => r.TakenAt).FirstOrDefault();
        return chosen is null ? null : Read(chosen.Content);
    }

    /// <summary>
    /// The figures the board report compares with: the newest snapshot recorded before today (the last board meeting's),
    /// else the newest daily one before today; null when there is none.
    /// </summary>
    public static async Task<ReportFigures?> PreviousReportFiguresAsync(this RegieDbContext db, Guid organisationId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var earlier = await db.Snapshots.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.Date < today)
            .Select(s => new { s.Date, s.Kind, s.TakenAt, s.FiguresJson }).ToListAsync(cancellationToken);
        var chosen = earlier.OrderByDescending(s => s.Kind == SnapshotKind.Recorded).ThenByDescending(s => s.Date).ThenByDescending(s => s.TakenAt).FirstOrDefault();
        return chosen is null ? null : SnapshotJson.ReadFigures(chosen.FiguresJson).Report;
    }

    /// <summary>The snapshot's stored form: its JSON, gzipped.</summary>
    public static byte[] Compress(BoardSnapshot snapshot)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(SnapshotJson.Write(snapshot));
        }

        return buffer.ToArray();
    }

    public static BoardSnapshot Read(byte[] content)
    {
        using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var json = new MemoryStream();
        gzip.CopyTo(json);
        return SnapshotJson.Read(json.ToArray());
    }

    private static async Task<BoardSnapshotEntity> TakeAsync(
        this RegieDbContext db, SnapshotAnalysis analysis, SnapshotKind kind, string label, TimeProvider time, long mark, DateOnly today, CancellationToken cancellationToken)
    {
        var organisationId = analysis.Landscape.Organisation.Id.Value;
        var now = time.GetUtcNow();
        var moves = await db.PlannedMoves.AsNoTracking().Where(m => m.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var snapshot = BoardSnapshot.Take(new SnapshotInputs(
            analysis.Landscape, analysis.Knowledge, analysis.Assessment, analysis.Verdict, analysis.Graph,
            [.. moves.OrderBy(m => m.Id).Select(m => m.ToCore())], today));
        var json = SnapshotJson.Write(snapshot);

        var entity = await db.Snapshots.FirstOrDefaultAsync(
            s => s.OrganisationId == organisationId && s.Date == today && s.Kind == kind && s.Label == label, cancellationToken);
        if (entity is null)
        {
            entity = new BoardSnapshotEntity { Id = Guid.NewGuid(), OrganisationId = organisationId, Date = today, Kind = kind, Label = label };
            db.Snapshots.Add(entity);
        }

        entity.TakenAt = now;
        entity.Actor = db.Actor;
        entity.CatalogVersion = snapshot.CatalogVersion;
        entity.ModelVersion = snapshot.ModelVersion;
        entity.ChangeMark = mark;
        entity.FiguresJson = SnapshotJson.WriteFigures(snapshot.Figures);
        entity.Content = Compress(snapshot);
        entity.JsonBytes = json.Length;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Another request took the same day's snapshot at the same moment: theirs stands.
            db.Entry(entity).State = EntityState.Detached;
        }

        return entity;
    }

    /// <summary>The id and time of the board's newest audit entry that is not a snapshot's own: what the board last changed, and when.</summary>
    private static async Task<(long Mark, DateTimeOffset? At)> LastChangeAsync(RegieDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.OrganisationId == organisationId && a.Entity != nameof(BoardSnapshotEntity))
            .OrderByDescending(a => a.Id).Select(a => new { a.Id, a.At }).FirstOrDefaultAsync(cancellationToken);
        return last is null ? (0, null) : (last.Id, last.At);
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static SnapshotInfo Info(BoardSnapshotEntity e) => Info(e, e.Content.Length);

    private static SnapshotInfo Info(BoardSnapshotEntity e, int storedBytes) => new(
        e.Id, e.Date, e.TakenAt, e.Kind, e.Label, e.Actor, e.CatalogVersion, e.ModelVersion, storedBytes, e.JsonBytes, SnapshotJson.ReadFigures(e.FiguresJson));
}
