namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the vendor questionnaire screens and of the answers' origin on the service page.
    private static Dictionary<string, string> QuestionnaireWords => new()
    {
        ["Vragenlijsten"] = "Questionnaires",
        ["Vragenlijsten voor leveranciers"] = "Questionnaires for vendors",
        ["Wat het model niet weet, telt als het slechtste antwoord. Per leverancier bundelt Regie de open vragen over al zijn diensten in één vragenlijst: een document om te sturen, een antwoordbestand en een formulier. Antwoorden tellen als 'verklaard door leverancier', twaalf maanden lang."] =
            "What the model does not know counts as the worst answer. Per vendor, Regie bundles the open questions about all its services into one questionnaire: a document to send, an answer file and a form. Answers count as 'stated by vendor', for twelve months.",
        ["Er zijn nog geen diensten met een bekende leverancier: er valt niets te vragen."] = "No service has a known vendor yet: there is nothing to ask.",
        ["{0} van {1} leveranciers hebben open vragen"] = "{0} of {1} vendors have open questions",
        ["Open vragen"] = "Open questions",
        ["Verlopen"] = "Expired",
        ["Beantwoord"] = "Answered",
        ["Bestuur"] = "Board",
        ["Antwoordbestand (XLSX)"] = "Answer file (XLSX)",
        ["Antwoordbestand (CSV)"] = "Answer file (CSV)",
        ["Vragen"] = "Questions",
        ["Er staan geen vragen open."] = "No questions are open.",
        ["Betreft"] = "Concerns",
        ["Code"] = "Code",
        ["Vraag"] = "Question",
        ["Zo antwoordt u"] = "How to answer",
        ["Eerder antwoord: {0}, verlopen op {1}."] = "Earlier answer: {0}, expired on {1}.",
        ["Zo levert u de antwoorden aan"] = "How to return your answers",
        ["Antwoorden van de leverancier"] = "The vendor's answers",
        ["Antwoordbestand inlezen"] = "Import an answer file",
        ["Het ingevulde antwoordbestand (CSV of XLSX), zoals hierboven gedownload. Alles of niets: bij een fout wordt niets opgeslagen."] =
            "The filled-in answer file (CSV or XLSX), as downloaded above. All or nothing: on an error nothing is saved.",
        ["Datum van het antwoord"] = "Date of the answer",
        ["eigen datacentrum van de leverancier"] = "the vendor's own data centre",
        ["Naam (landcode)"] = "Name (country code)",
        ["Antwoorden opslaan"] = "Save answers",
        ["Deze antwoorden tellen als 'verklaard door leverancier' tot de datum waarop ze verlopen; daarna staat de vraag weer open."] =
            "These answers count as 'stated by vendor' until the date they expire; after that the question is open again.",
        ["Verloopt op"] = "Expires on",
        ["{0} antwoord van {1} is opgeslagen."] = "{0} answer from {1} was saved.",
        ["{0} antwoorden van {1} zijn opgeslagen."] = "{0} answers from {1} were saved.",
        ["vraag"] = "question",
        ["antwoord"] = "answer",
        ["toelichting"] = "explanation",
        ["datum"] = "date",
        ["bestand"] = "file",
        ["kopregel"] = "header row",
        ["verklaard door leverancier"] = "stated by vendor",
        ["Vragenlijst leverancier"] = "Vendor questionnaire",
    };
}
