using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;

namespace Regie.Web.Pages.Catalog;

public sealed class IndexModel(RegieKnowledge knowledge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public Zone? Jurisdiction { get; set; }

    public KnowledgeCatalog Catalog => knowledge.Catalog;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(Product Product, Category? Category, OwnershipChain Chain, Country? Country, Zone Zone, HostingProvider? Provider);

    public void OnGet()
    {
        var q = Q?.Trim();
        Rows = [.. Catalog.Products
            .Where(p => string.IsNullOrEmpty(q) || p.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                || p.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)))
            .Where(p => string.IsNullOrEmpty(Category) || p.Category.Equals(Category, StringComparison.OrdinalIgnoreCase))
            .Select(ToRow)
            .Where(r => Jurisdiction is null || r.Zone == Jurisdiction)
            .OrderBy(r => r.Product.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private Row ToRow(Product p)
    {
        var chain = OwnershipChain.Resolve(Catalog, p.Vendor.Value);
        var country = Regie.Core.Scoring.Jurisdiction.ControllingCountry(Catalog, chain);
        var provider = p.HostingProvider.Value is { } id ? Catalog.ProviderById.GetValueOrDefault(id) : null;
        return new Row(p, Catalog.CategoryById.GetValueOrDefault(p.Category), chain, country, Zones.Of(country), provider);
    }
}
