using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.History;
using Regie.Data;
using Regie.Web.Features.History;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.History;

/// <summary>
/// The board as of a snapshot, read-only: the dashboard's figures and the services list as they were stored that day
/// (docs/HISTORY.md says what else is and is not viewable as of a date).
/// </summary>
public sealed class AtModel(RegieDbContext db, CurrentBoard board, UiText text) : PageModel
{
    public BoardSnapshot? Snapshot { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? date, CancellationToken ct)
    {
        var result = await HistoryOperations.AtAsync(db, board.Id, date, ct);
        Snapshot = result.Snapshot;
        Problem = result.BadInput ? text["date: '{0}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12.", date ?? ""]
            : result.Problem is { } why ? text.Why(why) : null;
        if (Problem is not null)
        {
            Response.StatusCode = result.BadInput ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
        }
    }
}
