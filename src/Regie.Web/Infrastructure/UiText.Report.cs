namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the board report's page (the report itself is rendered by Regie.Reporting/ReportHtml).
    private static Dictionary<string, string> ReportWords => new()
    {
        ["Bestuursrapportage"] = "Board report",
        ["Rapportage"] = "Report",
        ["Wat de bestuurder en de raad van toezicht lezen: het oordeel in gewone taal, de score en de SEAL-verdeling (bewezen en optimistisch), de diensten die het minimum voor essentiële processen niet halen, de vijf meest urgente, de concentratie per moederbedrijf en hostingpartij, de drie scenario's die het meeste pijn doen, de voortgang van de routekaart en een bijlage per dienst met de bronnen van de feiten."] =
            "What the executive board and the supervisory board read: the verdict in plain words, the score and the SEAL distribution (proven and optimistic), the services that fail the minimum for essential processes, the five most urgent, concentration by parent company and hosting provider, the three scenarios that would hurt most, the roadmap's progress, and an appendix per service with the sources of the facts.",
        ["Rapportage van {0} met {1}."] = "Report of {0} with {1}.",
        ["PDF downloaden"] = "Download PDF",
        ["HTML downloaden"] = "Download HTML",
        ["Voor de PDF is Chromium nodig op de server; die is niet gevonden. De HTML-versie kan de browser zelf als PDF afdrukken."] =
            "The PDF needs Chromium on the server, and it was not found. Your browser can print the HTML version as a PDF.",
        ["De rapportage gebruikt dezelfde berekening als deze pagina's; elke pagina draagt de datum, het bestuur en de versies van de catalogus en het model. Vanaf de opdrachtregel: regie report --output rapport.pdf"] =
            "The report uses the same calculation as these pages; every page carries the date, the board and the versions of the catalog and the model. From the command line: regie report --output report.pdf",
    };
}
