using System.Text.RegularExpressions;

namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// The sites of catalog/aggregator-domains.yaml that copy, mirror or summarise other parties' documents: a source that
/// cites one is never the vendor's or owner's own page, so it cannot carry a confirmed fact (SCHEMA.md).
/// </summary>
internal sealed partial class AggregatorDomains
{
    private readonly HashSet<string> domains;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private AggregatorDomains(IEnumerable<string> names)
    {
        domains = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        lookup = domains.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The listed domains a source text cites, each once, in the order they appear: with or without a scheme ("copy on
    /// capedge.com") and with any subdomain (kr.advfn.com). One pass over host-like words (letters, digits, '-', '.'),
    /// each looked up with its subdomains stripped one by one; a regex over every listed name cost a third of the load.
    /// </summary>
    public IReadOnlyList<string> CitedBy(string? source)
    {
        if (string.IsNullOrEmpty(source) || domains.Count == 0)
        {
            return [];
        }

        List<string>? cited = null;
        var text = source.AsSpan();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsHostChar(text[i]))
            {
                continue;
            }

            var word = text[start..i].Trim('.');
            start = i + 1;
            while (word.IndexOf('.') > 0)
            {
                if (lookup.TryGetValue(word, out var domain))
                {
                    cited ??= [];
                    if (!cited.Contains(domain))
                    {
                        cited.Add(domain);
                    }

                    break;
                }

                word = word[(word.IndexOf('.') + 1)..];
            }
        }

        return cited ?? (IReadOnlyList<string>)[];
    }

    private static bool IsHostChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.';

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
