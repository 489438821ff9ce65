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
        ["Nog maar één momentopname; de lijn verschijnt vanaf de tweede."] = "Only one snapshot so far; the line appears from the second one.",
        ["Zoals het was"] = "As it was",
        ["Alleen-lezen: {0} zoals vastgelegd op {1} (catalogus {2}, model {3}). Wijzigen kan alleen in het huidige landschap."] =
            "Read-only: {0} as stored on {1} (catalog {2}, model {3}). Changes can only be made to the current landscape.",
        ["SEAL-verdeling (bewezen)"] = "SEAL distribution (proven)",
        ["{0}% van de leerlingen, {1}% van de kritieke processen"] = "{0}% of the pupils, {1}% of the critical processes",
    };
}
