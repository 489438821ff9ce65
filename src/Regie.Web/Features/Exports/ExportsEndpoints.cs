using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Exporting;
using Regie.Discovery.Exporting;
using Regie.Web.Features.Audit;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Exports;

/// <summary>
/// GET /api/v1/exports/{list}?format=csv|xlsx|json: every list of the board as a file, all rows (never one page), in the
/// reader's language (regie-lang cookie, else Accept-Language). One scheme for all lists; docs/EXPORTS.md.
/// </summary>
public static class ExportsEndpoints
{
    private const string Formats = "format=csv (Dutch Excel: ';', decimal comma, UTF-8 with BOM; English: ',' and '.'), xlsx (numbers as numbers) or json (values invariant); csv when left out.";

    public static void MapExportsApi(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").WithTags("Exports");
        exports.MapGet("/services", (string? format, ExportOperations lists, UiText text, HttpContext http, CancellationToken ct) =>
            DownloadAsync(format, lists, text, http, culture => lists.ServicesAsync(culture, ct))).WithSummary("Every service: product, vendor, hosting, people, contract, score. " + Formats);
        exports.MapGet("/scores", (string? format, ExportOperations lists, UiText text, HttpContext http, CancellationToken ct) =>
            DownloadAsync(format, lists, text, http, culture => lists.ScoresAsync(culture, ct))).WithSummary("Every service's score, SEAL, minimum, criticality, risk and urgency. " + Formats);
        exports.MapGet("/priorities", (string? format, ExportOperations lists, UiText text, HttpContext http, CancellationToken ct) =>
            DownloadAsync(format, lists, text, http, culture => lists.PrioritiesAsync(culture, ct))).WithSummary("Services ranked by urgency. " + Formats);
        exports.MapGet("/scenarios", (string? format, ExportOperations lists, UiText text, HttpContext http, CancellationToken ct) =>
            DownloadAsync(format, lists, text, http, culture => lists.ScenariosAsync(culture, ct))).WithSummary("The scenario sweep: every party and country falling away, ranked by harm. " + Formats);
        exports.MapGet("/roadmap", (string? format, ExportOperations lists, UiText text, HttpContext http, CancellationToken ct) =>
            DownloadAsync(format, lists, text, http, culture => lists.RoadmapAsync(culture, ct))).WithSummary("The roadmap's moves with quarter, reasons and the board after each quarter. " + Formats);
        exports.MapGet("/parties", (string? format, ExportOperations lists, UiText text, HttpContext http, CancellationToken ct) =>
            DownloadAsync(format, lists, text, http, culture => lists.PartiesAsync(culture, ct))).WithSummary("Vendors and hosting providers, the board's own and the catalog's. " + Formats);
        exports.MapGet("/catalog", (string? format, ExportOperations lists, UiText text, HttpContext http, CancellationToken ct) =>
            DownloadAsync(format, lists, text, http, culture => lists.CatalogAsync(culture, ct))).WithSummary("The catalog's products as the board sees them. " + Formats);
        exports.MapGet("/audit", (ExportOperations lists, UiText text, HttpContext http, CancellationToken ct,
                [FromQuery] string? format, [FromQuery] string? entity, [FromQuery] string? actor, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to) =>
                DownloadAsync(format, lists, text, http, _ => lists.AuditAsync(new AuditFilter(entity, actor, from, to), ct)))
            .RequireAuthorization(Policies.BoardAdministrator)
            .WithSummary($"The audit log with the filters of GET /api/v1/audit (at most {AuditLog.MaxExport:N0} entries, newest first). Board administrators only. " + Formats);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> DownloadAsync(
        string? format, ExportOperations lists, UiText text, HttpContext http, Func<CultureInfo, Task<ExportTable>> table)
    {
        if ((string.IsNullOrEmpty(format) ? ExportFormat.Csv : TableFiles.Parse(format)) is not { } chosen)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"Formaat: '{format}' kennen we niet; kies csv, xlsx of json."] },
                title: "De lijst is niet gedownload.");
        }

        var culture = text.ApiCulture;
        var english = culture.TwoLetterISOLanguageName == "en";
        var exported = await table(culture);
        if (exported.Truncated)
        {
            http.Response.Headers["X-Regie-Export-Truncated"] = ExportTable.MaxRows.ToString(CultureInfo.InvariantCulture);
        }

        return TypedResults.File(TableFiles.Bytes(exported, chosen, english), TableFiles.ContentType(chosen),
            lists.FileName(exported, english, TableFiles.Extension(chosen)));
    }
}
