using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;

namespace Regie.Core.Scoring;

/// <summary>
/// A service with its facts resolved: the board's own entry where it has one, else the catalog product's fact
/// (with the catalog's source and date), else the vendor's current answer to the board's questionnaire (confidence
/// <see cref="Confidence.StatedByVendor"/>), else unknown. A vendor's answer fills a gap; it never overrules a known fact.
/// </summary>
public sealed record ResolvedService(
    Service Service,
    Product? Product,
    Fact<string> VendorId,
    OwnershipChain VendorChain,
    Fact<string> HostingProviderId,
    HostingProvider? HostingProvider,
    OwnershipChain HostingChain,
    Fact<LocalizedText> HostingRegion,
    Fact<DataLocation> DataLocation,
    Fact<Tri> OpenSource,
    bool IsIdentityProvider)
{
    public ServiceId Id => Service.Id;
    public string Name => Service.Name;

    /// <summary>The formats the data can be exported in: the board's list, else the vendor's answer; a known empty list means no export.</summary>
    public Fact<IReadOnlyList<string>> ExportFormats { get; init; } = Fact<IReadOnlyList<string>>.Unknown();

    /// <summary>Whether the contract arranges exit and transition: the board's record, else the vendor's answer.</summary>
    public Fact<Tri> ExitTerms { get; init; } = Fact<Tri>.Unknown();

    /// <summary>Who processes data for the vendor: the catalog's list, else the vendor's answer.</summary>
    public Fact<IReadOnlyList<string>> SubProcessors { get; init; } = Fact<IReadOnlyList<string>>.Unknown();

    /// <summary>The vendor's current answers about this service's product (or this service), criterion answers among them.</summary>
    public StatedFacts? Stated { get; init; }

    /// <summary>
    /// Open-source software that the board has run by a hosting party of its own choosing: the software vendor then
    /// has no possession of the data, so jurisdiction and operation follow the hosting party, not the vendor.
    /// </summary>
    public bool OperatedByHost =>
        Service.HostingProviderId is not null && OpenSource is { IsKnown: true, Value: Tri.Yes }
        && HostingProvider?.Kind is ProviderKind.SelfHosted or ProviderKind.Datacenter or ProviderKind.Sector;

    public static ResolvedService Resolve(Service service, KnowledgeCatalog catalog)
    {
        var product = service.CatalogProductId is { } pid ? catalog.ProductById.GetValueOrDefault(pid) : null;
        var stated = catalog.Stated.For(service, product);
        var vendor = service.VendorId is { } v ? Fact<string>.FromBoard(v) : product?.Vendor ?? Fact<string>.Unknown(FactSources.NoCatalogProduct);
        var hosting = service.HostingProviderId is { } h ? Fact<string>.FromBoard(h)
            : Gap(product?.HostingProvider, stated?.HostingProvider) ?? Fact<string>.Unknown(FactSources.NoCatalogProduct);
        var provider = hosting.Value is { } hid ? catalog.ProviderById.GetValueOrDefault(hid) : null;
        return new ResolvedService(
            service,
            product,
            vendor,
            OwnershipChain.Resolve(catalog, vendor.Value),
            hosting,
            provider,
            OwnershipChain.Resolve(catalog, provider?.Company.Value),
            service.HostingRegion is { } r ? Fact<LocalizedText>.FromBoard(LocalizedText.Same(r)) : Gap(product?.HostingRegion, stated?.HostingRegion) ?? Fact<LocalizedText>.Unknown(),
            service.DataLocation is { } d and not Catalog.DataLocation.Unknown ? Fact<DataLocation>.FromBoard(d)
                : Gap(product?.DataLocation, stated?.DataLocation) ?? Fact<DataLocation>.Unknown(),
            service.OpenSource is { } o and not Tri.Unknown ? Fact<Tri>.FromBoard(o) : Gap(product?.OpenSource, stated?.OpenSource) ?? Fact<Tri>.Unknown(),
            product?.IdentityProvider ?? false)
        {
            ExportFormats = service.ExportFormatList.Count > 0 ? Fact<IReadOnlyList<string>>.FromBoard(service.ExportFormatList)
                : stated?.ExportFormats ?? Fact<IReadOnlyList<string>>.Unknown(),
            ExitTerms = service.ExitClause != Tri.Unknown ? Fact<Tri>.FromBoard(service.ExitClause) : stated?.ExitTerms ?? Fact<Tri>.Unknown(),
            SubProcessors = Gap(product?.SubProcessors, stated?.SubProcessors) ?? Fact<IReadOnlyList<string>>.Unknown(),
            Stated = stated,
        };
    }

    /// <summary>The catalog's fact when it is known, else the vendor's stated one, else the catalog's unknown (which says why).</summary>
    private static Fact<T>? Gap<T>(Fact<T>? catalogFact, Fact<T>? statedFact) =>
        catalogFact is { IsKnown: true } ? catalogFact : statedFact is { IsKnown: true } ? statedFact : catalogFact;
}

/// <summary>Jurisdiction questions asked of a company chain.</summary>
public static class Jurisdiction
{
    public static Country? CountryOf(KnowledgeCatalog catalog, Company? company) =>
        company?.Country.Value is { } code ? catalog.CountryByCode.GetValueOrDefault(code) : null;

    /// <summary>The country that counts for control: the ultimate parent's.</summary>
    public static Country? ControllingCountry(KnowledgeCatalog catalog, OwnershipChain chain) => CountryOf(catalog, chain.UltimateParent);

    /// <summary>
    /// What is known of who controls the company at <paramref name="from"/> in a chain: the ultimate parent's country when
    /// the chain reaches it; otherwise the country of the highest company from there up whose country is known, marked
    /// parent unknown. A Dutch vendor of unknown parent is "EU/EEA, parent unknown", never "outside the EU".
    /// </summary>
    public static KnownControl AsFarAsKnown(KnowledgeCatalog catalog, OwnershipChain chain, int from = 0)
    {
        if (chain.ReachesUltimateParent)
        {
            return new KnownControl(ControllingCountry(catalog, chain), ParentKnown: true);
        }

        for (var c = chain.Companies.Count - 1; c >= from; c--)
        {
            if (CountryOf(catalog, chain.Companies[c]) is { } country)
            {
                return new KnownControl(country, ParentKnown: false);
            }
        }

        return new KnownControl(null, ParentKnown: false);
    }
}

/// <summary>Who controls a company as far as the catalog knows: a country (null = none known) and whether it is the ultimate parent's.</summary>
public sealed record KnownControl(Country? Country, bool ParentKnown);
