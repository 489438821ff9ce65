using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Web.Features.Sharing;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.SectorShared;

/// <summary>
/// The sector picture of the shared landscapes (issue 15 points 4 and 6) for sector analysts and system administrators:
/// aggregates only, each figure through the disclosure rule, never a board's rows.
/// </summary>
[Authorize(Policy = Policies.SectorAnalyst)]
public sealed class SharedModel(SharedSector sector, DatabaseSettings settings, CurrentBoard current, TimeProvider time, RegieKnowledge knowledge, RegieDbContext db) : PageModel
{
    /// <summary>A vendor answer for the whole sector, as a system administrator records it here (the API's operation and checks).</summary>
    [BindProperty]
    public SectorAnswerInput Answer { get; set; } = new(null, null, null, null, null, null, null, null, null);

    public IReadOnlyList<string> AnswerErrors { get; private set; } = [];
    public bool AnswerSaved { get; private set; }
    public bool MayRecordAnswers => current.Caller.IsSystemAdministrator;

    public SectorPicture Picture { get; private set; } = null!;
    public Vraagmacht Demand { get; private set; } = null!;
    public IReadOnlyList<CellKey> Cells { get; private set; } = [];
    public string Cell { get; private set; } = "all";
    public int K { get; private set; }
    public SectorReleaseView Release { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? cell, CancellationToken ct)
    {
        if (SharedSectorViews.Parse(cell) is not { } chosen)
        {
            return BadRequest();
        }

        await ShowAsync(chosen, ct);
        return Page();
    }

    /// <summary>Records a sector vendor answer; system administrators only, as <c>POST /api/v1/sector/answers</c>. On an error nothing is stored.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken ct)
    {
        if (!MayRecordAnswers)
        {
            return Forbid();
        }

        var errors = await SectorAnswerOperations.AddAsync(settings, current, Answer, time, ct);
        AnswerErrors = [.. errors.Values.SelectMany(e => e)];
        AnswerSaved = errors.Count == 0;
        if (AnswerSaved)
        {
            Answer = new(null, null, null, null, null, null, null, null, null);
            ModelState.Clear();
        }

        await ShowAsync(CellKey.All, ct);
        return Page();
    }

    /// <summary>
    /// Records every answer of a file, as `regie sector answers import` does (same reader, rules and limits; all or nothing);
    /// system administrators only. Rate-limited as the other imports.
    /// </summary>
    public async Task<IActionResult> OnPostAnswersFileAsync(IFormFile? answersFile, CancellationToken ct)
    {
        if (!MayRecordAnswers)
        {
            return Forbid();
        }

        if (answersFile is null || answersFile.Length == 0)
        {
            FileErrors = ["Kies een bestand (CSV of JSON) om te uploaden."];
        }
        else
        {
            (FileStored, FileErrors) = await SectorAnswerOperations.ImportFileAsync(settings, current, answersFile, time, ct);
            FileName = Path.GetFileName(answersFile.FileName);
        }

        await ShowAsync(CellKey.All, ct);
        return Page();
    }

    public IReadOnlyList<string> FileErrors { get; private set; } = [];
    public int FileStored { get; private set; }
    public string? FileName { get; private set; }

    /// <summary>A shared open question as the vendor's questionnaire words it (<see cref="OpenProductQuestion.Text"/>).</summary>
    public string QuestionText(OpenProductQuestion question, CultureInfo culture) => question.Text(knowledge.Model, culture);

    /// <summary>What the sector heard from vendors for the catalog (<see cref="CatalogAnswersFromTheSector"/>); only for system administrators, who may read across boards.</summary>
    public CatalogAnswersFromTheSector? ForTheCatalog { get; private set; }

    /// <summary>What the sector heard to a catalog question it has not settled, in the reader's language.</summary>
    public string Described(UnsettledCatalogQuestion unsettled, CultureInfo culture) => ReasonText.Render(unsettled.Described(knowledge.Catalog, CatalogK), culture);

    /// <summary>How many boards an answer that only boards gave needs: the sector's k.</summary>
    public int CatalogK => sector.Rule.K;

    private async Task ShowAsync(CellKey chosen, CancellationToken ct)
    {
        if (MayRecordAnswers)
        {
            ForTheCatalog = await SectorAnswerOperations.ForTheCatalogAsync(db, knowledge, sector.Rule.K, time, ct);
        }

        Release = await sector.CurrentAsync(ct);
        var analysis = Release.Analysis;
        (Picture, Demand, Cells, Cell, K) = (analysis.Picture(chosen), analysis.Vraagmacht(chosen), analysis.Cells, SharedSectorViews.Name(chosen), analysis.Rule.K);
    }
}
