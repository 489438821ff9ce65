using Regie.Data;
using Regie.Reporting;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Report;

/// <summary>GET /api/v1/report: the board report as PDF or HTML, the same file the /report page downloads.</summary>
public static class ReportEndpoints
{
    public static void MapReportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/report", async (string? format, RegieDbContext db, BoardAnalysis analysis, UiText text, PdfPrinter printer, TimeProvider time, CancellationToken ct) =>
            {
                var kind = (format ?? "pdf").Trim().ToLowerInvariant();
                if (!ReportOperations.Formats.Contains(kind))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Onbekend formaat",
                        detail: $"format: '{format}' is geen formaat van de rapportage; kies pdf of html.");
                }

                try
                {
                    var file = await ReportOperations.RenderAsync(await ReportOperations.BuildAsync(db, analysis, time, ct), kind, text.ApiCulture, printer, ct);
                    return Results.File(file.Content, file.ContentType, file.FileName);
                }
                catch (PdfPrintException e)
                {
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF niet gemaakt", detail: e.Message);
                }
            })
            .WithTags("Report")
            .WithSummary("The board report (bestuursrapportage): verdict, scores, concentration, scenarios, roadmap and an appendix per service; format=pdf (default, printed by Chromium) or html.");
    }
}
