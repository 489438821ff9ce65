using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Features.Processes;

namespace Regie.Web.Pages.Processes;

/// <summary>The board's processes with their policy thresholds, the services behind each, and the score's weight profile.</summary>
public sealed class IndexModel(RegieDbContext db, BoardAnalysis board, CurrentBoard current, UiText text) : PageModel
{
    public IReadOnlyList<ProcessEntity> Processes { get; private set; } = [];
    public BoardAssessment Assessment { get; private set; } = null!;
    public PolicyThreshold DefaultPolicy => board.Knowledge.Model.EssentialPolicy;
    public IReadOnlyList<WeightProfile> Profiles => board.Knowledge.Model.Profiles;
    public string ProfileId => board.ProfileId;

    /// <summary>The process whose form failed validation.</summary>
    public string? Failed { get; private set; }

    [TempData] public string? Message { get; set; }

    public IEnumerable<ServiceAssessment> ServicesOf(ProcessEntity process) =>
        Assessment.Services.Where(s => s.Service.Service.ProcessIds.Contains(process.Key, StringComparer.OrdinalIgnoreCase))
            .OrderBy(s => s.Sovereignty.Score).ThenBy(s => s.Service.Name);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostProcessAsync(
        string key, int criticality, bool essential, int? minSeal, int? minScore, CancellationToken cancellationToken)
    {
        var process = await db.Processes.SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        // The same limits as PUT /api/v1/processes/{key}; the form's field names are the API's.
        foreach (var (field, messages) in ProcessRules.Validate(criticality, minSeal, minScore))
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }

        if (!ModelState.IsValid)
        {
            Failed = key;
            await LoadAsync(cancellationToken);
            return Page();
        }

        (process.Criticality, process.Essential, process.MinSeal, process.MinScore) = (criticality, essential, minSeal, minScore);
        await db.SaveChangesAsync(cancellationToken);
        Message = text["Opgeslagen."];
        return Redirect($"/processes#proc-{key}");
    }

    public async Task<IActionResult> OnPostProfileAsync(string profile, CancellationToken cancellationToken)
    {
        if (Profiles.All(p => p.Id != profile))
        {
            return BadRequest();
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == current.Id, cancellationToken);
        organisation.WeightProfile = profile;
        await db.SaveChangesAsync(cancellationToken);
        Message = text["Opgeslagen."];
        return Redirect("/processes#wegingsprofiel");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Processes = [.. (await db.Processes.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(p => p.Kind).ThenByDescending(p => p.Criticality).ThenBy(p => p.NameNl, StringComparer.CurrentCulture)];
        Assessment = await board.AssessmentAsync(cancellationToken);
    }
}
