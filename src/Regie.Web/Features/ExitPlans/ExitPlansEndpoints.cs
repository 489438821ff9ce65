using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Exit;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Features;

namespace Regie.Web.Features.ExitPlans;

/// <summary>The exit plan of a service as the API shows it: the saved plan, or Regie's generated default with its reasons.</summary>
public sealed record ExitPlanDto(
    Guid ServiceId,
    string ServiceName,
    bool Saved,
    IReadOnlyList<string> DataToExport,
    IReadOnlyList<string> ExportFormats,
    string? ExitClause,
    int? NoticePeriodDays,
    string? Fallback,
    string? AlternativeId,
    IReadOnlyList<string> Steps,
    string? Owner,
    DateOnly? LastTested,
    bool TestIsCurrent,
    DateOnly? ContractEnd,
    DateOnly? NoticeDeadline,
    IReadOnlyList<string> Unknowns,
    IReadOnlyList<ExitPlanNote> Notes,
    DateTimeOffset? UpdatedAt);

/// <summary>What a board saves; a missing field is unknown.</summary>
public sealed record ExitPlanInput(
    IReadOnlyList<string>? DataToExport,
    IReadOnlyList<string>? ExportFormats,
    string? ExitClause,
    int? NoticePeriodDays,
    string? Fallback,
    string? AlternativeId,
    IReadOnlyList<string>? Steps,
    string? Owner,
    DateOnly? LastTested)
{
    public ExitPlan ToPlan() => new(
        Clean(DataToExport), Clean(ExportFormats), Trim(ExitClause), NoticePeriodDays, Trim(Fallback), Trim(AlternativeId), Clean(Steps), Trim(Owner), LastTested);

    private static List<string> Clean(IReadOnlyList<string>? lines) => [.. (lines ?? []).Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public static class ExitPlansEndpoints
{
    public static void MapExitPlansApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/services/{id:guid}/exit-plan").WithTags("Exit plans");
        plans.MapGet("/", GetAsync).WithSummary("The service's exit plan; when none is saved, Regie's generated default with the reason for every field.");
        plans.MapPut("/", PutAsync).WithSummary("Saves the exit plan; a plan tested in the last twelve months counts as the 'tested exit plan' mitigation.");
    }

    private static async Task<Results<Ok<ExitPlanDto>, ProblemHttpResult>> GetAsync(
        Guid id, RegieDbContext db, BoardAnalysis board, TimeProvider time, CancellationToken ct) =>
        await ExitPlanStore.LoadAsync(db, board, id, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), ct) is { } dto
            ? TypedResults.Ok(dto) : RegieApi.NotFound("Deze dienst");

    private static async Task<Results<Ok<ExitPlanDto>, ValidationProblem, ProblemHttpResult>> PutAsync(
        Guid id, ExitPlanInput input, RegieDbContext db, BoardAnalysis board, TimeProvider time, CancellationToken ct)
    {
        if (!await db.Services.AnyAsync(s => s.Id == id, ct))
        {
            return RegieApi.NotFound("Deze dienst");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var catalog = await db.LoadBoardCatalogAsync(board.Knowledge.Catalog, ct);
        var errors = Core.Exit.ExitPlans.Validate(input.ToPlan(), catalog, today);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "Het exitplan is niet opgeslagen: controleer de velden.");
        }

        await ExitPlanStore.SaveAsync(db, id, input.ToPlan(), time.GetUtcNow(), ct);
        board.Invalidate();
        return TypedResults.Ok((await ExitPlanStore.LoadAsync(db, board, id, today, ct))!);
    }
}

/// <summary>Reads and writes a service's exit plan for the API and the page alike.</summary>
public static class ExitPlanStore
{
    public static async Task<ExitPlanDto?> LoadAsync(RegieDbContext db, BoardAnalysis board, Guid serviceId, DateOnly today, CancellationToken ct)
    {
        var landscape = await board.LandscapeAsync(ct);
        if (landscape.Services.FirstOrDefault(s => s.Id.Value == serviceId) is not { } service)
        {
            return null;
        }

        var entity = await db.ExitPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ServiceId == serviceId, ct);
        var catalog = board.Knowledge.Catalog.For(landscape);
        var (plan, notes) = entity is null
            ? Core.Exit.ExitPlans.Generate(service, catalog, board.Knowledge) is var generated ? (generated.Plan, generated.Notes) : default
            : (ToPlan(entity), (IReadOnlyList<ExitPlanNote>)[]);
        return new ExitPlanDto(
            serviceId, service.Name, entity is not null, plan.DataToExport, plan.ExportFormats, plan.ExitClause, plan.NoticePeriodDays, plan.Fallback,
            plan.AlternativeId, plan.Steps, plan.Owner, plan.LastTested, Core.Exit.ExitPlans.IsTestCurrent(plan.LastTested, today), service.ContractEnd,
            plan.NoticeDeadline(service.ContractEnd), plan.Unknowns(), notes, entity?.UpdatedAt);
    }

    public static async Task SaveAsync(RegieDbContext db, Guid serviceId, ExitPlan plan, DateTimeOffset now, CancellationToken ct)
    {
        var entity = await db.ExitPlans.SingleOrDefaultAsync(p => p.ServiceId == serviceId, ct);
        if (entity is null)
        {
            entity = new ExitPlanEntity { Id = Guid.NewGuid(), ServiceId = serviceId };
            db.ExitPlans.Add(entity);
        }

        entity.DataToExport = [.. plan.DataToExport];
        entity.ExportFormats = [.. plan.ExportFormats];
        entity.ExitClause = plan.ExitClause;
        entity.NoticePeriodDays = plan.NoticePeriodDays;
        entity.Fallback = plan.Fallback;
        entity.AlternativeId = plan.AlternativeId;
        entity.Steps = [.. plan.Steps];
        entity.Owner = plan.Owner;
        entity.LastTested = plan.LastTested;
        entity.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
    }

    public static ExitPlan ToPlan(ExitPlanEntity e) =>
        new(e.DataToExport, e.ExportFormats, e.ExitClause, e.NoticePeriodDays, e.Fallback, e.AlternativeId, e.Steps, e.Owner, e.LastTested);
}
