using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.History;
using Regie.Data;
using Regie.Web.Features.History;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.History;

/// <summary>
/// The board as of a snapshot, read-only: the results stored that day (the dashboard's figures and the services list), the
/// pages that can be shown as of it (<c>?op=</c>), and why a page asked for as of that day cannot be (docs/HISTORY.md).
/// </summary>
public sealed class AtModel(RegieDbContext db, CurrentBoard board, UiText text) : PageModel
{
    /// <summary>The pages that can be shown as of a snapshot that keeps its landscape (those marked <see cref="ViewableAsOfAttribute"/>).</summary>
    public static readonly IReadOnlyList<(string Path, string Name)> Viewable =
        [("/", "Dashboard"), ("/services", "Diensten"), ("/priorities", "Prioriteiten"), ("/graph", "Afhankelijkheden"), ("/scenarios", "Scenario's"), ("/roadmap", "Routekaart")];

    public BoardSnapshot? Snapshot { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Why the page the visitor came from is not shown as of this date; null when they came here directly.</summary>
    public string? NotViewable { get; private set; }

    /// <summary>The page asked for, as it is today.</summary>
    public string? Today { get; private set; }

    public async Task OnGetAsync(string? date, string? view, CancellationToken ct)
    {
        var result = await HistoryOperations.AtAsync(db, board.Id, date, ct);
        Snapshot = result.Snapshot;
        Problem = result.BadInput ? text["date: '{0}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12.", date ?? ""]
            : result.Problem is { } why ? text.Why(why) : null;
        if (Problem is not null)
        {
            Response.StatusCode = result.BadInput ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
        }

        // Only a path of this site is named and linked (never an address elsewhere).
        if (Snapshot is not null && view is { Length: > 0 } && view.StartsWith('/') && !view.StartsWith("//", StringComparison.Ordinal))
        {
            Today = view;
            NotViewable = Snapshot.Landscape is null
                ? text["Deze momentopname is gemaakt voordat Regie het hele landschap bewaarde: van {0} zijn alleen de opgeslagen uitkomsten hieronder te zien, niet de pagina {1}.", text.Date(Snapshot.Date), view]
                : text["De pagina {0} is niet te zien zoals hij was op {1}: de momentopname bewaart daarvoor niet genoeg (zij bewaart het landschap, de uitkomsten en de verhuizingen van de routekaart, niet de exitplannen, vragenlijsten, ontdekte bronnen of het logboek). Hieronder staat wat er van die dag wel is.", view, text.Date(Snapshot.Date)];
        }
    }
}
