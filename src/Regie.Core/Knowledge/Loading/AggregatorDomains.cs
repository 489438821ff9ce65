using System.Text.RegularExpressions;

namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// The sites of catalog/aggregator-domains.yaml that copy, mirror or summarise other parties' documents: a source that
/// cites one is never the vendor's or owner's own page, so it cannot carry a confirmed fact (SCHEMA.md).
/// </summary>
internal sealed partial class AggregatorDomains
{
    private readonly Regex? cited;

    private AggregatorDomains(IReadOnlyList<string> domains)
    {
        Domains = domains;
        // A domain counts with or without a scheme ("copy on capedge.com") and with any subdomain (kr.advfn.com).
        cited = domains.Count == 0
            ? null
            : new Regex(
                "(?<![a-z0-9-])(?:[a-z0-9-]+\\.)*(" + string.Join('|', domains.Select(Regex.Escape)) + ")(?![a-z0-9-])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public IReadOnlyList<string> Domains { get; }

    /// <summary>The listed domains a source text cites, each once, in the order they appear.</summary>
    public IReadOnlyList<string> CitedBy(string? source) =>
        cited is null || string.IsNullOrEmpty(source)
            ? []
            : [.. cited.Matches(source).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct()];

    public static AggregatorDomains Convert(AggregatorDomainsFile file, List<DataIssue> issues)
    {
        const string f = KnowledgeFiles.AggregatorDomainsFile;
        var domains = new List<string>();
        foreach (var (d, i) in file.Domains.Select((d, i) => (d, i + 1)))
        {
            var domain = d.Domain?.Trim().ToLowerInvariant();
            if (domain is null || !Domain().IsMatch(domain))
            {
                issues.Add(new(f, $"domain {i}", $"'{d.Domain}' is geen domeinnaam (zoals docslib.org)"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(d.Why))
            {
                issues.Add(new(f, $"domain '{domain}', why", "ontbreekt: zeg waarom dit niet de eigen pagina van een leverancier of eigenaar is"));
            }

            if (domains.Contains(domain))
            {
                issues.Add(new(f, $"domain '{domain}'", "komt meer dan eens voor"));
            }

            domains.Add(domain);
        }

        return new AggregatorDomains(domains);
    }

    [GeneratedRegex("^(?:[a-z0-9-]+\\.)+[a-z0-9-]{2,}$")]
    private static partial Regex Domain();
}
