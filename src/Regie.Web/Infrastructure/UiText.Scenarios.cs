namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the scenario screens.
    private static Dictionary<string, string> ScenarioWords => new()
    {
        ["Wat als een partij wegvalt, een buitenlandse overheid toegang tot gegevens afdwingt, een product stopt of een prijs stijgt? Regie rekent het door over de afhankelijkheden van het bestuur en laat bij elke dienst zien waarom hij geraakt wordt."] =
            "What if a party falls away, a foreign government compels access to data, a product ends or a price rises? Regie works it out over the board's dependencies and shows for every service why it is affected.",
        ["Scenario"] = "Scenario",
        ["valt weg (storing, sanctie, kill switch)"] = "becomes unavailable (outage, sanction, kill switch)",
        ["buitenlandse overheid dwingt toegang tot gegevens af"] = "a foreign government compels access to data",
        ["leverancier stopt met het product"] = "the vendor ends the product",
        ["prijs stijgt"] = "the price rises",
        ["Wie of wat"] = "Who or what",
        ["Prijsstijging (%)"] = "Price rise (%)",
        ["Doorrekenen"] = "Run",
        ["schade (0–100)"] = "harm (0–100)",
        ["diensten rechtstreeks uitgevallen"] = "services down directly",
        ["diensten uitgevallen via afhankelijkheden"] = "services down through dependencies",
        ["{0} rechtstreeks · {1} vallen uit incl. afhankelijkheden"] = "{0} directly · {1} down incl. dependencies",
        ["Tussen haakjes: hoeveel diensten de partij zelf in hun keten hebben (rechtstreeks), en hoeveel er uitvallen als hij wegvalt, ook de diensten die erdoor inloggen of erop draaien."] =
            "In brackets: how many services have the party in their own chain (directly), and how many go down when it falls away, including the services that sign in through them or run on them.",
        ["'Rechtstreeks' telt de diensten met de partij in hun eigen keten; 'Vallen uit' telt alles wat uitvalt, ook via inloggen en hosting."] =
            "'Directly' counts the services with the party in their own chain; 'Down' counts everything that goes down, through sign-in and hosting too.",
        ["Rechtstreeks"] = "Directly",
        ["Vallen uit (incl. afhankelijkheden)"] = "Down (incl. dependencies)",
        ["diensten beperkt"] = "services degraded",
        ["processen stilgelegd"] = "processes stopped",
        ["diensten blootgesteld"] = "services exposed",
        ["soorten persoonsgegevens"] = "kinds of personal data",
        ["diensten duurder"] = "services cost more",
        ["meerkosten per jaar (bekend)"] = "extra cost per year (known)",
        ["leerlingen geraakt"] = "pupils affected",
        ["medewerkers geraakt"] = "staff affected",
        ["Hoe is de schade berekend?"] = "How is the harm calculated?",
        ["Geen enkele dienst van het bestuur wordt geraakt."] = "None of the board's services is affected.",
        ["Getroffen diensten en waarom"] = "Affected services and why",
        ["Gevolg"] = "Effect",
        ["Pad"] = "Path",
        ["Kosten"] = "Cost",
        ["Getroffen processen, gewogen naar kritikaliteit"] = "Affected processes, weighted by criticality",
        ["Uitgevallen"] = "Down",
        ["Beperkt"] = "Degraded",
        ["Blootgestelde persoonsgegevens"] = "Personal data exposed",
        ["Gevoeligheid"] = "Sensitivity",
        ["Minstens leerlingen"] = "Pupils at least",
        ["Minstens medewerkers"] = "Staff at least",
        ["Wat zou het meeste pijn doen?"] = "What would hurt most?",
        ["Elke hostingpartij, elk bedrijf in de eigendomsketens en elk land valt een keer weg, gerangschikt op schade. Klik op een regel voor de paden."] =
            "Every hosting provider, every company in the ownership chains and every country falls away once, ranked by harm. Click a row for the paths.",
        ["Er zijn nog geen diensten met een bekende leverancier of hostingpartij."] = "There are no services with a known vendor or hosting provider yet.",
        ["Valt weg"] = "Falls away",
        ["Schade"] = "Harm",
        ["Processen stil"] = "Processes stopped",
        ["valt uit"] = "down",
        ["beperkt"] = "degraded",
        ["blootgesteld"] = "exposed",
        ["duurder"] = "costs more",
        ["stilgelegd"] = "stopped",
        ["verstoord"] = "disrupted",
        ["Bedrijven (leveranciers en moederbedrijven)"] = "Companies (vendors and parents)",
        ["Producten"] = "Products",
        ["bedrijf"] = "company",
        ["product"] = "product",
    };
}
