namespace Regie.Core.Discovery;

/// <summary>How many of the resolved domains use one provider in one area, as in the published Dutch MX measurements.</summary>
public sealed record ProviderShare(string ProviderId, string ProviderName, int Domains, double Share);

/// <summary>
/// A sector view of many discoveries: per area, the share of resolved domains per provider. Each domain counts once per
/// area, for its most certain finding there; a domain without one counts as <see cref="Unknown"/>.
/// </summary>
public sealed record DiscoverySummary(
    int Domains,
    int Resolved,
    IReadOnlyDictionary<DomainOutcome, int> Outcomes,
    IReadOnlyList<ProviderShare> Mail,
    IReadOnlyList<ProviderShare> MailGateways,
    IReadOnlyList<ProviderShare> Identity,
    IReadOnlyList<ProviderShare> DnsHosting)
{
    public const string Unknown = "unknown";

    public static DiscoverySummary Of(IReadOnlyList<DomainDiscovery> discoveries)
    {
        var resolved = discoveries.Where(d => d.Outcome == DomainOutcome.Resolved).ToList();
        var outcomes = discoveries.GroupBy(d => d.Outcome).ToDictionary(g => g.Key, g => g.Count());
        return new DiscoverySummary(discoveries.Count, resolved.Count, outcomes,
            Shares(resolved, FindingArea.Mail, "onbekend"),
            Shares(resolved, FindingArea.MailGateway, "geen mailfilter"),
            Shares(resolved, FindingArea.Identity, "niet gevonden"),
            Shares(resolved, FindingArea.DnsHosting, "onbekend"));
    }

    private static List<ProviderShare> Shares(IReadOnlyList<DomainDiscovery> resolved, FindingArea area, string unknownName)
    {
        if (resolved.Count == 0)
        {
            return [];
        }

        return [.. resolved
            .Select(d => d.Findings.Where(f => f.Area == area).OrderByDescending(f => f.Confidence).FirstOrDefault())
            .GroupBy(f => f?.ProviderId ?? Unknown)
            .Select(g => new ProviderShare(g.Key, g.First()?.ProviderName ?? unknownName, g.Count(), (double)g.Count() / resolved.Count))
            .OrderByDescending(s => s.Domains)
            .ThenBy(s => s.ProviderId == Unknown)
            .ThenBy(s => s.ProviderId, StringComparer.Ordinal)];
    }
}
