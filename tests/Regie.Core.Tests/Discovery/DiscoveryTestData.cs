using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Core.Tests.Discovery;

/// <summary>The shipped signatures and small builders for hand-made observations.</summary>
internal static class DiscoveryTestData
{
    private static readonly Lazy<SignatureSet> Shipped = new(() => SignatureLoader.Load(DataFolder.Locate()));

    public static SignatureSet Signatures => Shipped.Value;

    public static Evidence Mx(string domain, string host) => new("MX", domain, host);

    public static Evidence Txt(string name, string value) => new("TXT", name, value);

    public static Evidence Ns(string domain, string host) => new("NS", domain, host);

    public static SpfInclude Spf(string domain, string target) =>
        new(target, [Txt(domain, $"v=spf1 include:{target} -all")]);

    public static ProbedName Cname(string domain, string label, params string[] targets)
    {
        var records = new List<Evidence>();
        var name = $"{label}.{domain}";
        foreach (var target in targets)
        {
            records.Add(new Evidence("CNAME", name, target));
            name = target;
        }

        return new ProbedName(label, records);
    }

    public static ProbedName DkimCname(string domain, string selector, string target) =>
        new(selector, [new Evidence("CNAME", $"{selector}._domainkey.{domain}", target)]);

    public static ProbedName DkimKey(string domain, string selector) =>
        new(selector, [Txt($"{selector}._domainkey.{domain}", "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC")]);

    public static Finding Single(DomainDiscovery discovery, FindingArea area) => Assert.Single(discovery.Findings, f => f.Area == area);
}
