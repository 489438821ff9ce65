namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the roadmap screens.
    private static Dictionary<string, string> RoadmapWords => new()
    {
        ["Kies alternatieven (bij een dienst of op de prioriteitenpagina) en Regie zet de verhuizingen op volgorde: eerst waar andere diensten door inloggen of op draaien, uiterlijk bij het contracteinde, en nooit meer dan de capaciteit per kwartaal."] =
            "Choose alternatives (on a service or the priorities page) and Regie orders the moves: first what other services sign in through or run on, by the contract end at the latest, and never more than the capacity per quarter.",
        ["Exporteren als CSV"] = "Export as CSV",
        ["Regie stelt alleen alternatieven voor dezelfde functie voor: dezelfde categorie, of een categorie die een proces van deze dienst ondersteunt; bij elke kandidaat staat waarom hij erbij staat."] =
            "Regie proposes alternatives for the same function only: the same category, or a category that serves a process of this service; each candidate says why it is listed.",
        ["Waarom voorgesteld"] = "Why proposed",
        ["Laat leerlingen toe uit"] = "Admits pupils from",
        ["primair onderwijs"] = "primary education",
        ["speciaal onderwijs"] = "special education",
        ["voortgezet onderwijs"] = "secondary education",
        ["hoger onderwijs"] = "higher education",
        ["Niet voorgesteld"] = "Not proposed",
        ["De catalogus noemt deze als alternatief voor het product, maar ze passen niet bij wat deze dienst doet of bij wie hem gebruikt."] =
            "The catalog names these as alternatives to the product, but they do not fit what this service does or who uses it.",
        ["Wat het plan met de concentratie doet"] = "What the plan does to concentration",
        ["Migratieplan"] = "Migration plan",
        ["opgesteld met Regie op {0}"] = "drawn up with Regie on {0}",
        ["Uitgangssituatie"] = "Starting point",
        ["Stap"] = "Step",
        ["Waarom nu"] = "Why now",
        ["Daarna:"] = "After that:",
        ["Niet ingepland"] = "Not planned",
        ["gemiddelde score"] = "mean score",
        ["SEAL-verdeling"] = "SEAL distribution",
        ["concentratie moederbedrijven"] = "concentration of parents",
        ["Hoe Regie de volgorde bepaalt: afhankelijkheden eerst (inloggen en hosting), uiterlijk bij het contracteinde, nooit meer dan de capaciteit per kwartaal, vastgezette kwartalen blijven staan. De projectie past de verhuizingen cumulatief toe en beoordeelt het hele bestuur opnieuw; onbekend telt als het slechtste antwoord."] =
            "How Regie orders the moves: dependencies first (sign-in and hosting), by the contract end at the latest, never more than the capacity per quarter, pinned quarters stay. The projection applies the moves cumulatively and assesses the whole board again; unknown counts as the worst answer.",
        ["Migratieplan downloaden"] = "Download migration plan",
        ["Instellingen"] = "Settings",
        ["Instellingen opgeslagen."] = "Settings saved.",
        ["Verhuizingen per kwartaal"] = "Moves per quarter",
        ["Startkwartaal"] = "First quarter",
        ["Leeg startkwartaal: het huidige kwartaal ({0})."] = "No first quarter: the current quarter ({0}).",
        ["Aandachtspunten"] = "Points of attention",
        ["Projectie na elke stap"] = "Projection after each step",
        ["Gemiddelde score, aantal diensten per SEAL-niveau en de concentratie-index (HHI) na elk kwartaal, met alle verhuizingen tot dan toegepast."] =
            "Mean score, services per SEAL level and the concentration index (HHI) after each quarter, with every move up to then applied.",
        ["Concentratie moederbedrijven (HHI)"] = "Concentration of parents (HHI)",
        ["Concentratie hostingpartijen (HHI)"] = "Concentration of hosting providers (HHI)",
        ["moederbedrijven"] = "parents",
        ["hostingpartijen"] = "hosting providers",
        ["grootste"] = "largest",
        ["Kwartaal"] = "Quarter",
        ["Projectie"] = "Projection",
        ["Plan per kwartaal"] = "Plan per quarter",
        ["Nog geen verhuizingen gekozen. Open een dienst en kies bij Alternatieven een alternatief."] = "No moves chosen yet. Open a service and choose an alternative under Alternatives.",
        ["effect onbekend"] = "effect unknown",
        ["Daarna"] = "After",
        ["Gekozen verhuizingen"] = "Chosen moves",
        ["Nog geen."] = "None yet.",
        ["Naar"] = "To",
        ["Bijwerken"] = "Update",
        ["Status"] = "Status",
        ["gepland"] = "planned",
        ["bezig"] = "in progress",
        ["afgerond"] = "done",
        ["geschrapt"] = "dropped",
        ["Vast kwartaal"] = "Pinned quarter",
        ["Inspanning (persoonsdagen)"] = "Effort (person-days)",
        ["Eenmalige kosten (€)"] = "One-off cost (€)",
        ["Verhuizing bijgewerkt."] = "Move updated.",
        ["Verhuizing verwijderd."] = "Move deleted.",
        ["{0}: geen geldige waarde."] = "{0}: not a valid value.",
    };
}
