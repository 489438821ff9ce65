using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Questionnaires;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Questionnaires(QuestionnaireReason reason, bool english, CultureInfo culture)
    {
        string Nl(string nl, string en) => english ? en : nl;
        string D(DateOnly date) => date.ToString("d MMMM yyyy", culture);

        return reason switch
        {
            FactAsked { Topic: FactTopic.UltimateParent } => Nl("Wie is het uiteindelijke moederbedrijf van uw organisatie, en in welk land is het gevestigd?",
                "Who is your organisation's ultimate parent company, and in which country is it established?"),
            FactAsked { Topic: FactTopic.HostingProvider } => Nl("Bij welke partij draait de dienst (hosting of cloud)?",
                "With which party does the service run (hosting or cloud)?"),
            FactAsked { Topic: FactTopic.HostingRegion } => Nl("In welke regio of welk land staan de servers van de dienst?",
                "In which region or country are the service's servers?"),
            FactAsked { Topic: FactTopic.DataLocation, ForTheCatalog: true } => Nl(
                "Waar worden de gegevens van scholen en hun leerlingen opgeslagen en verwerkt, ook voor ondersteuning, telemetrie en back-ups?",
                "Where is the data of schools and their pupils stored and processed, including for support, telemetry and backups?"),
            FactAsked { Topic: FactTopic.DataLocation } => Nl("Waar worden de gegevens van het bestuur opgeslagen en verwerkt, ook voor ondersteuning, telemetrie en back-ups?",
                "Where is the board's data stored and processed, including for support, telemetry and backups?"),
            FactAsked { Topic: FactTopic.SubProcessors } => Nl("Welke subverwerkers verwerken gegevens van het bestuur, en waar zijn ze gevestigd?",
                "Which sub-processors process the board's data, and where are they established?"),
            FactAsked { Topic: FactTopic.ExportFormats } => Nl("In welke formaten kan het bestuur al zijn gegevens exporteren?",
                "In which formats can the board export all its data?"),
            FactAsked { Topic: FactTopic.ExitTerms } => Nl("Regelt het contract exit en overdracht (termijnen, hulp bij de overstap, teruggave van gegevens)?",
                "Does the contract arrange exit and transition (terms, help to switch, return of data)?"),
            FactAsked => Nl("Is de software van de dienst open source (onder een open-sourcelicentie)?",
                "Is the service's software open source (under an open-source licence)?"),

            FactAnswerFormat { Topic: FactTopic.UltimateParent } => Nl("Naam en landcode, zoals 'Voorbeeld Holding B.V. (NL)'; 'geen (NL)' als uw organisatie zelf de top is.",
                "Name and country code, such as 'Example Holding Ltd (IE)'; 'none (NL)' if your organisation is the top itself."),
            FactAnswerFormat { Topic: FactTopic.HostingProvider } => Nl("De id of naam van een hostingpartij uit de lijst, of 'eigen datacentrum'.",
                "The id or name of a hosting provider from the list, or 'own data centre'."),
            FactAnswerFormat { Topic: FactTopic.HostingRegion } => Nl("Vrije tekst, zoals 'West-Europa (Amsterdam)'.", "Free text, such as 'West Europe (Amsterdam)'."),
            FactAnswerFormat { Topic: FactTopic.DataLocation } => Nl(
                "0 = (ook) buiten de EU/EER; 1 = in de EU, met uitzonderingen (ondersteuning, telemetrie, terugval); 2 = uitsluitend in de EU/EER.",
                "0 = (also) outside the EU/EEA; 1 = in the EU, with exceptions (support, telemetry, fallback); 2 = only in the EU/EEA."),
            FactAnswerFormat { Topic: FactTopic.SubProcessors } => Nl("Namen gescheiden door puntkomma's, elk met het land; 'geen' als er geen zijn.",
                "Names separated by semicolons, each with its country; 'none' if there are none."),
            FactAnswerFormat { Topic: FactTopic.ExportFormats } => Nl("Formaten gescheiden door komma's, zoals 'csv, json, odt'; 'geen' als exporteren niet kan.",
                "Formats separated by commas, such as 'csv, json, odt'; 'none' if export is not possible."),
            FactAnswerFormat => Nl("ja of nee", "yes or no"),
            OptionAnswerFormat r => Nl($"Het nummer van een optie (0–{r.Last}).", $"The number of an option (0–{r.Last})."),

            QuestionIdMissing => Nl("Vul de vraag in: de code uit de eerste kolom, zoals 'magister/SOV2.law'.",
                "Fill in the question: the code from the first column, such as 'magister/SOV2.law'."),
            QuestionNotAsked r => Nl($"'{r.QuestionId}' is geen vraag van de vragenlijst voor {r.Vendor}; gebruik het antwoordbestand van deze leverancier.",
                $"'{r.QuestionId}' is not a question of the questionnaire for {r.Vendor}; use this vendor's answer file."),
            QuestionAnsweredTwice r => Nl($"'{r.QuestionId}' is al beantwoord in regel {r.EarlierRow}.", $"'{r.QuestionId}' was already answered in row {r.EarlierRow}."),
            NotAnOptionOfQuestion r => Nl($"'{r.Answer}' is geen optie: kies een nummer van 0 tot en met {r.Last}, of onbekend.",
                $"'{r.Answer}' is not an option: choose a number from 0 to {r.Last}, or unknown."),
            NotAParentAnswer r => Nl($"'{r.Answer}' heeft niet de vorm 'naam (landcode)', zoals 'Voorbeeld Holding B.V. (NL)' of 'geen (NL)'.",
                $"'{r.Answer}' is not of the form 'name (country code)', such as 'Example Holding Ltd (IE)' or 'none (NL)'."),
            NotACountryCode r => Nl($"'{r.CountryCode}' is geen landcode die Regie kent (twee letters, zoals NL, BE of US).",
                $"'{r.CountryCode}' is not a country code Regie knows (two letters, such as NL, BE or US)."),
            NotAHostingProvider r => Nl(
                $"'{r.Answer}' is geen hostingpartij uit de lijst; kies er een (id of naam) of 'eigen datacentrum'. Ontbreekt de partij, voeg haar dan eerst toe bij Leveranciers en hosting.",
                $"'{r.Answer}' is not a hosting provider from the list; choose one (id or name) or 'own data centre'. If it is missing, add it under Vendors and hosting first."),
            NotADataLocation r => Nl($"'{r.Answer}' is geen 0, 1 of 2.", $"'{r.Answer}' is not 0, 1 or 2."),
            NotYesOrNo r => Nl($"'{r.Answer}' is geen ja of nee.", $"'{r.Answer}' is not yes or no."),
            NotAnExportFormat r => Nl($"'{r.Format}' is geen formaatnaam (letters en cijfers, zoals csv of xlsx).",
                $"'{r.Format}' is not a format name (letters and digits, such as csv or xlsx)."),
            AnswerTooLong r => Nl($"Te lang: hoogstens {r.Limit} tekens.", $"Too long: at most {r.Limit} characters."),
            TooManyItems r => Nl($"Te veel: hoogstens {r.Limit}.", $"Too many: at most {r.Limit}."),
            NotADate r => Nl($"'{r.Text}' is geen datum; schrijf bijvoorbeeld 2026-03-31 of 31-3-2026.",
                $"'{r.Text}' is not a date; write for example 2026-03-31 or 31-3-2026."),
            AnswerDatedInTheFuture r => Nl($"De datum {D(r.Date)} ligt in de toekomst.", $"The date {D(r.Date)} is in the future."),
            AnswerAlreadyExpired r => Nl($"Een antwoord van {D(r.Date)} telt niet meer (verlopen op {D(r.ExpiredOn)}): vraag het opnieuw.",
                $"An answer of {D(r.Date)} no longer counts (expired on {D(r.ExpiredOn)}): ask again."),
            AnswerFileColumnMissing r => Nl($"De kolom '{r.Column}' ontbreekt in de kopregel.", $"The column '{r.Column}' is missing from the header row."),
            AnswerFileUnreadable => Nl("Dit bestand is geen leesbare CSV of Excel-werkmap (.xlsx).", "This file is not a readable CSV or Excel workbook (.xlsx)."),
            AnswerFileHasNoRows => Nl("Het bestand is leeg: er staat geen kopregel in.", "The file is empty: it has no header row."),
            AnswerFileTooLarge r => Nl($"Het bestand is te groot: hoogstens {r.LimitKilobytes} kB.", $"The file is too large: at most {r.LimitKilobytes} kB."),
            AnswerFileTooManyRows r => Nl($"Te veel regels: hoogstens {r.Limit}.", $"Too many rows: at most {r.Limit}."),
            NoAnswerFileChosen => Nl("Kies een antwoordbestand (CSV of XLSX).", "Choose an answer file (CSV or XLSX)."),
            NoAnswersGiven => Nl("Er staat geen enkel antwoord in: elke regel is leeg of onbekend.", "There is no answer at all: every row is empty or unknown."),
            CatalogAnswerFieldMissing => Nl("Vul dit in: een feit in de catalogus noemt de datum van het antwoord, wie het ontving en het document waarin het kwam.",
                "Fill this in: a fact in the catalog names the date of the answer, who received it and the document it came in."),
            NotACatalogProduct r => Nl($"'{r.Subject}' is geen product van de catalogus (products.yaml).", $"'{r.Subject}' is not a product of the catalog (products.yaml)."),
            NotACatalogQuestion r => Nl(
                $"'{r.Topic}' vraagt de catalogus niet: alleen hostingProvider, hostingRegion en dataLocation. Andere antwoorden gaan naar de besturen met 'regie sector answers import'.",
                $"The catalog does not ask '{r.Topic}': only hostingProvider, hostingRegion and dataLocation. Other answers go to the boards with 'regie sector answers import'."),
            CatalogProductWithoutVendor r => Nl($"De catalogus kent de leverancier van {r.Product} niet; zet die eerst in products.yaml.",
                $"The catalog does not know the vendor of {r.Product}; set it in products.yaml first."),
            NotACatalogVendor r => Nl($"'{r.Given}' is geen leverancier in de catalogus (companies.yaml).", $"'{r.Given}' is not a vendor in the catalog (companies.yaml).")
                + (r.WithQuestions.Count == 0 ? ""
                    : Nl(" Leveranciers met open vragen: ", " Vendors with open questions: ") + Shown(r.WithQuestions, 20, Nl(" en nog {0}", " and {0} more")) + "."),
            NotAProductVendor r => Nl($"{r.Company} levert geen product van de catalogus; de catalogus vraagt alleen leveranciers van producten.",
                $"{r.Company} supplies no product of the catalog; the catalog asks only the vendors of products."),
            NoCatalogQuestionsForVendor { MostUsedOnly: false } r => Nl(
                $"De catalogus heeft geen open vragen aan {r.Vendor}: wat hij over de producten van deze leverancier vraagt, is al bekend.",
                $"The catalog has no open questions for {r.Vendor}: what it asks about this vendor's products is already known."),
            NoCatalogQuestionsForVendor r => Nl(
                $"De catalogus heeft geen open vragen aan {r.Vendor} over de meest gebruikte producten; vraag over alle producten om ook de andere te zien.",
                $"The catalog has no open questions for {r.Vendor} about the most-used products; ask about all products to see the others too."),
            NotTheProductsVendor r => Nl($"'{r.Given}' is niet de leverancier van {r.Product} (volgens de catalogus: {r.Vendor}).",
                $"'{r.Given}' is not the vendor of {r.Product} (according to the catalog: {r.Vendor})."),
            CatalogAnswerLeftOpen => Nl("open gelaten door de leverancier", "left open by the vendor"),
            CatalogFactAlreadyKnown r => Nl($"de catalogus weet dit al ({ConfidenceName(r.Confidence, english)}); een antwoord vult alleen een gat",
                $"the catalog knows this already ({ConfidenceName(r.Confidence, english)}); an answer only fills a gap"),
            CatalogAnswersHeard r => $"{r.Product}, {SnapshotField(FactTopics.Name(r.Fact), english)}: {string.Join(", ", r.Answers.Select(a => Heard(r.Fact, a, r.K, english, culture)))}",
            CatalogPlaceIsTheRunners => Nl("zelf gehost: waar het draait, bepaalt wie het draait", "self-hosted: where it runs is up to whoever runs it"),
            Knowledge.Loading.CatalogFileLayoutChanged r => Nl(
                $"{r.File}: {r.Place} staat niet als onbekend feit op één regel, zoals de schrijver het verwacht; er is niets veranderd. Zet dit feit met de hand.",
                $"{r.File}: {r.Place} is not an unknown fact on one line, as the writer expects; nothing was changed. Set this fact by hand."),
            _ => null,
        };
    }

    /// <summary>A fact's confidence as the catalog's pages name it.</summary>
    public static string ConfidenceName(Common.Confidence confidence, bool english) => confidence switch
    {
        Common.Confidence.Confirmed => english ? "confirmed" : "bevestigd",
        Common.Confidence.Secondary => english ? "secondary source" : "secundaire bron",
        Common.Confidence.StatedByVendor => english ? "stated by vendor" : "verklaard door leverancier",
        _ => english ? "unknown" : "onbekend",
    };

    private static string Heard(FactTopic fact, (LocalizedText Answer, int? Boards, int SectorAnswers) r, int k, bool english, CultureInfo culture)
    {
        var answer = fact switch
        {
            FactTopic.DataLocation when QuestionnaireAnswers.Location(r.Answer.Nl) is { } location => FieldValue(location, culture),
            FactTopic.HostingProvider when r.Answer.Nl == QuestionnaireAnswers.OwnDataCentre => english ? "own data centre" : QuestionnaireAnswers.OwnDataCentre,
            _ => r.Answer.In(culture.TwoLetterISOLanguageName),
        };
        var counts = new[]
        {
            r.Boards is null ? (english ? $"fewer than {k} boards" : $"minder dan {k} besturen")
                : r.Boards > 0 ? Plural.Count(r.Boards.Value, english ? "board" : "bestuur", english ? "boards" : "besturen", culture) : null,
            r.SectorAnswers > 0 ? Plural.Count(r.SectorAnswers, english ? "sector answer" : "sectorantwoord", english ? "sector answers" : "sectorantwoorden", culture) : null,
        }.OfType<string>();
        return $"{answer} ({string.Join(english ? " and " : " en ", counts)})";
    }
}
