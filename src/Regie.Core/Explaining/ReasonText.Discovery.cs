using System.Globalization;
using Regie.Core.Discovery;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Discovery(DiscoveryReason reason, bool english, CultureInfo culture) => (reason, english) switch
    {
        (DomainWithScheme, false) => "schrijf alleen de domeinnaam, zonder http:// of https://",
        (DomainWithScheme, true) => "write only the domain name, without http:// or https://",
        (DomainNotValid, false) => "dit is geen geldige domeinnaam",
        (DomainNotValid, true) => "this is not a valid domain name",
        (DomainTooFewLabels, false) => "een domeinnaam heeft minstens twee delen, zoals school.nl",
        (DomainTooFewLabels, true) => "a domain name has at least two parts, such as school.nl",
        (DomainLabelNotValid r, false) => $"een deel van de naam is leeg, te lang (meer dan {r.MaxLength.ToString(culture)} tekens) of bevat een teken dat niet mag",
        (DomainLabelNotValid r, true) => $"a part of the name is empty, too long (more than {r.MaxLength.ToString(culture)} characters) or holds a character that is not allowed",

        (DomainIsRegisterWebsite r, false) => $"{r.Domain} hoort bij de website {r.Website} van {r.Holder} in het DUO-register",
        (DomainIsRegisterWebsite r, true) => $"{r.Domain} belongs to the website {r.Website} of {r.Holder} in DUO's register",
        (DomainIsMemberMailDomain r, false) => $"{r.Domain} hoort bij {r.MailDomain}, het e-maildomein van een lid van het bestuur",
        (DomainIsMemberMailDomain r, true) => $"{r.Domain} belongs to {r.MailDomain}, the e-mail domain of a member of the board",
        (DomainApprovedForBoard r, false) => $"{r.Domain} valt onder {r.Approved}, door een systeembeheerder goedgekeurd voor dit bestuur",
        (DomainApprovedForBoard r, true) => $"{r.Domain} falls under {r.Approved}, approved for this board by a system administrator",
        (DomainReservedForTesting r, false) => $"{r.Domain} is een naam voor tests en voorbeelden (RFC 2606/6761) en van niemand",
        (DomainReservedForTesting r, true) => $"{r.Domain} is a name for tests and examples (RFC 2606/6761) and nobody's",
        (DomainNotTheBoardsOwn r, false) => $"{r.Domain} is niet aantoonbaar een domein van dit bestuur (geen website van het bestuur of zijn scholen in het DUO-register, " +
            "geen e-maildomein van een lid); vraag een systeembeheerder het domein goed te keuren op de pagina Ontdekken",
        (DomainNotTheBoardsOwn r, true) => $"{r.Domain} is not shown to be this board's domain (no website of the board or its schools in DUO's register, " +
            "no member's e-mail domain); ask a system administrator to approve the domain on the Discovery page",

        (NameServersNotRecognised r, false) => $"NS niet herkend: {string.Join(", ", r.Hosts)}",
        (NameServersNotRecognised r, true) => $"NS not recognised: {string.Join(", ", r.Hosts)}",
        (SpfNamesSeveralMailProviders r, false) => $"SPF noemt meer dan één mailaanbieder ({string.Join(", ", r.Providers)}); niet vast te stellen welke de mailbox levert.",
        (SpfNamesSeveralMailProviders r, true) => $"SPF names more than one mail provider ({string.Join(", ", r.Providers)}); which one delivers the mailbox cannot be told.",
        (NoMailboxBehindGateway, false) => "Achter het mailfilter is geen mailbox zichtbaar (geen DKIM, autodiscover of eenduidige SPF).",
        (NoMailboxBehindGateway, true) => "No mailbox is visible behind the mail filter (no DKIM, autodiscover or unambiguous SPF).",
        (MailExchangersNotRecognised r, false) => $"MX niet herkend: {string.Join(", ", r.Hosts)}",
        (MailExchangersNotRecognised r, true) => $"MX not recognised: {string.Join(", ", r.Hosts)}",
        (NoMailExchangers, false) => "Geen MX-records: het domein ontvangt geen mail; SPF/DKIM tonen alleen wie namens het domein verstuurt.",
        (NoMailExchangers, true) => "No MX records: the domain receives no mail; SPF/DKIM only show who sends on the domain's behalf.",

        (NotADomainName r, false) => $"'{r.Written}' is geen geldige domeinnaam.",
        (NotADomainName r, true) => $"'{r.Written}' is not a valid domain name.",
        (LookupFailed r, _) => $"{r.RecordType} {r.Name}: {Failure(r.Failure, r.Detail, english)}",
        (CnameLoop r, false) => $"CNAME-lus bij {r.Start} via {r.Target}",
        (CnameLoop r, true) => $"CNAME loop at {r.Start} via {r.Target}",
        (CnameChainTooLong r, false) => $"CNAME-keten vanaf {r.Start} langer dan {r.MaxSteps.ToString(culture)} stappen; afgebroken",
        (CnameChainTooLong r, true) => $"CNAME chain from {r.Start} longer than {r.MaxSteps.ToString(culture)} steps; stopped there",
        (SeveralSpfRecords r, false) => $"SPF: meer dan één SPF-record bij {r.Name} ({r.Count.ToString(culture)}); alleen het eerste is gevolgd",
        (SeveralSpfRecords r, true) => $"SPF: more than one SPF record at {r.Name} ({r.Count.ToString(culture)}); only the first was followed",
        (SpfLookupLimitReached r, false) => $"SPF: meer dan {r.Limit.ToString(culture)} look-ups (RFC 7208); verder niet gevolgd",
        (SpfLookupLimitReached r, true) => $"SPF: more than {r.Limit.ToString(culture)} look-ups (RFC 7208); not followed further",
        (SpfLoop r, false) => $"SPF-lus via {r.Target}",
        (SpfLoop r, true) => $"SPF loop via {r.Target}",
        (CollectorNote r, _) => r.Text,
        _ => null,
    };

    // The rcode stays beside the words: it is what a DNS administrator searches for.
    private static string Failure(DnsFailure failure, string? detail, bool english) => (failure, english) switch
    {
        (DnsFailure.NotFound, false) => "bestaat niet (NXDOMAIN)",
        (DnsFailure.NotFound, true) => "does not exist (NXDOMAIN)",
        (DnsFailure.ServerFailure, false) => "serverfout (SERVFAIL)",
        (DnsFailure.ServerFailure, true) => "server failure (SERVFAIL)",
        (DnsFailure.Refused, false) => "geweigerd (REFUSED)",
        (DnsFailure.Refused, true) => "refused (REFUSED)",
        (DnsFailure.TimedOut, false) => "geen antwoord (time-out)",
        (DnsFailure.TimedOut, true) => "no answer (time-out)",
        (_, false) => detail is null ? "fout" : $"fout ({detail})",
        (_, true) => detail is null ? "error" : $"error ({detail})",
    };
}
