using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Catalog;

public sealed class IndexModel(RegieKnowledge knowledge, RegieDbContext db, CurrentBoard board) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public Zone? Jurisdiction { get; set; }

    /// <summary>"ja", "nee" or "onbekend", as the query string carries it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? OpenSource { get; set; }

    /// <summary>A hosting provider id, or <see cref="UnknownHosting"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Hosting { get; set; }

    public const string UnknownHosting = "onbekend";

    /// <summary>The catalog as the current board sees it: its own products listed, its corrections applied.</summary>
    public KnowledgeCatalog Catalog { get; private set; } = knowledge.Catalog;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>What the shipped catalog does not know about where the most-used products run, asked of their vendors (issue 17 point 1).</summary>
    public CatalogQuestions Questions { get; } = CatalogQuestions.OpenForMostUsed(knowledge);

    /// <summary>Of the most-used products (all products without that list), how many have hosting provider, region and data location all known.</summary>
    public (int Known, int Total) MostUsedKnown { get; } =
        CatalogFigures.AllThreeKnown(CatalogFigures.PlaceShares(knowledge.Catalog, knowledge.MostUsedProducts() ?? knowledge.Catalog.Products));

    public sealed record Row(Product Product, Category? Category, OwnershipChain Chain, Country? Country, Zone Zone, HostingProvider? Provider);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (board.Organisation is not null)
        {
            Catalog = await db.LoadBoardCatalogAsync(knowledge.Catalog, cancellationToken);
        }

        var q = Q?.Trim();
        Rows = [.. Catalog.Products
            .Where(p => string.IsNullOrEmpty(q) || p.KnownNames.Any(n => n.Contains(q, StringComparison.OrdinalIgnoreCase)))
            .Where(p => string.IsNullOrEmpty(Category) || p.Category.Equals(Category, StringComparison.OrdinalIgnoreCase))
            .Where(p => OpenSourceFilter() is not { } wanted || (p.OpenSource.IsKnown ? p.OpenSource.Value : Tri.Unknown) == wanted)
            .Where(p => string.IsNullOrEmpty(Hosting) || (Hosting == UnknownHosting
                ? !p.HostingProvider.IsKnown || !Catalog.ProviderById.ContainsKey(p.HostingProvider.Value!)
                : p.HostingProvider.IsKnown && p.HostingProvider.Value!.Equals(Hosting, StringComparison.OrdinalIgnoreCase)))
            .Select(ToRow)
            .Where(r => Jurisdiction is null || r.Zone == Jurisdiction)
            .OrderBy(r => r.Product.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private Tri? OpenSourceFilter() => OpenSource?.Trim().ToLowerInvariant() switch
    {
        "ja" => Tri.Yes,
        "nee" => Tri.No,
        "onbekend" => Tri.Unknown,
        _ => null,
    };

    private Row ToRow(Product p)
    {
        var chain = OwnershipChain.Resolve(Catalog, p.Vendor.Value);
        var country = Regie.Core.Scoring.Jurisdiction.ControllingCountry(Catalog, chain);
        var provider = p.HostingProvider.Value is { } id ? Catalog.ProviderById.GetValueOrDefault(id) : null;
        return new Row(p, Catalog.CategoryById.GetValueOrDefault(p.Category), chain, country, Zones.Of(country), provider);
    }
}
