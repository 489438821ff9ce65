using Regie.Core.Discovery;

namespace Regie.Core.Observatory;

/// <summary>A provider as a scan names it: the signature's provider id and its display name.</summary>
public sealed record ScanProvider(string Id, string Name);

/// <summary>
/// What one scan saw for one domain, reduced to the areas the sector picture counts: each area's most certain provider,
/// or null when DNS shows none. The full findings with their evidence stay with the scan's stored discovery.
/// </summary>
public sealed record ScanObservation(
    string Domain,
    DomainOutcome Outcome,
    ScanProvider? Mail,
    ScanProvider? MailFilter,
    ScanProvider? Identity,
    ScanProvider? DnsHosting,
    ScanProvider? WebHosting)
{
    /// <summary>Reduces a discovery to its observation: per area the finding with the highest confidence.</summary>
    public static ScanObservation Of(DomainDiscovery discovery)
    {
        ScanProvider? Best(FindingArea area) => discovery.Findings
            .Where(f => f.Area == area)
            .OrderByDescending(f => f.Confidence)
            .Select(f => new ScanProvider(f.ProviderId, f.ProviderName))
            .FirstOrDefault();

        return new ScanObservation(discovery.Domain, discovery.Outcome,
            Best(FindingArea.Mail), Best(FindingArea.MailGateway), Best(FindingArea.Identity), Best(FindingArea.DnsHosting), Best(FindingArea.WebHosting));
    }
}
