using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Exit;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Data;
using Regie.Web.Features.ExitPlans;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

/// <summary>A service's exit plan: Regie's generated default until the board saves its own, a "tested on" button, and a printable view.</summary>
public sealed class ExitPlanModel(BoardAnalysis board, RegieDbContext db, TimeProvider time, UiText text) : PageModel
{
    public ExitPlanDto Plan { get; private set; } = null!;

    public IReadOnlyList<(string Id, string Name)> Alternatives { get; private set; } = [];

    [BindProperty] public ExitPlanForm Form { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public bool Print { get; private set; }

    public DateOnly Today => ExitPlanStore.Today(time);

    public async Task<IActionResult> OnGetAsync(Guid id, bool print, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Print = print;
        Form = ExitPlanForm.From(Plan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // A value the form could not even read (a number field with letters) is refused before the plan is checked.
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return await SaveAsync(id, Form.ToInput().ToPlan(), text["Het exitplan is opgeslagen."], Form.Version, ct);
    }

    /// <summary>Records today's test: the plan then counts as a tested exit plan for twelve months.</summary>
    public async Task<IActionResult> OnPostTestedAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = ExitPlanForm.From(Plan);
        return await SaveAsync(id, Form.ToInput().ToPlan() with { LastTested = Today }, text["Gemarkeerd als getest op {0}.", text.Date(Today)], Plan.Version, ct);
    }

    // The same operation as PUT /api/v1/services/{id}/exit-plan: a refused plan shows its errors beside their fields.
    private async Task<IActionResult> SaveAsync(Guid id, ExitPlan plan, string saved, string? version, CancellationToken ct)
    {
        var saving = await ExitPlanStore.ValidateAndSaveAsync(db, board, new ServiceId(id), plan, time, ct, version);
        if (!saving.ServiceFound)
        {
            return NotFound();
        }

        if (saving.Stale)
        {
            // Show what is stored now, not what was posted: the fields would prefer the posted values.
            ModelState.Clear();
            await LoadAsync(id, ct);
            Form = ExitPlanForm.From(Plan);
            ModelState.AddModelError("", await EditVersion.StaleMessageAsync(db, text, "dit exitplan", nameof(ExitPlanEntity), Plan.Version == EditVersion.NotStored ? "" : await PlanIdAsync(id, ct), ct));
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        foreach (var error in saving.Errors)
        {
            ModelState.AddModelError($"Form.{FieldKey(error.Field)}", text.Why(error.Why));
        }

        if (!saving.Saved)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        Message = saved;
        return RedirectToPage(new { id });
    }

    private async Task<string> PlanIdAsync(Guid serviceId, CancellationToken ct) =>
        (await db.ExitPlans.AsNoTracking().Where(p => p.ServiceId == serviceId).Select(p => p.Id).SingleAsync(ct)).ToString();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await ExitPlanStore.LoadAsync(db, board, new ServiceId(id), Today, text.Culture, ct) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        var landscape = await board.LandscapeAsync(ct);
        var service = landscape.Services.First(s => s.Id.Value == id);
        var catalog = await board.CatalogAsync(ct);
        // The roadmap's choice first, then the catalog's alternatives for the same function (the generated plan picks the same way).
        IEnumerable<(string Id, string Name)> onRoadmap = Plan.RoadmapAlternativeId is { } chosen ? [(chosen, Plan.RoadmapAlternative ?? chosen)] : [];
        Alternatives = [.. onRoadmap.Concat(AlternativeFinder.CatalogAlternatives(landscape, service, catalog, board.Knowledge)
                .Where(a => a.Verdict.Proposed).Select(a => (a.Alternative.Id, a.Alternative.NameIn(text.Language))))
            .DistinctBy(a => a.Item1, StringComparer.OrdinalIgnoreCase)];
        return true;
    }

    private static string FieldKey(string field) => field switch
    {
        ExitPlanFields.NoticePeriodDays => nameof(ExitPlanForm.NoticePeriodDays),
        ExitPlanFields.LastTested => nameof(ExitPlanForm.LastTested),
        ExitPlanFields.AlternativeId => nameof(ExitPlanForm.AlternativeId),
        _ => nameof(ExitPlanForm.Steps),
    };
}

/// <summary>The form's fields: lists as one item per line.</summary>
public sealed class ExitPlanForm
{
    public string? DataToExport { get; set; }
    public string? ExportFormats { get; set; }
    public string? ExitClause { get; set; }
    public int? NoticePeriodDays { get; set; }
    public string? Fallback { get; set; }
    public string? AlternativeId { get; set; }
    public string? Steps { get; set; }
    public string? Owner { get; set; }
    public DateOnly? LastTested { get; set; }

    /// <summary>The version of the plan the form was filled from; a save over a newer one is refused.</summary>
    public string? Version { get; set; }

    public static ExitPlanForm From(ExitPlanDto p) => new()
    {
        DataToExport = string.Join('\n', p.DataToExport),
        ExportFormats = string.Join('\n', p.ExportFormats),
        ExitClause = p.ExitClause,
        NoticePeriodDays = p.NoticePeriodDays,
        Fallback = p.Fallback,
        AlternativeId = p.AlternativeId,
        Steps = string.Join('\n', p.Steps),
        Owner = p.Owner,
        LastTested = p.LastTested,
        Version = p.Version,
    };

    public ExitPlanInput ToInput() =>
        new(Lines(DataToExport), Lines(ExportFormats), ExitClause, NoticePeriodDays, Fallback, AlternativeId, Lines(Steps), Owner, LastTested, Version);

    private static string[] Lines(string? text) => (text ?? "").Split('\n');
}
