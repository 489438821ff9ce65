using Regie.Core.Explaining;

namespace Regie.Core.Discovery;

/// <summary>
/// What the DNS collector read for one domain: the classifier's only input. Every record is kept as <see cref="Evidence"/>
/// so a finding can show exactly which records proved it. Names are absolute, without the root dot.
/// </summary>
public sealed record DnsObservations(string Domain)
{
    public DomainOutcome Outcome { get; init; } = DomainOutcome.Resolved;

    /// <summary>MX records at the domain; the value is the mail host.</summary>
    public IReadOnlyList<Evidence> Mx { get; init; } = [];

    /// <summary>TXT records at the domain, each with its strings joined.</summary>
    public IReadOnlyList<Evidence> Txt { get; init; } = [];

    /// <summary>Every include: and redirect= met while expanding the domain's SPF record, with the records that led there.</summary>
    public IReadOnlyList<SpfInclude> SpfIncludes { get; init; } = [];

    /// <summary>Probed names (autodiscover, enterpriseregistration, www, …) that answered, with their CNAME chain.</summary>
    public IReadOnlyList<ProbedName> Cnames { get; init; } = [];

    /// <summary>DKIM selectors that answered: CNAME hops and/or the key's TXT record; the label is the selector.</summary>
    public IReadOnlyList<ProbedName> Dkim { get; init; } = [];

    /// <summary>SRV records of probed services; the label is the service (`_sip._tls`), the value the target host.</summary>
    public IReadOnlyList<ProbedName> Srv { get; init; } = [];

    public IReadOnlyList<Evidence> Ns { get; init; } = [];

    /// <summary>TXT records at _dmarc.&lt;domain&gt;.</summary>
    public IReadOnlyList<Evidence> Dmarc { get; init; } = [];

    /// <summary>A and AAAA records of the MX hosts and www.</summary>
    public IReadOnlyList<Evidence> Addresses { get; init; } = [];

    /// <summary>What the collector noticed on the way: a loop, a limit reached, a name that timed out.</summary>
    public IReadOnlyList<DiscoveryReason> Notes { get; init; } = [];
}

/// <summary>One SPF include: or redirect= target; <see cref="Path"/> holds the SPF records from the domain down to the one naming it.</summary>
public sealed record SpfInclude(string Target, IReadOnlyList<Evidence> Path);

/// <summary>A probed name relative to the domain (`autodiscover`, `selector1`, `_sip._tls`) and the records read there.</summary>
public sealed record ProbedName(string Label, IReadOnlyList<Evidence> Records);
