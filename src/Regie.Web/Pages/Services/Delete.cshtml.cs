using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

/// <summary>Asks before deleting, and says what goes with the service: its own answers and every dependency to or from it.</summary>
public sealed class DeleteModel(RegieDbContext db, ServiceEditor editor, UiText text) : PageModel
{
    public ServiceEntity Service { get; private set; } = null!;
    public IReadOnlyList<string> Dependants { get; private set; } = [];
    public int Edges { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await db.Services.AsNoTracking().Include(s => s.Overrides).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        Edges = await db.Dependencies.CountAsync(d => d.FromServiceId == id || d.ToServiceId == id, cancellationToken);
        var from = await db.Dependencies.Where(d => d.ToServiceId == id).Select(d => d.FromServiceId).ToListAsync(cancellationToken);
        Dependants = await db.Services.Where(s => from.Contains(s.Id)).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await editor.DeleteAsync(new ServiceId(id), cancellationToken))
        {
            return NotFound();
        }

        Message = text["Verwijderd."];
        return Redirect("/services");
    }
}
