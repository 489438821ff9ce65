using Regie.Core.Common;

namespace Regie.Core.Catalog;

/// <summary>The chain from a company up to its ultimate parent, as far as the catalog knows it.</summary>
public sealed record OwnershipChain(IReadOnlyList<Company> Companies, bool ReachesUltimateParent)
{
    public Company? Vendor => Companies.Count > 0 ? Companies[0] : null;

    /// <summary>The top of the known chain; only the ultimate parent when <see cref="ReachesUltimateParent"/>.</summary>
    public Company? Top => Companies.Count > 0 ? Companies[^1] : null;

    public Company? UltimateParent => ReachesUltimateParent ? Top : null;

    private LocalizedText? described;

    /// <summary>"Vendor → … → parent" ("→ onbekend" / "→ unknown" where it stops short); chains are shared, so the text is built once.</summary>
    public LocalizedText Describe() => described ??= Describe(string.Join(" → ", Companies.Select(c => c.Name)));

    private LocalizedText Describe(string names) =>
        ReachesUltimateParent ? LocalizedText.Same(names) : new($"{names} → onbekend", $"{names} → unknown");

    private static readonly OwnershipChain Empty = new([], false);

    /// <summary>The chain for a company, memoised per catalog: every service of the same vendor shares it.</summary>
    public static OwnershipChain Resolve(KnowledgeCatalog catalog, string? companyId) =>
        companyId is null ? Empty : catalog.Chains.GetOrAdd(companyId, static (id, catalog) => Walk(catalog, id), catalog);

    private static OwnershipChain Walk(KnowledgeCatalog catalog, string? companyId)
    {
        var chain = new List<Company>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var id = companyId;
        while (id is not null && seen.Add(id) && catalog.CompanyById.TryGetValue(id, out var company))
        {
            chain.Add(company);
            if (company.IsUltimate)
            {
                return new OwnershipChain(chain, true);
            }

            id = company.Parent.Value;
        }

        return new OwnershipChain(chain, false);
    }
}
