using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.History;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.History;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.History;

/// <summary>What changed between two dates: services added, removed and changed, and scores that moved with why.</summary>
public sealed class CompareModel(RegieDbContext db, CurrentBoard board, RegieKnowledge knowledge, UiText text) : PageModel
{
    public SnapshotComparison? Comparison { get; private set; }

    /// <summary>Why there is no comparison: a date that is no date, or one without a snapshot (naming the dates that have one).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? from, string? to, CancellationToken ct)
    {
        // Opened without dates (a bookmark, the menu's history): the two dates are chosen on the history page.
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            return Redirect("/history#compare-form");
        }

        var result = await HistoryOperations.CompareAsync(db, board.Id, from, to, knowledge.Model, ct);
        Comparison = result.Comparison;
        Problem = result.BadInput ?? (result.Problem is { } why ? text.Why(why) : null);
        if (Problem is not null)
        {
            Response.StatusCode = result.BadInput is null ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
