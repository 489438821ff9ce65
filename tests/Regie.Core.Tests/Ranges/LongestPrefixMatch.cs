using System.Net;
using Regie.Core.Ranges;

namespace Regie.Core.Tests.Ranges;

public sealed class LongestPrefixMatch
{
    private static readonly RangeSetSource Corporate = new("Corporate", "cidr", "corporate.csv", "v1", new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
    private static readonly RangeSetSource Cloud = new("Cloud", "aws", "ip-ranges.json", "1763900000", new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));

    private static IpRange Range(string cidr, string? service = null, string? region = null) => new(IpPrefix.Parse(cidr), service, region);

    private static readonly IpRangeTable Nested = IpRangeTable.Build(
    [
        new IpRangeSet(Corporate, [Range("10.0.0.0/8", "wide"), Range("10.1.2.0/24", "narrow", "room-2")]),
        new IpRangeSet(Cloud, [Range("10.1.0.0/16", "middle", "eu-west-1"), Range("2a05:d000::/25", "AMAZON"), Range("2a05:d014::/35", "EC2", "eu-central-1")]),
    ]);

    private static string? ServiceOf(string address) => Nested.Lookup(IPAddress.Parse(address))?.Service;

    [Fact]
    public void TheMostSpecificOfNestedPrefixesWinsAcrossSets()
    {
        Assert.Equal("wide", ServiceOf("10.200.0.1"));
        Assert.Equal("middle", ServiceOf("10.1.3.4"));
        Assert.Equal("narrow", ServiceOf("10.1.2.77"));
        Assert.Equal("Cloud", Nested.Lookup(IPAddress.Parse("10.1.3.4"))!.Provider);
        Assert.Equal("Corporate", Nested.Lookup(IPAddress.Parse("10.1.2.77"))!.Provider);
    }

    [Fact]
    public void TheFirstAndLastAddressOfARangeBelongToItAndTheirNeighboursDoNot()
    {
        Assert.Equal("narrow", ServiceOf("10.1.2.0"));
        Assert.Equal("narrow", ServiceOf("10.1.2.255"));
        Assert.Equal("middle", ServiceOf("10.1.1.255"));
        Assert.Equal("middle", ServiceOf("10.1.3.0"));
        Assert.Equal("middle", ServiceOf("10.1.255.255"));
        Assert.Equal("wide", ServiceOf("10.2.0.0"));
        Assert.Equal("wide", ServiceOf("10.255.255.255"));
        Assert.Null(ServiceOf("9.255.255.255"));
        Assert.Null(ServiceOf("11.0.0.0"));
    }

    [Fact]
    public void IPv6AddressesAreMatchedByTheirOwnPrefixes()
    {
        var match = Nested.Lookup(IPAddress.Parse("2a05:d014:1f00::1"))!;
        Assert.Equal(("EC2", "eu-central-1", "2a05:d014::/35"), (match.Service, match.Region, match.Prefix.ToString()));
        Assert.Equal("AMAZON", ServiceOf("2a05:d07f:ffff:ffff:ffff:ffff:ffff:ffff"));
        Assert.Null(ServiceOf("2a05:d080::"));
        Assert.Null(ServiceOf("::a01:203")); // the IPv6 number of 10.1.2.3 is not the IPv4 address
    }

    [Fact]
    public void AnAddressOutsideEveryRangeHasNoMatch()
    {
        Assert.Null(Nested.Lookup(IPAddress.Parse("192.0.2.1")));
        Assert.Null(Nested.Lookup(IPAddress.Parse("2001:db8::1")));
        Assert.Null(IpRangeTable.Empty.Lookup(IPAddress.Parse("10.1.2.3")));
    }

    [Fact]
    public void AnIPv4MappedIPv6AddressIsLookedUpAsIPv4()
    {
        Assert.Equal("narrow", ServiceOf("::ffff:10.1.2.3"));
    }

    [Fact]
    public void TheMatchCarriesTheSetItCameFrom()
    {
        var match = Nested.Lookup(IPAddress.Parse("10.1.9.9"))!;
        Assert.Equal(Cloud, match.Source);
        Assert.Equal("1763900000", match.Source.SyncToken);
        Assert.Equal("ip-ranges.json", match.Source.SourceFile);
    }

    [Fact]
    public void TheSamePrefixInTwoSetsGoesToTheSetGivenFirst()
    {
        var table = IpRangeTable.Build(
        [
            new IpRangeSet(Corporate, [Range("192.0.2.0/24", "first")]),
            new IpRangeSet(Cloud, [Range("192.0.2.0/24", "second")]),
        ]);

        Assert.Equal("first", table.Lookup(IPAddress.Parse("192.0.2.10"))!.Service);
    }

    [Fact]
    public void PrefixesCoveringTheWholeSpaceAndItsEdgesWork()
    {
        var table = IpRangeTable.Build(
        [
            new IpRangeSet(Corporate, [Range("0.0.0.0/0", "all"), Range("255.255.255.255/32", "last"), Range("0.0.0.0/32", "first"), Range("::/0", "all6"), Range("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", "last6")]),
        ]);

        Assert.Equal("first", table.LookupV4(0)!.Service);
        Assert.Equal("all", table.LookupV4(1)!.Service);
        Assert.Equal("last", table.LookupV4(uint.MaxValue)!.Service);
        Assert.Equal("all", table.LookupV4(uint.MaxValue - 1)!.Service);
        Assert.Equal("last6", table.LookupV6(UInt128.MaxValue)!.Service);
        Assert.Equal("all6", table.LookupV6(UInt128.Zero)!.Service);
    }
}
