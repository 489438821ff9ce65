using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Exit;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
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
    ExitPlanProposalDto? Proposal = null,
    string? RoadmapAlternativeId = null,
    string? RoadmapAlternative = null,
    string? Version = null);

/// <summary>
/// Regie's proposal as values while no plan is saved: the exit-clause advice and the steps, each with its code and
/// arguments, so a client can render them itself; the plan's own fields carry the same texts.
/// </summary>
public sealed record ExitPlanProposalDto(ReasonDocument? ExitClause, IReadOnlyList<ReasonDocument> Steps);

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
    DateOnly? LastTested,
    string? Version = null)
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
        plans.MapGet("/", GetAsync).WithSummary(
            "The service's exit plan; when none is saved, Regie's generated default with the reason for every field. Its version comes as the ETag and as `version` (\"0\": none saved yet).");
        plans.MapPut("/", PutAsync).WithSummary(
            "Saves the exit plan; a plan tested in the last twelve months counts as the 'tested exit plan' mitigation. Send the version you read as If-Match (412 when stale) or `version` (409 when stale).");
    }

    private static async Task<Results<Ok<ExitPlanDto>, ProblemHttpResult>> GetAsync(
        Guid id, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, HttpContext http, CancellationToken ct)
    {
        if (await ExitPlanStore.LoadAsync(db, board, new ServiceId(id), ExitPlanStore.Today(time), text.ApiCulture, ct) is not { } dto)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        EditVersion.Tag(http, dto.Version!);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<ExitPlanDto>, ValidationProblem, ProblemHttpResult>> PutAsync(
        Guid id, ExitPlanInput input, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, HttpContext http, CancellationToken ct)
    {
        var saving = await ExitPlanStore.ValidateAndSaveAsync(db, board, new ServiceId(id), input.ToPlan(), time, ct, EditVersion.Requested(http.Request, input.Version));
        if (!saving.ServiceFound)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        if (saving.Stale)
        {
            var current = (await ExitPlanStore.LoadAsync(db, board, new ServiceId(id), ExitPlanStore.Today(time), text.ApiCulture, ct))!;
            return EditVersion.Conflict(http, "Dit exitplan", current, current.Version!);
        }

        if (!saving.Saved)
        {
            return TypedResults.ValidationProblem(
                saving.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => ReasonText.Render(e.Why, text.ApiCulture)).ToArray()),
                title: "Het exitplan is niet opgeslagen: controleer de velden.");
        }

        var saved = (await ExitPlanStore.LoadAsync(db, board, new ServiceId(id), ExitPlanStore.Today(time), text.ApiCulture, ct))!;
        EditVersion.Tag(http, saved.Version!);
        return TypedResults.Ok(saved);
    }
}
