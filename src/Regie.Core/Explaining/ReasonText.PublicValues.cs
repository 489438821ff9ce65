using System.Globalization;
using Regie.Core.Landscape;
using Regie.Core.PublicValues;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? PublicValues(PublicValueReason reason, bool english, CultureInfo culture)
    {
        string Nl(string nl, string en) => english ? en : nl;
        string N(double value) => value.ToString("0.##", culture);
        string Name(Common.LocalizedText text) => english ? text.En : text.Nl;
        string List(IEnumerable<string> items) => string.Join(", ", items);

        return reason switch
        {
            TotalOverAnsweredValues t => Nl(
                $"Gewogen gemiddelde van {Plural.Count(t.Counted, "beantwoorde waarde", "beantwoorde waarden", culture)} van de {t.Values}: {N(t.Total)} op een schaal van 0 tot {t.Max} (totaal gewicht {N(t.WeightSum)}).",
                $"Weighted mean of {Plural.Count(t.Counted, "answered value", "answered values", culture)} of {t.Values}: {N(t.Total)} on a scale of 0 to {t.Max} (total weight {N(t.WeightSum)})."),
            NoValueAnswered v => Nl(
                $"Geen van de {v.Values} waarden is beantwoord (of alle beantwoorde wegen 0): er is geen totaal.",
                $"None of the {v.Values} values is answered (or every answered one weighs 0): there is no total."),
            ValuesLeftOut l => Nl(
                $"Buiten het totaal gelaten, want nog onbekend (niet als 0 geteld): {List(l.Values.Select(Name))}.",
                $"Left out of the total because still unknown (not counted as 0): {List(l.Values.Select(Name))}."),
            SovereigntyKeptApart => Nl(
                "De soevereiniteitsscore en SEAL staan ernaast en tellen niet mee in het totaal van de publieke waarden.",
                "The sovereignty score and SEAL are shown beside it and do not count in the public-values total."),
            ComparedOnDifferentValues c => Nl(
                $"Let op: {Plural.Count(c.Values, "waarde is", "waarden zijn", culture)} niet bij elke optie beantwoord; de totalen rusten dan niet op dezelfde waarden.",
                $"Note: {Plural.Count(c.Values, "value is", "values are", culture)} not answered for every option; the totals then do not rest on the same values."),
            NoSovereigntyScore => Nl(
                "Geen soevereiniteitsscore: dit is geen dienst van het bestuur of product uit de catalogus.",
                "No sovereignty score: this is neither a service of the board nor a product in the catalog."),
            NotABoardService => Nl(
                "Regie kent hiervoor geen gegevens: dit is geen dienst van het bestuur.",
                "Regie has no facts for this: it is not a service of the board."),
            SupportsNoProcess => Nl(
                "De dienst ondersteunt geen vastgelegd proces; vul de processen in om de continuïteit af te leiden.",
                "The service supports no recorded process; fill in its processes to derive continuity."),
            StopsWhenPartyFalls s => Nl(
                $"Als {s.Party.Nl} wegvalt, stopt {List(s.Processes.Select(p => p.Nl))} (enkel punt van falen in de afhankelijkheden van het bestuur).",
                $"If {s.Party.En} falls away, {List(s.Processes.Select(p => p.En))} stops (a single point of failure in the board's dependencies)."),
            ChainUnknownForContinuity => Nl(
                "De leverancier of het moederbedrijf is onbekend, dus Regie kan niet zien of het wegvallen ervan processen stillegt.",
                "The vendor or its parent is unknown, so Regie cannot see whether its loss stops processes."),
            NoSinglePointOfFailureFound p => Nl(
                $"Geen leverancier of hostingpartij gevonden waarvan het wegvallen een proces van deze dienst stillegt ({Plural.Count(p.Processes, "proces", "processen", culture)}).",
                $"No vendor or hosting provider found whose loss stops a process of this service ({Plural.Count(p.Processes, "process", "processes", culture)})."),
            SealUndetermined s => Nl(
                $"De SEAL ligt tussen {s.Seal} en {s.OptimisticSeal} zolang er onbekende antwoorden zijn; Regie vult dit niet in.",
                $"The SEAL lies between {s.Seal} and {s.OptimisticSeal} while answers are unknown; Regie does not fill this in."),
            AnsweredFromSeal a => Nl(
                $"Afgeleid uit de soevereiniteit: SEAL {a.Seal} (score {N(a.Score)}).",
                $"Derived from sovereignty: SEAL {a.Seal} (score {N(a.Score)})."),
            ExitFactsMissing m => Nl(
                $"Onbekend: {List(Missing(m, english))}.",
                $"Unknown: {List(Missing(m, english))}."),
            ExitFactsCounted e => Nl(
                $"Export in een open formaat: {YesNo(e.OpenExport, english)}; exitclausule: {YesNo(e.ExitClause, english)}; exitplan getest: {YesNo(e.TestedExitPlan, english)}.",
                $"Export in an open format: {YesNo(e.OpenExport, english)}; exit clause: {YesNo(e.ExitClause, english)}; exit plan tested: {YesNo(e.TestedExitPlan, english)}."),
            NoDataCategoriesRecorded => Nl(
                "Er zijn geen gegevenscategorieën vastgelegd voor deze dienst.",
                "No data categories are recorded for this service."),
            PersonalDataUnderForeignLaw p => Nl(
                $"{Name(p.Category)} (gevoeligheid {p.Level}) valt via {p.Company} onder buitenlands recht dat toegang geeft ({p.Country}).",
                $"{Name(p.Category)} (sensitivity {p.Level}) falls under a foreign access law through {p.Company} ({p.Country})."),
            JurisdictionUnknownForPrivacy => Nl(
                "Het land van het moederbedrijf is onbekend, dus het risico van buitenlandse toegang ook.",
                "The parent company's country is unknown, so is the risk of foreign access."),
            PersonalDataWithoutForeignLaw p => Nl(
                $"{Name(p.Category)} (gevoeligheid {p.Level}); moederbedrijf in {p.Country}, geen buitenlands toegangsrecht gevonden; gegevens {(p.EuOnly ? "alleen in de EU" : "niet aantoonbaar alleen in de EU")}.",
                $"{Name(p.Category)} (sensitivity {p.Level}); parent company in {p.Country}, no foreign access law found; data {(p.EuOnly ? "in the EU only" : "not shown to stay in the EU")}."),
            DpiaStatusRecorded d => d.Status switch
            {
                AssessmentStatus.Done => Nl("De DPIA is uitgevoerd volgens het bestuur.", "The DPIA is done, according to the board."),
                AssessmentStatus.NotNeeded => Nl("Een DPIA is niet nodig volgens het bestuur.", "A DPIA is not needed, according to the board."),
                AssessmentStatus.InProgress => Nl("De DPIA is bezig volgens het bestuur.", "The DPIA is in progress, according to the board."),
                _ => Nl("Er is geen DPIA uitgevoerd volgens het bestuur.", "No DPIA has been done, according to the board."),
            },
            DpiaStatusUnknown => Nl("De DPIA-status is onbekend.", "The DPIA status is unknown."),
            UnknownValuePrefillRule u => Nl($"Onbekende regel '{u.Rule}'.", $"Unknown rule '{u.Rule}'."),
            _ => null,
        };
    }

    private static IEnumerable<string> Missing(ExitFactsMissing m, bool english)
    {
        if (m.ExportFormats)
        {
            yield return english ? "export formats" : "exportformaten";
        }

        if (m.ExitClause)
        {
            yield return english ? "exit clause" : "exitclausule";
        }
    }

    private static string YesNo(bool yes, bool english) => yes ? (english ? "yes" : "ja") : (english ? "no" : "nee");
}
