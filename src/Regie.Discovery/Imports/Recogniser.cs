using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Matching;
using Regie.Discovery.Inventory;

namespace Regie.Discovery.Imports;

/// <summary>
/// What every importer needs to turn a name from another system into Regie's terms: the shared catalog matcher
/// (<see cref="RegieKnowledge.Matcher"/>) for products, and look-ups by id or name for companies, hosting providers and
/// data categories in the board's view of the catalog.
/// </summary>
internal sealed class Recogniser
{
    public const int LongestName = 200;

    private readonly RegieKnowledge knowledge;
    private readonly Dictionary<string, string> companies, providers, dataCategories;

    public Recogniser(RegieKnowledge knowledge, KnowledgeCatalog catalog)
    {
        this.knowledge = knowledge;
        Catalog = catalog;
        companies = Lookup(catalog.Companies.Select(c => (c.Id, new[] { c.Id, c.Name })));
        providers = Lookup(catalog.Providers.Select(p => (p.Id, (string[])[p.Id, .. p.KnownNames])));
        dataCategories = Lookup(knowledge.DataCategories.Select(d => (d.Id, new[] { d.Id, d.Name.Nl, d.Name.En })));
    }

    public KnowledgeCatalog Catalog { get; }

    /// <summary>The first of the texts the matcher recognises (a name, then e.g. a homepage); a no-match for the name otherwise.</summary>
    public MatchResult Match(string name, params string?[] alsoTry)
    {
        var byName = knowledge.Matcher.Match(name);
        if (byName.IsMatch)
        {
            return byName;
        }

        foreach (var text in alsoTry.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var found = knowledge.Matcher.Match(text!);
            if (found.IsMatch && Catalog.ProductById.ContainsKey(found.CatalogId!))
            {
                return found;
            }
        }

        return byName;
    }

    public Product? Product(string? id) => id is null ? null : Catalog.ProductById.GetValueOrDefault(id.Trim());

    public string? CompanyId(string? idOrName) => Find(companies, idOrName);

    public string? ProviderId(string? idOrName) => Find(providers, idOrName);

    public string? DataCategoryId(string? idOrName) => Find(dataCategories, idOrName);

    public DataCategory? DataCategory(string id) => knowledge.DataCategoryById.GetValueOrDefault(id);

    /// <summary>A service built from an imported name: the product's processes as a start, everything else unknown unless given.</summary>
    public Service NewService(string name, string? productId, string? vendorId = null, string? hostingProviderId = null,
        IReadOnlyList<string>? dataCategories = null, string? notes = null) =>
        new(ServiceId.New(), name, productId, [], DataCategories: dataCategories ?? [], VendorId: vendorId, HostingProviderId: hostingProviderId, Notes: notes);

    /// <summary>A new service for a catalog product under the product's own name; null when the board's catalog lacks the product.</summary>
    public Service? CatalogService(string productId) => Product(productId) is { } product ? NewService(product.Name, product.Id) : null;

    /// <summary>Why a name cannot be a service name, or null when it can.</summary>
    public static ImportReason? NameProblem(string? name) => name switch
    {
        null or "" => new NameMissing(),
        { Length: > LongestName } => new NameTooLong(LongestName),
        _ when InputRules.HasHiddenCharacters(name) => new NameHasControlCharacters(),
        _ => null,
    };

    private static string? Find(Dictionary<string, string> lookup, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : lookup.GetValueOrDefault(TextKey.Of(text));

    private static Dictionary<string, string> Lookup(IEnumerable<(string Id, string[] Names)> items)
    {
        var lookup = new Dictionary<string, string>();
        foreach (var (id, names) in items)
        {
            foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                lookup.TryAdd(TextKey.Of(name), id);
            }
        }

        return lookup;
    }
}
