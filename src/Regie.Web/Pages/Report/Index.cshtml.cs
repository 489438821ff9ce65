using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Reporting;
using Regie.Web.Features.Report;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Report;

/// <summary>The board report ("bestuursrapportage"): what it holds, and its download as PDF or HTML.</summary>
public sealed class IndexModel(RegieDbContext db, BoardAnalysis board, UiText text, PdfPrinter printer, TimeProvider time) : PageModel
{
    public string BoardName { get; private set; } = "";
    public int Services { get; private set; }
    public bool PdfAvailable => printer.Chromium is not null;

    /// <summary>Why the last download failed, shown on the page (Dutch, from the printer).</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnGetPdfAsync(CancellationToken ct) => DownloadAsync("pdf", ct);

    public Task<IActionResult> OnGetHtmlAsync(CancellationToken ct) => DownloadAsync("html", ct);

    private async Task<IActionResult> DownloadAsync(string format, CancellationToken ct)
    {
        try
        {
            var file = await ReportOperations.RenderAsync(await ReportOperations.BuildAsync(db, board, time, ct), format, text.Culture, printer, ct);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (PdfPrintException e)
        {
            Problem = e.Message;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var landscape = await board.LandscapeAsync(ct);
        BoardName = landscape.Organisation.Name;
        Services = landscape.Services.Count;
    }
}
