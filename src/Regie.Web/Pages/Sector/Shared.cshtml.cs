using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Observatory;
using Regie.Web.Features.Sharing;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.SectorShared;

/// <summary>
/// The sector picture of the shared landscapes (issue 15 points 4 and 6) for sector analysts and system administrators:
/// aggregates only, each figure through the disclosure rule, never a board's rows.
/// </summary>
[Authorize(Policy = Policies.SectorAnalyst)]
public sealed class SharedModel(SharedSector sector) : PageModel
{
    public SectorPicture Picture { get; private set; } = null!;
    public Vraagmacht Demand { get; private set; } = null!;
    public IReadOnlyList<CellKey> Cells { get; private set; } = [];
    public string Cell { get; private set; } = "all";
    public int K { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? cell, CancellationToken ct)
    {
        if (SharedSectorViews.Parse(cell) is not { } chosen)
        {
            return BadRequest();
        }

        var analysis = await sector.AnalysisAsync(ct);
        (Picture, Demand, Cells, Cell, K) = (analysis.Picture(chosen), analysis.Vraagmacht(chosen), analysis.Cells, SharedSectorViews.Name(chosen), analysis.Rule.K);
        return Page();
    }
}
