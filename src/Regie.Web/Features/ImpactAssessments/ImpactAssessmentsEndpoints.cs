using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.ImpactAssessments;

public static class ImpactAssessmentsEndpoints
{
    public static void MapImpactAssessmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/impact-assessments").WithTags("DPIA and KIA register");
        group.MapGet("/sector-dpias", SectorDpias).WithSummary("The DPIAs done for the sector (SIVON, SURF, SLM Rijk) as catalog facts, with source and the date they were read.");
        group.MapGet("/{kind}", RegisterAsync).WithSummary(
            "The board's DPIA (`dpia`) or KIA (`kia`) register: per service the status, date, outcome, high risks with measures, review date (overdue flagged) and the sector DPIAs that cover it. `?overdue=true` keeps only overdue reviews. The counts are of the whole register; the entries are paged as /services (?page=&pageSize=, X-Total-Count, Link).");
        group.MapGet("/{kind}/{id:guid}", GetAsync).WithSummary("One service's entry; its version comes as the ETag and as `version`.");
        group.MapPut("/{kind}/{id:guid}", PutAsync).WithSummary(
            "Saves one service's entry: the status (the service's DPIA or KIA status, which feeds SOV7) and the register's details. Send the version you read as If-Match (412 when stale) or `version` (409 when stale).");
    }

    private static Ok<IReadOnlyList<SectorDpiaDto>> SectorDpias(BoardAnalysis board, UiText text) =>
        TypedResults.Ok<IReadOnlyList<SectorDpiaDto>>([.. board.Knowledge.SectorDpias.Select(d => SectorDpiaDto.From(d, text.ApiCulture))]);

    private static async Task<Results<Ok<ImpactRegisterDto>, ProblemHttpResult>> RegisterAsync(
        string kind, bool? overdue, int? page, int? pageSize, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, HttpContext http,
        CancellationToken ct)
    {
        if (!ImpactAssessmentStore.TryParseKind(kind, out var k))
        {
            return UnknownKind(kind);
        }

        var register = await ImpactAssessmentStore.RegisterAsync(db, board, k, ImpactAssessmentStore.Today(time), ct);
        var whole = ImpactAssessmentStore.ToDto(register, text.ApiCulture, overdue == true);
        var shown = Paging.From(page, pageSize, Paging.ApiDefault).Of(whole.Entries);
        shown.Describe(http.Response);
        return TypedResults.Ok(whole with { Entries = shown.Items });
    }

    private static async Task<Results<Ok<ImpactEntryDto>, ProblemHttpResult>> GetAsync(
        string kind, Guid id, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, HttpContext http, CancellationToken ct)
    {
        if (!ImpactAssessmentStore.TryParseKind(kind, out var k))
        {
            return UnknownKind(kind);
        }

        if (await ImpactAssessmentStore.LoadAsync(db, board, new ServiceId(id), k, ImpactAssessmentStore.Today(time), text.ApiCulture, ct) is not { } dto)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        EditVersion.Tag(http, dto.Version!);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<ImpactEntryDto>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string kind, Guid id, ImpactAssessmentInput input, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, HttpContext http,
        CancellationToken ct)
    {
        if (!ImpactAssessmentStore.TryParseKind(kind, out var k))
        {
            return UnknownKind(kind);
        }

        var serviceId = new ServiceId(id);
        var saving = await ImpactAssessmentStore.ValidateAndSaveAsync(db, board, serviceId, k, input, time, ct, EditVersion.Requested(http.Request, input.Version));
        if (!saving.ServiceFound)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        if (saving.Stale)
        {
            var current = (await ImpactAssessmentStore.LoadAsync(db, board, serviceId, k, ImpactAssessmentStore.Today(time), text.ApiCulture, ct))!;
            return EditVersion.Conflict(http, "Deze registratie", current, current.Version!);
        }

        if (!saving.Saved)
        {
            return TypedResults.ValidationProblem(
                saving.Problems.GroupBy(FieldOf).ToDictionary(g => g.Key, g => g.Select(p => ReasonText.Render(p, text.ApiCulture)).ToArray()),
                title: "De registratie is niet opgeslagen: controleer de velden.");
        }

        var saved = (await ImpactAssessmentStore.LoadAsync(db, board, serviceId, k, ImpactAssessmentStore.Today(time), text.ApiCulture, ct))!;
        EditVersion.Tag(http, saved.Version!);
        return TypedResults.Ok(saved);
    }

    /// <summary>The JSON field a problem belongs to (risks by their index), for the validation problem's keys.</summary>
    public static string FieldOf(ImpactAssessmentReason problem) => problem switch
    {
        ReviewBeforePerformed => "reviewOn",
        ImpactDateOutOfRange { Field: ImpactField.PerformedOn } => "performedOn",
        ImpactDateOutOfRange => "reviewOn",
        MeasureWithoutRisk m => $"risks[{m.RiskNumber - 1}].description",
        ImpactTextTooLong { RiskNumber: > 0 } t => $"risks[{t.RiskNumber - 1}].{(t.Field == ImpactField.Measure ? "measure" : "description")}",
        ImpactTextHidden { RiskNumber: > 0 } t => $"risks[{t.RiskNumber - 1}].{(t.Field == ImpactField.Measure ? "measure" : "description")}",
        ImpactTextTooLong or ImpactTextHidden => "notes",
        TooManyRisks => "risks",
        UnknownSectorDpia => "sectorDpiaId",
        ImpactValueUnknown { Field: ImpactField.Status } => "status",
        ImpactValueUnknown { Field: ImpactField.Outcome } => "outcome",
        ImpactValueUnknown => "risks",
        _ => "",
    };

    private static ProblemHttpResult UnknownKind(string kind) => TypedResults.Problem(
        title: $"'{kind}' is geen register: kies dpia of kia.", statusCode: StatusCodes.Status404NotFound);
}
