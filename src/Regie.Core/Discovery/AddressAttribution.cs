using System.Net;
using Regie.Core.Catalog;
using Regie.Core.Ranges;

namespace Regie.Core.Discovery;

/// <summary>
/// Names the network behind the addresses discovery resolved, from the providers' published IP ranges: who hosts the website,
/// and who hosts a mail server that no signature recognised. A range says where an address lives, not who runs the service on
/// it, so these findings are less certain than a signature's.
/// </summary>
public static class AddressAttribution
{
    public const double Confidence = 0.7;

    public static IReadOnlyList<Finding> Attribute(DnsObservations observations, IReadOnlyList<Finding> found, IpRangeTable ranges, KnowledgeCatalog? catalog)
    {
        if (ranges.PrefixCount == 0)
        {
            return [];
        }

        // A mail server on the board's own domain is exactly the case where the network behind it tells who hosts the mail.
        var mailKnown = found.Any(f => f.Area == FindingArea.Mail && f.ProviderId != DomainClassifier.SelfHosted);
        var mailHosts = observations.Mx.Select(m => m.Value.TrimEnd('.')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var findings = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var record in observations.Addresses)
        {
            var host = record.Name.TrimEnd('.');
            var (area, service) = mailHosts.Contains(host) ? (FindingArea.Mail, "Mailserver")
                : host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || host.Equals(observations.Domain, StringComparison.OrdinalIgnoreCase) ? (FindingArea.WebHosting, "Website")
                : (FindingArea.Other, "");
            if (area == FindingArea.Other || (area == FindingArea.Mail && mailKnown)
                || !IPAddress.TryParse(record.Value, out var address) || ranges.Lookup(address) is not { } match)
            {
                continue;
            }

            var provider = catalog?.ProviderById.GetValueOrDefault(match.Source.Provider.ToLowerInvariant());
            var providerId = provider?.Id ?? match.Source.Provider;
            var proof = new Evidence("IP-reeks", match.Prefix.ToString(),
                $"{match.Source.Provider}{Detail(match)} uit {match.Source.SourceFile}{(match.Source.SyncToken is { } token ? $" ({token})" : "")}, ingelezen {match.Source.ImportedAt:yyyy-MM-dd}");
            var finding = new Finding(
                observations.Domain, area, providerId, provider?.Name.Nl ?? match.Source.Provider, null, service,
                Jurisdiction(provider, catalog), Confidence, area == FindingArea.Mail ? "mx-address-range" : "web-address-range", [record, proof]);
            findings.TryAdd(finding.Key, finding);
        }

        return [.. findings.Values];
    }

    private static string Detail(RangeMatch match) =>
        (match.Service, match.Region) switch
        {
            ({ } s, { } r) => $" {s}, {r}",
            ({ } s, null) => $" {s}",
            (null, { } r) => $" {r}",
            _ => "",
        };

    private static string? Jurisdiction(HostingProvider? provider, KnowledgeCatalog? catalog) =>
        provider is null || catalog is null ? null
            : OwnershipChain.Resolve(catalog, provider.Company.Value).UltimateParent?.Country.Value;
}
