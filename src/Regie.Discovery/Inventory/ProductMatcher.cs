using Regie.Core.Catalog;
using Regie.Core.Matching;

namespace Regie.Discovery.Inventory;

/// <summary>
/// Recognises a catalog product from the name a school wrote, through the shared <see cref="CatalogMatcher"/>: aliases,
/// normalised names, domains and near spellings. Kept so the inventory importer's calls stay as they were.
/// </summary>
public sealed class ProductMatcher
{
    private readonly KnowledgeCatalog _catalog;
    private readonly CatalogMatcher _matcher;

    public ProductMatcher(KnowledgeCatalog catalog)
        : this(catalog, CatalogMatcher.Build(catalog))
    {
    }

    /// <summary>With a matcher built elsewhere, e.g. with the domain map from data/matching/domains.yaml.</summary>
    public ProductMatcher(KnowledgeCatalog catalog, CatalogMatcher matcher)
    {
        _catalog = catalog;
        _matcher = matcher;
    }

    /// <summary>The one product the name points to; null when none does, or when several fit equally well.</summary>
    public Product? Match(string name) =>
        _matcher.Match(name).CatalogId is { } id ? _catalog.ProductById.GetValueOrDefault(id) : null;
}
