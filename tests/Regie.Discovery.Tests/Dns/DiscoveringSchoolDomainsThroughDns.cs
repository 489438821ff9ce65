using Regie.Core.Discovery;
using Regie.Discovery.Dns;

namespace Regie.Discovery.Tests.Dns;

/// <summary>Each fixture zone, served by a real Knot on loopback, read and classified by the DNS collector.</summary>
[Collection(KnotDnsCollection.Name)]
public sealed class DiscoveringSchoolDomainsThroughDns(KnotServer dns)
{
    private static readonly SignatureSet Signatures = SignatureLoader.Load(TestFiles.RealDataFolder);

    // Knot always answers: no deadline, so a loaded machine cannot turn a late answer into a time-out (see SurvivingBrokenDns).
    private Task<DomainDiscovery> DiscoverAsync(string domain) =>
        new DnsDiscoverer(Signatures, new DnsDiscoveryOptions { Nameserver = dns.Endpoint, Retries = 0, Timeout = SurvivingBrokenDns.AnsweringServerDeadline })
            .DiscoverAsync(domain, TestContext.Current.CancellationToken);

    [Fact]
    public async Task AMicrosoftSchoolShowsExchangeEntraIntuneTeamsAndAzureDns()
    {
        var result = await DiscoverAsync("m365-school.test");

        Assert.Equal(DomainOutcome.Resolved, result.Outcome);
        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("microsoft", "exchange-online", "mx"), (mail.ProviderId, mail.ProductId, mail.Rule));
        Assert.Contains(new Evidence("CNAME", "selector1._domainkey.m365-school.test", "selector1-m365-school-test._domainkey.m365school.onmicrosoft.com"), mail.Evidence);
        Assert.Contains(new Evidence("CNAME", "autodiscover.m365-school.test", "autodiscover.outlook.com"), mail.Evidence);
        Assert.Contains(result.Findings, f => f.ProductId == "microsoft-entra-id" && f.Evidence.Any(e => e.Name == "msoid.m365-school.test"));
        Assert.Contains(result.Findings, f => f.ProductId == "microsoft-intune");
        var teams = Assert.Single(result.Findings, f => f.ProductId == "microsoft-teams");
        Assert.Contains(new Evidence("SRV", "_sipfederationtls._tcp.m365-school.test", "sipfed.online.lync.com"), teams.Evidence);
        Assert.Equal("azure", Assert.Single(result.Findings, f => f.Area == FindingArea.DnsHosting).ProviderId);
    }

    [Fact]
    public async Task AGoogleSchoolIsFoundByMxAndItsDkimKey()
    {
        var result = await DiscoverAsync("google-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("google", "gmail"), (mail.ProviderId, mail.ProductId));
        Assert.Contains(mail.Evidence, e => e.RecordType == "TXT" && e.Name == "google._domainkey.google-school.test");
        Assert.Equal("google-cloud", Assert.Single(result.Findings, f => f.Area == FindingArea.DnsHosting).ProviderId);
        Assert.Contains(result.Findings, f => f.Area == FindingArea.Verification && f.ProviderId == "google");
    }

    [Fact]
    public async Task AMixedSchoolMailsWithGoogleAndSignsInWithMicrosoft()
    {
        var result = await DiscoverAsync("mixed-school.test");

        Assert.Equal("google", Assert.Single(result.Findings, f => f.Area == FindingArea.Mail).ProviderId);
        Assert.Contains(result.Findings, f => f.Area == FindingArea.Identity && f.ProductId == "microsoft-entra-id" && f.Rule == "cname");
        Assert.Equal("microsoft", Assert.Single(result.Findings, f => f.Area == FindingArea.MailSending).ProviderId);
        Assert.Equal("cloudflare", Assert.Single(result.Findings, f => f.Area == FindingArea.DnsHosting).ProviderId);
    }

    [Fact]
    public async Task BehindASpamExpertsGatewayTheMicrosoftMailboxIsFound()
    {
        var result = await DiscoverAsync("gateway-school.test");

        var gateway = Assert.Single(result.Findings, f => f.Area == FindingArea.MailGateway);
        Assert.Equal(("n-able", 3), (gateway.ProviderId, gateway.Evidence.Count));
        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("microsoft", "gateway-look-through"), (mail.ProviderId, mail.Rule));
        Assert.Contains(mail.Evidence, e => e.Name == "selector1._domainkey.gateway-school.test");
        Assert.Contains(mail.Evidence, e => e.Name == "autodiscover.gateway-school.test");
        Assert.Equal("transip", Assert.Single(result.Findings, f => f.Area == FindingArea.MailSending).ProviderId);
    }

    [Fact]
    public async Task ADutchHostersSchoolIsFoundThroughMxSpfAndNameservers()
    {
        var result = await DiscoverAsync("hoster-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("transip", "mx"), (mail.ProviderId, mail.Rule));
        Assert.Equal(new Evidence("MX", "hoster-school.test", "mx.transip.email"), mail.Evidence[0]);
        Assert.Contains(mail.Evidence, e => e.RecordType == "TXT" && e.Value.Contains("include:_spf.transip.email", StringComparison.Ordinal));
        Assert.Equal(3, Assert.Single(result.Findings, f => f.Area == FindingArea.DnsHosting && f.ProviderId == "transip").Evidence.Count);
    }

    [Fact]
    public async Task ASelfHostedSchoolRunsItsOwnMailAndDnsAndItsMailHostAddressesAreRead()
    {
        var discoverer = new DnsDiscoverer(Signatures, new DnsDiscoveryOptions { Nameserver = dns.Endpoint, Retries = 0 });

        var observed = await discoverer.ObserveAsync("self-hosted-school.test", TestContext.Current.CancellationToken);
        var result = DomainClassifier.Classify(observed, Signatures);

        Assert.Contains(new Evidence("A", "mail.self-hosted-school.test", "192.0.2.33"), observed.Addresses);
        Assert.Contains(new Evidence("AAAA", "mail.self-hosted-school.test", "2001:db8::33"), observed.Addresses);
        Assert.Contains(new Evidence("A", "www.self-hosted-school.test", "192.0.2.34"), observed.Addresses);
        Assert.Equal(("self-hosted", "mx-own-domain"), (result.Findings[0].ProviderId, result.Findings[0].Rule));
        Assert.Contains(result.Findings, f => f.Area == FindingArea.DnsHosting && f.ProviderId == "self-hosted");
    }

    [Fact]
    public async Task AProtonSchoolIsASwissMailboxProvedByMxAndDkim()
    {
        var result = await DiscoverAsync("proton-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("proton-ag", "CH", "mx"), (mail.ProviderId, mail.Jurisdiction, mail.Rule));
        Assert.Equal(2, mail.Evidence.Count(e => e.Name.EndsWith("._domainkey.proton-school.test", StringComparison.Ordinal)));
        Assert.Equal("hetzner", Assert.Single(result.Findings, f => f.Area == FindingArea.DnsHosting).ProviderId);
    }
    [Fact]
    public async Task AStratoSchoolsMailIsStratoInGermany()
    {
        var result = await DiscoverAsync("strato-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("strato", "mx", "DE"), (mail.ProviderId, mail.Rule, mail.Jurisdiction));
        Assert.Equal(new Evidence("MX", "strato-school.test", "smtpin.rzone.de"), mail.Evidence[0]);
        Assert.DoesNotContain(result.Findings, f => f.ProviderId == DomainClassifier.SelfHosted);
    }

    [Fact]
    public async Task AnIonosSchoolIsFoundByMxDkimAndNameservers()
    {
        var result = await DiscoverAsync("ionos-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("ionos", "mx", "DE"), (mail.ProviderId, mail.Rule, mail.Jurisdiction));
        Assert.Equal(2, mail.Evidence.Count(e => e.RecordType == "MX"));
        Assert.Contains(new Evidence("CNAME", "s1-ionos._domainkey.ionos-school.test", "s1.dkim.ionos.com"), mail.Evidence);
        Assert.Equal("ionos", Assert.Single(result.Findings, f => f.Area == FindingArea.DnsHosting).ProviderId);
    }

    [Fact]
    public async Task ATransipSchoolWithoutSpfIsFoundByItsMxWithTransipsDkimKeysAndAutoconfigRecords()
    {
        var result = await DiscoverAsync("transip-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("transip", "mx"), (mail.ProviderId, mail.Rule));
        Assert.Contains(mail.Evidence, e => e.RecordType == "CNAME"
            && e.Name.Equals("autoconfig.transip-school.test", StringComparison.OrdinalIgnoreCase)
            && e.Value.Equals("autoconfig.transip.email", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(mail.Evidence, e => e.RecordType == "CNAME"
            && e.Name.Equals("autodiscover.transip-school.test", StringComparison.OrdinalIgnoreCase)
            && e.Value.Equals("autodiscover.transip.email", StringComparison.OrdinalIgnoreCase));
        Assert.Null(mail.Jurisdiction);
        Assert.Equal(new Evidence("MX", "transip-school.test", "mx.transip.email"), mail.Evidence[0]);
        Assert.Contains(mail.Evidence, e => e.RecordType == "CNAME"
            && e.Name.Equals("transip-A._domainkey.transip-school.test", StringComparison.OrdinalIgnoreCase)
            && e.Value.Equals("_dkim-A.transip.email", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("transip", Assert.Single(result.Findings, f => f.Area == FindingArea.DnsHosting).ProviderId);
    }

    [Fact]
    public async Task ACombellSchoolIsFoundByMxAndItsAutodiscoverRecord()
    {
        var result = await DiscoverAsync("combell-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("combell", "mx"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.Equal(2, mail.Evidence.Count(e => e.RecordType == "MX"));
        Assert.Contains(new Evidence("SRV", "_autodiscover._tcp.combell-school.test", "autodiscover-s.mailprotect.be"), mail.Evidence);
        Assert.Contains(new Evidence("CNAME", "autoconfig.combell-school.test", "autoconfig.mailprotect.be"), mail.Evidence);
    }

    [Theory]
    [InlineData("yourhosting-school.test", "yourhosting", 2)]
    [InlineData("mijndomein-school.test", "mijndomein", 2)]
    [InlineData("hostnet-school.test", "hostnet", 1)]
    [InlineData("vimexx-school.test", "vimexx", 2)]
    public async Task ADutchHostersMxFromFairEmailsListOrAPublishedZoneIsThatHostersMailWithoutAJurisdiction(string domain, string hoster, int mxCount)
    {
        var result = await DiscoverAsync(domain);

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal((hoster, "mx"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.Equal(mxCount, mail.Evidence.Count(e => e.RecordType == "MX"));
        Assert.DoesNotContain(result.Findings, f => f.Area == FindingArea.MailGateway);
    }

    [Theory]
    [InlineData("mailbox-org-school.test", "heinlein-own", "v=spf1 include:mailbox.org -all")]
    [InlineData("one-com-school.test", "one-com", "v=spf1 include:_custspf.one.com -all")]
    public async Task AMailboxOrgOrOneComSchoolIsFoundByItsMxAndSpf(string domain, string provider, string spf)
    {
        var result = await DiscoverAsync(domain);

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal((provider, "mx"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.Equal(3, mail.Evidence.Count(e => e.RecordType == "MX"));
        Assert.Contains(new Evidence("TXT", domain, spf), mail.Evidence);
        Assert.DoesNotContain(result.Findings, f => f.Area is FindingArea.MailGateway or FindingArea.MailSending);
    }

    [Theory]
    [InlineData("ionos-gateway-school.test", "ionos", "DE", "CNAME", "autodiscover.ionos-gateway-school.test", "adsredir.ionos.info")]
    [InlineData("combell-gateway-school.test", "combell", null, "CNAME", "autodiscover.combell-gateway-school.test", "autodiscover.mailprotect.be")]
    [InlineData("strato-gateway-school.test", "strato", "DE", "SRV", "_autodiscover._tcp.strato-gateway-school.test", "autoconfigure.strato.de")]
    [InlineData("antagonist-gateway-school.test", "antagonist", null, "CNAME", "autoconfig.antagonist-gateway-school.test", "mail.antagonist.nl")]
    public async Task BehindAFilterAHostersAutodiscoverRecordAndSpfShowTheHostersMail(
        string domain, string provider, string? country, string recordType, string name, string target)
    {
        var result = await DiscoverAsync(domain);

        Assert.Equal("n-able", Assert.Single(result.Findings, f => f.Area == FindingArea.MailGateway).ProviderId);
        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal((provider, "gateway-look-through", country), (mail.ProviderId, mail.Rule, mail.Jurisdiction));
        Assert.Contains(new Evidence(recordType, name, target), mail.Evidence);
        Assert.Contains(mail.Evidence, e => e.RecordType == "TXT" && e.Name == domain && e.Value.StartsWith("v=spf1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithMicrosoftMailCombellsAndTransipsSpfIncludesShowOnlyThatTheyMaySend()
    {
        var result = await DiscoverAsync("hoster-sending-school.test");

        Assert.Equal("microsoft", Assert.Single(result.Findings, f => f.Area == FindingArea.Mail).ProviderId);
        var sending = result.Findings.Where(f => f.Area == FindingArea.MailSending).Select(f => (f.ProviderId, f.Rule)).Order().ToList();
        Assert.Equal([("combell", "spf-include"), ("transip", "spf-include")], sending);
    }

    [Fact]
    public async Task AYourhostingSchoolsSpfIncludeSupportsItsMxFinding()
    {
        var result = await DiscoverAsync("yourhosting-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("yourhosting", "mx"), (mail.ProviderId, mail.Rule));
        Assert.Contains(new Evidence("TXT", "yourhosting-school.test", "v=spf1 a mx include:_spf.yourfilter.nl -all"), mail.Evidence);
    }

    [Theory]
    [InlineData("hostnet-school.test", "hostnet", "v=spf1 a mx include:_spf.hostnet.nl -all", 2)]
    [InlineData("vimexx-school.test", "vimexx", "v=spf1 mx a include:spfmailpod.zxcs.nl ~all", 3)]
    [InlineData("mijndomein-school.test", "mijndomein", "v=spf1 a mx include:spf.mijndomeinhosting.nl ~all", 2)]
    public async Task AHostnetVimexxOrMijndomeinSchoolsSpfSupportsItsMxFindingAndItsNameServersAreTheHosters(string domain, string hoster, string spf, int nameServers)
    {
        var result = await DiscoverAsync(domain);

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal((hoster, "mx"), (mail.ProviderId, mail.Rule));
        Assert.Contains(new Evidence("TXT", domain, spf), mail.Evidence);
        var dns = Assert.Single(result.Findings, f => f.Area == FindingArea.DnsHosting);
        Assert.Equal((hoster, nameServers), (dns.ProviderId, dns.Evidence.Count));
        Assert.DoesNotContain(result.Findings, f => f.Area is FindingArea.MailGateway or FindingArea.MailSending);
    }

    [Fact]
    public async Task AnAntagonistSchoolWithItsOwnMailHostIsFoundByTheWhs1DkimKeyDiscoveryProbes()
    {
        var result = await DiscoverAsync("antagonist-school.test");

        var mail = Assert.Single(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal(("antagonist", "dkim"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.Contains(new Evidence("CNAME", "whs1._domainkey.antagonist-school.test", "k7example.whs1.dkim.webhostingserver.nl"), mail.Evidence);
        Assert.DoesNotContain(result.Findings, f => f.ProviderId == DomainClassifier.SelfHosted && f.Area == FindingArea.Mail);
    }
}
