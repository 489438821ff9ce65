namespace Regie.Core.Discovery;

/// <summary>Which kind of record a signature is matched against.</summary>
public enum SignatureRecord { Mx, SpfInclude, TxtPrefix, Cname, Ns, DkimCname, DkimSelector, Srv, DmarcReport }

/// <summary>
/// One line of data/discovery/signatures.yaml: a record pattern that shows a provider's service. Host patterns match on
/// label boundaries (<see cref="HostPattern"/>); TXT patterns are a case-insensitive prefix; a DKIM selector pattern is
/// the selector label. <see cref="Label"/> limits CNAME and SRV signatures to one probed name (autodiscover, _sip._tls).
/// </summary>
public sealed record Signature(
    string Id,
    SignatureRecord Record,
    IReadOnlyList<string> Patterns,
    string? Label,
    string ProviderId,
    string ProviderName,
    string? ProductId,
    string ServiceName,
    FindingArea Area,
    string? Jurisdiction,
    bool Gateway,
    double Confidence,
    string Source,
    DateOnly Checked)
{
    /// <summary>Whether a record value read at <paramref name="label"/> (relative to the domain, or null) matches.</summary>
    public bool Matches(string value, string? label = null)
    {
        if (Label is not null && !string.Equals(Label, label, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Record switch
        {
            SignatureRecord.TxtPrefix => Patterns.Any(p => value.TrimStart().StartsWith(p, StringComparison.OrdinalIgnoreCase)),
            SignatureRecord.DkimSelector => Patterns.Any(p => string.Equals(p, value, StringComparison.OrdinalIgnoreCase)),
            _ => Patterns.Any(p => HostPattern.Matches(value, p)),
        };
    }
}

/// <summary>The loaded signatures, grouped by record kind for the classifier.</summary>
public sealed class SignatureSet(IReadOnlyList<Signature> signatures)
{
    private readonly ILookup<SignatureRecord, Signature> _byRecord = signatures.ToLookup(s => s.Record);

    public IReadOnlyList<Signature> All { get; } = signatures;

    /// <summary>Every signature of this kind that matches the value, in file order.</summary>
    public IEnumerable<Signature> Match(SignatureRecord record, string value, string? label = null) =>
        _byRecord[record].Where(s => s.Matches(value, label));
}

/// <summary>Host names compared on DNS label boundaries: `outlook.com` matches `x.mail.protection.outlook.com`, not `notoutlook.com`.</summary>
public static class HostPattern
{
    /// <summary>The pattern's labels equal the host's last labels; a `*` inside a pattern label matches any characters in that label.</summary>
    public static bool Matches(string host, string pattern)
    {
        host = Normalise(host);
        pattern = Normalise(pattern);
        if (pattern.Length == 0)
        {
            return false;
        }

        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return host.EndsWith(pattern, StringComparison.Ordinal)
                && (host.Length == pattern.Length || host[host.Length - pattern.Length - 1] == '.');
        }

        var hostLabels = host.Split('.');
        var patternLabels = pattern.Split('.');
        if (patternLabels.Length > hostLabels.Length || patternLabels.Any(l => l.Length == 0))
        {
            return false;
        }

        for (var i = 1; i <= patternLabels.Length; i++)
        {
            if (!LabelMatches(hostLabels[^i], patternLabels[^i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower case, without the root dot that DNS answers carry.</summary>
    public static string Normalise(string host)
    {
        var trimmed = host.Trim().TrimEnd('.');
        foreach (var c in trimmed)
        {
            if (char.IsUpper(c))
            {
                return trimmed.ToLowerInvariant();
            }
        }

        return trimmed;
    }

    /// <summary>Whether <paramref name="host"/> is <paramref name="domain"/> or lies under it.</summary>
    public static bool IsUnder(string host, string domain) => Matches(host, domain);

    private static bool LabelMatches(string label, string pattern)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return label == pattern;
        }

        var prefix = pattern[..star];
        var suffix = pattern[(star + 1)..];
        return label.Length >= prefix.Length + suffix.Length
            && label.StartsWith(prefix, StringComparison.Ordinal) && label.EndsWith(suffix, StringComparison.Ordinal);
    }
}
