using BenchmarkDotNet.Attributes;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Bench;

/// <summary>
/// The pure part of DNS discovery: classifying 10,000 school domains' observed records (the mix of
/// bench/discovery-bench.sh) with the shipped signatures. The network part is timed whole-process by that script.
/// </summary>
[MemoryDiagnoser]
public class DiscoveryBenchmarks
{
    private SignatureSet signatures = null!;
    private DnsObservations[] observations = [];

    [GlobalSetup]
    public void Setup()
    {
        signatures = SignatureLoader.Load(DataFolder.Locate());
        observations = [.. Enumerable.Range(0, 10_000).Select(School)];
    }

    [Benchmark]
    public int Classify10000Domains()
    {
        var findings = 0;
        foreach (var o in observations)
        {
            findings += DomainClassifier.Classify(o, signatures).Findings.Count;
        }

        return findings;
    }

    [Benchmark]
    public DiscoverySummary Summarise10000Domains() => DiscoverySummary.Of([.. observations.Select(o => DomainClassifier.Classify(o, signatures))]);

    private static DnsObservations School(int i)
    {
        var d = $"school-{i:00000}.test";
        Evidence Mx(string host) => new("MX", d, host);
        SpfInclude Spf(string target) => new(target, [new Evidence("TXT", d, $"v=spf1 include:{target} -all")]);
        ProbedName Cname(string label, string target) => new(label, [new Evidence("CNAME", $"{label}.{d}", target)]);
        return (i % 20) switch
        {
            < 9 => new DnsObservations(d)
            {
                Mx = [Mx($"{d.Replace('.', '-')}.mail.protection.outlook.com")],
                SpfIncludes = [Spf("spf.protection.outlook.com")],
                Txt = [new Evidence("TXT", d, "MS=ms1234")],
                Cnames = [Cname("autodiscover", "autodiscover.outlook.com"), Cname("enterpriseregistration", "enterpriseregistration.windows.net")],
                Ns = [new Evidence("NS", d, "ns1-01.azure-dns.com")],
            },
            < 14 => new DnsObservations(d) { Mx = [Mx("smtp.google.com")], SpfIncludes = [Spf("_spf.google.com")], Ns = [new Evidence("NS", d, "ns-cloud-a1.googledomains.com")] },
            < 16 => new DnsObservations(d)
            {
                Mx = [Mx("mx.spamexperts.com"), Mx("fallbackmx.spamexperts.eu")],
                SpfIncludes = [Spf("spf.protection.outlook.com")],
                Cnames = [Cname("autodiscover", "autodiscover.outlook.com")],
                Ns = [new Evidence("NS", d, "ns0.transip.net")],
            },
            < 18 => new DnsObservations(d) { Mx = [Mx("mx.transip.email")], SpfIncludes = [Spf("_spf.transip.email")], Ns = [new Evidence("NS", d, "ns0.transip.net")] },
            18 => new DnsObservations(d) { Mx = [Mx($"mail.{d}")], Ns = [new Evidence("NS", d, $"ns1.{d}")] },
            _ => new DnsObservations(d) { Mx = [Mx("mail.protonmail.ch")], SpfIncludes = [Spf("_spf.protonmail.ch")], Ns = [new Evidence("NS", d, "hydrogen.ns.hetzner.com")] },
        };
    }
}
