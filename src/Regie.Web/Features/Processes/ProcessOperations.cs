using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Processes;

/// <summary>The limits of a process's settings, shared by the processes page and the API (keys are the JSON field names).</summary>
public static class ProcessOperations
{
    public static Dictionary<string, string[]> Validate(int criticality, int? minSeal, int? minScore)
    {
        var errors = new Dictionary<string, string[]>();
        if (criticality is < 1 or > 5)
        {
            errors["criticality"] = ["Kritikaliteit moet een heel getal van 1 tot en met 5 zijn."];
        }

        if (minSeal is < 0 or > 4)
        {
            errors["minSeal"] = ["Minimaal SEAL-niveau moet 0 tot en met 4 zijn, of leeg voor de standaard."];
        }

        if (minScore is < 0 or > 100)
        {
            errors["minScore"] = ["Minimale score moet 0 tot en met 100 zijn, of leeg voor de standaard."];
        }

        return errors;
    }

    /// <summary>Changes one process, only while it still has the update's version (none given: any).</summary>
    public static async Task<ProcessSaving> UpdateAsync(RegieDbContext db, string key, ProcessUpdate update, CancellationToken ct)
    {
        var process = await db.Processes.SingleOrDefaultAsync(p => p.Key == key, ct);
        if (process is null)
        {
            return new(false, []);
        }

        var errors = Validate(update.Criticality, update.MinSeal, update.MinScore);
        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var saved = await EditVersion.SaveIfUnchangedAsync(db, update.Version, async () =>
        {
            await db.Entry(process).ReloadAsync(ct);
            return db.Entry(process).State == EntityState.Detached ? null : EditVersion.Of(db, process);
        }, async () =>
        {
            (process.Criticality, process.Essential, process.MinSeal, process.MinScore) = (update.Criticality, update.Essential, update.MinSeal, update.MinScore);
            await db.SaveChangesAsync(ct);
        }, ct);
        return new(true, errors, Stale: !saved);
    }

    /// <summary>Chooses the board's weight profile; false when the model has no such profile.</summary>
    /// <summary>The version of the board's stored weight profile (null: none chosen, the model's default).</summary>
    public static string ProfileVersionOf(string? stored) => EditVersion.OfValues([stored]);

    /// <summary>The board's stored weight profile (null: none chosen) with its version.</summary>
    public static async Task<(string? Stored, string Version)> StoredProfileAsync(RegieDbContext db, CurrentBoard current, CancellationToken ct)
    {
        var stored = await db.Organisations.AsNoTracking().Where(o => o.Id == current.Id).Select(o => o.WeightProfile).SingleAsync(ct);
        return (stored, ProfileVersionOf(stored));
    }

    /// <summary>Chooses the board's weight profile, only while the stored choice still has <paramref name="expectedVersion"/> (null: any).</summary>
    public static async Task<ProfileSaving> SetWeightProfileAsync(
        RegieDbContext db, RegieKnowledge knowledge, CurrentBoard current, string? profile, string? expectedVersion, CancellationToken ct)
    {
        if (knowledge.Model.Profiles.All(p => p.Id != profile))
        {
            return new(false);
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == current.Id, ct);
        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, async () =>
        {
            await db.Entry(organisation).ReloadAsync(ct);
            return ProfileVersionOf(organisation.WeightProfile);
        }, async () =>
        {
            organisation.WeightProfile = profile!;
            await db.SaveChangesAsync(ct);
        }, ct);
        return new(true, Stale: !saved);
    }

    /// <summary>The board's processes (or the one with <paramref name="key"/>), most critical first, with the policy that applies and their services.</summary>
    public static async Task<List<ProcessDto>> ListAsync(RegieDbContext db, RegieKnowledge knowledge, string? key, CancellationToken ct)
    {
        var policy = knowledge.Model.EssentialPolicy;
        var services = await db.Services.AsNoTracking().Select(s => new { s.Id, s.ProcessKeys }).ToListAsync(ct);
        var processes = await db.Processes.AsNoTracking().Where(p => key == null || p.Key == key).ToListAsync(ct);
        return [.. processes.OrderByDescending(p => p.Criticality).ThenBy(p => p.NameNl, StringComparer.Ordinal)
            .Select(p => new ProcessDto(p.Key, p.NameNl, p.NameEn, p.Kind, p.Criticality, p.Essential, p.MinSeal, p.MinScore,
                p.MinSeal ?? policy.MinSeal, p.MinScore ?? policy.MinScore,
                [.. services.Where(s => s.ProcessKeys.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).Select(s => s.Id)], EditVersion.Of(db, p)))];
    }
}
