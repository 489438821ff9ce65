using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Api;

/// <summary>The board itself, its processes and its dependency graph.</summary>
public static class BoardApi
{
    public static void MapOrganisationsApi(this RouteGroupBuilder api) =>
        api.MapGet("/organisations", (CurrentBoard board, BoardAnalysis analysis) =>
                TypedResults.Ok(board.Organisation is { } o ? new List<OrganisationDto> { o.ToDto(analysis.ProfileId) } : []))
            .WithTags("Organisations").WithSummary("The current organisation (the X-Regie-Organisation header, else the first).");

    public static void MapProcessesApi(this RouteGroupBuilder api)
    {
        var processes = api.MapGroup("/processes").WithTags("Processes");
        processes.MapGet("/", ListAsync);
        processes.MapPut("/{key}", UpdateAsync).WithSummary("Changes criticality, the essential flag and the policy threshold of one process.");
    }

    public static void MapGraphApi(this RouteGroupBuilder api) =>
        api.MapGet("/graph", async (BoardAnalysis board, CancellationToken ct) => TypedResults.Ok((await board.GraphAsync(ct)).ToDto()))
            .WithTags("Graph").WithSummary("Nodes, edges, concentration per parent and provider, single points of failure and the concentration index (HHI).");

    private static async Task<Ok<List<ProcessDto>>> ListAsync(RegieDbContext db, BoardAnalysis board, CancellationToken ct)
    {
        var policy = board.Knowledge.Model.EssentialPolicy;
        var services = await db.Services.AsNoTracking().Select(s => new { s.Id, s.ProcessKeys }).ToListAsync(ct);
        var processes = await db.Processes.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(processes.OrderByDescending(p => p.Criticality).ThenBy(p => p.NameNl, StringComparer.Ordinal)
            .Select(p => new ProcessDto(p.Key, p.NameNl, p.NameEn, p.Kind, p.Criticality, p.Essential, p.MinSeal, p.MinScore,
                p.MinSeal ?? policy.MinSeal, p.MinScore ?? policy.MinScore,
                [.. services.Where(s => s.ProcessKeys.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).Select(s => s.Id)]))
            .ToList());
    }

    private static async Task<Results<Ok<ProcessDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string key, ProcessUpdate update, RegieDbContext db, BoardAnalysis board, CancellationToken ct)
    {
        var process = await db.Processes.SingleOrDefaultAsync(p => p.Key == key, ct);
        if (process is null)
        {
            return RegieApi.NotFound($"Proces '{key}'");
        }

        var errors = ProcessRules.Validate(update.Criticality, update.MinSeal, update.MinScore);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Het proces is niet opgeslagen.");
        }

        (process.Criticality, process.Essential, process.MinSeal, process.MinScore) = (update.Criticality, update.Essential, update.MinSeal, update.MinScore);
        await db.SaveChangesAsync(ct);
        var policy = board.Knowledge.Model.EssentialPolicy;
        var services = await db.Services.AsNoTracking().Select(s => new { s.Id, s.ProcessKeys }).ToListAsync(ct);
        return TypedResults.Ok(new ProcessDto(process.Key, process.NameNl, process.NameEn, process.Kind, process.Criticality, process.Essential,
            process.MinSeal, process.MinScore, process.MinSeal ?? policy.MinSeal, process.MinScore ?? policy.MinScore,
            [.. services.Where(s => s.ProcessKeys.Contains(process.Key, StringComparer.OrdinalIgnoreCase)).Select(s => s.Id)]));
    }
}

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
