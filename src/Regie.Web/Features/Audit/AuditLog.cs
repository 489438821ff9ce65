using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Common;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Audit;

/// <summary>The filters of the audit log, the same for the page, its exports and the API. Dates are whole days, both ends included.</summary>
public sealed record AuditFilter(string? Entity = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = AuditLog.DefaultPageSize)
{
    /// <summary>The filter with the page and page size kept within bounds.</summary>
    public AuditFilter Bounded() => this with
    {
        Entity = string.IsNullOrWhiteSpace(Entity) ? null : Entity.Trim(),
        Actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim(),
        Page = Math.Max(1, Page),
        PageSize = Math.Clamp(PageSize, 1, AuditLog.MaxPageSize),
    };
}

/// <summary>One field of a change: its value before and after, as text (null: not set, or not part of this change).</summary>
public sealed record AuditChangeDto(string Field, string? Old, string? New);

/// <summary>
/// One audit entry: who (the actor as recorded), when, which row, what happened and the fields before and after. On a page
/// (not in the exports) <see cref="Name"/> names the row as it is now (a service's name, a process's, …), or as it was stored
/// when the row is gone (<see cref="Deleted"/>); <see cref="Board"/> names the board when the log spans boards.
/// </summary>
public sealed record AuditEntryDto(
    long Id, Guid? OrganisationId, string Actor, DateTimeOffset At, string Entity, string EntityId, string Action, IReadOnlyList<AuditChangeDto> Changes,
    string? Name = null, bool Deleted = false, string? Board = null);

/// <summary>A page of the log, newest first, with the total matching and the entities and actors to filter on.</summary>
public sealed record AuditPageDto(
    int Total, int Page, int PageSize, IReadOnlyList<AuditEntryDto> Entries, IReadOnlyList<string> Entities, IReadOnlyList<string> Actors);

/// <summary>
/// Reads the audit trail <see cref="RegieDbContext"/> writes for every change: filtered, paged, and as CSV or JSON for export.
/// Only the current board's entries, by the context's tenant filter.
/// </summary>
public static class AuditLog
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>An export holds at most this many entries, newest first; narrow the filter for older ones.</summary>
    public const int MaxExport = 50_000;

    public static readonly string[] CsvHeader = [.. Exports.AuditExport.Columns.Select(c => c.Dutch)];

    /// <summary>
    /// Whether the caller may read the log of every board at once: a system administrator signed in (or the laptop's implicit
    /// one), not an API token, which is bound to one board.
    /// </summary>
    public static bool MayReadAcrossBoards(Caller caller) => caller.IsSystemAdministrator && caller.TokenId is null;

    /// <summary>
    /// One page of the entries matching <paramref name="filter"/>, each row named as it is now. <paramref name="acrossBoards"/>
    /// reads past the tenant filter, for a system administrator (<see cref="MayReadAcrossBoards"/>), and names each entry's board.
    /// </summary>
    public static async Task<AuditPageDto> PageAsync(RegieDbContext db, AuditFilter filter, CancellationToken ct, bool acrossBoards = false, bool english = false)
    {
        filter = filter.Bounded();
        var all = Entries(db, acrossBoards);
        var matching = Filtered(all, filter);
        var total = await matching.CountAsync(ct);
        var rows = await matching.OrderByDescending(a => a.Id).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        var entities = await all.Select(a => a.Entity).Distinct().ToListAsync(ct);
        var actors = await all.Select(a => a.Actor).Distinct().ToListAsync(ct);
        var names = await AuditNames.ResolveAsync(db, rows, acrossBoards, english, ct);
        var boards = acrossBoards ? await AuditNames.BoardsAsync(db, rows, ct) : [];
        return new(total, filter.Page, filter.PageSize,
            [.. rows.Select(r => Named(ToDto(r), r, names, boards))],
            [.. entities.Order(StringComparer.Ordinal)], [.. actors.Order(StringComparer.Ordinal)]);
    }

    // The row's name now; gone: the name its own entry stored, else none, marked deleted.
    private static AuditEntryDto Named(AuditEntryDto dto, AuditEntry entry, Dictionary<(string, string), string> names, Dictionary<Guid, string> boards)
    {
        var board = entry.OrganisationId is { } id ? boards.GetValueOrDefault(id) : null;
        if (names.TryGetValue((entry.Entity, entry.EntityId), out var name))
        {
            return dto with { Name = name, Board = board };
        }

        var stored = AuditNames.Stored(entry.Entity, dto.Changes);
        return dto with { Name = stored, Deleted = AuditNames.Resolves(entry.Entity), Board = board };
    }

    /// <summary>Every entry matching the filter (page ignored), newest first, at most <see cref="MaxExport"/>.</summary>
    public static async Task<List<AuditEntryDto>> ExportAsync(RegieDbContext db, AuditFilter filter, CancellationToken ct, bool acrossBoards = false) =>
        [.. (await StoredAsync(db, filter, ct, acrossBoards)).Select(ToDto)];

    /// <summary>The same entries as <see cref="ExportAsync"/>, as <see cref="Csv"/> writes them.</summary>
    public static async Task<byte[]> CsvAsync(RegieDbContext db, AuditFilter filter, CancellationToken ct, bool acrossBoards = false) =>
        Csv(await StoredAsync(db, filter, ct, acrossBoards));

    internal static Task<List<AuditEntry>> StoredAsync(RegieDbContext db, AuditFilter filter, CancellationToken ct, bool acrossBoards) =>
        Filtered(Entries(db, acrossBoards), filter.Bounded()).OrderByDescending(a => a.Id).Take(MaxExport).ToListAsync(ct);

    /// <summary>
    /// The entries as CSV (UTF-8 with BOM, ';' as Dutch spreadsheets expect): time in UTC (ISO 8601), actor, entity, key, action
    /// and the stored old and new values as JSON. A cell that a spreadsheet would read as a formula starts with an apostrophe.
    /// </summary>
    public static byte[] Csv(IEnumerable<AuditEntry> entries) =>
        Regie.Discovery.Exporting.TableFiles.Bytes(Exports.AuditExport.Table(entries), Regie.Discovery.Exporting.ExportFormat.Csv, english: false);

    /// <summary>Neutralises a formula (a cell starting with = + - @, or a tab or carriage return before one) and quotes as CSV needs.</summary>
    public static string Cell(string? value)
    {
        var text = SpreadsheetCell.Text(value);
        return text.IndexOfAny([';', '"', '\n', '\r', ',']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string FileName(string extension) => $"logboek.{extension}";

    private static IQueryable<AuditEntry> Entries(RegieDbContext db, bool acrossBoards) =>
        (acrossBoards ? db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter]) : db.AuditEntries).AsNoTracking();

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        if (filter.Entity is { } entity)
        {
            entries = entries.Where(a => a.Entity == entity);
        }

        if (filter.Actor is { } actor)
        {
            entries = entries.Where(a => a.Actor == actor);
        }

        // Every moment is stored in UTC (RegieDbContext stamps GetUtcNow), so on SQLite too, where a DateTimeOffset is kept as a
        // number, the stored values sort as the moments do.
        if (filter.From is { } from)
        {
            var start = StartOf(from);
            entries = entries.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }

    // A day as the server's clock counts it: the people reading the log and the server share a time zone in a Dutch deployment.
    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local)).ToUniversalTime();
    }

    private static AuditEntryDto ToDto(AuditEntry a)
    {
        var before = Fields(a.OldValues);
        var after = Fields(a.NewValues);
        var changes = before.Keys.Concat(after.Keys).Distinct()
            .Select(field => new AuditChangeDto(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .ToList();
        return new(a.Id, a.OrganisationId, a.Actor, a.At, a.Entity, a.EntityId, a.Action, changes);
    }

    // The stored JSON object read as text per field: strings as they are, lists joined, null as null.
    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = Text(property.Value);
        }

        return fields;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Text(v) ?? "")),
        _ => value.GetRawText(),
    };
}
