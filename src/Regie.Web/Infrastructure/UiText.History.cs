namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the history pages (/history, /history/compare, /history/at); the reasons render in ReasonText.History.
    private static Dictionary<string, string> HistoryWords => new()
    {
        ["Geschiedenis"] = "History",
        ["Regie legt het landschap en de uitkomsten van het bestuur vast op elke dag waarop er iets veranderde, en wanneer u dat vraagt (vastleggen, bijvoorbeeld voor een vergadering van de raad van toezicht). Zo ziet u of het beter gaat, en waarom."] =
            "Regie keeps the board's landscape and results for every day on which something changed, and whenever you ask (record, for instance before a meeting of the supervisory board). So you see whether things are getting better, and why.",
        ["Label (bijvoorbeeld RvT 12 maart)"] = "Label (for instance Supervisory board 12 March)",
        ["Vastleggen"] = "Record",
        ["Nog geen momentopnamen."] = "No snapshots yet.",
        ["Verloop"] = "Trends",
        ["Vergelijken"] = "Compare",
        ["Tot"] = "To",
        ["Momentopnamen"] = "Snapshots",
        ["Label"] = "Label",
        ["Grootte"] = "Size",
        ["vastgelegd"] = "recorded",
        ["dagelijks"] = "daily",
        ["Bekijken"] = "View",
        ["Vanaf de opdrachtregel: regie snapshot --label \"RvT 12 maart\" en regie history --compare 2026-03-01 2026-03-12. De API: GET /api/v1/history."] =
            "From the command line: regie snapshot --label \"Board 12 March\" and regie history --compare 2026-03-01 2026-03-12. The API: GET /api/v1/history.",
        ["Vergelijking"] = "Comparison",
        ["Terug naar de geschiedenis"] = "Back to the history",
        ["Van {0} tot {1}: gemiddelde score {2} ({3}), {4} voldoen ({5}), {6} onbekende antwoorden ({7})."] =
            "From {0} to {1}: average score {2} ({3}), {4} meet the minimum ({5}), {6} unknown answers ({7}).",
        ["Tussen deze twee datums veranderde er niets."] = "Nothing changed between these two dates.",
        ["Toegevoegd"] = "Added",
        ["Verwijderd"] = "Removed",
        ["Scores die bewogen, en waarom"] = "Scores that moved, and why",
        ["SEAL"] = "SEAL",
        ["Waarom"] = "Why",
        ["Gewijzigde diensten"] = "Changed services",
        ["Verbindingen, processen en eigen partijen"] = "Edges, processes and own parties",
        ["date: '{0}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12."] = "date: '{0}' is not a date; write YYYY-MM-DD, for instance 2026-03-12.",
        ["Momentopname van {0} vastgelegd."] = "Snapshot of {0} recorded.",
        ["bewezen"] = "proven",
        ["Diensten per SEAL-niveau (bewezen)"] = "Services per SEAL level (proven)",
        ["Diensten per SEAL-niveau (optimistisch)"] = "Services per SEAL level (optimistic)",
        ["Op diensten onder buitenlands recht"] = "On services under a foreign law",
        ["Concentratie (HHI)"] = "Concentration (HHI)",
        ["Onbekende antwoorden en voortgang van de routekaart"] = "Unknown answers and the roadmap's progress",
        ["onbekende antwoorden"] = "unknown answers",
        ["routekaart klaar"] = "roadmap done",
        ["Onbekende antwoorden"] = "Unknown answers",
        ["Routekaart klaar"] = "Roadmap done",
        ["Momentopname van {0} — alleen lezen"] = "Snapshot of {0} — read-only",
        ["Berekend uit het landschap van die dag, met dezelfde catalogus ({0}) en hetzelfde model ({1}) als toen."] =
            "Computed from that day's landscape, with the same catalog ({0}) and model ({1}) as then.",
        ["Berekend uit het landschap van die dag met de huidige catalogus {0} en het huidige model {1}; de momentopname werd gemaakt met catalogus {2} en model {3}, dus een uitkomst kan afwijken van wat het bestuur toen zag."] =
            "Computed from that day's landscape with the current catalog {0} and model {1}; the snapshot was taken with catalog {2} and model {3}, so a result may differ from what the board saw then.",
        ["Terug naar vandaag"] = "Back to today",
        ["De verhuizingen zoals ze die dag gepland waren, zonder hun notities (die bewaart een momentopname niet); het aantal verhuizingen per kwartaal en het startkwartaal zijn de huidige instellingen."] =
            "The moves as planned that day, without their notes (a snapshot does not keep them); the moves per quarter and the starting quarter are today's settings.",
        ["Downloaden kan alleen van het landschap zoals het nu is."] = "Downloads are of the landscape as it is now only.",
        ["De opgeslagen uitkomsten van die dag"] = "That day's stored results",
        ["Een momentopname is alleen te lezen: wijzigen kan alleen in het huidige landschap."] = "A snapshot can only be read: changes can only be made to the current landscape.",
        ["Bewijs uit ontdekken en beoordelingen door anderen worden niet in een momentopname bewaard; bekijk de dienst zoals hij nu is om ze te zien."] =
            "Evidence from discovery and assessments by others are not kept in a snapshot; view the service as it is now to see them.",
        ["Bekijk de pagina zoals hij nu is"] = "View the page as it is now",
        ["Als momentopname van deze dag te bekijken:"] = "Can be viewed as of this day:",
        ["Deze momentopname is gemaakt voordat Regie het hele landschap bewaarde: van {0} zijn alleen de opgeslagen uitkomsten hieronder te zien, niet de pagina {1}."] =
            "This snapshot was taken before Regie kept the whole landscape: of {0} only the stored results below can be shown, not the page {1}.",
        ["De pagina {0} is niet te zien zoals hij was op {1}: de momentopname bewaart daarvoor niet genoeg (zij bewaart het landschap, de uitkomsten en de verhuizingen van de routekaart, niet de exitplannen, vragenlijsten, ontdekte bronnen of het logboek). Hieronder staat wat er van die dag wel is."] =
            "The page {0} cannot be shown as it was on {1}: the snapshot does not keep enough for it (it keeps the landscape, the results and the roadmap's moves, not the exit plans, questionnaires, discovered sources or the audit trail). Below is what there is of that day.",
        ["Nog maar één momentopname; de lijn verschijnt vanaf de tweede."] = "Only one snapshot so far; the line appears from the second one.",
        ["Zoals het was"] = "As it was",
        ["Alleen-lezen: {0} zoals vastgelegd op {1} (catalogus {2}, model {3}). Wijzigen kan alleen in het huidige landschap."] =
            "Read-only: {0} as stored on {1} (catalog {2}, model {3}). Changes can only be made to the current landscape.",
        ["SEAL-verdeling (bewezen)"] = "SEAL distribution (proven)",
        ["{0}% van de leerlingen, {1}% van de kritieke processen"] = "{0}% of the pupils, {1}% of the critical processes",
    };
}
