using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Features;

namespace Regie.Web.Features.Processes;

public static class ProcessesEndpoints
{
    public static void MapProcessesApi(this RouteGroupBuilder api)
    {
        var processes = api.MapGroup("/processes").WithTags("Processes");
        processes.MapGet("/", ListAsync);
        processes.MapPut("/{key}", UpdateAsync).WithSummary("Changes criticality, the essential flag and the policy threshold of one process.");
    }

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
