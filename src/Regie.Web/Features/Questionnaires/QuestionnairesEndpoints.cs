using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Discovery.Questionnaires;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Questionnaires;

public static class QuestionnairesEndpoints
{
    public static void MapQuestionnairesApi(this RouteGroupBuilder api)
    {
        var questionnaires = api.MapGroup("/questionnaires").WithTags("Questionnaires");
        questionnaires.MapGet("/", ListAsync).WithSummary("Per vendor of the board, how many questions are open, expired and answered, and which services they concern.");
        questionnaires.MapGet("/{vendorId}", GetAsync).WithName("GetQuestionnaire")
            .WithSummary("A vendor's questionnaire: every question with its text, how to answer, the services it concerns, the criteria it decides, and its answer. The version of the vendor's recorded answers comes as the ETag and as `version`.");
        questionnaires.MapGet("/{vendorId}/document.md", DocumentAsync)
            .WithSummary("The open questions as a document to send to the vendor (Markdown; Dutch, English by Accept-Language or the regie-lang cookie).");
        questionnaires.MapGet("/{vendorId}/answers.csv", CsvAsync).WithSummary("The answer file as CSV: one row per open question, with empty answer cells.");
        questionnaires.MapGet("/{vendorId}/answers.xlsx", XlsxAsync).WithSummary("The answer file as an Excel workbook, with the hosting providers and countries an answer may name.");
        questionnaires.MapPost("/{vendorId}/answers", AnswerAsync)
            .WithSummary("Stores the vendor's answers (question code, answer, explanation, date); all or nothing, each error naming its row and field. Send the questionnaire's version as If-Match (412 when stale) or `version` (409 when stale): when answers of this vendor were recorded meanwhile nothing is stored and the current questionnaire comes back; without a version it is not checked.");
        questionnaires.MapPost("/{vendorId}/answers/file", AnswerFileAsync)
            .WithSummary("Stores the vendor's answers from a filled-in answer file (CSV or XLSX as the body; fileName names it); all or nothing. The questionnaire's version as If-Match (412) or `?version=` (409), as for the answers.");
    }

    private static async Task<Ok<List<QuestionnaireSummaryDto>>> ListAsync(RegieDbContext db, BoardAnalysis board, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok((await QuestionnaireOperations.AllAsync(db, board, time, ct)).Select(QuestionnaireOperations.ToSummary).ToList());

    private static async Task<Results<Ok<QuestionnaireDto>, ProblemHttpResult>> GetAsync(
        string vendorId, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, HttpContext http, CancellationToken ct) =>
        await QuestionnaireOperations.ForAsync(db, board, vendorId, time, ct) is { } vendor
            ? TypedResults.Ok(await TaggedAsync(vendor, db, text, http, ct))
            : RegieApi.NotFound("Deze leverancier");

    // The questionnaire with the version of the vendor's recorded answers, which also goes out as the ETag.
    private static async Task<QuestionnaireDto> TaggedAsync(VendorQuestions vendor, RegieDbContext db, UiText text, HttpContext http, CancellationToken ct)
    {
        var version = await QuestionnaireOperations.VersionAsync(db, vendor.VendorId, ct);
        EditVersion.Tag(http, version);
        return QuestionnaireOperations.ToDto(vendor, text) with { Version = version };
    }

    private static async Task<IResult> DocumentAsync(
        string vendorId, RegieDbContext db, BoardAnalysis board, CurrentBoard current, TimeProvider time, UiText text, CancellationToken ct)
    {
        if (await QuestionnaireOperations.ForAsync(db, board, vendorId, time, ct) is not { } vendor)
        {
            return RegieApi.NotFound("Deze leverancier");
        }

        var catalog = await board.CatalogAsync(ct);
        var markdown = QuestionnaireDocument.Markdown(vendor, current.Organisation?.Name ?? "", QuestionnaireOperations.Today(time), catalog, text.ApiCulture);
        return TypedResults.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", AnswerFile.FileName(vendor, "md"));
    }

    private static async Task<IResult> CsvAsync(string vendorId, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, CancellationToken ct) =>
        await QuestionnaireOperations.ForAsync(db, board, vendorId, time, ct) is { } vendor
            ? TypedResults.File(AnswerFile.CsvBytes(vendor, text.ApiCulture), "text/csv; charset=utf-8", AnswerFile.FileName(vendor, "csv"))
            : RegieApi.NotFound("Deze leverancier");

    private static async Task<IResult> XlsxAsync(string vendorId, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, CancellationToken ct)
    {
        if (await QuestionnaireOperations.ForAsync(db, board, vendorId, time, ct) is not { } vendor)
        {
            return RegieApi.NotFound("Deze leverancier");
        }

        using var workbook = new MemoryStream();
        AnswerFile.Xlsx(workbook, vendor, await board.CatalogAsync(ct), text.ApiCulture);
        return TypedResults.File(workbook.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AnswerFile.FileName(vendor, "xlsx"));
    }

    private static async Task<Results<Ok<QuestionnaireAnswersStoredDto>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        string vendorId, QuestionnaireAnswersRequest request, RegieDbContext db, BoardAnalysis board, CurrentBoard current, TimeProvider time, UiText text,
        HttpContext http, CancellationToken ct)
    {
        var lines = (request.Answers ?? []).Select((a, i) => new AnswerLine(i + 1, a.Question, a.Answer, a.Explanation, a.Date));
        return await StoreAsync(vendorId, lines, EditVersion.Requested(http.Request, request.Version), db, board, current, time, text, http, ct);
    }

    private static async Task<Results<Ok<QuestionnaireAnswersStoredDto>, ValidationProblem, ProblemHttpResult>> AnswerFileAsync(
        string vendorId, string? fileName, string? version, HttpRequest http, RegieDbContext db, BoardAnalysis board, CurrentBoard current, TimeProvider time, UiText text,
        CancellationToken ct)
    {
        // Read no more than the limit plus one byte, so an oversized body is refused without being held in memory.
        await using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (body.Length <= AnswerFile.MaxBytes && (read = await http.Body.ReadAsync(buffer, ct)) > 0)
        {
            body.Write(buffer, 0, (int)Math.Min(read, AnswerFile.MaxBytes + 1 - body.Length));
        }

        body.Position = 0;
        var content = AnswerFile.Read(body, fileName ?? "antwoorden.csv");
        if (content.Errors.Count > 0)
        {
            return QuestionnaireOperations.Problem(content.Errors, text);
        }

        return await StoreAsync(vendorId, content.Lines, EditVersion.Requested(http, version), db, board, current, time, text, http.HttpContext, ct);
    }

    private static async Task<Results<Ok<QuestionnaireAnswersStoredDto>, ValidationProblem, ProblemHttpResult>> StoreAsync(
        string vendorId, IEnumerable<AnswerLine> lines, string? version, RegieDbContext db, BoardAnalysis board, CurrentBoard current, TimeProvider time, UiText text,
        HttpContext http, CancellationToken ct)
    {
        var saving = await QuestionnaireOperations.ImportAsync(db, board, current, vendorId, lines, time, version, ct);
        if (saving.Stale && await QuestionnaireOperations.ForAsync(db, board, vendorId, time, ct) is { } now)
        {
            var dto = await TaggedAsync(now, db, text, http, ct);
            return EditVersion.Conflict(http, "De vragenlijst van deze leverancier", dto, dto.Version!);
        }

        var result = saving.Result;
        if (result.Questionnaire is null)
        {
            return RegieApi.NotFound("Deze leverancier");
        }

        if (!result.Succeeded)
        {
            return QuestionnaireOperations.Problem(result.Errors, text);
        }

        var after = await QuestionnaireOperations.ForAsync(db, board, vendorId, time, ct) ?? result.Questionnaire;
        return TypedResults.Ok(new QuestionnaireAnswersStoredDto(after.VendorId, result.Stored.Count, QuestionnaireOperations.ToDto(after, text)));
    }
}
