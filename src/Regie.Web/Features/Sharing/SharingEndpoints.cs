using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Knowledge;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Discovery.Exporting;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Sharing;

/// <summary>A sector answer as the board sees it: what, from whom, its provenance, the board's services it concerns.</summary>
public sealed record RelevantAnswerDto(
    Guid Id, string VendorId, string VendorName, string Question, string Answer, string? Explanation, DateOnly AnsweredOn, string ReceivedBy, string Source,
    IReadOnlyList<string> Services, bool Current, bool AlreadyHeld, string? Version = null);

public static class SharingEndpoints
{
    public static void MapSharingApi(this RouteGroupBuilder api)
    {
        var board = api.MapGroup("/board/sharing").WithTags("Sector");
        board.MapGet("/", GetAsync)
            .WithSummary("Whether the board shares its landscape with the sector (off by default), since when, its DUO board number and province; their version as `version` and the ETag.");
        board.MapPut("/", SetAsync).RequireAuthorization(Policies.BoardAdministrator)
            .WithSummary("Switches sharing on or off (audited, revocable at once) and sets the DUO board number (five digits) and province. Board administrators only. Send the version you read as If-Match (412 when stale) or as `version` (409 when stale): a stale change stores nothing and returns the current settings; without a version it is not checked.");

        api.MapPost("/sector/answers", AddAnswerAsync).WithTags("Sector").RequireAuthorization(Policies.SystemAdministrator)
            .WithSummary("Records a vendor answer received for the whole sector (vendorId, vendorName, subject: product id or the vendor's id for its ultimate parent, topic, answer, explanation, answeredOn, receivedBy, source). Offered on the questionnaire page of every board it concerns. System administrators only.");

        api.MapGet("/sector/answers/catalog", CatalogAnswersAsync).WithTags("Sector").RequireAuthorization(Policies.SystemAdministrator)
            .WithSummary("What the sector heard from vendors about the catalog's open questions (hosting provider, region, data location): answers received " +
                "for the whole sector and answers recorded by boards that share with the sector and chose to (SharesVendorAnswers), where they agree (answers only boards gave need k of them), " +
                "as the file `regie catalog answers` reads; no board is named. format=csv (default) or json. System administrators only, as it reads across boards.");
        api.MapGet("/sector/answers", RelevantAnswersAsync).WithTags("Sector")
            .WithSummary("The vendor answers received for the whole sector that concern the current board, with their provenance and whether the board already holds them.");
        api.MapPost("/sector/answers/{id:guid}/accept", AcceptAnswerAsync).WithTags("Sector")
            .WithSummary("Takes a sector answer into the board's own vendor answers (editors; audited). 404 when it does not concern the board. With If-Match (the answer's `version`: that of its vendor's recorded answers) it is refused (412, with the answer as it stands now) when answers of that vendor were recorded meanwhile.");

        var sector = api.MapGroup("/sector/shared").WithTags("Sector").RequireAuthorization(Policies.SectorAnalyst);
        sector.MapGet("/picture", PictureAsync)
            .WithSummary("The sector picture of the standing sector release (release: its day, or none published and why; a release is made at most once per period and only when the sharing boards are the same or at least k changed; a revoking board withdraws it at once) in one cell (cell=all, sector=po, province=Utrecht, size=Small, sector=po;size=Small, province=Utrecht;size=Small). A withheld figure has no value, only its reason. Sector analysts and system administrators.");
        sector.MapGet("/vraagmacht", VraagmachtAsync)
            .WithSummary("Per vendor and product the boards, schools and pupils that depend on it, and the open vendor questions most boards share, from the standing sector release (release: its day, or none and why). format=json (default) or csv, xlsx.");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> CatalogAnswersAsync(
        [FromQuery] string? format, RegieDbContext db, RegieKnowledge knowledge, SharedSector sector, UiText text, TimeProvider time, CancellationToken ct)
    {
        var collected = await SectorAnswerOperations.ForTheCatalogAsync(db, knowledge, sector.Rule.K, time, ct);
        return Catalog.CatalogEndpoints.AnswerFile(collected.Table(text.ApiCulture), format, "De antwoorden zijn niet gedownload.", text.ApiCulture, time);
    }

    private static async Task<Ok<List<RelevantAnswerDto>>> RelevantAnswersAsync(RegieDbContext db, BoardAnalysis board, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await RelevantDtosAsync(db, board, time, ct));

    // Each with the version of its vendor's recorded answers, which an accept sends back.
    private static async Task<List<RelevantAnswerDto>> RelevantDtosAsync(RegieDbContext db, BoardAnalysis board, TimeProvider time, CancellationToken ct)
    {
        var list = new List<RelevantAnswerDto>();
        foreach (var r in await SectorAnswerOperations.RelevantAsync(db, board, time, ct))
        {
            list.Add(new RelevantAnswerDto(
                r.Id, r.Relevant.Answer.VendorId, r.Relevant.Answer.VendorName, r.Relevant.Answer.Question.ToString(), r.Relevant.Answer.Answer,
                r.Relevant.Answer.Explanation, r.Relevant.Answer.AnsweredOn, r.Relevant.Answer.ReceivedBy, r.Relevant.Answer.Source,
                [.. r.Relevant.Services.Select(s => s.Name)], r.Relevant.Current, r.Relevant.AlreadyHeld,
                await Questionnaires.QuestionnaireOperations.VersionAsync(db, r.Relevant.Answer.VendorId, ct)));
        }

        return list;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AcceptAnswerAsync(
        Guid id, RegieDbContext db, BoardAnalysis board, CurrentBoard current, UiText text, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var saving = await SectorAnswerOperations.AcceptAsync(db, board, current, id, time, EditVersion.Requested(http.Request, null), ct);
        if (saving is { Stale: true } && (await RelevantDtosAsync(db, board, time, ct)).FirstOrDefault(r => r.Id == id) is { } now)
        {
            return EditVersion.Conflict(http, "De vragenlijst van deze leverancier", now, now.Version!);
        }

        return saving is null ? RegieApi.NotFound("Dit sectorantwoord")
            : saving.Result.Succeeded ? TypedResults.NoContent()
            : Questionnaires.QuestionnaireOperations.Problem(saving.Result.Errors, text);
    }

    private static async Task<Results<NoContent, ValidationProblem>> AddAnswerAsync(
        SectorAnswerInput input, DatabaseSettings settings, CurrentBoard current, TimeProvider time, CancellationToken ct)
    {
        var errors = await SectorAnswerOperations.AddAsync(settings, current, input, time, ct);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "Het antwoord is niet opgeslagen.") : TypedResults.NoContent();
    }

    private static async Task<Ok<SharingDto>> GetAsync(RegieDbContext db, CurrentBoard current, HttpContext http, CancellationToken ct)
    {
        var sharing = await SharingOperations.CurrentAsync(db, current, ct);
        EditVersion.Tag(http, sharing.Version!);
        return TypedResults.Ok(sharing);
    }

    private static async Task<Results<Ok<SharingDto>, ValidationProblem, ProblemHttpResult>> SetAsync(
        SharingInput input, RegieDbContext db, CurrentBoard current, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var saving = await SharingOperations.SetAsync(db, current, time, input with { Version = EditVersion.Requested(http.Request, input.Version) }, ct);
        var sharing = await SharingOperations.CurrentAsync(db, current, ct);
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, "Het delen met de sector", sharing, sharing.Version!);
        }

        if (saving.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "Het delen is niet gewijzigd.");
        }

        EditVersion.Tag(http, sharing.Version!);
        return TypedResults.Ok(sharing);
    }

    private static async Task<Results<Ok<PictureDto>, ValidationProblem>> PictureAsync(string? cell, SharedSector sector, UiText text, CancellationToken ct)
    {
        if (SharedSectorViews.Parse(cell) is not { } chosen)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cell"] = [CellError(cell)] }, title: "Geen sectorbeeld.");
        }

        var release = await sector.CurrentAsync(ct);
        var analysis = release.Analysis;
        return TypedResults.Ok(SharedSectorViews.Json(analysis.Picture(chosen), analysis.Cells, release, text));
    }

    private static async Task<Results<Ok<VraagmachtDto>, FileContentHttpResult, ValidationProblem>> VraagmachtAsync(
        string? cell, string? format, SharedSector sector, Regie.Core.Knowledge.RegieKnowledge knowledge, UiText text, CancellationToken ct)
    {
        if (SharedSectorViews.Parse(cell) is not { } chosen)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cell"] = [CellError(cell)] }, title: "Geen vraagmacht.");
        }

        var release = await sector.CurrentAsync(ct);
        var analysis = release.Analysis;
        var demand = analysis.Vraagmacht(chosen);
        if (string.IsNullOrEmpty(format) || format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Ok(SharedSectorViews.Json(demand, analysis.Rule.K, release, knowledge.Model, text));
        }

        if (TableFiles.Parse(format) is not { } chosenFormat)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"Formaat: '{format}' kennen we niet; kies json, csv of xlsx."] }, title: "Geen vraagmacht.");
        }

        var english = text.ApiCulture.TwoLetterISOLanguageName == "en";
        var table = SharedSectorViews.Table(demand, knowledge.Model, text.ApiCulture);
        return TypedResults.File(TableFiles.Bytes(table, chosenFormat, english), TableFiles.ContentType(chosenFormat),
            $"{(english ? table.Name.En : table.Name.Nl)}.{TableFiles.Extension(chosenFormat)}");
    }

    private static string CellError(string? cell) =>
        $"Cel: '{cell}' is geen cel van het sectorbeeld; gebruik all, sector=po, province=Utrecht, size=Small, sector=po;size=Small of province=Utrecht;size=Small.";
}
