using System.Net;
using Regie.Core.Catalog;
using Regie.Core.Ranges;

namespace Regie.Discovery.Dns;

/// <summary>
/// How <see cref="DnsDiscoverer"/> asks DNS. Without <see cref="Nameserver"/> the machine's resolvers are used.
/// <see cref="RatePerSecond"/> caps the queries sent to the nameserver (0: no cap); a query that times out or gets
/// SERVFAIL is tried again <see cref="Retries"/> times, waiting <see cref="RetryDelay"/>, then twice as long, and so on.
/// </summary>
public sealed record DnsDiscoveryOptions
{
    public IPEndPoint? Nameserver { get; init; }

    /// <summary>The providers' published IP ranges, to name the network behind the website and an unrecognised mail server.</summary>
    public IpRangeTable Ranges { get; init; } = IpRangeTable.Empty;

    /// <summary>The catalog, to give a range's provider its name and jurisdiction.</summary>
    public KnowledgeCatalog? Catalog { get; init; }
    public int Concurrency { get; init; } = 16;
    public double RatePerSecond { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
    public int Retries { get; init; } = 1;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>DKIM selectors probed at &lt;selector&gt;._domainkey.&lt;domain&gt;: those of common providers.</summary>
    public IReadOnlyList<string> DkimSelectors { get; init; } =
    [
        "selector1", "selector2", "google", "protonmail", "protonmail2", "protonmail3", "k1", "s1", "s2", "default", "mail", "dkim",
        "strato-dkim-0001", "sig1",
        // IONOS (ionos.de help, DKIM) and mailbox.org (kb.mailbox.org) publish these selectors as CNAMEs to their own keys;
        // TransIP's API returns transip-A for its demo domain (data/discovery/signatures.yaml, transip-dkim). Antagonist
        // gives its customers whs1 to whs3 (antagonist-dkim); one of the three is enough to see the key's host.
        "s1-ionos", "MBO0001", "transip-A", "whs1",
    ];

    /// <summary>Names probed for CNAMEs (relative to the domain).</summary>
    public IReadOnlyList<string> CnameLabels { get; init; } =
    [
        "autodiscover", "lyncdiscover", "sip", "enterpriseregistration", "enterpriseenrollment", "msoid", "mail", "webmail", "login",
        "www", "autoconfig", "sso", "adfs",
    ];

    /// <summary>SRV services probed (relative to the domain).</summary>
    public IReadOnlyList<string> SrvLabels { get; init; } = ["_sip._tls", "_sipfederationtls._tcp", "_autodiscover._tcp"];

    /// <summary>"host", "host:port", "[v6]:port"; the host must be an IP address (a name would need DNS to find DNS).</summary>
    public static IPEndPoint ParseNameserver(string text)
    {
        if (IPEndPoint.TryParse(text, out var endpoint))
        {
            return endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint;
        }

        throw new FormatException($"'{text}' is geen IP-adres met optionele poort (bijvoorbeeld 127.0.0.1:5353).");
    }
}
