using Microsoft.EntityFrameworkCore;

namespace Regie.Data;

/// <summary>
/// Where a board's stored data stands, read from its audit trail: how many entries it has, and the newest one (time, key
/// and a fingerprint of what it wrote). Every write to a board is audited in the same save (<see cref="RegieDbContext"/>),
/// also by another process on the same database (the command line), so any write changes it: the count catches a write
/// whose clock lags behind the newest entry, the newest entry's content a database restored to an earlier state and then
/// written again as often. One query on the (OrganisationId, At) index: cheap enough for every request that shows the
/// board's analysis.
/// </summary>
public readonly record struct BoardVersion(long Changes, DateTimeOffset? LastChange, long LastEntry, int LastContent)
{
    /// <summary>Read through the tenant filter: only a context working for <paramref name="board"/> sees its entries.</summary>
    public static async Task<BoardVersion> ReadAsync(RegieDbContext db, Guid board, CancellationToken cancellationToken = default) =>
        await NewestEntry.For(db)(db, board, cancellationToken) is { } newest
            ? Of(newest.Changes, newest.At, newest.Id, newest.Entity, newest.EntityId, newest.Action, newest.OldValues, newest.NewValues)
            : default;

    private sealed record Newest(long Id, DateTimeOffset At, string Entity, string EntityId, string Action, string? OldValues, string? NewValues, long Changes);

    // Runs on every request that shows a board.
    private static readonly CompiledPerModel<Func<RegieDbContext, Guid, CancellationToken, Task<Newest?>>> NewestEntry = new(() => EF.CompileAsyncQuery(
        (RegieDbContext db, Guid board, CancellationToken _) => db.AuditEntries.AsNoTracking()
            .Where(a => a.OrganisationId == board)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new Newest(a.Id, a.At, a.Entity, a.EntityId, a.Action, a.OldValues, a.NewValues,
                db.AuditEntries.LongCount(b => b.OrganisationId == board)))
            .FirstOrDefault()));

    // The one place the newest entry becomes a version, so ReadAsync and ReadManyAsync cannot fingerprint it differently.
    private static BoardVersion Of(long changes, DateTimeOffset at, long id, string entity, string entityId, string action, string? oldValues, string? newValues) =>
        new(changes, at, id, HashCode.Combine(entity, entityId, action, oldValues, newValues));

    /// <summary>
    /// The versions of many boards in one query, each equal to what <see cref="ReadAsync"/> gives for that board; a board
    /// without entries is left out (its version is the default). Reads across boards, past the tenant filter: for work done
    /// on the system's behalf, such as the sector picture over the boards that share.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, BoardVersion>> ReadManyAsync(
        RegieDbContext db, IReadOnlyCollection<Guid> boards, CancellationToken cancellationToken = default)
    {
        var ids = boards.Distinct().ToList();
        var entries = db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking();
        // Each board's newest entry by the same order as ReadAsync, as a correlated subquery (SQLite has no APPLY).
        var newestIds = db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(o => ids.Contains(o.Id))
            .Select(o => entries.Where(a => a.OrganisationId == o.Id).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Select(a => a.Id).FirstOrDefault());
        var newest = await entries
            .Where(a => newestIds.Contains(a.Id))
            .Select(a => new
            {
                Board = a.OrganisationId!.Value,
                a.Id,
                a.At,
                a.Entity,
                a.EntityId,
                a.Action,
                a.OldValues,
                a.NewValues,
                Changes = entries.LongCount(b => b.OrganisationId == a.OrganisationId),
            })
            .ToListAsync(cancellationToken);
        return newest.ToDictionary(
            n => n.Board,
            n => Of(n.Changes, n.At, n.Id, n.Entity, n.EntityId, n.Action, n.OldValues, n.NewValues));
    }
}
