using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Privacy;
using Regie.Data;
using Regie.Web.Features.ImpactAssessments;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.ImpactAssessments;

/// <summary>The DPIA and KIA register: one table per kind, overdue reviews flagged, "alleen achterstallig" as a filter.</summary>
public sealed class IndexModel(BoardAnalysis board, RegieDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<ImpactRegister> Registers { get; private set; } = [];

    public bool OverdueOnly { get; private set; }

    public DateOnly Today => ImpactAssessmentStore.Today(time);

    public IReadOnlyList<SectorDpia> SectorDpias => board.Knowledge.SectorDpias;

    public async Task OnGetAsync(bool overdue, CancellationToken ct)
    {
        OverdueOnly = overdue;
        Registers = [await ImpactAssessmentStore.RegisterAsync(db, board, ImpactKind.Dpia, Today, ct),
            await ImpactAssessmentStore.RegisterAsync(db, board, ImpactKind.Kia, Today, ct)];
    }

    public IEnumerable<ImpactRegisterEntry> Shown(ImpactRegister register) => register.Entries.Where(e => !OverdueOnly || e.Overdue);
}
