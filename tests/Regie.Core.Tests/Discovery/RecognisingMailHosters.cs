using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using static Regie.Core.Tests.Discovery.DiscoveryTestData;

namespace Regie.Core.Tests.Discovery;

/// <summary>
/// The mail and web hosters small schools use (issue 17 point 2): their records classify to the hoster, the hoster is a
/// provider in the catalog, and its ownership chain goes as far as the sources do and no further.
/// </summary>
public class RecognisingMailHosters
{
    private const string D = "school.test";

    private static readonly Lazy<KnowledgeCatalog> Catalog = new(() => KnowledgeLoader.Load(DataFolder.Locate()).Catalog);

    private static DomainDiscovery Classify(DnsObservations o) => DomainClassifier.Classify(o, Signatures);

    [Theory]
    [InlineData("smtpin.rzone.de", "strato", "DE")]
    [InlineData("mx00.ionos.es", "ionos", "DE")]
    [InlineData("mx1.mail.ovh.net", "ovhcloud", "FR")]
    [InlineData("www208.your-server.de", "hetzner", "DE")]
    public void AHostersMxIsThatHostersMail(string mx, string provider, string country)
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, mx)] }), FindingArea.Mail);

        Assert.Equal((provider, "mx", country), (mail.ProviderId, mail.Rule, mail.Jurisdiction));
        Assert.Equal(mx, mail.Evidence[0].Value);
    }

    [Theory]
    [InlineData("primary.yourfilter.nl", "yourhosting")]
    [InlineData("mx.mijndomein.nl", "mijndomein")]
    [InlineData("mx1.mijndomein.nl", "mijndomein")]
    [InlineData("mx2.mijndomein.nl", "mijndomein")]
    [InlineData("mailfilter.hostnet.nl", "hostnet")]
    [InlineData("spamrelay.zxcs.nl", "vimexx")]
    [InlineData("fallbackmail.zxcs.nl", "vimexx")]
    public void AYourhostingMijndomeinHostnetOrVimexxMxIsThatHostersMailWithoutAJurisdiction(string mx, string provider)
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, mx)] }), FindingArea.Mail);

        Assert.Equal((provider, "mx"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
    }

    [Fact]
    public void AnMxMerelyEndingInTheHostersNameIsNotTheHosters()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mx.notmijndomein.nl"), Mx(D, "mx.myyourfilter.nl"), Mx(D, "mymailfilter.hostnet.nl"), Mx(D, "myspamrelay.zxcs.nl")],
        });

        Assert.DoesNotContain(result.Findings, f => f.ProviderId is "mijndomein" or "yourhosting" or "hostnet" or "vimexx");
    }

    [Theory]
    [InlineData("mxext1.mailbox.org", "heinlein-own")]
    [InlineData("mx1.pub.mailpod5-cph3.one.com", "one-com")]
    public void AMailboxOrgOrOneComMxSeenInPublishedZonesIsThatHostersMail(string mx, string provider)
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, mx)] }), FindingArea.Mail);

        Assert.Equal((provider, "mx"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
    }

    [Theory]
    [InlineData("_spf.relay.mailprotect.be", "combell")]
    [InlineData("_spf.mailprotect.be", "combell")]
    [InlineData("_mailcluster.transip.email", "transip")]
    [InlineData("_spf-eu.ionos.com", "ionos")]
    [InlineData("_spf-us.ionos.com", "ionos")]
    [InlineData("_spf.kundenserver.de", "ionos")]
    [InlineData("_spf.strato.com", "strato")]
    [InlineData("_spf.yourfilter.nl", "yourhosting")]
    [InlineData("_custspf.one.com", "one-com")]
    [InlineData("_spf.hostnet.nl", "hostnet")]
    [InlineData("spfmailpod.zxcs.nl", "vimexx")]
    [InlineData("spf.mijndomeinhosting.nl", "mijndomein")]
    public void NextToAMicrosoftMailboxAHostersSpfIncludeOnlyShowsThatTheHosterMaySend(string include, string provider)
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "school-test.mail.protection.outlook.com")],
            SpfIncludes = [Spf(D, "spf.protection.outlook.com"), Spf(D, include)],
        });

        Assert.Equal("microsoft", Single(result, FindingArea.Mail).ProviderId);
        Assert.Equal((provider, "spf-include"), (Single(result, FindingArea.MailSending).ProviderId, Single(result, FindingArea.MailSending).Rule));
    }

    [Theory]
    [InlineData("_spf-eu.ionos.com", "ionos", "DE")]
    [InlineData("_spf.relay.mailprotect.be", "combell", null)]
    [InlineData("_spf.strato.com", "strato", "DE")]
    [InlineData("_spf.hostnet.nl", "hostnet", null)]
    [InlineData("spfmailpod.zxcs.nl", "vimexx", null)]
    [InlineData("spf.mijndomeinhosting.nl", "mijndomein", null)]
    public void BehindAnUnrecognisedMxAHostersSpfIncludeNamesTheHostersMail(string include, string provider, string? country)
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "mx.unknown-relay.test")], SpfIncludes = [Spf(D, include)] }), FindingArea.Mail);

        Assert.Equal((provider, country), (mail.ProviderId, mail.Jurisdiction));
    }

    [Theory]
    [InlineData("adsredir.ionos.info", "ionos", "DE")]
    [InlineData("adsredir.1and1.info", "ionos", "DE")]
    [InlineData("autodiscover.mailprotect.be", "combell", null)]
    public void BehindAFilterAHostersAutodiscoverCnameShowsTheHostersMail(string target, string provider, string? country)
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Cnames = [Cname(D, "autodiscover", target)],
        });

        Assert.Equal("n-able", Single(result, FindingArea.MailGateway).ProviderId);
        var mail = Single(result, FindingArea.Mail);
        Assert.Equal((provider, "gateway-look-through", country), (mail.ProviderId, mail.Rule, mail.Jurisdiction));
    }

    [Fact]
    public void BehindAFilterStratosAutodiscoverRecordShowsStratoMailInGermany()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Srv = [new ProbedName("_autodiscover._tcp", [new Evidence("SRV", "_autodiscover._tcp.school.test", "autoconfigure.strato.de")])],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("strato", "gateway-look-through", "DE"), (mail.ProviderId, mail.Rule, mail.Jurisdiction));
    }

    [Fact]
    public void ANameMerelyEndingInAHostersNameIsNotTheHosters()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mx.someone.com"), Mx(D, "mxext1.notmailbox.org")],
            SpfIncludes = [Spf(D, "_spf.relay.notmailprotect.be"), Spf(D, "x_custspf.one.com"), Spf(D, "my_spf-eu.ionos.com")],
            Cnames = [Cname(D, "autodiscover", "myadsredir.ionos.info")],
        });

        Assert.DoesNotContain(result.Findings, f => f.ProviderId is "one-com" or "heinlein-own" or "combell" or "ionos");
    }

    [Fact]
    public void BehindAFilterCombellsAutoconfigCnameShowsCombellMail()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Cnames = [Cname(D, "autoconfig", "autoconfig.mailprotect.be")],
        });

        Assert.Equal("n-able", Single(result, FindingArea.MailGateway).ProviderId);
        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("combell", "gateway-look-through"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
    }

    [Theory]
    [InlineData("ns01.hostnet.nl", "hostnet")]
    [InlineData("ns02.hostnet.nl", "hostnet")]
    [InlineData("ns.zxcs.nl", "vimexx")]
    [InlineData("ns.zxcs.be", "vimexx")]
    [InlineData("ns.zxcs.eu", "vimexx")]
    [InlineData("nsn1.mijndomein.nl", "mijndomein")]
    [InlineData("nsn2.mijndomein.nl", "mijndomein")]
    public void AHostnetVimexxOrMijndomeinNameServerIsThatHostersDns(string ns, string provider)
    {
        var dns = Single(Classify(new DnsObservations(D) { Ns = [Ns(D, ns)] }), FindingArea.DnsHosting);

        Assert.Equal(provider, dns.ProviderId);
        Assert.Null(dns.Jurisdiction);
    }

    [Fact]
    public void ALookalikeOfHostnetsVimexxsOrMijndomeinsNamesIsNotTheirs()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mx.unknown-relay.test")],
            SpfIncludes = [Spf(D, "my_spf.hostnet.nl"), Spf(D, "myspfmailpod.zxcs.nl"), Spf(D, "myspf.mijndomeinhosting.nl"), Spf(D, "spf.notmijndomeinhosting.nl")],
            Ns = [Ns(D, "ns01.nothostnet.nl"), Ns(D, "ns.notzxcs.nl"), Ns(D, "nsn1.notmijndomein.nl")],
        });

        Assert.DoesNotContain(result.Findings, f => f.ProviderId is "hostnet" or "vimexx" or "mijndomein");
    }

    [Fact]
    public void AMailprotectCnameOnAnotherLabelIsNotCombells()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Cnames = [Cname(D, "webmail", "autodiscover.mailprotect.be")],
        });

        Assert.DoesNotContain(result.Findings, f => f.ProviderId == "combell");
    }

    [Fact]
    public void BehindItsOwnMailHostAnIonosDkimKeyShowsIonos()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mail.school.test")],
            Dkim = [DkimCname(D, "s1-ionos", "s1.dkim.ionos.com")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("ionos", "dkim"), (mail.ProviderId, mail.Rule));
        Assert.DoesNotContain(result.Findings, f => f.ProviderId == DomainClassifier.SelfHosted && f.Area == FindingArea.Mail);
    }

    [Fact]
    public void BehindAnUnrecognisedMxTransipsDkimKeyShowsTransipMailWithoutAJurisdiction()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mx.unknown-relay.test")],
            Dkim = [DkimCname(D, "transip-A", "_dkim-A.transip.email")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("transip", "dkim"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.Equal(new Evidence("MX", D, "mx.unknown-relay.test"), mail.Evidence[0]);
    }

    [Fact]
    public void TransipsMxSeenInAPublishedZoneIsTransipMailWithoutAJurisdiction()
    {
        var mail = Single(Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mx.transip.email")],
            SpfIncludes = [Spf(D, "_spf.transip.email")],
        }), FindingArea.Mail);

        Assert.Equal(("transip", "mx"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.Equal(new Evidence("MX", D, "mx.transip.email"), mail.Evidence[0]);
    }

    [Fact]
    public void AnotherHostUnderTransipsMailDomainIsNotTransipsMailbox()
    {
        var result = Classify(new DnsObservations(D) { Mx = [Mx(D, "vps.transip.email"), Mx(D, "mymx.transip.email")] });

        Assert.DoesNotContain(result.Findings, f => f.ProviderId == "transip" && f.Area == FindingArea.Mail);
    }

    [Theory]
    [InlineData("autodiscover", "autodiscover.transip.email")]
    [InlineData("autoconfig", "autoconfig.transip.email")]
    public void BehindAFilterTransipsAutodiscoverOrAutoconfigCnameShowsTransipMail(string label, string target)
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Cnames = [Cname(D, label, target)],
        });

        Assert.Equal("n-able", Single(result, FindingArea.MailGateway).ProviderId);
        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("transip", "gateway-look-through"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
    }

    [Fact]
    public void TransipsAutoconfigTargetOnTheAutodiscoverLabelOrALookalikeIsNotTransips()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Cnames = [Cname(D, "autodiscover", "autoconfig.transip.email"), Cname(D, "autoconfig", "myautoconfig.transip.email")],
        });

        Assert.DoesNotContain(result.Findings, f => f.ProviderId == "transip");
    }

    [Fact]
    public void WithAMicrosoftMailboxTransipsDefaultDkimKeyOnlyShowsThatTransipMaySendForTheDomain()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "school-test.mail.protection.outlook.com")],
            Dkim = [DkimCname(D, "transip-A", "_dkim-A.transip.email")],
        });

        Assert.Equal("microsoft", Single(result, FindingArea.Mail).ProviderId);
        Assert.Equal("transip", Single(result, FindingArea.MailSending).ProviderId);
    }

    [Fact]
    public void AnUnknownMxWithMailboxOrgsSpfAndDkimIsMailboxOrg()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mx.unknown-relay.test")],
            SpfIncludes = [Spf(D, "mailbox.org")],
            Dkim = [DkimCname(D, "MBO0001", "MBO0001._domainkey.mailbox.org")],
        });

        Assert.Equal(("heinlein-own", "dkim"), (Single(result, FindingArea.Mail).ProviderId, Single(result, FindingArea.Mail).Rule));
    }

    [Fact]
    public void HetznerWebhostingIsFoundThroughAutodiscoverAndAutoconfigBehindAGateway()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Cnames = [Cname(D, "autoconfig", "mail.your-server.de")],
            Srv = [new ProbedName("_autodiscover._tcp", [new Evidence("SRV", "_autodiscover._tcp.school.test", "mail.your-server.de")])],
        });

        Assert.Equal("n-able", Single(result, FindingArea.MailGateway).ProviderId);
        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("hetzner", "gateway-look-through"), (mail.ProviderId, mail.Rule));
    }

    [Fact]
    public void ACombellMxIsCombellMailWithoutAJurisdictionBecauseTeamBluesOwnerIsUnknown()
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "mx.mailprotect.be"), Mx(D, "mx.backup.mailprotect.be")] }), FindingArea.Mail);

        Assert.Equal(("combell", "mx"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.Equal(2, mail.Evidence.Count(e => e.RecordType == "MX"));
    }

    [Fact]
    public void BehindAFilterCombellsAutodiscoverRecordShowsCombellMail()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Srv = [new ProbedName("_autodiscover._tcp", [new Evidence("SRV", "_autodiscover._tcp.school.test", "autodiscover-s.mailprotect.be")])],
        });

        Assert.Equal("n-able", Single(result, FindingArea.MailGateway).ProviderId);
        Assert.Equal(("combell", "gateway-look-through"), (Single(result, FindingArea.Mail).ProviderId, Single(result, FindingArea.Mail).Rule));
    }

    [Fact]
    public void AnAutodiscoverRecordOnAnotherLabelIsNotCombells()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Srv = [new ProbedName("_sip._tls", [new Evidence("SRV", "_sip._tls.school.test", "autodiscover-s.mailprotect.be")])],
        });

        Assert.DoesNotContain(result.Findings, f => f.ProviderId == "combell");
    }

    [Fact]
    public void EveryHosterSignatureNamesACatalogProvider()
    {
        var hosters = new[] { "transip", "strato", "ionos", "combell", "ovhcloud", "hetzner", "heinlein-own", "mijndomein", "yourhosting", "one-com", "hostnet", "antagonist", "vimexx" };

        foreach (var id in hosters)
        {
            Assert.Contains(Signatures.All, s => s.ProviderId == id);
            Assert.True(Catalog.Value.ProviderById.ContainsKey(id), $"{id} is not in providers.yaml");
        }
    }

    [Fact]
    public void AHostersMailIsProposedWithTheCatalogsProviderNotAsANewParty()
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "smtpin.rzone.de")] }), FindingArea.Mail);

        var proposed = DiscoveryReview.Propose(mail, Catalog.Value);

        Assert.Equal(("strato", "strato"), (proposed.HostingProviderId, proposed.VendorId));
        Assert.Null(proposed.NewParty);
    }

    [Fact]
    public void ACombellFindingIsProposedWithCombellAndShowsItsChainUpToTeamBlue()
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "mx.mailprotect.be")] }), FindingArea.Mail);

        var proposed = DiscoveryReview.Propose(mail, Catalog.Value);

        Assert.Equal(("combell", "combell"), (proposed.HostingProviderId, proposed.VendorId));
        Assert.Null(proposed.NewParty);
        Assert.Equal("Combell → team.blue → onbekend", OwnershipChain.Resolve(Catalog.Value, proposed.VendorId).Describe().Nl);
    }

    [Theory]
    [InlineData("autodiscover")]
    [InlineData("autoconfig")]
    public void BehindAFilterAntagonistsAutodiscoverOrAutoconfigCnameShowsAntagonistMail(string label)
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Cnames = [Cname(D, label, "mail.antagonist.nl")],
            SpfIncludes = [Spf(D, "_spf.webhostingserver.nl")],
            Ns = [Ns(D, "ns1.webhostingserver.nl"), Ns(D, "ns2.webhostingserver.nl")],
        });

        Assert.Equal("n-able", Single(result, FindingArea.MailGateway).ProviderId);
        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("antagonist", "gateway-look-through"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.Equal("antagonist", Single(result, FindingArea.DnsHosting).ProviderId);
    }

    [Fact]
    public void AnAntagonistCustomersMxOnItsOwnNameIsAntagonistMailWhenAntagonistsRecordsStandBesideIt()
    {
        // As in the customer's zone the signatures cite: the MX is mail.<domain>, an address on Antagonist's server.
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mail.school.test")],
            Cnames = [Cname(D, "autoconfig", "mail.antagonist.nl")],
            SpfIncludes = [Spf(D, "_spf.webhostingserver.nl")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("antagonist", "cname"), (mail.ProviderId, mail.Rule));
        Assert.Equal("mail.school.test", mail.Evidence[0].Value);

        // Antagonist's SPF alone names it too (one mailbox provider in the SPF); with nothing of Antagonist's the MX is the school's own.
        Assert.Equal("antagonist", Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "mail.school.test")], SpfIncludes = [Spf(D, "_spf.webhostingserver.nl")] }), FindingArea.Mail).ProviderId);
        Assert.Equal(DomainClassifier.SelfHosted, Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "mail.school.test")] }), FindingArea.Mail).ProviderId);
    }

    [Fact]
    public void NextToAMicrosoftMailboxAntagonistsSpfOnlyShowsThatAntagonistMaySend()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "school-test.mail.protection.outlook.com")],
            SpfIncludes = [Spf(D, "spf.protection.outlook.com"), Spf(D, "_spf.webhostingserver.nl")],
        });

        Assert.Equal("microsoft", Single(result, FindingArea.Mail).ProviderId);
        Assert.Equal(("antagonist", "spf-include"), (Single(result, FindingArea.MailSending).ProviderId, Single(result, FindingArea.MailSending).Rule));
    }

    [Fact]
    public void BehindItsOwnMailHostAntagonistsDkimKeyShowsAntagonistMailWithoutAJurisdiction()
    {
        // As in the customer's zone the signature cites: whs1._domainkey points to a key under dkim.webhostingserver.nl.
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mail.school.test")],
            Dkim = [DkimCname(D, "whs1", "k7example.whs1.dkim.webhostingserver.nl")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("antagonist", "dkim"), (mail.ProviderId, mail.Rule));
        Assert.Null(mail.Jurisdiction);
        Assert.DoesNotContain(result.Findings, f => f.ProviderId == DomainClassifier.SelfHosted && f.Area == FindingArea.Mail);
    }

    [Fact]
    public void WithAMicrosoftMailboxAntagonistsDkimKeyOnlyShowsThatAntagonistMaySend()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "school-test.mail.protection.outlook.com")],
            Dkim = [DkimCname(D, "whs1", "k7example.whs1.dkim.webhostingserver.nl")],
        });

        Assert.Equal("microsoft", Single(result, FindingArea.Mail).ProviderId);
        Assert.Equal(("antagonist", "dkim"), (Single(result, FindingArea.MailSending).ProviderId, Single(result, FindingArea.MailSending).Rule));
    }

    [Fact]
    public void AntagonistsMailHostOnAnotherLabelOrALookalikeNameServerOrDkimHostIsNotAntagonists()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "filter10.antispamcloud.com")],
            Cnames = [Cname(D, "webmail", "mail.antagonist.nl"), Cname(D, "autoconfig", "mymail.antagonist.nl")],
            Ns = [Ns(D, "ns1.notwebhostingserver.nl")],
            Dkim = [DkimCname(D, "whs1", "k7example.whs1.dkim.notwebhostingserver.nl")],
        });

        Assert.DoesNotContain(result.Findings, f => f.ProviderId == "antagonist");
    }

    [Fact]
    public void AHostnetFindingIsProposedWithHostnetWhoseChainStopsAtGroupOne()
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "mailfilter.hostnet.nl")] }), FindingArea.Mail);

        var proposed = DiscoveryReview.Propose(mail, Catalog.Value);

        Assert.Equal(("hostnet", "hostnet"), (proposed.HostingProviderId, proposed.VendorId));
        Assert.Null(proposed.NewParty);
        var chain = OwnershipChain.Resolve(Catalog.Value, proposed.VendorId);
        Assert.Equal(["hostnet", "one-com", "group-one"], chain.Companies.Select(c => c.Id));
        Assert.False(chain.ReachesUltimateParent);
    }

    [Fact]
    public void AVimexxFindingIsProposedWithVimexxAndShowsItsChainUpToTeamBlue()
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "spamrelay.zxcs.nl"), Mx(D, "fallbackmail.zxcs.nl")] }), FindingArea.Mail);

        var proposed = DiscoveryReview.Propose(mail, Catalog.Value);

        Assert.Equal(("vimexx", "vimexx"), (proposed.HostingProviderId, proposed.VendorId));
        Assert.Null(proposed.NewParty);
        Assert.Equal("Vimexx → team.blue → onbekend", OwnershipChain.Resolve(Catalog.Value, proposed.VendorId).Describe().Nl);
    }

    [Fact]
    public void AOneComFindingIsProposedWithOneComWhoseChainStopsAtGroupOne()
    {
        var mail = Single(Classify(new DnsObservations(D) { Mx = [Mx(D, "mx1.pub.mailpod5-cph3.one.com")] }), FindingArea.Mail);

        var proposed = DiscoveryReview.Propose(mail, Catalog.Value);

        Assert.Equal(("one-com", "one-com"), (proposed.HostingProviderId, proposed.VendorId));
        Assert.Null(proposed.NewParty);
        Assert.Equal("One.com → group.one → onbekend", OwnershipChain.Resolve(Catalog.Value, proposed.VendorId).Describe().Nl);
    }

    [Fact]
    public void StratoAndIonosMailBelongToUnitedInternetInGermany()
    {
        foreach (var provider in new[] { "strato", "ionos" })
        {
            var chain = OwnershipChain.Resolve(Catalog.Value, Catalog.Value.ProviderById[provider].Company.Value);

            Assert.Equal("united-internet", chain.UltimateParent?.Id);
            Assert.Equal("DE", chain.UltimateParent?.Country.Value);
        }
    }

    [Theory]
    [InlineData("transip")]
    [InlineData("combell")]
    [InlineData("vimexx")]
    public void TeamBluesHostersStopAtTeamBlueBecauseItsOwnerIsUnknown(string hoster)
    {
        var chain = OwnershipChain.Resolve(Catalog.Value, hoster);

        Assert.Equal([hoster, "team-blue"], chain.Companies.Select(c => c.Id));
        Assert.Equal(Confidence.Secondary, chain.Vendor?.Parent.Confidence);
        Assert.False(chain.ReachesUltimateParent);
        Assert.Equal(Confidence.Unknown, chain.Top?.Parent.Confidence);
    }

    [Fact]
    public void ADutchHosterWithoutASourcedOwnerHasNoChainAboveItself()
    {
        foreach (var hoster in new[] { "antagonist", "versio", "mijndomein" })
        {
            Assert.Equal([hoster], OwnershipChain.Resolve(Catalog.Value, hoster).Companies.Select(c => c.Id));
        }
    }

    [Fact]
    public void HostnetStopsAtGroupOneBecauseGroupOnesOwnerIsUnknown()
    {
        var chain = OwnershipChain.Resolve(Catalog.Value, "hostnet");

        Assert.Equal(["hostnet", "one-com", "group-one"], chain.Companies.Select(c => c.Id));
        Assert.Equal(Confidence.Secondary, chain.Vendor?.Parent.Confidence);
        Assert.False(chain.ReachesUltimateParent);
        Assert.Equal(Confidence.Unknown, chain.Top?.Parent.Confidence);
    }

    [Theory]
    [InlineData("yourhosting", "your-online")]
    [InlineData("one-com", "group-one")]
    public void YourhostingAndOneComStopAtTheirGroupFromItsBrandListBecauseTheGroupsOwnerIsUnknown(string hoster, string group)
    {
        var chain = OwnershipChain.Resolve(Catalog.Value, hoster);

        Assert.Equal([hoster, group], chain.Companies.Select(c => c.Id));
        Assert.Equal(Confidence.Secondary, chain.Vendor?.Parent.Confidence);
        Assert.False(chain.ReachesUltimateParent);
        Assert.Null(chain.UltimateParent);
    }

    [Theory]
    [InlineData("stichting-snappet")]
    [InlineData("stichting-basispoort")]
    [InlineData("stichting-onderwijsdata")]
    public void AFoundationIsNotItsOwnUltimateParentByInference(string foundation)
    {
        var company = Catalog.Value.CompanyById[foundation];

        Assert.Equal(CompanyKind.Foundation, company.Kind);
        Assert.False(company.Parent.IsKnown);
        Assert.Equal(Confidence.Unknown, company.Parent.Confidence);
        Assert.False(OwnershipChain.Resolve(Catalog.Value, foundation).ReachesUltimateParent);
    }

    [Fact]
    public void XeduleIsMadeByAdvitraeAVismaCompany()
    {
        var xedule = Catalog.Value.ProductById["xedule"];

        Assert.Equal("advitrae", xedule.Vendor.Value);
        Assert.Equal(["advitrae", "visma"], OwnershipChain.Resolve(Catalog.Value, "advitrae").Companies.Select(c => c.Id));
    }
}
