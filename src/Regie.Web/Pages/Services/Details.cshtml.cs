using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

/// <summary>One service: its facts with source and date, every part of its score, and the board's own answers.</summary>
[ViewableAsOf]
public sealed class DetailsModel(BoardAnalysis board, RegieDbContext db, AnswerOverrides overrides, UiText text) : PageModel
{
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

    /// <summary>Stores the board's own answer to one criterion: an option, or "unknown" on purpose, always with a reason.</summary>
    public async Task<IActionResult> OnPostOverrideAsync(Guid id, string criterionId, string? option, string? reason, CancellationToken cancellationToken)
    {
        var errors = await overrides.SetAsync(new ServiceId(id), criterionId, new AnswerOverrideInput(option, reason), cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, text[message]);
                }
            }

            FailedCriterion = board.Knowledge.Model.CriterionById[criterionId].Id;
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        Message = text["Opgeslagen."];
        return Redirect($"/services/{id}#crit-{board.Knowledge.Model.CriterionById[criterionId].Id}");
    }

    /// <summary>Removes the board's own answer, so the catalog's or the derived answer counts again.</summary>
    public async Task<IActionResult> OnPostClearOverrideAsync(Guid id, string criterionId, CancellationToken cancellationToken)
    {
        if (!await overrides.ClearAsync(new ServiceId(id), criterionId, cancellationToken))
        {
            return NotFound();
        }

        Message = text["Opgeslagen."];
        return Redirect($"/services/{id}#crit-{criterionId}");
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
