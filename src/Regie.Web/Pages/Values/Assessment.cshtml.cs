using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.PublicValues;
using Regie.Data;
using Regie.Web.Features.PublicValues;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Values;

/// <summary>One field row of the editor: <see cref="Choice"/> is "" (no own answer: Regie's pre-fill counts), "unknown" or a score.</summary>
public sealed class AnswerForm
{
    public string QuestionId { get; set; } = "";
    public string? Choice { get; set; }
    public string? Evidence { get; set; }
    public string? Assessor { get; set; }
    public DateOnly? Date { get; set; }

    public AnswerInput ToInput() => Choice switch
    {
        "unknown" => new(QuestionId, null, true, Evidence, Assessor, Date),
        { } text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) => new(QuestionId, score, false, Evidence, Assessor, Date),
        _ => new(QuestionId, null, false, Evidence, Assessor, Date),
    };

    public static AnswerForm From(CountedAnswer a) => new()
    {
        QuestionId = a.Question.Id,
        Choice = a.Given is null ? "" : a.Given.Score is { } s ? s.ToString(CultureInfo.InvariantCulture) : "unknown",
        Evidence = a.Given?.Evidence,
        Assessor = a.Given?.Assessor,
        Date = a.Given?.Date,
    };
}

/// <summary>
/// The assessment editor: questions grouped per value, Regie's pre-filled answers shown with their source and marked as such,
/// the assessor's own answer overriding them; the sovereignty score stands apart, beside the total.
/// </summary>
public sealed class AssessmentModel(BoardAnalysis board, RegieDbContext db, TimeProvider time, UiText text) : PageModel
{
    public LoadedAssessment Loaded { get; private set; } = null!;

    [BindProperty] public List<AnswerForm> Answers { get; set; } = [];

    [BindProperty] public string? Version { get; set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    // The same operation as PUT /api/v1/values/assessments/{id}/answers: all answers or none.
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var saving = await PublicValuesOperations.SaveAnswersAsync(
            db, board, id, new AnswersInput([.. Answers.Select(a => a.ToInput())]), Version, time.GetUtcNow(), ct);
        if (!saving.Found)
        {
            return NotFound();
        }

        if (saving.Stale)
        {
            ModelState.Clear();
            await LoadAsync(id, ct);
            Fill();
            ModelState.AddModelError("", await EditVersion.StaleMessageAsync(db, text, "deze beoordeling", nameof(ValueAssessmentEntity), id.ToString(), ct));
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        if (!saving.Saved)
        {
            // Each message names its question, so they stand together above the form.
            foreach (var (_, messages) in saving.Errors)
            {
                ModelState.AddModelError("", text[messages[0]]);
            }

            await LoadAsync(id, ct);
            return Page();
        }

        Message = text["De antwoorden zijn opgeslagen."];
        return Redirect($"/values/{id}");
    }

    // The same operation as DELETE /api/v1/values/assessments/{id}, with the version the page showed (none: whatever is stored).
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var deletion = await PublicValuesOperations.DeleteAsync(db, id, string.IsNullOrWhiteSpace(Version) ? null : Version, ct);
        if (deletion.Outcome == DeletionOutcome.Stale && await LoadAsync(id, ct))
        {
            ModelState.Clear();
            Fill();
            ModelState.AddModelError("", await EditVersion.StaleDeleteMessageAsync(db, text, "deze beoordeling", nameof(ValueAssessmentEntity), id.ToString(), ct));
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        return deletion.Outcome == DeletionOutcome.Deleted ? Redirect("/values") : NotFound();
    }

    public int IndexOf(string questionId) => Answers.FindIndex(a => a.QuestionId == questionId);

    private void Fill()
    {
        Answers = [.. Loaded.Result.Values.SelectMany(v => v.Answers).Select(AnswerForm.From)];
        Version = Loaded.Version;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await PublicValuesOperations.LoadAsync(db, board, id, ct) is not { } loaded)
        {
            return false;
        }

        Loaded = loaded;
        if (Answers.Count == 0)
        {
            Fill();
            return true;
        }

        // A refused form shows what was posted; questions it left out show empty.
        var posted = Answers.Where(a => a.QuestionId.Length > 0).GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.First());
        Answers = [.. loaded.Result.Values.SelectMany(v => v.Answers).Select(a => posted.GetValueOrDefault(a.Question.Id) ?? new AnswerForm { QuestionId = a.Question.Id })];
        return true;
    }
}
