using Regie.Discovery.Ranges;
using static Regie.Tests.Support.RangeFixtures;

namespace Regie.Discovery.Tests.Ranges;

public sealed class ReadingPublishedRangeFiles
{
    [Fact]
    public void AwsGivesServiceAndRegionAndPrefersTheSpecificServiceOverAmazon()
    {
        var set = Read(RangeFileFormat.Aws, "aws-ip-ranges.json");

        Assert.Equal(9, set.Ranges.Count);
        Assert.Equal(3, set.Ranges.Count(r => r.Prefix.IsV6));
        Assert.Equal("1763900000 (2026-11-20-12-13-14)", set.Source.SyncToken);
        Assert.Equal(("S3", "ap-northeast-2"), (Entry(set, "3.5.140.0/22").Service, Entry(set, "3.5.140.0/22").Region));
        Assert.Equal(("EC2", "eu-central-1"), (Entry(set, "18.184.0.0/15").Service, Entry(set, "18.184.0.0/15").Region));
        Assert.Equal(("AMAZON", "GLOBAL"), (Entry(set, "3.0.0.0/9").Service, Entry(set, "3.0.0.0/9").Region));
        Assert.Equal("EC2", Entry(set, "2a05:d014::/35").Service);
    }

    [Fact]
    public void AzureGivesTheSystemServiceOrTheTagNameAndTheRegion()
    {
        var set = Read(RangeFileFormat.Azure, "azure-servicetags.json");

        Assert.Equal(6, set.Ranges.Count);
        Assert.Equal("changeNumber 356", set.Source.SyncToken);
        Assert.Equal(("AzureCloud", "westeurope"), (Entry(set, "13.69.0.0/17").Service, Entry(set, "13.69.0.0/17").Region));
        Assert.Equal(("AzureStorage", "westeurope"), (Entry(set, "20.50.0.0/18").Service, Entry(set, "20.50.0.0/18").Region));
        Assert.Equal(("AzureAD", null), (Entry(set, "20.190.128.0/18").Service, Entry(set, "20.190.128.0/18").Region));
        Assert.Equal("AzureCloud", Entry(set, "2603:1020:200::/46").Service);
    }

    [Fact]
    public void GoogleCloudJsonGivesServiceAndScopeAndGoogJsonOnlyPrefixes()
    {
        var cloud = Read(RangeFileFormat.Gcp, "gcp-cloud.json");
        var goog = Read(RangeFileFormat.Gcp, "gcp-goog.json");

        Assert.Equal((4, 6), (cloud.Ranges.Count, goog.Ranges.Count));
        Assert.Equal("1763812345678 (2026-11-22T10:01:33.087737)", cloud.Source.SyncToken);
        Assert.Equal(("Google Cloud", "europe-west4"), (Entry(cloud, "34.90.0.0/15").Service, Entry(cloud, "34.90.0.0/15").Region));
        Assert.Equal("asia-east1", Entry(cloud, "2600:1900:4030::/44").Region);
        Assert.Equal((null, null), (Entry(goog, "8.8.8.0/24").Service, Entry(goog, "8.8.8.0/24").Region));
        Assert.Equal(2, goog.Ranges.Count(r => r.Prefix.IsV6));
    }

    [Fact]
    public void OracleGivesTheRegionAndTheTags()
    {
        var set = Read(RangeFileFormat.Oracle, "oracle-public_ip_ranges.json");

        Assert.Equal(4, set.Ranges.Count);
        Assert.Equal("2026-11-21T19:55:47.204985", set.Source.SyncToken);
        Assert.Equal(("OSN, OBJECT_STORAGE", "us-phoenix-1"), (Entry(set, "134.70.8.0/21").Service, Entry(set, "134.70.8.0/21").Region));
        Assert.Equal(("OCI", "eu-amsterdam-1"), (Entry(set, "192.29.16.0/21").Service, Entry(set, "192.29.16.0/21").Region));
    }

    [Fact]
    public void CloudflareTextListsForBothFamiliesBecomeOneSet()
    {
        var set = Read(RangeFileFormat.Cloudflare, "cloudflare-ips-v4", "cloudflare-ips-v6");

        Assert.Equal((15, 7), (set.Ranges.Count(r => !r.Prefix.IsV6), set.Ranges.Count(r => r.Prefix.IsV6)));
        Assert.Equal("cloudflare-ips-v4, cloudflare-ips-v6", set.Source.SourceFile);
        Assert.Contains(set.Ranges, r => r.Prefix.ToString() == "2a06:98c0::/29");
        Assert.Null(set.Source.SyncToken);
    }

    [Fact]
    public void CloudflareApiJsonGivesItsPrefixesAndEtag()
    {
        var set = Read(RangeFileFormat.Cloudflare, "cloudflare-api-ips.json");

        Assert.Equal(5, set.Ranges.Count);
        Assert.Equal("38f79d050aa027e3be3865e495dcc9bc", set.Source.SyncToken);
        Assert.Contains(set.Ranges, r => r.Prefix.ToString() == "172.64.0.0/13");
    }

    [Fact]
    public void FastlyGivesBothAddressLists()
    {
        var set = Read(RangeFileFormat.Fastly, "fastly-public-ip-list.json");

        Assert.Equal((19, 2), (set.Ranges.Count(r => !r.Prefix.IsV6), set.Ranges.Count(r => r.Prefix.IsV6)));
        Assert.Contains(set.Ranges, r => r.Prefix.ToString() == "151.101.0.0/16");
    }

    [Fact]
    public void AkamaiPlainListsAreRead()
    {
        var set = Read(RangeFileFormat.Akamai, "akamai_ipv4_CIDRs.txt", "akamai_ipv6_CIDRs.txt");

        Assert.Equal(8, set.Ranges.Count);
        Assert.Contains(set.Ranges, r => r.Prefix.ToString() == "2a02:26f0::/29");
    }

    [Fact]
    public void AGeofeedGivesCountryRegionAndCityAndSkipsComments()
    {
        var set = Read(RangeFileFormat.Geofeed, "digitalocean-geo.csv");

        Assert.Equal(6, set.Ranges.Count);
        Assert.Equal("NL, NL-NH, Amsterdam", Entry(set, "5.101.96.0/21").Region);
        Assert.Equal("DE, DE-HE, Frankfurt", Entry(set, "2a03:b0c0:3::/48").Region);
        Assert.Null(Entry(set, "5.101.96.0/21").Service);
    }

    [Fact]
    public void ZoomsPlainListIsRead()
    {
        var set = Read(RangeFileFormat.Zoom, "Zoom.txt");

        Assert.Equal(8, set.Ranges.Count);
        Assert.Contains(set.Ranges, r => r.Prefix.ToString() == "2620:123:2000::/40");
    }

    [Fact]
    public void AnOwnCidrListGivesOptionalServiceAndRegionAndSkipsItsHeader()
    {
        var set = Read(RangeFileFormat.Cidr, "hosting-cidr.csv");

        Assert.Equal(3, set.Ranges.Count);
        Assert.Equal(("Dedicated servers", "Falkenstein"), (Entry(set, "5.9.0.0/16").Service, Entry(set, "5.9.0.0/16").Region));
        Assert.Equal((null, null), (Entry(set, "78.46.0.0/15").Service, Entry(set, "78.46.0.0/15").Region));
        Assert.Equal((null, "Duitsland"), (Entry(set, "2a01:4f8::/32").Service, Entry(set, "2a01:4f8::/32").Region));
    }
}
