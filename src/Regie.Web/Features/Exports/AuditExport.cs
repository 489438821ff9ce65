using System.Globalization;
using Regie.Core.Exporting;
using Regie.Data;

namespace Regie.Web.Features.Exports;

/// <summary>The audit log as an export table: time in UTC (ISO 8601), actor, entity, key, action, and the stored old and new values as JSON.</summary>
public static class AuditExport
{
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("at", "Tijdstip (UTC)", "Time (UTC)"), new("actor", "Door", "Actor"), new("entity", "Soort", "Entity"),
        new("entityId", "Sleutel", "Key"), new("action", "Handeling", "Action"), new("oldValues", "Oude waarden", "Old values"),
        new("newValues", "Nieuwe waarden", "New values"),
    ];

    public static ExportTable Table(IEnumerable<AuditEntry> entries) => new(new("logboek", "audit-log"), Columns, entries.Select(e => (IReadOnlyList<object?>)
    [
        e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), e.Actor, e.Entity, e.EntityId, e.Action, e.OldValues, e.NewValues,
    ]));
}
