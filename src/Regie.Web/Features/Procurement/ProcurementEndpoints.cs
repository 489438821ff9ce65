using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Procurement;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;
using Regie.Web.Pages.Procurement;

namespace Regie.Web.Features.Procurement;

public sealed record TenderSummaryDto(Guid Id, string Name, string Category, string CategoryName, DateTimeOffset CreatedAt, int Requirements, int Responses);

public sealed record TenderDto(
    Guid Id, string Name, string Category, string CategoryName, DateTimeOffset CreatedAt, IReadOnlyList<Requirement> Requirements, IReadOnlyList<ReasonDocument> Notes,
    IReadOnlyList<EvaluationDto> Evaluations);

public sealed record RequirementResultDto(
    string Id, RequirementKind Kind, bool Passed, string? Answer, int? Option, string? Explanation, double Points, ReasonDocument Why, ReasonDocument? ScoreMapping);

public sealed record EvaluationDto(
    Guid ResponseId, string VendorName, string? ProductId, TenderVerdict Verdict, IReadOnlyList<ReasonDocument> Reasons, int Score, int Seal,
    double WishPoints, double WishMaximum, int Answered, int Unanswered, int UnknownAnswers, IReadOnlyList<RequirementResultDto> Results,
    string? Version = null);

public sealed record TenderRequest(string? Name, string? Category);

public sealed record AnswerInput(string? RequirementId, string? Answer, string? Explanation);

public sealed record VendorResponseRequest(string? VendorName, string? ProductId, IReadOnlyList<AnswerInput>? Answers);

public static class ProcurementEndpoints
{
    public static void MapProcurementApi(this RouteGroupBuilder api)
    {
        var tenders = api.MapGroup("/procurement/tenders").WithTags("Procurement");
        tenders.MapGet("/", ListAsync).WithSummary("The board's tenders.");
        tenders.MapPost("/", CreateAsync).WithSummary("Generates the requirements for a catalog category from the board's policy and stores them.");
        tenders.MapGet("/{id:guid}", GetAsync).WithName("GetTender").WithSummary("A tender's requirements and every vendor's evaluation.");
        tenders.MapGet("/{id:guid}/document.md", DocumentAsync).WithSummary("The requirements as a Dutch Markdown document to attach to a tender.");
        tenders.MapPost("/{id:guid}/responses", RespondAsync)
            .WithSummary("Records a vendor's answers (ja, nee, deels, onbekend; a question's option number) and returns the evaluation. All or nothing.");
        tenders.MapPost("/{id:guid}/responses/csv", RespondCsvAsync)
            .WithSummary("Records a vendor's answers from CSV (columns eis, antwoord, toelichting); errors name line and field. All or nothing.");
        tenders.MapDelete("/{id:guid}/responses/{responseId:guid}", DeleteResponseAsync).WithSummary(
            "Removes a vendor's response. With If-Match (the evaluation's `version`) a response changed meanwhile is kept (412 with the current evaluation); without it the delete is not checked.");
    }

    private static async Task<Ok<List<TenderSummaryDto>>> ListAsync(RegieDbContext db, BoardAnalysis board, UiText text, CancellationToken ct)
    {
        var list = await db.Tenders.AsNoTracking().Include(t => t.Responses).ToListAsync(ct);
        return TypedResults.Ok(list.OrderByDescending(t => t.CreatedAt)
            .Select(t => new TenderSummaryDto(t.Id, t.Name, t.Category, TenderStore.CategoryName(board.Knowledge.Catalog, t.Category, text.ApiCulture.TwoLetterISOLanguageName), t.CreatedAt,
                RequirementJson.Read(t.RequirementsJson).Count, t.Responses.Count)).ToList());
    }

    private static async Task<Results<CreatedAtRoute<TenderDto>, ValidationProblem>> CreateAsync(
        TenderRequest request, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, CancellationToken ct)
    {
        var (tender, errors) = await TenderStore.CreateAsync(db, board, request.Name, request.Category, time.GetUtcNow(), ct);
        if (tender is null)
        {
            return TypedResults.ValidationProblem(errors, title: "De aanbesteding is niet aangemaakt.");
        }

        return TypedResults.CreatedAtRoute(await TenderStore.DtoAsync(db, board, tender, text, ct), "GetTender", new { id = tender.Id });
    }

    private static async Task<Results<Ok<TenderDto>, ProblemHttpResult>> GetAsync(Guid id, RegieDbContext db, BoardAnalysis board, UiText text, CancellationToken ct) =>
        await TenderStore.FindAsync(db, id, ct) is { } tender ? TypedResults.Ok(await TenderStore.DtoAsync(db, board, tender, text, ct)) : RegieApi.NotFound("Deze aanbesteding");

    private static async Task<IResult> DocumentAsync(Guid id, RegieDbContext db, BoardAnalysis board, CurrentBoard current, CancellationToken ct)
    {
        if (await TenderStore.FindAsync(db, id, ct) is not { } tender)
        {
            return RegieApi.NotFound("Deze aanbesteding");
        }

        var markdown = TenderDocument.Markdown(tender.Name, current.Organisation?.Name ?? "", DateOnly.FromDateTime(tender.CreatedAt.UtcDateTime),
            TenderStore.Requirements(board.Knowledge.Catalog, tender));
        return TypedResults.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", TenderStore.FileName(tender));
    }

    private static async Task<Results<Created<EvaluationDto>, ValidationProblem, ProblemHttpResult>> RespondAsync(
        Guid id, VendorResponseRequest request, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, CancellationToken ct)
    {
        if (await TenderStore.FindAsync(db, id, ct) is not { } tender)
        {
            return RegieApi.NotFound("Deze aanbesteding");
        }

        var rows = (request.Answers ?? []).Select((a, i) => new AnswerRow(i + 1, a.RequirementId, a.Answer, a.Explanation));
        return await StoreAsync(db, board, tender, request.VendorName, request.ProductId, rows, time, text, ct);
    }

    private static async Task<Results<Created<EvaluationDto>, ValidationProblem, ProblemHttpResult>> RespondCsvAsync(
        Guid id, string? vendorName, string? productId, HttpRequest http, RegieDbContext db, BoardAnalysis board, TimeProvider time, UiText text, CancellationToken ct)
    {
        if (await TenderStore.FindAsync(db, id, ct) is not { } tender)
        {
            return RegieApi.NotFound("Deze aanbesteding");
        }

        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        var (rows, errors) = AnswerCsv.Read(await reader.ReadToEndAsync(ct));
        if (errors.Count > 0)
        {
            return TenderStore.Problem(errors, text);
        }

        return await StoreAsync(db, board, tender, vendorName, productId, rows, time, text, ct);
    }

    private static async Task<Results<Created<EvaluationDto>, ValidationProblem, ProblemHttpResult>> StoreAsync(
        RegieDbContext db, BoardAnalysis board, TenderEntity tender, string? vendorName, string? productId, IEnumerable<AnswerRow> rows, TimeProvider time, UiText text, CancellationToken ct)
    {
        var (response, errors) = await TenderStore.AddResponseAsync(db, board, tender, vendorName, productId, rows, time.GetUtcNow(), ct);
        if (response is null)
        {
            return TenderStore.Problem(errors, text);
        }

        var evaluation = (await TenderStore.DtoAsync(db, board, tender, text, ct)).Evaluations.Single(e => e.ResponseId == response.Id);
        return TypedResults.Created($"/api/v1/procurement/tenders/{tender.Id}", evaluation);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteResponseAsync(
        Guid id, Guid responseId, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var (deletion, _) = await TenderStore.DeleteResponseAsync(db, id, responseId, EditVersion.Requested(http.Request, null), ct);
        if (deletion.Outcome == DeletionOutcome.Stale && await TenderStore.FindAsync(db, id, ct) is { } tender)
        {
            var current = (await TenderStore.DtoAsync(db, board, tender, text, ct)).Evaluations.Single(e => e.ResponseId == responseId);
            return EditVersion.Conflict(http, "Deze inschrijving", current, current.Version!);
        }

        return deletion.Outcome == DeletionOutcome.Deleted ? TypedResults.NoContent() : RegieApi.NotFound("Deze inschrijving");
    }
}
