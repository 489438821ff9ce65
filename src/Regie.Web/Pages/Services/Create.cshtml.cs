using Microsoft.AspNetCore.Mvc;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Services;

public sealed class CreateModel(RegieDbContext db, RegieKnowledge knowledge, ServiceEditor editor, UiText text)
    : ServiceFormModel(db, knowledge, editor, text)
{
    public async Task OnGetAsync(string? product, CancellationToken cancellationToken)
    {
        // "Add from the catalog" links pass the product, so the board starts from its sourced facts.
        ShowInForm(new ServiceInput
        {
            CatalogProductId = product,
            Name = product is not null ? Knowledge.Catalog.ProductById.GetValueOrDefault(product)?.Name : null,
            Processes = product is not null ? [.. Knowledge.Catalog.ProductById.GetValueOrDefault(product)?.Processes ?? []] : [],
        });
        await LoadChoicesAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(null, cancellationToken);
}
