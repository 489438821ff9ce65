using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Services;
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

    /// <summary>Stores the checks of one service; null when there is no such service, else the errors (empty when stored).</summary>
    public static async Task<Dictionary<string, string[]>?> SaveAsync(RegieDbContext db, ServiceId serviceId, MitigationInput input, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId.Value, ct);
        if (service is null)
        {
            return null;
        }

        var errors = ValidateMitigation(input);
        if (errors.Count == 0)
        {
            Apply(input, service);
            await db.SaveChangesAsync(ct);
        }

        return errors;
    }
}
