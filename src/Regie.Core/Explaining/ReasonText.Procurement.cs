using System.Globalization;
using Regie.Core.Procurement;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Procurement(ProcurementReason reason, bool english, CultureInfo culture)
    {
        string Said(string? explanation) => explanation is null ? "" : english ? $" Explanation: {explanation}" : $" Toelichting: {explanation}";
        string Answer(AnswerValue value) => english ? value.ToString().ToLowerInvariant() : AnswerValues.Dutch(value);
        string Contradiction(AnswerValue? said) => said is not { } value ? ""
            : english ? $" The vendor's answer ('{Answer(value)}') differs from the catalog; the catalog counts, with its source."
            : $" Het antwoord van de inschrijver ('{Answer(value)}') wijkt af van de catalogus; de catalogus telt, met bron.";
        string Chain(IReadOnlyList<string> chain) => string.Join(" → ", chain);
        string Number(double n) => n.ToString("0.#", culture);

        return (reason, english) switch
        {
            (CriterionGone r, false) => $"Het model kent criterium {r.Criterion} niet meer; het antwoord telt niet mee.",
            (CriterionGone r, true) => $"The model no longer knows criterion {r.Criterion}; the answer does not count.",
            (QuestionOpen r, false) => (r.Answered ? "Onbekend" : "Niet beantwoord") + ": de score gebruikt het antwoord uit de catalogus als dat er is, anders het slechtste antwoord." + Said(r.Explanation),
            (QuestionOpen r, true) => (r.Answered ? "Unknown" : "Not answered") + ": the score uses the catalog's answer where there is one, else the worst answer." + Said(r.Explanation),
            (QuestionAnswered r, _) => (english ? "Answered: " : "Beantwoord: ") + $"{r.Option.In(english ? "en" : "nl")} (SEAL-{r.Seal})." + Said(r.Explanation),
            (NotAnswered, false) => "Niet beantwoord: telt als niet voldaan.",
            (NotAnswered, true) => "Not answered: counts as not met.",
            (MetByVendor r, false) => "Voldoet volgens de inschrijver." + Said(r.Explanation),
            (MetByVendor r, true) => "Met according to the vendor." + Said(r.Explanation),
            (PartlyMet r, false) => "Deels: telt als niet voldaan" + (r.Scored ? ", met de helft van de punten." : ".") + Said(r.Explanation),
            (PartlyMet r, true) => "Partly: counts as not met" + (r.Scored ? ", with half the points." : ".") + Said(r.Explanation),
            (NotMetByVendor r, false) => "Voldoet niet volgens de inschrijver." + Said(r.Explanation),
            (NotMetByVendor r, true) => "Not met according to the vendor." + Said(r.Explanation),
            (AnswerUnknown r, false) => "Onbekend: telt als niet voldaan." + Said(r.Explanation),
            (AnswerUnknown r, true) => "Unknown: counts as not met." + Said(r.Explanation),
            (ChainInEuEea r, false) => $"Voldoet: de keten {Chain(r.Chain)} ligt geheel in de EU/EER (catalogus)." + Contradiction(r.Contradicted),
            (ChainInEuEea r, true) => $"Met: the chain {Chain(r.Chain)} lies wholly within the EU/EEA (catalog)." + Contradiction(r.Contradicted),
            (ChainOutsideEuEea r, false) => $"Voldoet niet: de keten {Chain(r.Chain)} loopt via {string.Join(", ", r.Outside.Select(c => $"{c.Company} ({c.Country ?? "land onbekend"})"))}, buiten de EU/EER (catalogus)." + Contradiction(r.Contradicted),
            (ChainOutsideEuEea r, true) => $"Not met: the chain {Chain(r.Chain)} runs through {string.Join(", ", r.Outside.Select(c => $"{c.Company} ({c.Country ?? "country unknown"})"))}, outside the EU/EEA (catalog)." + Contradiction(r.Contradicted),
            (ComputedMinimum r, _) => ProcurementMinimum(r, english, culture),

            (ComputedWithModel, false) => "Berekend met het soevereiniteitsmodel van het bestuur.",
            (ComputedWithModel, true) => "Computed with the board's sovereignty model.",
            (ParentFromChain, false) => "SOV1.parent volgt uit de eigendomsketen in de catalogus.",
            (ParentFromChain, true) => "SOV1.parent follows from the ownership chain in the catalog.",
            (AnswerBecomes r, false) => $"{r.Criterion} = '{r.Option.Nl}'" + (r.AllStandards ? " (alle standaarden samen)." : "."),
            (AnswerBecomes r, true) => $"{r.Criterion} = '{r.Option.En}'" + (r.AllStandards ? " (all standards together)." : "."),

            (AllKnockOutsMet, false) => "Voldoet aan alle knock-outeisen.",
            (AllKnockOutsMet, true) => "Meets every knock-out requirement.",
            (KnockOutsFailed r, false) => $"Voldoet niet: {Plural.Count(r.Requirements.Count, "knock-outeis", "knock-outeisen")} niet gehaald ({string.Join(", ", r.Requirements)}); één is genoeg om af te vallen.",
            (KnockOutsFailed r, true) => $"Does not meet: {Plural.Count(r.Requirements.Count, "knock-out requirement", "knock-out requirements")} failed ({string.Join(", ", r.Requirements)}); one is enough to be excluded.",
            (WishPointsEarned r, false) => $"Wensen: {Number(r.Points)} van {Number(r.Maximum)} punten.",
            (WishPointsEarned r, true) => $"Wishes: {Number(r.Points)} of {Number(r.Maximum)} points.",
            (OfferSovereignty r, false) => $"Soevereiniteit van het aanbod: score {r.Score}, SEAL-{r.Seal}" +
                (r.Product is null ? " (geen catalogusproduct: alleen de antwoorden tellen)." : $" (catalogusproduct {r.Product})."),
            (OfferSovereignty r, true) => $"Sovereignty of the offer: score {r.Score}, SEAL-{r.Seal}" +
                (r.Product is null ? " (no catalog product: only the answers count)." : $" (catalog product {r.Product})."),
            (RequirementsOpen r, false) => $"{Plural.Count(r.Count, "eis", "eisen")} onbeantwoord of onbekend: {Plural.Of(r.Count, "die telt", "die tellen")} als niet voldaan.",
            (RequirementsOpen r, true) => $"{Plural.Count(r.Count, "requirement", "requirements")} unanswered or unknown: {Plural.Of(r.Count, "it counts", "they count")} as not met.",
            (QuestionsOpen r, false) => $"{Plural.Count(r.Count, "vraag", "vragen")} voor de score onbeantwoord of onbekend: daar telt het catalogusantwoord of het slechtste antwoord.",
            (QuestionsOpen r, true) => $"{Plural.Count(r.Count, "question", "questions")} for the score unanswered or unknown: there the catalog's answer or the worst answer counts.",

            (NoMinimumWithoutProcesses, false) => "Geen minimum-SEAL of -score: de producten in deze categorie ondersteunen geen proces van het bestuur.",
            (NoMinimumWithoutProcesses, true) => "No minimum SEAL or score: the products in this category support none of the board's processes.",
            (NoMinimumNotEssential r, false) => $"Geen minimum-SEAL of -score: de ondersteunde processen ({string.Join(", ", r.Processes.Select(p => p.Nl))}) zijn niet essentieel en hebben geen eigen minimumeis.",
            (NoMinimumNotEssential r, true) => $"No minimum SEAL or score: the supported processes ({string.Join(", ", r.Processes.Select(p => p.En))}) are not essential and have no minimum of their own.",
            (NoOpenStandardsKnown, false) => "De catalogus kent voor deze categorie geen open standaarden; vul ze zo nodig zelf aan in het aanbestedingsdocument.",
            (NoOpenStandardsKnown, true) => "The catalog knows no open standards for this category; add them to the tender document yourself where needed.",

            (RequirementIdMissing, false) => "het nummer van de eis ontbreekt.",
            (RequirementIdMissing, true) => "the requirement's number is missing.",
            (RequirementNotInTender r, false) => $"'{r.Id}' staat niet in deze aanbesteding. Bestaande eisen: {string.Join(", ", r.Existing)}.",
            (RequirementNotInTender r, true) => $"'{r.Id}' is not in this tender. Its requirements: {string.Join(", ", r.Existing)}.",
            (RequirementComputed r, false) => $"{r.Id} berekent Regie uit de andere antwoorden; laat deze regel weg.",
            (RequirementComputed r, true) => $"Regie computes {r.Id} from the other answers; leave this line out.",
            (AnsweredTwice r, false) => $"{r.Id} is al beantwoord op regel {r.Line}.",
            (AnsweredTwice r, true) => $"{r.Id} was already answered on line {r.Line}.",
            (NotAnOption r, false) => $"'{r.Answer}' is geen optie van {r.Id}; geef een nummer van 0 tot en met {r.Last} of onbekend.",
            (NotAnOption r, true) => $"'{r.Answer}' is not an option of {r.Id}; give a number from 0 to {r.Last} or unknown.",
            (NotAnAnswer r, false) => $"'{r.Answer}' is geen geldig antwoord; gebruik {AnswerValues.Allowed}.",
            (NotAnAnswer r, true) => $"'{r.Answer}' is not a valid answer; use yes, no, partly or unknown.",
            (ExplanationTooLong r, false) => $"de toelichting is langer dan {r.MaxCharacters} tekens.",
            (ExplanationTooLong r, true) => $"the explanation is longer than {r.MaxCharacters} characters.",
            (AnswerColumnMissing { Column: "eis" }, false) => "de kolom 'eis' (nummer van de eis) ontbreekt.",
            (AnswerColumnMissing { Column: "eis" }, true) => "the column 'requirement' (the requirement's number) is missing.",
            (AnswerColumnMissing r, false) => $"de kolom '{r.Column}' ontbreekt.",
            (AnswerColumnMissing r, true) => $"the column '{(r.Column == "antwoord" ? "answer" : r.Column)}' is missing.",
            (AnswerFileEmpty, false) => "het bestand is leeg: er staat geen kopregel 'eis;antwoord;toelichting' in.",
            (AnswerFileEmpty, true) => "the file is empty: it has no header row 'requirement;answer;explanation'.",
            (NoAnswerFileChosen, false) => "kies een CSV-bestand met de kolommen eis, antwoord en toelichting.",
            (NoAnswerFileChosen, true) => "choose a CSV file with the columns requirement, answer and explanation.",
            (VendorNameMissing r, false) => $"vul de naam van de leverancier in (hoogstens {r.MaxCharacters} tekens).",
            (VendorNameMissing r, true) => $"fill in the vendor's name (at most {r.MaxCharacters} characters).",
            (OfferedProductUnknown r, false) => $"'{r.Product}' is geen product uit de catalogus; laat het veld leeg als het aanbod er niet in staat.",
            (OfferedProductUnknown r, true) => $"'{r.Product}' is not a product in the catalog; leave the field empty when the offer is not in it.",
            _ => null,
        };
    }

    private static string ProcurementMinimum(ComputedMinimum r, bool english, CultureInfo culture)
    {
        var (value, limit) = r.IsSeal ? ($"SEAL-{r.Value}", $"SEAL-{r.Threshold}") : ($"score {r.Value}", $"{r.Threshold}");
        var binding = r.Binding.Count > 0 ? (english ? " What binds the SEAL: " : " Wat de SEAL bepaalt: ") + string.Join(" ", r.Binding.Take(3).Select(b => Render(b.Why, culture))) : "";
        var unknown = r.UnknownAnswers == 0 ? ""
            : english ? $" {r.UnknownAnswers} criteria are unknown and count as the worst answer."
            : $" {r.UnknownAnswers} criteria zijn onbekend en tellen als het slechtste antwoord.";
        var verdict = (r.Passed, english) switch
        {
            (true, false) => $"Voldoet: {value} haalt de minimumeis {limit}.",
            (false, false) => $"Voldoet niet: {value} is lager dan de minimumeis {limit}.",
            (true, true) => $"Met: {value} reaches the minimum of {limit}.",
            _ => $"Not met: {value} is below the minimum of {limit}.",
        };
        return verdict + binding + unknown;
    }
}
