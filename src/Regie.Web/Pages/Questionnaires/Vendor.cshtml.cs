using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Discovery.Questionnaires;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Questionnaires;

/// <summary>
/// One vendor's questionnaire: the document to send (printable; Markdown, CSV and XLSX downloads), the vendor's answers by
/// web form or answer file (all or nothing), and what the vendor answered before.
/// </summary>
[RequestSizeLimit(2 * AnswerFile.MaxBytes)]
public sealed class VendorModel(BoardAnalysis board, RegieDbContext db, CurrentBoard current, TimeProvider time, UiText text) : PageModel
{
    public VendorQuestions Questionnaire { get; private set; } = null!;
    public KnowledgeCatalog Catalog { get; private set; } = null!;
    public DateOnly Today => QuestionnaireOperations.Today(time);
    public bool Print { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    /// <summary>The web form: per open question its code, the answer and an explanation; one date for all.</summary>
    [BindProperty] public List<string?> Questions { get; set; } = [];
    [BindProperty] public List<string?> Answers { get; set; } = [];
    [BindProperty] public List<string?> Explanations { get; set; } = [];
    [BindProperty] public string? Date { get; set; }

    /// <summary>The version of the vendor's recorded answers when the page was opened; both forms send it back.</summary>
    [BindProperty] public string? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string? vendor, bool print, CancellationToken ct)
    {
        Print = print;
        if (!await LoadAsync(vendor, ct))
        {
            return NotFound();
        }

        Version = await QuestionnaireOperations.VersionAsync(db, Questionnaire.VendorId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAnswersAsync(string? vendor, CancellationToken ct)
    {
        if (!await LoadAsync(vendor, ct))
        {
            return NotFound();
        }

        var lines = Questions.Select((q, i) => new AnswerLine(i + 1, q, Answers.ElementAtOrDefault(i), Explanations.ElementAtOrDefault(i), Date)).ToList();
        var saving = await QuestionnaireOperations.ImportAsync(db, board, current, Questionnaire.VendorId, lines, time, Given, ct);
        if (saving.Stale)
        {
            return await StaleAsync(vendor, ct);
        }

        var result = saving.Result;
        if (!result.Succeeded)
        {
            // The form has no rows to point at: each error names its question instead.
            Errors = [.. result.Errors.Select(e => e.Row is { } row && lines.ElementAtOrDefault(row - 1)?.Question is { } question
                ? $"{question}, {text[e.Field]}: {text.Why(e.Problem)}"
                : QuestionnaireOperations.ErrorText(e, text))];
            return Page();
        }

        return Stored(result);
    }

    public async Task<IActionResult> OnPostFileAsync(string? vendor, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(vendor, ct))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            Errors = [QuestionnaireOperations.ErrorText(new(null, "bestand", new NoAnswerFileChosen()), text)];
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var content = AnswerFile.Read(stream, file.FileName);
        var saving = content.Errors.Count > 0
            ? new QuestionnaireSaving(new QuestionnaireImport(Questionnaire, [], content.Errors))
            : await QuestionnaireOperations.ImportAsync(db, board, current, Questionnaire.VendorId, content.Lines, time, Given, ct);
        if (saving.Stale)
        {
            return await StaleAsync(vendor, ct);
        }

        var result = saving.Result;
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => $"{Path.GetFileName(file.FileName)}: {QuestionnaireOperations.ErrorText(e, text)}")];
            return Page();
        }

        return Stored(result);
    }

    // A form without a version (from before versions) checks nothing.
    private string? Given => string.IsNullOrWhiteSpace(Version) ? null : Version;

    // Someone recorded answers of this vendor after the page was opened: nothing stored, the page shows what is stored now.
    private async Task<IActionResult> StaleAsync(string? vendor, CancellationToken ct)
    {
        ModelState.Clear();
        (Answers, Explanations) = ([], []);
        board.Invalidate();
        await LoadAsync(vendor, ct);
        Version = await QuestionnaireOperations.VersionAsync(db, Questionnaire.VendorId, ct);
        Errors = [await EditVersion.StaleMessageAsync(db, text, "de antwoorden van deze leverancier", nameof(VendorAnswerEntity), (IReadOnlyCollection<string>?)null, ct)];
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    private RedirectResult Stored(QuestionnaireImport result)
    {
        Message = text[result.Stored.Count == 1 ? "{0} antwoord van {1} is opgeslagen." : "{0} antwoorden van {1} zijn opgeslagen.", result.Stored.Count, Questionnaire.VendorName];
        return Redirect(QuestionnaireOperations.PageOf(Questionnaire.VendorId));
    }

    private async Task<bool> LoadAsync(string? vendor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(vendor) || await QuestionnaireOperations.ForAsync(db, board, vendor, time, ct) is not { } questionnaire)
        {
            return false;
        }

        Questionnaire = questionnaire;
        Catalog = await board.CatalogAsync(ct);
        return true;
    }

    /// <summary>The hosting providers a vendor may name: the catalog's and the board's own, not another vendor's own data centre.</summary>
    public IEnumerable<HostingProvider> Providers =>
        Catalog.Providers.Where(p => !p.Id.StartsWith(StatedKnowledge.OwnDataCentrePrefix, StringComparison.Ordinal)).OrderBy(p => p.NameIn(text.Language), StringComparer.CurrentCulture);

    public string BoardName => current.Organisation?.Name ?? "";
}
