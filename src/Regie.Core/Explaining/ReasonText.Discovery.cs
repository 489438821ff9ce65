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
        (CollectorNote r, _) => r.Text,
        _ => null,
    };
}
