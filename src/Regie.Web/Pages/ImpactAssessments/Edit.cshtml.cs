using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Web.Features.ImpactAssessments;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.ImpactAssessments;

/// <summary>One service's DPIA or KIA: status, date, outcome, high risks with measures, review date and the sector DPIA it builds on.</summary>
public sealed class EditModel(BoardAnalysis board, RegieDbContext db, TimeProvider time, UiText text) : PageModel
{
    /// <summary>Blank rows the form offers below the stored risks.</summary>
    public const int BlankRisks = 3;

    public ImpactEntryDto Entry { get; private set; } = null!;

    public ImpactKind Kind { get; private set; }

    public IReadOnlyList<SectorDpia> SectorDpias => board.Knowledge.SectorDpias;

    [BindProperty] public ImpactForm Form { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(kind, id, ct))
        {
            return NotFound();
        }

        Form = ImpactForm.From(Entry);
        return Page();
    }

    // The same operation as PUT /api/v1/impact-assessments/{kind}/{id}: refused input shows its reasons beside the form, nothing stored.
    public async Task<IActionResult> OnPostAsync(string kind, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(kind, id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = Form.ToInput();
        var saving = await ImpactAssessmentStore.ValidateAndSaveAsync(db, board, new ServiceId(id), Kind, input, time, ct, Form.Version);
        if (saving.Stale)
        {
            ModelState.Clear();
            await LoadAsync(kind, id, ct);
            Form = ImpactForm.From(Entry);
            var stored = await db.ImpactAssessments.AsNoTracking().Where(a => a.ServiceId == id && a.Kind == Kind).Select(a => a.Id).FirstOrDefaultAsync(ct);
            ModelState.AddModelError("", await EditVersion.StaleMessageAsync(db, text, "deze registratie", nameof(ImpactAssessmentEntity), stored.ToString(), ct));
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        foreach (var problem in saving.Problems)
        {
            ModelState.AddModelError("", text.Why(problem));
        }

        if (!saving.Saved)
        {
            return Page();
        }

        Message = text["De registratie is opgeslagen."];
        return RedirectToPage(new { kind, id });
    }

    private async Task<bool> LoadAsync(string kind, Guid id, CancellationToken ct)
    {
        if (!ImpactAssessmentStore.TryParseKind(kind, out var k))
        {
            return false;
        }

        Kind = k;
        if (await ImpactAssessmentStore.LoadAsync(db, board, new ServiceId(id), k, ImpactAssessmentStore.Today(time), text.Culture, ct) is not { } entry)
        {
            return false;
        }

        Entry = entry;
        return true;
    }
}

/// <summary>The form's fields; risks as rows of description, measure and measure status.</summary>
public sealed class ImpactForm
{
    public AssessmentStatus Status { get; set; }
    public DateOnly? PerformedOn { get; set; }
    public ImpactOutcome Outcome { get; set; }
    public List<RiskRow> Risks { get; set; } = [];
    public DateOnly? ReviewOn { get; set; }
    public string? SectorDpiaId { get; set; }
    public string? Notes { get; set; }

    /// <summary>The version the form was filled from; a save over a newer one is refused.</summary>
    public string? Version { get; set; }

    public static ImpactForm From(ImpactEntryDto e) => new()
    {
        Status = e.Status,
        PerformedOn = e.PerformedOn,
        Outcome = e.Outcome,
        Risks = [.. e.Risks.Select(r => new RiskRow { Description = r.Description, Measure = r.Measure, MeasureStatus = r.MeasureStatus }),
            .. Enumerable.Range(0, EditModel.BlankRisks).Select(_ => new RiskRow())],
        ReviewOn = e.ReviewOn,
        SectorDpiaId = e.SectorDpiaId,
        Notes = e.Notes,
        Version = e.Version,
    };

    public ImpactAssessmentInput ToInput() => new(
        Status, PerformedOn, Outcome, [.. Risks.Select(r => new HighRiskDto(r.Description ?? "", r.Measure, r.MeasureStatus))], ReviewOn, SectorDpiaId, Notes, Version);

    public sealed class RiskRow
    {
        public string? Description { get; set; }
        public string? Measure { get; set; }
        public MeasureStatus MeasureStatus { get; set; }
    }
}
