using Regie.Core.Discovery;
using Regie.Core.Explaining;

namespace Regie.Core.Tests.Discovery;

/// <summary>What the DNS collector notices is a value; the renderer words it in Dutch (today's wording) or English.</summary>
public class WordingCollectorNotes
{
    public static TheoryData<DiscoveryReason, string, string> Notes() => new()
    {
        { new NotADomainName("geen domein"), "'geen domein' is geen geldige domeinnaam.", "'geen domein' is not a valid domain name." },
        { new LookupFailed("MX", "x.test", DnsFailure.NotFound), "MX x.test: bestaat niet (NXDOMAIN)", "MX x.test: does not exist (NXDOMAIN)" },
        { new LookupFailed("TXT", "x.test", DnsFailure.ServerFailure), "TXT x.test: serverfout (SERVFAIL)", "TXT x.test: server failure (SERVFAIL)" },
        { new LookupFailed("NS", "x.test", DnsFailure.Refused), "NS x.test: geweigerd (REFUSED)", "NS x.test: refused (REFUSED)" },
        { new LookupFailed("A", "www.x.test", DnsFailure.TimedOut), "A www.x.test: geen antwoord (time-out)", "A www.x.test: no answer (time-out)" },
        { new LookupFailed("MX", "x.test", DnsFailure.Other, "FormErr"), "MX x.test: fout (FormErr)", "MX x.test: error (FormErr)" },
        { new LookupFailed("MX", "x.test", DnsFailure.Other), "MX x.test: fout", "MX x.test: error" },
        { new CnameLoop("autodiscover.x.test", "loop.x.test"), "CNAME-lus bij autodiscover.x.test via loop.x.test", "CNAME loop at autodiscover.x.test via loop.x.test" },
        {
            new CnameChainTooLong("www.x.test", 8), "CNAME-keten vanaf www.x.test langer dan 8 stappen; afgebroken",
            "CNAME chain from www.x.test longer than 8 steps; stopped there"
        },
        {
            new SeveralSpfRecords("x.test", 2), "SPF: meer dan één SPF-record bij x.test (2); alleen het eerste is gevolgd",
            "SPF: more than one SPF record at x.test (2); only the first was followed"
        },
        {
            new SpfLookupLimitReached(10), "SPF: meer dan 10 look-ups (RFC 7208); verder niet gevolgd",
            "SPF: more than 10 look-ups (RFC 7208); not followed further"
        },
        { new SpfLoop("x.test"), "SPF-lus via x.test", "SPF loop via x.test" },
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void EachNoteKindHasItsDutchAndEnglishText(DiscoveryReason note, string dutch, string english)
    {
        Assert.Equal(dutch, ReasonText.Render(note, ReasonText.Dutch));
        Assert.Equal(english, ReasonText.Render(note, ReasonText.English));
    }

    [Fact]
    public void ANoteKeptAsTextIsShownAsItWasWrittenInEitherLanguage()
    {
        var old = new CollectorNote("CNAME-lus bij www.x.test via www.x.test");

        Assert.Equal(old.Text, ReasonText.Render(old, ReasonText.English));
    }
}
