using Regie.Core.Discovery;
using Regie.Core.Explaining;
using static Regie.Core.Tests.Discovery.DiscoveryTestData;

namespace Regie.Core.Tests.Discovery;

public class ClassifyingADomain
{
    private const string D = "school.test";

    private static DomainDiscovery Classify(DnsObservations o) => DomainClassifier.Classify(o, Signatures);

    [Fact]
    public void AFullMicrosoftSchoolShowsMailIdentityDevicesAndTeams()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "school-test.mail.protection.outlook.com")],
            Txt = [Txt(D, "MS=ms12345678"), Txt(D, "v=spf1 include:spf.protection.outlook.com -all")],
            SpfIncludes = [Spf(D, "spf.protection.outlook.com")],
            Cnames =
            [
                Cname(D, "autodiscover", "autodiscover.outlook.com"),
                Cname(D, "enterpriseregistration", "enterpriseregistration.windows.net"),
                Cname(D, "enterpriseenrollment", "enterpriseenrollment.manage.microsoft.com"),
                Cname(D, "lyncdiscover", "webdir.online.lync.com"),
            ],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("microsoft", "exchange-online", "mx", "US"), (mail.ProviderId, mail.ProductId, mail.Rule, mail.Jurisdiction));
        Assert.Equal(0.95, mail.Confidence);
        Assert.Equal(["MX", "CNAME", "TXT"], mail.Evidence.Select(e => e.RecordType).Distinct());
        Assert.Contains(result.Findings, f => f.Area == FindingArea.Identity && f.ProductId == "microsoft-entra-id" && f.Rule == "cname");
        Assert.Contains(result.Findings, f => f.Area == FindingArea.Identity && f.ProductId == "microsoft-365" && f.Rule == "txt-verification");
        Assert.Equal("microsoft-intune", Single(result, FindingArea.DeviceManagement).ProductId);
        Assert.Equal("microsoft-teams", Single(result, FindingArea.Collaboration).ProductId);
        Assert.DoesNotContain(result.Findings, f => f.Area == FindingArea.MailSending);
    }

    [Fact]
    public void AGatewayIsReportedAndTheMailboxBehindItIsFoundThroughDkim()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mx.spamexperts.com"), Mx(D, "fallbackmx.spamexperts.eu")],
            SpfIncludes = [Spf(D, "spf.protection.outlook.com"), Spf(D, "_spf.google.com")],
            Dkim = [DkimCname(D, "selector1", "selector1-school-test._domainkey.school.onmicrosoft.com")],
        });

        var gateway = Single(result, FindingArea.MailGateway);
        Assert.Equal(("n-able", "mx"), (gateway.ProviderId, gateway.Rule));
        Assert.Equal(2, gateway.Evidence.Count);
        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("microsoft", "gateway-look-through"), (mail.ProviderId, mail.Rule));
        Assert.Equal("mx.spamexperts.com", mail.Evidence[0].Value);
        Assert.Contains(mail.Evidence, e => e.Name == "selector1._domainkey.school.test");
        Assert.Contains(result.Findings, f => f.Area == FindingArea.MailSending && f.ProviderId == "google");
    }

    [Fact]
    public void BehindAGatewaySpfIsTrustedWhenItNamesExactlyOneMailboxProvider()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "school-test.pphosted.com")],
            SpfIncludes = [Spf(D, "spf.protection.outlook.com"), Spf(D, "servers.mcsv.net")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("microsoft", "gateway-look-through", 0.6), (mail.ProviderId, mail.Rule, mail.Confidence));
        Assert.Equal("proofpoint", Single(result, FindingArea.MailGateway).ProviderId);
    }

    [Fact]
    public void BehindAGatewaySpfWithTwoMailboxProvidersDecidesNothing()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mx10.surfmailfilter.nl")],
            SpfIncludes = [Spf(D, "spf.protection.outlook.com"), Spf(D, "_spf.google.com")],
        });

        Assert.DoesNotContain(result.Findings, f => f.Area == FindingArea.Mail);
        Assert.Equal("surf", Single(result, FindingArea.MailGateway).ProviderId);
        Assert.Contains(result.Notes, n => n is SpfNamesSeveralMailProviders { Providers.Count: 2 });
        Assert.Equal(2, result.Findings.Count(f => f.Area == FindingArea.MailSending));
    }

    [Fact]
    public void GoogleMailWithMicrosoftIdentityIsReportedAsBoth()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "smtp.google.com")],
            Dkim = [DkimKey(D, "google")],
            Cnames = [Cname(D, "enterpriseregistration", "enterpriseregistration.windows.net"), Cname(D, "msoid", "clientconfig.microsoftonline-p.net")],
            SpfIncludes = [Spf(D, "_spf.google.com"), Spf(D, "spf.protection.outlook.com")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("google", "gmail", "mx"), (mail.ProviderId, mail.ProductId, mail.Rule));
        Assert.Contains(mail.Evidence, e => e.Name == "google._domainkey.school.test");
        var identity = Single(result, FindingArea.Identity);
        Assert.Equal(("microsoft", "microsoft-entra-id"), (identity.ProviderId, identity.ProductId));
        Assert.Equal(2, identity.Evidence.Count);
        Assert.Equal("microsoft", Single(result, FindingArea.MailSending).ProviderId);
    }

    [Fact]
    public void AnMxUnderTheDomainItselfIsSelfHosted()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mail.school.test")],
            Ns = [Ns(D, "ns1.school.test"), Ns(D, "ns2.school.test")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("self-hosted", "mx-own-domain"), (mail.ProviderId, mail.Rule));
        var dns = Single(result, FindingArea.DnsHosting);
        Assert.Equal(("self-hosted", "ns-own-domain", 2), (dns.ProviderId, dns.Rule, dns.Evidence.Count));
    }

    [Fact]
    public void AnUnknownMxWithTheHostersSpfIsThatHostersMail()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mail.unknown-hoster.test")],
            SpfIncludes = [Spf(D, "_spf.transip.email")],
            Ns = [Ns(D, "ns0.transip.net"), Ns(D, "ns1.transip.nl")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("transip", "spf-include"), (mail.ProviderId, mail.Rule));
        Assert.Equal("mail.unknown-hoster.test", mail.Evidence[0].Value);
        Assert.Equal(("transip", "ns"), (Single(result, FindingArea.DnsHosting).ProviderId, Single(result, FindingArea.DnsHosting).Rule));
    }

    [Fact]
    public void ALookalikeHostIsNotMistakenForTheProvider()
    {
        var result = Classify(new DnsObservations(D) { Mx = [Mx(D, "mx.notoutlook.com")], Ns = [Ns(D, "ns.notcloudflare.com")] });

        Assert.Empty(result.Findings);
        Assert.Equal(["mx.notoutlook.com"], Assert.Single(result.Notes.OfType<MailExchangersNotRecognised>()).Hosts);
        Assert.Equal(["ns.notcloudflare.com"], Assert.Single(result.Notes.OfType<NameServersNotRecognised>()).Hosts);
    }

    [Fact]
    public void ProtonIsASwissMailbox()
    {
        var result = Classify(new DnsObservations(D)
        {
            Mx = [Mx(D, "mail.protonmail.ch"), Mx(D, "mailsec.protonmail.ch")],
            Txt = [Txt(D, "protonmail-verification=abc")],
            Dkim = [DkimCname(D, "protonmail", "protonmail.domainkey.dabc.domains.proton.ch")],
        });

        var mail = Single(result, FindingArea.Mail);
        Assert.Equal(("proton-ag", "CH", 4), (mail.ProviderId, mail.Jurisdiction, mail.Evidence.Count));
    }

    [Fact]
    public void WithoutMxRecordsMailSignalsOnlyShowSending()
    {
        var result = Classify(new DnsObservations(D) { SpfIncludes = [Spf(D, "spf.protection.outlook.com")] });

        Assert.Equal("microsoft", Single(result, FindingArea.MailSending).ProviderId);
        Assert.DoesNotContain(result.Findings, f => f.Area == FindingArea.Mail);
    }

    [Fact]
    public void AFailedDomainHasNoFindingsButKeepsItsOutcomeAndNotes()
    {
        var result = Classify(new DnsObservations(D) { Outcome = DomainOutcome.TimedOut, Notes = [new LookupFailed("MX", D, DnsFailure.TimedOut)], Mx = [Mx(D, "smtp.google.com")] });

        Assert.Equal(DomainOutcome.TimedOut, result.Outcome);
        Assert.Empty(result.Findings);
        Assert.Equal([new LookupFailed("MX", D, DnsFailure.TimedOut)], result.Notes);
    }
}
