using Regie.Core.Catalog;

namespace Regie.Discovery.Inventory;

/// <summary>
/// Recognises a catalog product from the name a school wrote: its id, name or an alias, ignoring case, accents and
/// punctuation. Exact matching on purpose; a fuzzy matcher can replace this class without touching its callers.
/// </summary>
public sealed class ProductMatcher
{
    private readonly IReadOnlyList<ILookup<string, Product>> _levels;

    public ProductMatcher(KnowledgeCatalog catalog)
    {
        _levels =
        [
            catalog.Products.ToLookup(p => TextKey.Of(p.Id)),
            catalog.Products.ToLookup(p => TextKey.Of(p.Name)),
            catalog.Products.SelectMany(p => p.Aliases.Select(a => (Key: TextKey.Of(a), Product: p))).ToLookup(x => x.Key, x => x.Product),
        ];
    }

    /// <summary>The one product the name points to; null when none does, or when several do at the same level.</summary>
    public Product? Match(string name)
    {
        var key = TextKey.Of(name);
        foreach (var level in _levels)
        {
            var found = level[key].Distinct().ToList();
            if (found.Count > 0)
            {
                return found.Count == 1 ? found[0] : null;
            }
        }

        return null;
    }
}
