using Regie.Discovery.Ranges;
using static Regie.Tests.Support.RangeFixtures;

namespace Regie.Discovery.Tests.Ranges;

public sealed class RefusingBrokenRangeFiles
{
    [Fact]
    public void BadJsonIsReportedWithItsLine()
    {
        var error = Assert.Single(Failure(RangeFileFormat.Aws, "broken-aws-not-json.json").Errors);

        Assert.StartsWith("broken-aws-not-json.json: regel 5, positie ", error);
        Assert.Contains("geen geldige JSON", error);
    }

    [Fact]
    public void AMissingFieldIsReportedWithItsJsonPath()
    {
        var error = Assert.Single(Failure(RangeFileFormat.Aws, "broken-aws-missing-field.json").Errors);

        Assert.Equal("broken-aws-missing-field.json: prefixes[1], veld 'ip_prefix': ontbreekt.", error);
    }

    [Fact]
    public void AnInvalidCidrIsReportedWithItsLineAndField()
    {
        var error = Assert.Single(Failure(RangeFileFormat.Akamai, "broken-akamai-bad-cidr.txt").Errors);

        Assert.Equal("broken-akamai-bad-cidr.txt: regel 3, veld 'cidr': '23.32.0.300/11' is geen geldig IP-adres met prefixlengte (CIDR).", error);
    }

    [Fact]
    public void HostBitsAfterThePrefixAreRefusedWithTheNetworkMeant()
    {
        var error = Assert.Single(Failure(RangeFileFormat.Geofeed, "broken-geofeed-host-bits.csv").Errors);

        Assert.Equal("broken-geofeed-host-bits.csv: regel 3, veld 'ip_prefix': '37.139.1.0/19' is geen netwerkadres: er staan bits na de prefixlengte (bedoelt u 37.139.0.0/19?).", error);
    }

    [Fact]
    public void AFileReadInTheWrongFormatSaysWhatIsMissing()
    {
        var error = Assert.Single(Failure(RangeFileFormat.Azure, "aws-ip-ranges.json").Errors);

        Assert.Equal("aws-ip-ranges.json: veld 'values': ontbreekt. Is dit het juiste bestand en het juiste --format?", error);
    }

    [Fact]
    public void AGooglePrefixWithoutEitherAddressFieldIsRefused()
    {
        var failure = Assert.Throws<RangeFileException>(() => RangeFileParser.Parse("cloud.json", """{"prefixes":[{"ipv4Prefix":"34.80.0.0/15"},{"service":"Google Cloud"}]}""", RangeFileFormat.Gcp));

        Assert.Equal("cloud.json: prefixes[1], veld 'ipv4Prefix': ontbreekt (en ipv6Prefix ook).", Assert.Single(failure.Errors));
    }

    [Fact]
    public void AnIPv6PrefixInTheIPv4ListIsRefused()
    {
        var failure = Assert.Throws<RangeFileException>(() => RangeFileParser.Parse("list.json", """{"addresses":["151.101.0.0/16","2a04:4e40::/32"]}""", RangeFileFormat.Fastly));

        Assert.Equal("list.json: addresses[1], veld 'addresses': '2a04:4e40::/32' is geen IPv4-reeks.", Assert.Single(failure.Errors));
    }

    [Fact]
    public void EveryBadLineIsReportedNotOnlyTheFirst()
    {
        var failure = Assert.Throws<RangeFileException>(() => RangeFileParser.Parse("eigen.csv", "cidr,service\n10.0.0.0/8,a\nhallo,b\n10.0.0.1/8,c\n10.0.0.0/8,d,e,f\n", RangeFileFormat.Cidr));

        Assert.Equal(
            [
                "eigen.csv: regel 3, veld 'cidr': 'hallo' is geen geldig IP-adres met prefixlengte (CIDR).",
                "eigen.csv: regel 4, veld 'cidr': '10.0.0.1/8' is geen netwerkadres: er staan bits na de prefixlengte (bedoelt u 10.0.0.0/8?).",
                "eigen.csv: regel 5: 4 kolommen; verwacht: cidr, dienst en regio (de laatste twee mogen ontbreken).",
            ],
            failure.Errors);
    }

    [Fact]
    public void AFileWithoutAnyPrefixIsRefused()
    {
        var failure = Assert.Throws<RangeFileException>(() => RangeFileParser.Parse("leeg.txt", "# nothing here\n\n", RangeFileFormat.Zoom));

        Assert.Contains("leeg.txt: het bestand bevat geen enkele IP-reeks", Assert.Single(failure.Errors));
    }

    [Fact]
    public void AWrongCountryCodeInAGeofeedIsRefused()
    {
        var failure = Assert.Throws<RangeFileException>(() => RangeFileParser.Parse("geo.csv", "5.101.96.0/21,Nederland,NL-NH,Amsterdam,\n", RangeFileFormat.Geofeed));

        Assert.Equal("geo.csv: regel 1, veld 'alpha2code': 'Nederland' is geen landcode van twee letters (ISO 3166-1).", Assert.Single(failure.Errors));
    }
}
