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

    /// <summary>The lists every reader of the board may download, each with what it holds and how the operations build it.</summary>
    private static readonly (string List, string Summary, Func<ExportOperations, CultureInfo, CancellationToken, Task<ExportTable>> Build)[] Lists =
    [
        ("services", "Every service: product, vendor, hosting, people, contract, score.", (l, c, ct) => l.ServicesAsync(c, ct)),
        ("scores", "Every service's score, SEAL, minimum, criticality, risk and urgency.", (l, c, ct) => l.ScoresAsync(c, ct)),
        ("priorities", "Services ranked by urgency.", (l, c, ct) => l.PrioritiesAsync(c, ct)),
        ("scenarios", "The scenario sweep: every party and country falling away, ranked by harm.", (l, c, ct) => l.ScenariosAsync(c, ct)),
        ("roadmap", "The roadmap's moves with quarter, reasons and the board after each quarter.", (l, c, ct) => l.RoadmapAsync(c, ct)),
        ("parties", "Vendors and hosting providers, the board's own and the catalog's.", (l, c, ct) => l.PartiesAsync(c, ct)),
        ("catalog", "The catalog's products as the board sees them.", (l, c, ct) => l.CatalogAsync(c, ct)),
        ("impact-assessments", "The DPIA and KIA register: status, date, outcome, high risks and measures, review date (overdue), sector DPIAs.", (l, c, ct) => l.ImpactAssessmentsAsync(c, ct)),
    ];

    public static void MapExportsApi(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").WithTags("Exports");
        foreach (var (list, summary, build) in Lists)
        {
            exports.MapGet("/" + list, (string? format, ExportOperations lists, UiText text, HttpContext http, CancellationToken ct) =>
                DownloadAsync(format, lists, text, http, culture => build(lists, culture, ct))).WithSummary(summary + " " + Formats);
        }

        exports.MapGet("/processing-register", (ExportOperations lists, UiText text, HttpContext http, CancellationToken ct,
                [FromQuery] string? format, [FromQuery] bool? outsideEea) =>
                DownloadAsync(format, lists, text, http, culture => lists.ProcessingRegisterAsync(culture, outsideEea == true, ct)))
            .WithSummary("The processing register (GDPR art. 30): per service data, data subjects, purposes, legal basis, processor, sub-processors, transfers outside the EU/EEA with their facts, retention; each with where it came from. outsideEea=true keeps the records with a transfer. " + Formats);

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
