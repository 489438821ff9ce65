using Regie.Core.Catalog;
using Regie.Core.Common;

namespace Regie.Core.Discovery;

/// <summary>
/// The service a finding proposes: a catalog product when the signature names one, else the provider's service. A provider
/// the catalog does not know becomes the board's own party (<see cref="NewParty"/>), so the service is not left without one.
/// </summary>
public sealed record ProposedService(string Name, string? CatalogProductId, string? VendorId, string? HostingProviderId)
{
    public NewParty? NewParty { get; init; }
}

/// <summary>A vendor (or hosting provider, when <see cref="IsHosting"/>) to add as the board's own, keyed as the catalog would.</summary>
public sealed record NewParty(string Key, string Name, string? Country, bool IsHosting);

/// <summary>What one discovery run shows against the one before it.</summary>
public sealed record RunChanges(IReadOnlyList<Finding> Added, IReadOnlyList<Finding> Removed, IReadOnlyList<Finding> Unchanged)
{
    public bool IsFirstRun { get; init; }
}

/// <summary>Turns findings into proposals for the board's landscape and compares runs.</summary>
public static class DiscoveryReview
{
    public static ProposedService Propose(Finding finding, KnowledgeCatalog catalog)
    {
        if (finding.ProductId is { } id && catalog.ProductById.TryGetValue(id, out var product))
        {
            return new ProposedService(product.Name, product.Id, null, null);
        }

        // A provider without a catalog product: the provider's own records say who runs it (hosting) or who sells it (vendor).
        var isProvider = catalog.ProviderById.ContainsKey(finding.ProviderId);
        var isCompany = catalog.CompanyById.ContainsKey(finding.ProviderId);
        var name = $"{finding.ServiceName} ({finding.ProviderName})";
        if (!isProvider && !isCompany && finding.ProviderId != DomainClassifier.SelfHosted && PartyKey.Of(finding.ProviderId) is { } key)
        {
            var hosting = finding.Area is FindingArea.DnsHosting or FindingArea.WebHosting;
            return catalog.CompanyById.ContainsKey(key)
                ? new ProposedService(name, null, key, null)
                : new ProposedService(name, null, hosting ? null : key, hosting ? key : null)
                {
                    NewParty = new NewParty(key, finding.ProviderName, finding.Jurisdiction, hosting),
                };
        }

        var hostingId = isProvider ? finding.ProviderId : null;
        var vendor = isCompany ? finding.ProviderId
            : isProvider ? catalog.ProviderById[finding.ProviderId].Company.Value
            : null;
        return new ProposedService(name, null, vendor, hostingId);
    }

    /// <summary>Added, removed and unchanged findings by <see cref="Finding.Key"/>; with no earlier run everything is added.</summary>
    public static RunChanges Compare(IReadOnlyList<Finding>? previous, IReadOnlyList<Finding> current)
    {
        if (previous is null)
        {
            return new RunChanges(current, [], []) { IsFirstRun = true };
        }

        var before = previous.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var now = current.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        return new RunChanges(
            [.. current.Where(f => !before.Contains(f.Key))],
            [.. previous.Where(f => !now.Contains(f.Key))],
            [.. current.Where(f => before.Contains(f.Key))]);
    }
}
