using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Web.Features.ProcessingRecords;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.ProcessingRegister;

/// <summary>One service's record: what Regie generated with where it came from, and the board's own fields.</summary>
public sealed class EditModel(RegieDbContext db, BoardAnalysis board, UiText text, TimeProvider time) : PageModel
{
    public ProcessingRecord Record { get; private set; } = null!;

    [BindProperty] public ProcessingForm Form { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = await FormAsync(id, ct);
        return Page();
    }

    // The same operation as PUT /api/v1/processing-register/{id}: a refused input shows its problems beside their fields.
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var saving = await ProcessingRegisterOperations.SaveAsync(db, board, new ServiceId(id), Form.ToInput(), time, Form.Version, ct);
        if (!saving.ServiceFound)
        {
            return NotFound();
        }

        if (saving.Stale)
        {
            ModelState.Clear();
            await LoadAsync(id, ct);
            Form = await FormAsync(id, ct);
            var rowId = await db.ProcessingRecords.AsNoTracking().Where(e => e.ServiceId == id).Select(e => e.Id).FirstOrDefaultAsync(ct);
            ModelState.AddModelError("", await EditVersion.StaleMessageAsync(db, text, "deze verwerking", nameof(ProcessingRecordEntity), rowId.ToString(), ct));
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        foreach (var problem in saving.Problems)
        {
            ModelState.AddModelError($"Form.{FieldKey(problem.Field)}", text.Why(problem.Why));
        }

        if (!saving.Saved)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        Message = text["De verwerking is opgeslagen."];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var record = (await ProcessingRegisterOperations.RecordsAsync(db, board, ct)).FirstOrDefault(r => r.ServiceId.Value == id);
        Record = record!;
        return record is not null;
    }

    private async Task<ProcessingForm> FormAsync(Guid id, CancellationToken ct)
    {
        var row = await db.ProcessingRecords.AsNoTracking().SingleOrDefaultAsync(e => e.ServiceId == id, ct);
        return new ProcessingForm
        {
            Purpose = row?.Purpose,
            DataSubjects = row?.DataSubjects?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [],
            LegalBasis = row?.LegalBasis,
            Retention = row?.Retention,
            Notes = row?.Notes,
            Version = row is null ? EditVersion.NotStored : EditVersion.Of(db, row),
        };
    }

    private static string FieldKey(RegisterFieldName field) => field switch
    {
        RegisterFieldName.DataSubjects => nameof(ProcessingForm.DataSubjects),
        RegisterFieldName.LegalBasis => nameof(ProcessingForm.LegalBasis),
        RegisterFieldName.Retention => nameof(ProcessingForm.Retention),
        RegisterFieldName.Notes => nameof(ProcessingForm.Notes),
        _ => nameof(ProcessingForm.Purpose),
    };
}

/// <summary>The board's fields; blank shows what Regie generates.</summary>
public sealed class ProcessingForm
{
    public string? Purpose { get; set; }
    public string[] DataSubjects { get; set; } = [];
    public string? LegalBasis { get; set; }
    public string? Retention { get; set; }
    public string? Notes { get; set; }

    /// <summary>The version of the stored fields the form was filled from; a save over a newer one is refused.</summary>
    public string? Version { get; set; }

    public ProcessingRecordInput ToInput() => new(Purpose, DataSubjects.Length == 0 ? null : DataSubjects, LegalBasis, Retention, Notes);
}
