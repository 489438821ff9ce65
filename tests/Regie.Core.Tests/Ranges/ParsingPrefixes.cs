using Regie.Core.Ranges;

namespace Regie.Core.Tests.Ranges;

public sealed class ParsingPrefixes
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8")]
    [InlineData(" 192.0.2.0/24 ", "192.0.2.0/24")]
    [InlineData("2A05:D014:0::/35", "2a05:d014::/35")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    public void AValidCidrIsReadInItsCanonicalForm(string text, string canonical) =>
        Assert.Equal(canonical, IpPrefix.Parse(text).ToString());

    [Theory]
    [InlineData("10.1.2.3/8", "bedoelt u 10.0.0.0/8?")]
    [InlineData("10.0.0.300/8", "geen geldig IP-adres")]
    [InlineData("10.1/16", "geen geldig IP-adres")]
    [InlineData("10.0.0.0/33", "van 0 tot en met 32")]
    [InlineData("2001:db8::/129", "van 0 tot en met 128")]
    [InlineData("10.0.0.0/-1", "ongeldige prefixlengte")]
    [InlineData("10.0.0.0", "mist de prefixlengte")]
    [InlineData("fe80::/10%eth0", "ongeldige prefixlengte")]
    [InlineData("::ffff:10.0.0.0/104", "IPv4-adres in IPv6-vorm")]
    public void AnInvalidCidrIsRefusedWithTheReason(string text, string reason)
    {
        Assert.False(IpPrefix.TryParse(text, allowBareAddress: false, out _, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void ALoneAddressIsAHostRouteWhereAllowed()
    {
        Assert.True(IpPrefix.TryParse("192.0.2.7", allowBareAddress: true, out var v4, out _));
        Assert.True(IpPrefix.TryParse("2001:db8::7", allowBareAddress: true, out var v6, out _));
        Assert.Equal(("192.0.2.7/32", "2001:db8::7/128"), (v4.ToString(), v6.ToString()));
    }

    [Fact]
    public void AnIPv4MappedAddressIsTheIPv4Address()
    {
        Assert.True(IpPrefix.TryParseAddress("::ffff:3.7.35.1", out var isV6, out var number));
        Assert.Equal((false, (UInt128)0x03072301), (isV6, number));
    }

    [Fact]
    public void TheStoredLinesReadBackToTheSameSet()
    {
        var source = new RangeSetSource("P", "cidr", "p.csv", null, DateTimeOffset.UnixEpoch);
        var set = new IpRangeSet(source, [new(IpPrefix.Parse("10.0.0.0/8"), "svc", null), new(IpPrefix.Parse("2001:db8::/32"), null, "r\tegion")]);

        var back = IpRangeSet.FromLines(source, set.ToLines());

        Assert.Equal([new(IpPrefix.Parse("10.0.0.0/8"), "svc", null), new(IpPrefix.Parse("2001:db8::/32"), null, "r egion")], back.Ranges);
    }
}
