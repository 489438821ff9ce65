namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the priorities, alternatives and exit-plan screens.
    private static Dictionary<string, string> PriorityWords => new()
    {
        ["Waar beginnen we?"] = "Where do we start?",
        ["De diensten op volgorde van urgentie: eerst de band, dan de kritikaliteit, dan het getal. Open een dienst om te zien waarom, en vul de beheersmaatregelen hier aan."] =
            "Services in order of urgency: band first, then criticality, then the figure. Open a service to see why, and complete its mitigation checks here.",
        ["Kwadrant: blootstelling tegen beheersing"] = "Quadrant: exposure against mitigation",
        ["Elke stip is een dienst, gekleurd naar urgentieband. Rechtsonder: sterk blootgesteld en weinig beheerst. Klik op een stip voor de uitleg."] =
            "Each dot is a service, coloured by urgency band. Bottom right: highly exposed and poorly mitigated. Click a dot for the explanation.",
        ["Blootstelling (gewogen met kritikaliteit)"] = "Exposure (weighted by criticality)",
        ["Beheersing (beheersmaatregelen)"] = "Mitigation (checks)",
        ["blootstelling = (1 − score/100) × kritikaliteit / 5; verhoogd tot {0} bij buitenlandse toegangswetgeving of SEAL ≤ 1"] =
            "exposure = (1 − score/100) × criticality / 5; raised to {0} under foreign access law or SEAL ≤ 1",
        ["beheersing M = (ja + ½ · deels) / 6 beheersmaatregelen"] = "mitigation M = (yes + ½ · partly) / 6 checks",
        ["risico R = 1 + 4 · blootstelling · (1 − {0} · M)"] = "risk R = 1 + 4 · exposure · (1 − {0} · M)",
        ["urgentie U = kritikaliteit K × risico R"] = "urgency U = criticality K × risk R",
        ["Banden"] = "Bands",
        ["Een essentieel proces dat niet aan de minimumeis voldoet is minstens hoog; een dienst die van buiten de EU kan worden afgesloten met kritikaliteit 4 of hoger is kritiek."] =
            "An essential process that fails the minimum requirement is at least high; a service that can be cut off from outside the EU with criticality 4 or more is critical.",
        ["Rangorde"] = "Ranking",
        ["Klik op een dienst om de redenen en de beheersmaatregelen te openen."] = "Click a service to open its reasons and mitigation checks.",
        ["Kwadrant"] = "Quadrant",
        ["beheersbaar"] = "manageable",
        ["aandacht"] = "attention",
        ["optimaal"] = "optimal",
        ["Volledige uitleg"] = "Full explanation",
        ["Beheersmaatregelen van {0} opgeslagen."] = "Mitigation checks of {0} saved.",
        ["{0}: kies ja, deels, nee of onbekend."] = "{0}: choose yes, partly, no or unknown.",
        ["{0} ja, {1} deels van 6"] = "{0} yes, {1} partly of 6",

        ["Alternatieven voor {0}"] = "Alternatives for {0}",
        ["Nu"] = "Now",
        ["geen catalogusproduct"] = "no catalog product",
        ["score"] = "score",
        ["Per kandidaat staat de score en het SEAL-niveau die deze dienst zou krijgen: het hele bestuur opnieuw beoordeeld met het product van het alternatief, inclusief wat via inloggen of hosting wordt geërfd."] =
            "Each candidate shows the score and SEAL level this service would get: the whole board re-assessed with the alternative's product, including what is inherited through sign-in or hosting.",
        ["Wat de catalogus over een alternatief nog niet weet, telt als het slechtste antwoord; het bereik laat zien wat het wordt als die vragen goed uitvallen."] =
            "What the catalog does not yet know about an alternative counts as the worst answer; the range shows the result if those questions turn out well.",
        ["Naar de routekaart"] = "To the roadmap",
        ["Op de routekaart"] = "On the roadmap",
        ["Op de routekaart gezet."] = "Put on the roadmap.",
        ["verhuizing naar {0}"] = "move to {0}",
        ["Naast elkaar"] = "Side by side",
        ["Aspect"] = "Aspect",
        ["alternatief uit de catalogus"] = "alternative from the catalog",
        ["product in dezelfde categorie"] = "product in the same category",
        ["{0} vragen onbekend"] = "{0} questions unknown",
        ["Waarom?"] = "Why?",
        ["Gemiddelde score van het bestuur"] = "Board's mean score",
        ["Waarom onbekend"] = "Why unknown",
        ["Open standaarden"] = "Open standards",
        ["Hosting-opties"] = "Hosting options",
        ["EU-SaaS"] = "EU SaaS",
        ["zelf of door een ICT-partner gehost"] = "self-hosted or by an IT partner",
        ["gevestigd"] = "established",
        ["Licentie"] = "Licence",
        ["Inspanning"] = "Effort",
        ["{0} persoonsdagen"] = "{0} person-days",
        ["onbekend: nog niet geschat door het bestuur"] = "unknown: not yet estimated by the board",
        ["{0} persoonsdagen (schatting van het bestuur)"] = "{0} person-days (the board's estimate)",
        ["indicatie {0}–{1} persoonsdagen ({2})"] = "indication {0}–{1} person-days ({2})",
        ["indicatie {0}–{1} persoonsdagen"] = "indication {0}–{1} person-days",
        ["klein"] = "small",
        ["groot"] = "large",
        ["Een vuistregel om mee te plannen, geen offerte: de bandbreedte loopt van driekwart tot anderhalf keer de som. Vul bij de verhuizing een eigen schatting in zodra die er is."] =
            "A rule of thumb to plan with, not a quote: the range runs from three quarters to one and a half times the sum. Enter the board's own estimate on the move once there is one.",
        ["{0} per jaar (contract)"] = "{0} a year (contract)",
        ["eenmalig {0} (schatting van het bestuur)"] = "one-off {0} (the board's estimate)",
        ["onbekend: de catalogus kent geen prijzen en het bestuur schatte nog niets"] = "unknown: the catalog has no prices and the board has not estimated yet",
        ["Keuze"] = "Choice",
        ["Kies dit alternatief"] = "Choose this alternative",
    };
}
