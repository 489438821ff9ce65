using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Audit;

public static class AuditEndpoints
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", GetAsync).WithTags("Audit").RequireAuthorization(Policies.BoardAdministrator).WithSummary(
            "The board's audit log, newest first: who (actor), when, which row, what happened, old and new values per field. Filters: entity, actor, from and to (dates, both included). "
            + "Paged (pageSize at most 200); format=csv or format=json exports every matching entry (at most 50,000) with the same filters. Board administrators only. "
            + "A page names each row as it is now (name; deleted when gone). acrossBoards=true reads every board's entries with the board's name: system administrators signed in only (403 otherwise, also for a token).");
    }

    private static async Task<Results<Ok<AuditPageDto>, FileContentHttpResult, JsonHttpResult<List<AuditEntryDto>>, ValidationProblem, ProblemHttpResult>> GetAsync(
        RegieDbContext db, HttpContext http, CurrentBoard board, UiText text, CancellationToken ct,
        [FromQuery] string? entity = null, [FromQuery] string? actor = null, [FromQuery] DateOnly? from = null, [FromQuery] DateOnly? to = null,
        [FromQuery] int page = 1, [FromQuery] int pageSize = AuditLog.DefaultPageSize, [FromQuery] string? format = null, [FromQuery] bool acrossBoards = false)
    {
        if (acrossBoards && !AuditLog.MayReadAcrossBoards(board.Caller))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang",
                detail: "Het logboek van alle besturen is alleen voor een aangemelde systeembeheerder (niet met een API-token).");
        }

        var filter = new AuditFilter(entity, actor, from, to, page, pageSize);
        switch (format?.ToLowerInvariant())
        {
            case null or "":
                return TypedResults.Ok(await AuditLog.PageAsync(db, filter, ct, acrossBoards, text.ApiCulture.TwoLetterISOLanguageName == "en"));
            case "csv":
                return TypedResults.File(await AuditLog.CsvAsync(db, filter, ct, acrossBoards), "text/csv; charset=utf-8", AuditLog.FileName("csv"));
            case "json":
                http.Response.Headers.ContentDisposition = $"attachment; filename={AuditLog.FileName("json")}";
                return TypedResults.Json(await AuditLog.ExportAsync(db, filter, ct, acrossBoards));
            default:
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["format"] = [$"Formaat: '{format}' kennen we niet; kies csv of json, of laat het weg voor een pagina."] },
                    title: "Het logboek is niet opgehaald.");
        }
    }
}
