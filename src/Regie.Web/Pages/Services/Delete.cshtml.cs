using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

/// <summary>Asks before deleting, and says what goes with the service: its own answers and every dependency to or from it.</summary>
public sealed class DeleteModel(RegieDbContext db, ServiceEditor editor, UiText text) : PageModel
{
    public ServiceEntity Service { get; private set; } = null!;
    public IReadOnlyList<string> Dependants { get; private set; } = [];
    public int Edges { get; private set; }

    /// <summary>The service's version as shown, which the form sends back: a delete after someone's change is refused.</summary>
    public string Version { get; private set; } = "";

    /// <summary>Why nothing was deleted (the service was changed since the page was opened); shown above the current values.</summary>
    public string? Stale { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await db.Services.AsNoTracking().Include(s => s.Overrides).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return false;
        }

        Service = service;
        Version = await editor.VersionAsync(service, cancellationToken);
        Edges = await db.Dependencies.CountAsync(d => d.FromServiceId == id || d.ToServiceId == id, cancellationToken);
        var from = await db.Dependencies.Where(d => d.ToServiceId == id).Select(d => d.FromServiceId).ToListAsync(cancellationToken);
        Dependants = await db.Services.Where(s => from.Contains(s.Id)).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes the service as shown (<paramref name="version"/>; a form without one deletes whatever is stored).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, string? version, CancellationToken cancellationToken)
    {
        var deletion = await editor.DeleteAsync(new ServiceId(id), string.IsNullOrWhiteSpace(version) ? null : version, cancellationToken);
        if (deletion.Outcome == DeletionOutcome.Stale && await LoadAsync(id, cancellationToken))
        {
            Stale = await EditVersion.StaleDeleteMessageAsync(db, text, "deze dienst", nameof(ServiceEntity), id.ToString(), cancellationToken);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        if (deletion.Outcome != DeletionOutcome.Deleted)
        {
            return NotFound();
        }

        Message = text["Verwijderd."];
        return Redirect("/services");
    }
}
