using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Exit;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.ExitPlans;

/// <summary>
/// The exit plan of a service as the API shows it: the saved plan, or Regie's generated default with its reasons.
/// <c>RoadmapAlternativeId</c> and <c>RoadmapAlternative</c>: where the roadmap moves the service, which a generated plan follows.
/// </summary>
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
    IReadOnlyList<ExitPlanNoteDto> Notes,
    DateTimeOffset? UpdatedAt,
    string? RoadmapAlternativeId = null,
    string? RoadmapAlternative = null);

/// <summary>Where a generated field's content came from, or why it stays unknown.</summary>
public sealed record ExitPlanNoteDto(string Field, ReasonDocument Why);

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
        Guid id, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, CancellationToken ct) =>
        await ExitPlanStore.LoadAsync(db, board, new ServiceId(id), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), text, ct) is { } dto
            ? TypedResults.Ok(dto) : RegieApi.NotFound("Deze dienst");

    private static async Task<Results<Ok<ExitPlanDto>, ValidationProblem, ProblemHttpResult>> PutAsync(
        Guid id, ExitPlanInput input, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, CancellationToken ct)
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
                errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => text.Why(e.Why)).ToArray()),
                title: "Het exitplan is niet opgeslagen: controleer de velden.");
        }

        await ExitPlanStore.SaveAsync(db, new ServiceId(id), input.ToPlan(), time.GetUtcNow(), ct);
        board.Invalidate();
        return TypedResults.Ok((await ExitPlanStore.LoadAsync(db, board, new ServiceId(id), today, text, ct))!);
    }
}
