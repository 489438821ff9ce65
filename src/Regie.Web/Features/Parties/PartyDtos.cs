using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Parties;

/// <summary>
/// A company: the board's own (<c>own: true</c>) or the catalog's. Chain and ultimate parent as the score resolves them, the
/// chain in the API's language ("→ onbekend" / "→ unknown" where it stops at an owner nobody could source). The version
/// (the board's own, on GET and PUT of one) is what a change sends back.
/// </summary>
public sealed record CompanyDto(
    string Key, string Name, string? Country, string? ParentKey, CompanyKind Kind, string? Source, bool Own, string Chain,
    string? UltimateParent, string? UltimateParentCountry, string? Version = null);

/// <summary>
/// A hosting provider: the board's own (<c>own: true</c>) or the catalog's. <see cref="Name"/> is its proper name in the API's
/// language ("Zelf gehost" / "Self-hosted"; most read the same in both), <see cref="Variant"/> what it is.
/// </summary>
public sealed record ProviderDto(string Key, string Name, string? CompanyKey, string? Company, ProviderKind Kind, bool Own, string? Version = null)
{
    /// <summary>What the provider is, in Dutch and English (absent when the name says it).</summary>
    public LocalizedText? Variant { get; init; }
}

public static class PartyMapping
{
    /// <summary>
    /// A company as seen through <paramref name="catalog"/>, the catalog with the board's own parties merged in. The source is
    /// the board's own citation for its companies (<paramref name="ownSource"/>), else the catalog's source of the country.
    /// </summary>
    public static CompanyDto ToDto(this Company c, KnowledgeCatalog catalog, string language, string? ownSource = null)
    {
        var chain = OwnershipChain.Resolve(catalog, c.Id);
        return new(c.Id, c.Name, c.Country.IsKnown ? c.Country.Value : null, c.Parent.IsKnown ? c.Parent.Value : null, c.Kind,
            c.IsLocal ? ownSource : c.Country.Source, c.IsLocal, chain.Describe().In(language), chain.UltimateParent?.Name, Jurisdiction.ControllingCountry(catalog, chain)?.Code);
    }

    public static ProviderDto ToDto(this HostingProvider p, KnowledgeCatalog catalog, string language)
    {
        var owner = p.Company.IsKnown ? p.Company.Value : null;
        return new(p.Id, p.Name.In(language), owner, owner is null ? null : catalog.CompanyById.GetValueOrDefault(owner)?.Name, p.Kind, p.IsLocal)
        {
            Variant = p.Variant,
        };
    }
}
