using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DnsClient;
using DnsClient.Protocol;
using Regie.Core.Discovery;
using Regie.Core.Explaining;

namespace Regie.Discovery.Dns;

/// <summary>
/// Reads a domain's DNS (MX, TXT with SPF expanded, NS, DMARC, DKIM selectors, SRV, CNAMEs of well-known names,
/// addresses of the mail hosts and www) and hands it to <see cref="DomainClassifier"/>. Never throws for a DNS problem:
/// NXDOMAIN, SERVFAIL and time-outs at the domain itself become its <see cref="DomainOutcome"/>; elsewhere a note.
/// </summary>
public sealed partial class DnsDiscoverer
{
    /// <summary>RFC 7208 §4.6.4: at most 10 mechanisms and modifiers that cause DNS queries.</summary>
    public const int SpfLookupLimit = 10;

    private const int MaxChain = 8;

    private readonly SignatureSet _signatures;
    private readonly DnsDiscoveryOptions _options;
    private readonly DnsQuerier _dns;

    public DnsDiscoverer(SignatureSet signatures, DnsDiscoveryOptions? options = null)
    {
        _signatures = signatures;
        _options = options ?? new DnsDiscoveryOptions();
        _dns = new DnsQuerier(_options);
    }

    /// <summary>How many domains <see cref="DiscoverManyAsync"/> reads at a time, as the options asked (at least one).</summary>
    public int Concurrency => Math.Max(1, _options.Concurrency);

    /// <summary>The rate cap every DNS question of this discoverer waits for (<see cref="DnsDiscoveryOptions.RatePerSecond"/>).</summary>
    public QueryPacer Pacer => _dns.Pacer;

    /// <summary>DNS questions sent so far by this discoverer (retries included, answers from the run's cache not).</summary>
    public long QueriesSent => _dns.QueriesSent;

    public async Task<DomainDiscovery> DiscoverAsync(string domain, CancellationToken ct = default)
    {
        var observations = await ObserveAsync(domain, ct);
        var discovery = DomainClassifier.Classify(observations, _signatures);
        var byAddress = AddressAttribution.Attribute(observations, discovery.Findings, _options.Ranges, _options.Catalog);
        return byAddress.Count == 0 ? discovery : discovery with { Findings = [.. discovery.Findings, .. byAddress] };
    }

    /// <summary>
    /// Discovers many domains, at most <see cref="DnsDiscoveryOptions.Concurrency"/> at a time; results keep the input order.
    /// <paramref name="finished"/> is called once per domain as it finishes (for a checkpoint or a progress bar), one call at a time.
    /// </summary>
    public async Task<IReadOnlyList<DomainDiscovery>> DiscoverManyAsync(
        IReadOnlyList<string> domains, Func<DomainDiscovery, CancellationToken, ValueTask>? finished = null, CancellationToken ct = default)
    {
        var results = new DomainDiscovery[domains.Count];
        using var report = new SemaphoreSlim(1, 1);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, domains.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = ct },
            async (i, token) =>
            {
                results[i] = await DiscoverAsync(domains[i], token);
                if (finished is not null)
                {
                    await report.WaitAsync(token);
                    try
                    {
                        await finished(results[i], token);
                    }
                    finally
                    {
                        report.Release();
                    }
                }
            });
        return results;
    }

    /// <summary>The raw records for one domain, before classification.</summary>
    public async Task<DnsObservations> ObserveAsync(string domain, CancellationToken ct = default)
    {
        var name = Normalise(domain);
        if (name is null)
        {
            return new DnsObservations(domain.Trim()) { Outcome = DomainOutcome.Invalid, Notes = [new NotADomainName(domain.Trim())] };
        }

        var notes = new ConcurrentQueue<DiscoveryReason>();
        var mxAnswer = await _dns.AskAsync(name, QueryType.MX, shared: false, ct);
        if (OutcomeOf(mxAnswer) is { } failed)
        {
            return new DnsObservations(name) { Outcome = failed, Notes = [Failed(QueryType.MX, name, mxAnswer)] };
        }

        var mx = Records<MxRecord>(mxAnswer, name).OrderBy(r => r.Preference)
            .Select(r => new Evidence("MX", name, Host(r.Exchange.Value))).Where(e => e.Value.Length > 0).ToList();

        var txtTask = AskRecordsAsync(name, QueryType.TXT, false, notes, ct);
        var nsTask = AskRecordsAsync(name, QueryType.NS, false, notes, ct);
        var dmarcTask = AskRecordsAsync($"_dmarc.{name}", QueryType.TXT, false, notes, ct);
        var dkimTasks = _options.DkimSelectors.Select(s => ProbeAsync(name, s, $"{s}._domainkey.{name}", QueryType.TXT, notes, ct)).ToList();
        var cnameTasks = _options.CnameLabels.Select(l => ProbeAsync(name, l, $"{l}.{name}", QueryType.A, notes, ct)).ToList();
        var srvTasks = _options.SrvLabels.Select(l => ProbeSrvAsync(name, l, notes, ct)).ToList();
        var addressTasks = mx.Select(m => m.Value).Distinct().Select(h => AddressesAsync(name, h, notes, ct)).ToList();

        var txt = (await txtTask).OfType<TxtRecord>().Select(r => new Evidence("TXT", name, string.Concat(r.Text))).ToList();
        var spf = await ExpandSpfAsync(name, txt, notes, ct);
        var ns = (await nsTask).OfType<NsRecord>().Select(r => new Evidence("NS", name, Host(r.NSDName.Value))).ToList();
        var dmarc = (await dmarcTask).OfType<TxtRecord>().Select(r => new Evidence("TXT", $"_dmarc.{name}", string.Concat(r.Text)))
            .Where(e => e.Value.StartsWith("v=DMARC1", StringComparison.OrdinalIgnoreCase)).ToList();
        var dkim = (await Task.WhenAll(dkimTasks)).Where(p => p.Records.Count > 0).ToList();
        var probed = await Task.WhenAll(cnameTasks);
        var cnames = probed.Where(p => p.Records.Any(r => r.RecordType == "CNAME")).ToList();
        var srv = (await Task.WhenAll(srvTasks)).Where(p => p.Records.Count > 0).ToList();
        var addresses = (await Task.WhenAll(addressTasks)).SelectMany(a => a)
            .Concat(probed.Where(c => c.Label == "www").SelectMany(c => c.Records.Where(r => r.RecordType is "A" or "AAAA")))
            .Distinct().ToList();

        return new DnsObservations(name)
        {
            Mx = mx,
            Txt = txt,
            SpfIncludes = spf,
            Ns = ns,
            Dmarc = dmarc,
            Dkim = dkim,
            Cnames = cnames,
            Srv = srv,
            Addresses = addresses,
            Notes = [.. notes.Distinct()],
        };
    }

    private async Task<IReadOnlyList<DnsResourceRecord>> AskRecordsAsync(string name, QueryType type, bool shared, ConcurrentQueue<DiscoveryReason> notes, CancellationToken ct)
    {
        var answer = await _dns.AskAsync(name, type, shared, ct);
        // An authoritative server refuses names outside its zones: for a shared name (an SPF include elsewhere) that is no news.
        if (answer.Status is not (AnswerStatus.Ok or AnswerStatus.NotFound) && !(shared && answer.Status == AnswerStatus.Refused))
        {
            notes.Enqueue(Failed(type, name, answer));
        }

        return answer.Records.Where(r => Host(r.DomainName.Value) == name).ToList();
    }

    /// <summary>Follows the CNAME chain from <paramref name="start"/>, at most <see cref="MaxChain"/> hops, noticing loops.</summary>
    private async Task<ProbedName> ProbeAsync(string domain, string label, string start, QueryType type, ConcurrentQueue<DiscoveryReason> notes, CancellationToken ct)
    {
        // Owner names in an answer are compared lower-cased (Host), so a selector written in capitals (MBO0001, transip-A) must be too.
        start = Host(start);
        var records = new List<Evidence>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var current = start;
        for (var asked = 0; asked < MaxChain; asked++)
        {
            var answer = await _dns.AskAsync(current, type, shared: !HostPattern.IsUnder(current, domain), ct);
            if (answer.Status is AnswerStatus.TimedOut or AnswerStatus.ServerFailure or AnswerStatus.Error && asked == 0)
            {
                notes.Enqueue(Failed(type, current, answer));
            }

            // Walk the chain inside this answer: a recursive resolver returns it whole, an authoritative server the part it holds.
            var byOwner = answer.Records.GroupBy(r => Host(r.DomainName.Value)).ToDictionary(g => g.Key, g => g.ToList());
            while (byOwner.TryGetValue(current, out var here) && here.OfType<CNameRecord>().FirstOrDefault() is { } cname)
            {
                var target = Host(cname.CanonicalName.Value);
                records.Add(new Evidence("CNAME", current, target));
                if (!seen.Add(target))
                {
                    notes.Enqueue(new CnameLoop(start, target));
                    return new ProbedName(label, records);
                }

                current = target;
                if (records.Count >= MaxChain)
                {
                    notes.Enqueue(new CnameChainTooLong(start, MaxChain));
                    return new ProbedName(label, records);
                }
            }

            if (byOwner.TryGetValue(current, out var final) && final.Count > 0)
            {
                records.AddRange(final.Select(r => ToEvidence(current, r)).OfType<Evidence>());
                return new ProbedName(label, records);
            }

            if (records.Count == 0 || answer.Records.Count == 0 && asked > 0)
            {
                return new ProbedName(label, records); // nothing at the name, or the chain leaves what this server knows
            }
        }

        notes.Enqueue(new CnameChainTooLong(start, MaxChain));
        return new ProbedName(label, records);
    }

    private async Task<ProbedName> ProbeSrvAsync(string domain, string label, ConcurrentQueue<DiscoveryReason> notes, CancellationToken ct)
    {
        var name = $"{label}.{domain}";
        var records = await AskRecordsAsync(name, QueryType.SRV, false, notes, ct);
        return new ProbedName(label, [.. records.OfType<SrvRecord>().Select(r => new Evidence("SRV", name, Host(r.Target.Value)))]);
    }

    private async Task<IEnumerable<Evidence>> AddressesAsync(string domain, string host, ConcurrentQueue<DiscoveryReason> notes, CancellationToken ct)
    {
        var a = ProbeAsync(domain, host, host, QueryType.A, notes, ct);
        var aaaa = ProbeAsync(domain, host, host, QueryType.AAAA, notes, ct);
        return (await a).Records.Concat((await aaaa).Records).Where(r => r.RecordType is "A" or "AAAA");
    }

    /// <summary>
    /// Expands include: and redirect= (RFC 7208) depth-first, counting every DNS-querying term against the limit of 10,
    /// and noting loops. The includes are recorded even past the limit: their names still show who sends the mail.
    /// </summary>
    private async Task<IReadOnlyList<SpfInclude>> ExpandSpfAsync(string domain, IReadOnlyList<Evidence> apexTxt, ConcurrentQueue<DiscoveryReason> notes, CancellationToken ct)
    {
        var includes = new List<SpfInclude>();
        var lookups = 0;
        var limitNoted = false;

        async Task WalkAsync(string name, IReadOnlyList<Evidence> txt, List<Evidence> path, HashSet<string> stack)
        {
            var spf = txt.Where(t => t.Value.StartsWith("v=spf1", StringComparison.OrdinalIgnoreCase)
                && (t.Value.Length == 6 || t.Value[6] == ' ')).ToList();
            if (spf.Count > 1)
            {
                notes.Enqueue(new SeveralSpfRecords(name, spf.Count));
            }

            if (spf.Count == 0)
            {
                return;
            }

            var record = spf[0];
            var here = new List<Evidence>(path) { record };
            foreach (var term in record.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                var mechanism = term.TrimStart('+', '-', '~', '?');
                var (kind, target) = SplitTerm(mechanism);
                if (kind is "a" or "mx" or "ptr" or "exists")
                {
                    lookups++;
                    continue;
                }

                if (kind is not ("include" or "redirect") || target is null)
                {
                    continue;
                }

                lookups++;
                target = Host(target);
                includes.Add(new SpfInclude(target, here));
                if (target.Contains('%', StringComparison.Ordinal))
                {
                    continue; // a macro needs the sender's address; nothing to expand here
                }

                if (lookups > SpfLookupLimit)
                {
                    if (!limitNoted)
                    {
                        notes.Enqueue(new SpfLookupLimitReached(SpfLookupLimit));
                        limitNoted = true;
                    }

                    continue;
                }

                if (stack.Contains(target))
                {
                    notes.Enqueue(new SpfLoop(target));
                    continue;
                }

                var nested = await AskRecordsAsync(target, QueryType.TXT, shared: !HostPattern.IsUnder(target, domain), notes, ct);
                var nestedTxt = nested.OfType<TxtRecord>().Select(r => new Evidence("TXT", target, string.Concat(r.Text))).ToList();
                await WalkAsync(target, nestedTxt, here, [.. stack, target]);
            }
        }

        await WalkAsync(domain, apexTxt, [], [domain]);
        return includes;
    }

    private static (string Kind, string? Target) SplitTerm(string term)
    {
        var separator = term.IndexOfAny([':', '=']);
        if (separator < 0)
        {
            return (term.ToLowerInvariant(), null);
        }

        var kind = term[..separator].ToLowerInvariant();
        var target = term[(separator + 1)..];
        var slash = target.IndexOf('/', StringComparison.Ordinal); // a:host/24
        return (kind, slash >= 0 ? target[..slash] : target);
    }

    private static DomainOutcome? OutcomeOf(DnsAnswer answer) => answer.Status switch
    {
        AnswerStatus.NotFound => DomainOutcome.NotFound,
        AnswerStatus.ServerFailure or AnswerStatus.Refused or AnswerStatus.Error => DomainOutcome.ServerFailure,
        AnswerStatus.TimedOut => DomainOutcome.TimedOut,
        _ => null,
    };

    private static LookupFailed Failed(QueryType type, string name, DnsAnswer answer) => new(type.ToString(), name, answer.Status switch
    {
        AnswerStatus.NotFound => DnsFailure.NotFound,
        AnswerStatus.ServerFailure => DnsFailure.ServerFailure,
        AnswerStatus.Refused => DnsFailure.Refused,
        AnswerStatus.TimedOut => DnsFailure.TimedOut,
        _ => DnsFailure.Other,
    }, answer.Status == AnswerStatus.Error ? answer.Message : null);

    private static IEnumerable<T> Records<T>(DnsAnswer answer, string owner) where T : DnsResourceRecord =>
        answer.Records.OfType<T>().Where(r => Host(r.DomainName.Value) == owner);

    private static Evidence? ToEvidence(string owner, DnsResourceRecord record) => record switch
    {
        ARecord a => new Evidence("A", owner, a.Address.ToString()),
        AaaaRecord aaaa => new Evidence("AAAA", owner, aaaa.Address.ToString()),
        TxtRecord txt => new Evidence("TXT", owner, string.Concat(txt.Text)),
        _ => null,
    };

    private static string Host(string name) => HostPattern.Normalise(name);

    /// <summary>A domain as typed (maybe with a trailing dot or upper case), or null when it is not a host name.</summary>
    public static string? Normalise(string domain) => Regie.Core.Discovery.DomainName.TryNormalise(domain, out _);

}
