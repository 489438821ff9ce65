using Regie.Core.Catalog;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Ranges;

namespace Regie.Core.Tests.Discovery;

public sealed class AttributingAddressesToProviders
{
    private static readonly KnowledgeCatalog Catalog = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;

    private static readonly IpRangeTable Ranges = IpRangeTable.Build(
    [
        new IpRangeSet(
            new RangeSetSource("aws", "aws", "ip-ranges.json", "1763900000", new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)),
            [new IpRange(IpPrefix.Parse("198.51.100.0/24"), "EC2", "eu-west-1")]),
        new IpRangeSet(
            new RangeSetSource("Eigen hoster", "cidr", "hoster.txt", null, new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)),
            [new IpRange(IpPrefix.Parse("203.0.113.0/24"), null, null)]),
    ]);

    private static DnsObservations School(params Evidence[] addresses) => new("school.test")
    {
        Mx = [new Evidence("MX", "school.test", "mail.school.test")],
        Addresses = addresses,
    };

    [Fact]
    public void TheWebsiteIsHostedByTheProviderWhoseRangeHoldsItsAddressWithTheRangeAsEvidence()
    {
        var www = new Evidence("A", "www.school.test", "198.51.100.20");

        var finding = Assert.Single(AddressAttribution.Attribute(School(www), [], Ranges, Catalog));

        Assert.Equal((FindingArea.WebHosting, "aws", "web-address-range"), (finding.Area, finding.ProviderId, finding.Rule));
        Assert.Equal(Catalog.ProviderById["aws"].Name.Nl, finding.ProviderName);
        Assert.Equal("US", finding.Jurisdiction);
        Assert.Equal(www, finding.Evidence[0]);
        Assert.Equal(("IP-reeks", "198.51.100.0/24"), (finding.Evidence[1].RecordType, finding.Evidence[1].Name));
        Assert.Contains("EC2, eu-west-1 uit ip-ranges.json (1763900000)", finding.Evidence[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnrecognisedMailServerIsPlacedAtItsNetworkButARecognisedMailboxIsLeftAlone()
    {
        var mx = new Evidence("A", "mail.school.test", "203.0.113.25");
        var exchange = new Finding("school.test", FindingArea.Mail, "microsoft", "Microsoft", "exchange-online", "Exchange Online", "US", 0.95, "mx", []);

        var unknownMail = Assert.Single(AddressAttribution.Attribute(School(mx), [], Ranges, Catalog));
        Assert.Equal((FindingArea.Mail, "Eigen hoster", "Mailserver", (string?)null), (unknownMail.Area, unknownMail.ProviderId, unknownMail.ServiceName, unknownMail.Jurisdiction));
        Assert.Empty(AddressAttribution.Attribute(School(mx), [exchange], Ranges, Catalog));
        var ownServer = exchange with { ProviderId = DomainClassifier.SelfHosted, ProductId = null, Rule = "mx-own-domain" };
        Assert.Single(AddressAttribution.Attribute(School(mx), [ownServer], Ranges, Catalog));
    }

    [Fact]
    public void AddressesOutsideEveryRangeAndOtherHostsGiveNoFinding()
    {
        var outside = new Evidence("A", "www.school.test", "192.0.2.10");
        var other = new Evidence("A", "intranet.school.test", "198.51.100.7");

        Assert.Empty(AddressAttribution.Attribute(School(outside, other), [], Ranges, Catalog));
        Assert.Empty(AddressAttribution.Attribute(School(new Evidence("A", "www.school.test", "198.51.100.20")), [], IpRangeTable.Empty, Catalog));
    }
}
