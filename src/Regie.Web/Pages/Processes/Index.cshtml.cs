using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Processes;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Processes;

/// <summary>The board's processes with their policy thresholds, the services behind each, and the score's weight profile.</summary>
public sealed class IndexModel(RegieDbContext db, BoardAnalysis board, CurrentBoard current, UiText text) : PageModel
{
    public IReadOnlyList<ProcessEntity> Processes { get; private set; } = [];

    /// <summary>The version a process's form carries, so that a save over someone else's is refused.</summary>
    public string VersionOf(ProcessEntity process) => EditVersion.Of(db, process);
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
        string key, int criticality, bool essential, int? minSeal, int? minScore, string? version, CancellationToken cancellationToken)
    {
        // The same limits and the same operation as PUT /api/v1/processes/{key}; the form's field names are the API's.
        // A value the form could not bind leaves the stored process as it is.
        var saving = ModelState.IsValid
            ? await ProcessOperations.UpdateAsync(db, key, new ProcessUpdate(criticality, essential, minSeal, minScore, version), cancellationToken)
            : new ProcessSaving(await db.Processes.AnyAsync(p => p.Key == key, cancellationToken), ProcessOperations.Validate(criticality, minSeal, minScore));
        if (!saving.Found)
        {
            return NotFound();
        }

        if (saving.Stale)
        {
            // The form shows the stored values (it reads the processes again), with the message beside it.
            Failed = key;
            var id = await db.Processes.AsNoTracking().Where(p => p.Key == key).Select(p => p.Id).SingleAsync(cancellationToken);
            ModelState.AddModelError("version", await EditVersion.StaleMessageAsync(db, text, "dit proces", nameof(ProcessEntity), id.ToString(), cancellationToken));
            await LoadAsync(cancellationToken);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        var errors = saving.Errors;

        foreach (var (field, messages) in errors)
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }

        if (!ModelState.IsValid)
        {
            Failed = key;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = text["Opgeslagen."];
        return Redirect($"/processes#proc-{key}");
    }

    /// <summary>The version of the stored weight profile, which the profile's form carries back (a stale choice is refused).</summary>
    public string ProfileVersion { get; private set; } = "";

    public async Task<IActionResult> OnPostProfileAsync(string profile, string? profileVersion, CancellationToken cancellationToken)
    {
        var saving = await ProcessOperations.SetWeightProfileAsync(db, board.Knowledge, current, profile, profileVersion, cancellationToken);
        if (!saving.Known)
        {
            return BadRequest();
        }

        if (saving.Stale)
        {
            // The form shows the stored choice (this request read the board afresh), with the message beside it.
            ModelState.AddModelError("profileVersion", await EditVersion.StaleMessageAsync(
                db, text, "het gewichtsprofiel", nameof(OrganisationEntity), current.Id.ToString(), cancellationToken));
            await LoadAsync(cancellationToken);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        Message = text["Opgeslagen."];
        return Redirect("/processes#wegingsprofiel");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ProfileVersion = (await ProcessOperations.StoredProfileAsync(db, current, cancellationToken)).Version;
        Processes = [.. (await db.Processes.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(p => p.Kind).ThenByDescending(p => p.Criticality).ThenBy(p => p.NameNl, StringComparer.CurrentCulture)];
        Assessment = await board.AssessmentAsync(cancellationToken);
    }
}
