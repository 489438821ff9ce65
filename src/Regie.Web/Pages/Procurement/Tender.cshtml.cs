using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Procurement;
using Regie.Data;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Procurement;

/// <summary>
/// One tender: the requirements document (printable, Markdown download), vendor answers by form or CSV, and the
/// evaluations side by side.
/// </summary>
public sealed class TenderModel(BoardAnalysis board, RegieDbContext db, TimeProvider time, UiText text) : PageModel
{
    public TenderEntity Tender { get; private set; } = null!;
    public TenderRequirements Requirements { get; private set; } = null!;
    public IReadOnlyList<(VendorResponseEntity Response, TenderEvaluation Evaluation)> Evaluations { get; private set; } = [];
    public IReadOnlyList<AnswerError> Errors { get; private set; } = [];
    public bool Print { get; private set; }

    [TempData] public string? Message { get; set; }

    /// <summary>Why a response was not deleted: it changed after the page was opened.</summary>
    public string? Stale { get; private set; }

    [BindProperty] public string? VendorName { get; set; }
    [BindProperty] public string? ProductId { get; set; }
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Explanations { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, bool print, CancellationToken ct)
    {
        Print = print;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAnswersAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var line = 0;
        var rows = Requirements.Requirements.Where(r => !r.IsComputed)
            .Select(r => new AnswerRow(++line, r.Id, Answers.GetValueOrDefault(r.Id), Explanations.GetValueOrDefault(r.Id)))
            .Where(r => !string.IsNullOrWhiteSpace(r.Answer) || !string.IsNullOrWhiteSpace(r.Explanation));
        return await StoreAsync(id, rows, ct);
    }

    public async Task<IActionResult> OnPostCsvAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            Errors = [new(null, "bestand", new NoAnswerFileChosen())];
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var (rows, errors) = AnswerCsv.Read(await reader.ReadToEndAsync(ct));
        if (errors.Count > 0)
        {
            Errors = [.. errors.Select(e => e with { Field = $"{file.FileName}: {e.Field}" })];
            return Page();
        }

        return await StoreAsync(id, rows, ct);
    }

    /// <summary>Removes the response as shown (<paramref name="version"/>; none: whatever is stored); a changed one is kept and shown.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid responseId, string? version, CancellationToken ct)
    {
        var (deletion, response) = await TenderStore.DeleteResponseAsync(db, id, responseId, string.IsNullOrWhiteSpace(version) ? null : version, ct);
        if (deletion.Outcome == DeletionOutcome.Stale && await LoadAsync(id, ct))
        {
            Stale = await EditVersion.StaleDeleteMessageAsync(db, text, "deze inschrijving", nameof(VendorResponseEntity), responseId.ToString(), ct);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        if (deletion.Outcome == DeletionOutcome.Deleted)
        {
            Message = text["De inschrijving van {0} is verwijderd.", response!.VendorName];
        }

        return RedirectToPage(new { id });
    }

    /// <summary>The version a response's delete form carries.</summary>
    public string VersionOf(VendorResponseEntity response) => TenderStore.VersionOf(db, response);

    private async Task<IActionResult> StoreAsync(Guid id, IEnumerable<AnswerRow> rows, CancellationToken ct)
    {
        var (response, errors) = await TenderStore.AddResponseAsync(db, board, Tender, VendorName, ProductId, rows, time.GetUtcNow(), ct);
        if (response is null)
        {
            Errors = errors;
            return Page();
        }

        Message = text["De antwoorden van {0} zijn opgeslagen en beoordeeld.", response.VendorName];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await TenderStore.FindAsync(db, id, ct) is not { } tender)
        {
            return false;
        }

        Tender = tender;
        Requirements = TenderStore.Requirements(board.Knowledge.Catalog, tender);
        Evaluations = await TenderStore.EvaluateAsync(db, board, tender, ct);
        return true;
    }

    public string ErrorText(AnswerError error) => TenderStore.ErrorText(error, text);

    public string KindText(Requirement r) => text[r.Kind switch
    {
        RequirementKind.KnockOut => r.IsComputed ? "knock-out, berekend" : "knock-out",
        RequirementKind.Scored => "wens",
        _ => "vraag voor de score",
    }];
}
