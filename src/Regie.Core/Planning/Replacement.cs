using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Planning;

/// <summary>What a move goes to: an alternative from the catalog, a catalog product or the board's own product.</summary>
public sealed record MoveTarget(string Id, string Name, Product? Product, Alternative? Alternative)
{
    /// <summary>The effect on the score can only be computed when the target is a product the catalog describes.</summary>
    public bool IsKnown => Product is not null;

    /// <summary>The name with the alternative's or product's variant in the reader's language.</summary>
    public string NameIn(string language) => Alternative?.NameIn(language) ?? Product?.NameIn(language) ?? Name;

    /// <summary>The name with the variant in both languages, for texts rendered later in the reader's language.</summary>
    public LocalizedText FullName => Alternative?.FullName ?? Product?.FullName ?? new(Name, Name);

    /// <summary>The open standards the target supports, as the alternative or else the product lists them.</summary>
    public IReadOnlyList<string> StandardIds => Alternative?.Standards.Value ?? Product?.Standards.Value ?? [];

    /// <summary>Why the effect of the move cannot be computed; null when the target is a known product.</summary>
    public PlanningReason? Unknown => Product is not null ? null : Alternative is not null ? new AlternativeNotAProduct(FullName) : new NotInCatalog(Id);

    public static MoveTarget Resolve(string id, KnowledgeCatalog catalog)
    {
        var alternative = catalog.Alternatives.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));
        if (alternative is not null)
        {
            return new(alternative.Id, alternative.Name, alternative.Product is { } pid ? catalog.ProductById.GetValueOrDefault(pid) : null, alternative);
        }

        return catalog.ProductById.TryGetValue(id, out var product) ? new(product.Id, product.Name, product, null) : new(id, id, null, null);
    }
}

/// <summary>A landscape in which one service's product is replaced: the pure what-if that alternatives and the roadmap share.</summary>
public static class Replacement
{
    /// <summary>
    /// The service as it would be on the other product: processes, users, data and its edges stay; what the board knew about
    /// the old product (its own vendor, hosting, answers, contract, exit checks) does not carry over, so the catalog's facts count.
    /// </summary>
    public static Service Apply(Service service, Product product) => service with
    {
        CatalogProductId = product.Id,
        VendorId = null,
        HostingProviderId = null,
        HostingRegion = null,
        DataLocation = null,
        OpenSource = null,
        ContractEnd = null,
        ExitClause = Tri.Unknown,
        ExportFormats = null,
        Mitigation = null,
        Overrides = null,
    };

    public static BoardLandscape Apply(BoardLandscape landscape, ServiceId id, Product product) =>
        landscape with { Services = [.. landscape.Services.Select(s => s.Id == id ? Apply(s, product) : s)] };
}
