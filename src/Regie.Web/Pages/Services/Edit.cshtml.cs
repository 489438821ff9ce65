using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

public sealed class EditModel(RegieDbContext db, RegieKnowledge knowledge, ServiceEditor editor, UiText text)
    : ServiceFormModel(db, knowledge, editor, text)
{
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await Db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }

        (ServiceId, Name) = (id, service.Name);
        ShowInForm(ServiceInput.From(service, await Db.Dependencies.Where(d => d.FromServiceId == id).ToListAsync(cancellationToken),
            await Editor.VersionAsync(service, cancellationToken)));
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await Db.Services.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }

        (ServiceId, Name) = (id, service.Name);
        return await SaveAsync(service, cancellationToken);
    }
}
