using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Shared;

/// <summary>
/// The version an edit carries so that a stale save is refused instead of silently overwriting someone else's: a hash of
/// what is stored (a content ETag), so it needs no version column. The form keeps it in a hidden field, the API gives it
/// as the ETag and in the DTO and takes it back as If-Match or in the body; <see cref="SaveIfUnchangedAsync"/> compares
/// it with the row as stored, under the board's write lock, and writes only when they match.
/// </summary>
public static class EditVersion
{
    /// <summary>The version of something not stored yet (an exit plan still a proposal).</summary>
    public const string NotStored = "0";

    /// <summary>The version of an entity's stored values (every mapped property), and of related values that the same form edits.</summary>
    public static string Of(RegieDbContext db, object entity, params object?[] related)
    {
        var entry = db.Entry(entity);
        var text = new StringBuilder();
        foreach (var property in entry.Properties.OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
        {
            text.Append(property.Metadata.Name).Append('=');
            Append(text, property.CurrentValue);
            text.Append('\n');
        }

        return Hash(text, related);
    }

    /// <summary>The version of stored values that are part of a row (one form edits only some of its columns), in a fixed order.</summary>
    public static string OfValues(params object?[] values) => Hash(new StringBuilder(), values);

    private static string Hash(StringBuilder text, object?[] values)
    {
        foreach (var value in values)
        {
            Append(text, value);
            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>The version a request asks for: If-Match (quotes and W/ removed; "*" means any), else the body's field.</summary>
    public static string? Requested(HttpRequest request, string? fromBody)
    {
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return string.IsNullOrWhiteSpace(fromBody) ? null : fromBody.Trim();
        }

        var tag = ifMatch.Split(',')[0].Trim();
        return tag == "*" ? null : tag.TrimStart('W', '/').Trim('"');
    }

    public static string ETag(string version) => $"\"{version}\"";

    /// <summary>Sets the ETag header of the response to the version.</summary>
    public static void Tag(HttpContext http, string version) => http.Response.Headers[HeaderNames.ETag] = ETag(version);

    /// <summary>
    /// Re-reads the stored version and writes only when it is still <paramref name="expected"/> (null: the caller sent none, any
    /// version is accepted), in one transaction that first takes the board's write lock: two editors who loaded the same version
    /// cannot both save; the second finds the first's version and is refused. False when refused (nothing written), also when
    /// <paramref name="storedVersion"/> finds nothing stored (null: deleted meanwhile).
    /// </summary>
    public static async Task<bool> SaveIfUnchangedAsync(
        RegieDbContext db, string? expected, Func<Task<string?>> storedVersion, Func<Task> write, CancellationToken ct)
    {
        var saved = false;
        await db.RunInTransactionAsync(async () =>
        {
            await LockBoardAsync(db, ct);
            if (await storedVersion() is not { } stored || (expected is not null && stored != expected))
            {
                return;
            }

            await write();
            saved = true;
        }, ct);
        return saved;
    }

    /// <summary>
    /// <see cref="SaveIfUnchangedAsync(RegieDbContext, string?, Func{Task{string?}}, Func{Task}, CancellationToken)"/> for one
    /// tracked entity whose version is its own values: it is read again under the lock, so when refused it holds the stored values.
    /// </summary>
    public static Task<bool> SaveIfUnchangedAsync(RegieDbContext db, object entity, string? expected, Func<Task> write, CancellationToken ct) =>
        SaveIfUnchangedAsync(db, expected, async () =>
        {
            await db.Entry(entity).ReloadAsync(ct);
            return db.Entry(entity).State == EntityState.Detached ? null : Of(db, entity);
        }, write, ct);

    /// <summary>
    /// Deletes a tracked row only while it is still at <paramref name="expected"/> (null: any version, as a delete without
    /// one always was): a delete from a stale page or GET cannot wipe out a change made since. Stale leaves the entity
    /// holding the stored values; NotFound when it was deleted meanwhile.
    /// </summary>
    public static Task<Deletion> DeleteIfUnchangedAsync(RegieDbContext db, object entity, string? expected, CancellationToken ct) =>
        DeleteIfUnchangedAsync(db, expected, async () =>
        {
            await db.Entry(entity).ReloadAsync(ct);
            return db.Entry(entity).State == EntityState.Detached ? null : Of(db, entity);
        }, async () =>
        {
            db.Remove(entity);
            await db.SaveChangesAsync(ct);
        }, ct);

    /// <summary>
    /// <see cref="DeleteIfUnchangedAsync(RegieDbContext, object, string?, CancellationToken)"/> for a row whose version also
    /// covers related rows: <paramref name="storedVersion"/> reads it again (null when the row is gone), <paramref name="delete"/>
    /// removes the row with what goes with it.
    /// </summary>
    public static async Task<Deletion> DeleteIfUnchangedAsync(
        RegieDbContext db, string? expected, Func<Task<string?>> storedVersion, Func<Task> delete, CancellationToken ct)
    {
        var gone = false;
        var deleted = await SaveIfUnchangedAsync(db, expected, async () =>
        {
            var stored = await storedVersion();
            gone = stored is null;
            return stored;
        }, delete, ct);
        return deleted ? Deletion.Deleted : gone ? Deletion.NotFound : Deletion.Stale;
    }

    /// <summary>The 409 (version in the body) or 412 (If-Match) of a stale save, with the current values and their version.</summary>
    public static ProblemHttpResult Conflict(HttpContext http, string what, object current, string currentVersion)
    {
        Tag(http, currentVersion);
        var ifMatch = !string.IsNullOrWhiteSpace(http.Request.Headers[HeaderNames.IfMatch].ToString());
        return TypedResults.Problem(
            title: $"{what} is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen.",
            detail: "Haal de huidige gegevens op (hieronder onder 'current'), breng uw wijziging opnieuw aan en stuur die met de nieuwe versie.",
            statusCode: ifMatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion, ["current"] = current });
    }

    /// <summary>
    /// The page's message for a stale save of <paramref name="what"/> ("deze dienst"), naming who saved last and when from the
    /// audit trail (entity and key as the audit records them).
    /// </summary>
    public static Task<string> StaleMessageAsync(RegieDbContext db, UiText text, string what, string entity, string entityId, CancellationToken ct) =>
        StaleMessageAsync(db, text, what, entity, [entityId], ct);

    /// <summary>
    /// The page's message for a stale save of several rows at once (a list, the findings of a run): who saved the last of
    /// <paramref name="entityIds"/>, or of any row of <paramref name="entity"/> of the board when null (a row removed meanwhile).
    /// </summary>
    public static async Task<string> StaleMessageAsync(
        RegieDbContext db, UiText text, string what, string entity, IReadOnlyCollection<string>? entityIds, CancellationToken ct)
    {
        var who = await LastSavedByAsync(db, text, entity, entityIds, ct);
        return text["Iemand anders heeft {0} opgeslagen nadat u het formulier opende{1}. Uw wijzigingen zijn niet opgeslagen: hieronder staan de huidige gegevens. Breng uw wijzigingen opnieuw aan en sla dan op.", text[what], who];
    }

    /// <summary>The page's message for a refused delete: <paramref name="what"/> was changed after the page was opened, nothing is deleted.</summary>
    public static async Task<string> StaleDeleteMessageAsync(RegieDbContext db, UiText text, string what, string entity, string entityId, CancellationToken ct)
    {
        var who = await LastSavedByAsync(db, text, entity, [entityId], ct);
        return text["Iemand anders heeft {0} gewijzigd nadat u de pagina opende{1}. Er is niets verwijderd: hieronder staan de huidige gegevens. Verwijder opnieuw als dat nog steeds de bedoeling is.", text[what], who];
    }

    // " (actor, moment)" of the last audited change of the rows, or "" when none is recorded.
    private static async Task<string> LastSavedByAsync(RegieDbContext db, UiText text, string entity, IReadOnlyCollection<string>? entityIds, CancellationToken ct)
    {
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == entity && (entityIds == null || entityIds.Contains(a.EntityId)))
            .OrderByDescending(a => a.Id).Select(a => new { a.Actor, a.At }).FirstOrDefaultAsync(ct);
        return last is null ? "" : " " + text["({0}, {1})", last.Actor, last.At.ToLocalTime().ToString("d MMM yyyy HH:mm", text.Culture)];
    }

    // A no-op update of the board's row: a row lock on PostgreSQL, the database's write lock on SQLite (as an import takes it).
    private static Task<int> LockBoardAsync(RegieDbContext db, CancellationToken ct) =>
        db.Organisations.ExecuteUpdateAsync(set => set.SetProperty(o => o.Name, o => o.Name), ct);

    // PostgreSQL keeps microseconds, .NET ticks of 100 ns.
    private const long TicksPerMicrosecond = 10;

    // Values as the database gives them back, so a value read again hashes the same: decimals without trailing zeros,
    // moments in UTC to the microsecond, lists element by element.
    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('\u2205');
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case decimal d:
                text.Append(d.ToString("G29", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset moment:
                text.Append((moment.UtcTicks / TicksPerMicrosecond).ToString(CultureInfo.InvariantCulture));
                break;
            case DateTime moment:
                text.Append((moment.Ticks / TicksPerMicrosecond).ToString(CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case IFormattable formattable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value);
                break;
        }
    }
}
