using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Reporting;
using Regie.Web.Features.ProcessingRecords;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.ProcessingRegister;

/// <summary>The processing register (verwerkingsregister): one row per service, the filter on transfers, downloads and the printable document.</summary>
public sealed class IndexModel(RegieDbContext db, BoardAnalysis board, UiText text, PdfPrinter printer, TimeProvider time) : PageModel
{
    public IReadOnlyList<ProcessingRecord> Records { get; private set; } = [];

    public ProcessingRegisterSummary Summary { get; private set; } = ProcessingRegisterSummary.Of([]);

    [BindProperty(SupportsGet = true)] public bool OutsideEea { get; set; }

    public bool PdfAvailable => printer.Chromium is not null;

    /// <summary>Why the last PDF failed (Dutch, from the printer).</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnGetPdfAsync(CancellationToken ct) => DocumentAsync("pdf", ct);

    public Task<IActionResult> OnGetHtmlAsync(CancellationToken ct) => DocumentAsync("html", ct);

    // The same operation as GET /api/v1/processing-register/document.
    private async Task<IActionResult> DocumentAsync(string format, CancellationToken ct)
    {
        try
        {
            var (content, type, name) = await ProcessingRegisterOperations.DocumentAsync(db, board, format, text.Culture, printer, time, ct);
            return format == "html" ? File(content, type) : File(content, type, name);
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
        var all = await ProcessingRegisterOperations.RecordsAsync(db, board, ct);
        Summary = ProcessingRegisterSummary.Of(all);
        Records = OutsideEea ? Core.Privacy.ProcessingRegister.OutsideEea(all) : all;
    }
}
