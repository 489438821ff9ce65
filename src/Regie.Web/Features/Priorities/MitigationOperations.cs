using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Priorities;

/// <summary>The six mitigation checks of a service as the priorities page and the API change them.</summary>
public static class MitigationOperations
{
    public static Dictionary<string, string[]> ValidateMitigation(MitigationInput input)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var field in MitigationChecks.All.Where(f => !Enum.IsDefined(f.Get(input))))
        {
            errors[field.JsonName] = [$"{field.Label}: kies ja, deels, nee of onbekend."];
        }

        return errors;
    }

    public static void Apply(MitigationInput m, ServiceEntity service) => MitigationChecks.Write(m, service);

    /// <summary>The version of the six checks as stored: a save of the checks alone is refused when they changed since they were read.</summary>
    public static string VersionOf(ServiceEntity service) =>
        EditVersion.OfValues([.. MitigationChecks.All.Select(f => (object?)f.Read(service).ToString())]);

    /// <summary>The checks' version of every service of the board, by service.</summary>
    public static async Task<Dictionary<Guid, string>> VersionsAsync(RegieDbContext db, CancellationToken ct) =>
        (await db.Services.AsNoTracking().ToListAsync(ct)).ToDictionary(s => s.Id, VersionOf);

    /// <summary>
    /// The same, kept with the board's analysis: every change of the checks is audited and so makes a new analysis, and the
    /// priorities page and API, which are kept too, would otherwise read every service row on every view.
    /// </summary>
    public static Task<IReadOnlyDictionary<Guid, string>> KeptVersionsAsync(Infrastructure.BoardAnalysis board, RegieDbContext db, CancellationToken ct) =>
        board.RenderedAsync<IReadOnlyDictionary<Guid, string>>("mitigation-versions", async () => await VersionsAsync(db, ct), versions => versions.Count * 64L, ct);

    /// <summary>
    /// Stores the checks of one service when they are still as at <paramref name="expectedVersion"/> (null: not checked);
    /// not found when there is no such service (also when deleted meanwhile), stale when someone else changed them first.
    /// </summary>
    public static async Task<MitigationSaving> SaveAsync(
        RegieDbContext db, ServiceId serviceId, MitigationInput input, string? expectedVersion, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId.Value, ct);
        if (service is null)
        {
            return new(false, []);
        }

        var errors = ValidateMitigation(input);
        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, async () =>
        {
            await db.Entry(service).ReloadAsync(ct);
            return db.Entry(service).State == EntityState.Detached ? null : VersionOf(service);
        }, async () =>
        {
            Apply(input, service);
            await db.SaveChangesAsync(ct);
        }, ct);
        var found = db.Entry(service).State != EntityState.Detached;
        return new(found, errors, Stale: found && !saved);
    }
}

/// <summary>What a save of the checks came to: the service not found, the messages by field, or refused as stale (nothing stored).</summary>
public sealed record MitigationSaving(bool Found, Dictionary<string, string[]> Errors, bool Stale = false);
