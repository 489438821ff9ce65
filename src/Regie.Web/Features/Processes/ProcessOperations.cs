using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Data;
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

    /// <summary>Changes one process; null when there is no such process, else the errors (empty when stored).</summary>
    public static async Task<Dictionary<string, string[]>?> UpdateAsync(RegieDbContext db, string key, ProcessUpdate update, CancellationToken ct)
    {
        var process = await db.Processes.SingleOrDefaultAsync(p => p.Key == key, ct);
        if (process is null)
        {
            return null;
        }

        var errors = Validate(update.Criticality, update.MinSeal, update.MinScore);
        if (errors.Count == 0)
        {
            (process.Criticality, process.Essential, process.MinSeal, process.MinScore) = (update.Criticality, update.Essential, update.MinSeal, update.MinScore);
            await db.SaveChangesAsync(ct);
        }

        return errors;
    }

    /// <summary>Chooses the board's weight profile; false when the model has no such profile.</summary>
    public static async Task<bool> SetWeightProfileAsync(RegieDbContext db, RegieKnowledge knowledge, CurrentBoard current, string? profile, CancellationToken ct)
    {
        if (knowledge.Model.Profiles.All(p => p.Id != profile))
        {
            return false;
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == current.Id, ct);
        organisation.WeightProfile = profile!;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
