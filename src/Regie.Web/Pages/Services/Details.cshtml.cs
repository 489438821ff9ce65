using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

/// <summary>One service: its facts with source and date, every part of its score, and the board's own answers.</summary>
[ViewableAsOf]
public sealed class DetailsModel(BoardAnalysis board, RegieDbContext db, AnswerOverrides overrides, UiText text) : PageModel
{
    /// <summary>The day the page speaks of, for a contract that has ended before it.</summary>
    public DateOnly Today => board.Today;

    public ServiceAssessment Assessment { get; private set; } = null!;
    public BoardAssessment Board { get; private set; } = null!;
    public BoardLandscape Landscape { get; private set; } = null!;

    /// <summary>What holds this service below its minimum, by root cause (the dashboard's causes, for this service alone).</summary>
    public IReadOnlyList<IGrouping<RootCause, Shortfall>> HeldBy { get; private set; } = [];
    public KnowledgeCatalog Catalog { get; private set; } = null!;

    /// <summary>Edges from this service (what it stands on) and to it (what stands on it), with the other service's name.</summary>
    public IReadOnlyList<(Dependency Edge, Service Other)> DependsOn { get; private set; } = [];
    public IReadOnlyList<(Dependency Edge, Service Other)> Dependants { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    /// <summary>Why Regie believes the service exists: DNS records, export rows, SaaSBOM entries.</summary>
    public IReadOnlyList<ServiceEvidenceEntity> Evidence { get; private set; } = [];

    /// <summary>Assessments by other tools (e.g. DAAF), shown beside Regie's own score.</summary>
    public IReadOnlyList<ExternalAssessmentEntity> ExternalAssessments { get; private set; } = [];

    /// <summary>The criterion whose override form failed validation, to show its message in place.</summary>
    public string? FailedCriterion { get; private set; }

    public Service Service => Assessment.Service.Service;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>The stored own answers' versions by criterion, which each criterion's forms carry back (a stale save is refused).</summary>
    public IReadOnlyDictionary<string, string> AnswerVersions { get; private set; } = new Dictionary<string, string>();

    public string AnswerVersion(string criterionId) => AnswerVersions.GetValueOrDefault(criterionId, EditVersion.NotStored);

    /// <summary>Stores the board's own answer to one criterion: an option, or "unknown" on purpose, always with a reason.</summary>
    public async Task<IActionResult> OnPostOverrideAsync(
        Guid id, string criterionId, string? option, string? reason, string? version, CancellationToken cancellationToken)
    {
        var saving = await overrides.SetAsync(new ServiceId(id), criterionId, new AnswerOverrideInput(option, reason, version), cancellationToken);
        return await AfterAsync(id, criterionId, saving, cancellationToken);
    }

    /// <summary>Removes the board's own answer, so the catalog's or the derived answer counts again.</summary>
    public async Task<IActionResult> OnPostClearOverrideAsync(Guid id, string criterionId, string? version, CancellationToken cancellationToken) =>
        await AfterAsync(id, criterionId, await overrides.ClearAsync(new ServiceId(id), criterionId, version, cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync(Guid id, string criterionId, AnswerSaving saving, CancellationToken cancellationToken)
    {
        if (!saving.Found)
        {
            return NotFound();
        }

        var criterion = board.Knowledge.Model.CriterionById.TryGetValue(criterionId, out var c) ? c.Id : criterionId;
        if (saving.Stale)
        {
            // The criterion opens with the stored answer (the page reads the board again) and the message beside it.
            var stored = await db.AnswerOverrides.AsNoTracking().Where(o => o.ServiceId == id && o.CriterionId == criterion)
                .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
            ModelState.AddModelError("version", await EditVersion.StaleMessageAsync(
                db, text, "dit eigen antwoord", nameof(AnswerOverrideEntity), stored?.ToString() ?? "", cancellationToken));
        }

        foreach (var (field, messages) in saving.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, text[message]);
            }
        }

        if (!ModelState.IsValid)
        {
            FailedCriterion = criterion;
            await LoadAsync(id, cancellationToken);
            var page = Page();
            page.StatusCode = saving.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status200OK;
            return page;
        }

        Message = text["Opgeslagen."];
        return Redirect($"/services/{id}#crit-{criterion}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Board = await board.AssessmentAsync(cancellationToken);
        if (Board.For(new ServiceId(id)) is not { } assessment)
        {
            return false;
        }

        Assessment = assessment;
        Landscape = await board.LandscapeAsync(cancellationToken);
        Catalog = await board.CatalogAsync(cancellationToken);
        HeldBy = RootCauseAnalysis.ShortfallsOf(Landscape, Board, assessment, board.Knowledge.Model);
        var byId = Landscape.Services.ToDictionary(s => s.Id);
        DependsOn = [.. Landscape.Dependencies.Where(d => d.From == assessment.Service.Id).Select(d => (d, byId[d.To]))];
        Dependants = [.. Landscape.Dependencies.Where(d => d.To == assessment.Service.Id).Select(d => (d, byId[d.From]))];
        if (board.IsAsOf)
        {
            // A snapshot keeps the landscape, not the evidence found by discovery or imported assessments: none of today's is shown as then.
            return true;
        }

        AnswerVersions = await overrides.VersionsAsync(new ServiceId(id), cancellationToken);
        Evidence = await db.ServiceEvidence.AsNoTracking().Where(e => e.ServiceId == id).OrderBy(e => e.FoundAt).ThenBy(e => e.Origin).ToListAsync(cancellationToken);
        ExternalAssessments = await db.ExternalAssessments.AsNoTracking().Where(e => e.ServiceId == id).OrderByDescending(e => e.ImportedAt).ToListAsync(cancellationToken);
        return true;
    }

    /// <summary>Shown as of a snapshot: the evidence and other assessments are not part of it, and the page says so.</summary>
    public bool AsOf => board.IsAsOf;

    public string ProcessName(string id) => Landscape.Processes.FirstOrDefault(p => p.Id == id)?.Name.In(text.Language) ?? id;

    public string DataCategoryName(string id) => board.Knowledge.DataCategoryById.GetValueOrDefault(id)?.Name.In(text.Language) ?? id;

    public Country? CountryOf(Company? company) => Jurisdiction.CountryOf(Catalog, company);
}
