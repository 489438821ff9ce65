using Regie.Core.Explaining;

namespace Regie.Core.Discovery;

/// <summary>
/// Turns the records read for one domain into findings. Signals weigh MX &gt; DKIM &gt; autodiscover/Entra CNAMEs and SRV &gt;
/// SPF include &gt; TXT verification &gt; NS (the mxmap approach, see ../shared/reference/discovery.md §6). A mail gateway in
/// the MX is reported as such, and the mailbox behind it is found through DKIM, autodiscover or SPF; SPF is trusted for
/// that only when exactly one mailbox provider is in it.
/// </summary>
public static class DomainClassifier
{
    public const string SelfHosted = "self-hosted";

    /// <summary>Rule names in order of strength; a finding carries the strongest rule among its signals.</summary>
    public static readonly IReadOnlyList<string> Rules =
        ["mx", "gateway-look-through", "dkim", "cname", "srv", "spf-include", "txt-verification", "ns", "dmarc-report", "mx-own-domain", "ns-own-domain"];

    private sealed record Signal(Signature Signature, string Rule, IReadOnlyList<Evidence> Evidence)
    {
        public string ProviderKey => Signature.ProviderId;
    }

    public static DomainDiscovery Classify(DnsObservations observations, SignatureSet signatures)
    {
        var domain = HostPattern.Normalise(observations.Domain);
        var notes = observations.Notes.ToList();
        if (observations.Outcome != DomainOutcome.Resolved)
        {
            return new DomainDiscovery(domain, observations.Outcome, [], notes);
        }

        var signals = Collect(observations, signatures);
        var findings = new List<Finding>();
        var mailSignals = signals.Where(s => s.Signature.Area == FindingArea.Mail).ToList();
        var other = signals.Where(s => s.Signature.Area != FindingArea.Mail).ToList();
        findings.AddRange(Merge(domain, other));
        findings.AddRange(ClassifyMail(domain, observations, mailSignals, signals, notes));

        if (!observations.Ns.Any(ns => signals.Any(s => s.Rule == "ns" && s.Evidence.Contains(ns)))
            && observations.Ns.Where(ns => HostPattern.IsUnder(ns.Value, domain)).ToList() is { Count: > 0 } ownNs)
        {
            findings.Add(new Finding(domain, FindingArea.DnsHosting, SelfHosted, "Eigen nameservers", null, "Eigen DNS", null, 0.7, "ns-own-domain", ownNs));
        }
        else if (observations.Ns.Count > 0 && !signals.Any(s => s.Rule == "ns"))
        {
            notes.Add(new NameServersNotRecognised([.. observations.Ns.Select(n => n.Value)]));
        }

        var ordered = findings
            .OrderBy(f => f.Area is FindingArea.Mail or FindingArea.MailGateway ? 0 : 1)
            .ThenBy(f => f.Area)
            .ThenByDescending(f => f.Confidence)
            .ThenBy(f => f.ProviderId, StringComparer.Ordinal)
            .ToList();
        return new DomainDiscovery(domain, DomainOutcome.Resolved, ordered, notes);
    }

    private static List<Signal> Collect(DnsObservations o, SignatureSet signatures)
    {
        var signals = new List<Signal>();
        foreach (var mx in o.Mx)
        {
            signals.AddRange(signatures.Match(SignatureRecord.Mx, mx.Value).Select(s => new Signal(s, "mx", [mx])));
        }

        foreach (var selector in o.Dkim)
        {
            foreach (var hop in selector.Records.Where(r => r.RecordType == "CNAME"))
            {
                signals.AddRange(signatures.Match(SignatureRecord.DkimCname, hop.Value).Select(s => new Signal(s, "dkim", selector.Records)));
            }

            if (selector.Records.Any(r => r.RecordType == "TXT" && r.Value.Contains("p=", StringComparison.Ordinal)))
            {
                signals.AddRange(signatures.Match(SignatureRecord.DkimSelector, selector.Label).Select(s => new Signal(s, "dkim", selector.Records)));
            }
        }

        foreach (var probed in o.Cnames)
        {
            foreach (var hop in probed.Records.Where(r => r.RecordType == "CNAME"))
            {
                signals.AddRange(signatures.Match(SignatureRecord.Cname, hop.Value, probed.Label).Select(s => new Signal(s, "cname", probed.Records)));
            }
        }

        foreach (var srv in o.Srv)
        {
            foreach (var record in srv.Records)
            {
                signals.AddRange(signatures.Match(SignatureRecord.Srv, record.Value, srv.Label).Select(s => new Signal(s, "srv", [record])));
            }
        }

        foreach (var include in o.SpfIncludes)
        {
            signals.AddRange(signatures.Match(SignatureRecord.SpfInclude, include.Target).Select(s => new Signal(s, "spf-include", include.Path)));
        }

        foreach (var txt in o.Txt)
        {
            signals.AddRange(signatures.Match(SignatureRecord.TxtPrefix, txt.Value).Select(s => new Signal(s, "txt-verification", [txt])));
        }

        foreach (var ns in o.Ns)
        {
            signals.AddRange(signatures.Match(SignatureRecord.Ns, ns.Value).Select(s => new Signal(s, "ns", [ns])));
        }

        foreach (var dmarc in o.Dmarc)
        {
            foreach (var host in DmarcReportHosts(dmarc.Value))
            {
                signals.AddRange(signatures.Match(SignatureRecord.DmarcReport, host).Select(s => new Signal(s, "dmarc-report", [dmarc])));
            }
        }

        return signals;
    }

    private static List<Finding> ClassifyMail(string domain, DnsObservations o, List<Signal> mail, List<Signal> all, List<DiscoveryReason> notes)
    {
        var mxMatched = o.Mx.Where(mx => mail.Any(s => s.Rule == "mx" && s.Evidence.Contains(mx))).ToHashSet();
        var gatewayMx = all.Where(s => s.Rule == "mx" && s.Signature.Gateway).SelectMany(s => s.Evidence).ToHashSet();
        var mailboxProviders = mail.Where(s => s.Rule == "mx").Select(s => s.ProviderKey).ToHashSet(StringComparer.Ordinal);
        var gateways = o.Mx.Where(mx => !mxMatched.Contains(mx) && gatewayMx.Contains(mx)).ToList();
        var unknownMx = o.Mx.Where(mx => !mxMatched.Contains(mx) && !gatewayMx.Contains(mx)).ToList();
        var results = new List<Finding>();

        if (mailboxProviders.Count > 0)
        {
            results.AddRange(Merge(domain, mail.Where(s => mailboxProviders.Contains(s.ProviderKey))));
            results.AddRange(AsSending(domain, mail.Where(s => !mailboxProviders.Contains(s.ProviderKey))));
            return results;
        }

        if (gateways.Count > 0 || unknownMx.Count > 0)
        {
            var spfProviders = mail.Where(s => s.Rule == "spf-include").Select(s => s.ProviderKey).Distinct(StringComparer.Ordinal).ToList();
            var strong = mail.Where(s => s.Rule is "dkim" or "cname" or "srv").Select(s => s.ProviderKey).ToHashSet(StringComparer.Ordinal);
            var behind = strong.Count > 0 ? strong : spfProviders.Count == 1 ? [spfProviders[0]] : [];
            if (strong.Count == 0 && spfProviders.Count > 1)
            {
                notes.Add(new SpfNamesSeveralMailProviders(spfProviders));
            }

            if (gateways.Count > 0)
            {
                foreach (var finding in Merge(domain, mail.Where(s => behind.Contains(s.ProviderKey))))
                {
                    results.Add(finding with
                    {
                        Rule = "gateway-look-through",
                        Evidence = [.. gateways, .. finding.Evidence],
                    });
                }

                if (behind.Count == 0)
                {
                    notes.Add(new NoMailboxBehindGateway());
                }
            }
            else if (unknownMx.Any(mx => HostPattern.IsUnder(mx.Value, domain)) && behind.Count == 0)
            {
                results.Add(new Finding(domain, FindingArea.Mail, SelfHosted, "Eigen mailserver", null, "Eigen mailserver", null, 0.6, "mx-own-domain",
                    [.. unknownMx.Where(mx => HostPattern.IsUnder(mx.Value, domain))]));
            }
            else
            {
                // An unknown MX: DKIM is the most reliable signal behind it, SPF only when it names one mailbox provider.
                results.AddRange(Merge(domain, mail.Where(s => behind.Contains(s.ProviderKey))).Select(f => f with { Evidence = [.. unknownMx, .. f.Evidence] }));
                if (behind.Count == 0)
                {
                    notes.Add(new MailExchangersNotRecognised([.. unknownMx.Select(m => m.Value)]));
                }
            }

            results.AddRange(AsSending(domain, mail.Where(s => !behind.Contains(s.ProviderKey))));
            return results;
        }

        if (o.Mx.Count == 0 && mail.Count > 0)
        {
            notes.Add(new NoMailExchangers());
        }

        results.AddRange(AsSending(domain, mail));
        return results;
    }

    private static IEnumerable<Finding> AsSending(string domain, IEnumerable<Signal> signals) =>
        Merge(domain, signals).Select(f => f with
        {
            Area = FindingArea.MailSending,
            ServiceName = f.ServiceName + " (verzending)",
            Confidence = Math.Min(f.Confidence, 0.6),
        });

    private static IEnumerable<Finding> Merge(string domain, IEnumerable<Signal> signals) =>
        signals
            .GroupBy(s => (s.Signature.Area, s.Signature.ProviderId, Product: s.Signature.ProductId ?? s.Signature.ServiceName))
            .Select(group =>
            {
                var strongest = group.OrderBy(s => RuleRank(s.Rule)).ThenByDescending(s => s.Signature.Confidence).First();
                var evidence = group.OrderBy(s => RuleRank(s.Rule)).SelectMany(s => s.Evidence).Distinct().ToList();
                var signature = strongest.Signature;
                return new Finding(domain, signature.Area, signature.ProviderId, signature.ProviderName, signature.ProductId, signature.ServiceName,
                    signature.Jurisdiction, group.Max(s => s.Signature.Confidence), strongest.Rule, evidence);
            });

    private static int RuleRank(string rule)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i] == rule)
            {
                return i;
            }
        }

        return Rules.Count;
    }

    /// <summary>Host names in the rua= and ruf= mailto: addresses of a DMARC record.</summary>
    public static IEnumerable<string> DmarcReportHosts(string dmarc)
    {
        foreach (var tag in dmarc.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = tag.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0 || tag[..eq].Trim().ToLowerInvariant() is not ("rua" or "ruf"))
            {
                continue;
            }

            foreach (var uri in tag[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries))
            {
                var at = uri.LastIndexOf('@');
                if (uri.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && at > 0)
                {
                    var host = uri[(at + 1)..];
                    var bang = host.IndexOf('!', StringComparison.Ordinal); // size limit suffix, RFC 7489 6.2
                    yield return HostPattern.Normalise(bang >= 0 ? host[..bang] : host);
                }
            }
        }
    }
}
