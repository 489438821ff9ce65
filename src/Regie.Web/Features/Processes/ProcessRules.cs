using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Processes;

/// <summary>The limits of a process's settings, shared by the processes page and the API (keys are the JSON field names).</summary>
public static class ProcessRules
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
}
