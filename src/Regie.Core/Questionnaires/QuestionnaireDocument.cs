using System.Globalization;
using System.Text;
using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Exporting;

namespace Regie.Core.Questionnaires;

/// <summary>
/// The questionnaire as a document to send to the vendor (Markdown; the web page prints the same content as HTML), in
/// Dutch or English. Question texts come from the model (criteria) and from <see cref="ReasonText"/> (facts), so the page,
/// the document and the answer file ask the same thing in the same words.
/// </summary>
public static class QuestionnaireDocument
{
    private static string Nl(CultureInfo culture, string nl, string en) => culture.TwoLetterISOLanguageName == "en" ? en : nl;

    public static string Title(string vendorName, CultureInfo culture) =>
        Nl(culture, $"Vragenlijst digitale autonomie voor {vendorName}", $"Digital autonomy questionnaire for {vendorName}");

    public static string Introduction(CultureInfo culture) => Nl(culture,
        "Het bestuur brengt in kaart hoe afhankelijk zijn digitale diensten zijn van partijen buiten de EU, met het soevereiniteitsmodel " +
        "van Regie (naar het EU Cloud Sovereignty Framework). Over de diensten hieronder weet het bestuur een aantal dingen nog niet, en " +
        "een onbekend antwoord telt als het slechtste. Wilt u deze vragen beantwoorden? Uw antwoorden gelden als 'verklaard door " +
        "leverancier' en tellen twaalf maanden mee; daarna vraagt het bestuur ze opnieuw.",
        "The board is mapping how far its digital services depend on parties outside the EU, with Regie's sovereignty model (after the " +
        "EU Cloud Sovereignty Framework). About the services below the board does not know some things yet, and an unknown answer counts " +
        "as the worst. Would you answer these questions? Your answers count as 'stated by vendor' for twelve months; after that the " +
        "board asks them again.");

    public static string HowToAnswer(CultureInfo culture) => Nl(culture,
        "Vul het antwoordbestand in (CSV of Excel): per regel de code van de vraag (kolom 'vraag'), uw antwoord, eventueel een " +
        "toelichting en de datum van uw antwoord. Laat een vraag leeg als u het antwoord niet weet. Het bestuur leest het bestand in " +
        "Regie in: alles of niets, en bij een fout noemt Regie de regel en het veld.",
        "Fill in the answer file (CSV or Excel): per row the question's code (column 'question'), your answer, an explanation if you " +
        "wish and the date of your answer. Leave a question empty if you do not know the answer. The board reads the file into Regie: " +
        "all or nothing, and on an error Regie names the row and the field.");

    /// <summary>What a question asks, in the reader's language.</summary>
    public static string QuestionText(Question question, CultureInfo culture) =>
        question.Criterion is { } criterion ? criterion.Question.In(culture.TwoLetterISOLanguageName) : ReasonText.Render(new FactAsked(question.Fact!.Value), culture);

    /// <summary>How to answer it: a criterion's options by number, or the form of a fact.</summary>
    public static string AnswerFormat(Question question, CultureInfo culture) =>
        question.Criterion is { } criterion
            ? string.Join("; ", criterion.Options.Select((o, i) => $"{i} = {o.Label.In(culture.TwoLetterISOLanguageName)}")) + ". "
              + ReasonText.Render(new OptionAnswerFormat(criterion.BestOption), culture)
            : ReasonText.Render(new FactAnswerFormat(question.Fact!.Value), culture);

    /// <summary>What the question is about: the vendor itself (its ownership), else the product or the service.</summary>
    public static string Subject(Question question, string vendorName) =>
        question.Fact == FactTopic.UltimateParent ? vendorName : question.ProductName ?? question.Services[0].Name;

    /// <summary>A stored answer as the vendor reads it back (an option with its label).</summary>
    public static string AnswerText(Question question, VendorStatement answer, CultureInfo culture) =>
        question.Criterion is { } criterion && int.TryParse(answer.Answer, NumberStyles.None, CultureInfo.InvariantCulture, out var o) && o < criterion.Options.Count
            ? $"{o} ({criterion.Options[o].Label.In(culture.TwoLetterISOLanguageName)})"
            : answer.Answer;

    public static string Markdown(VendorQuestions vendor, string boardName, DateOnly date, KnowledgeCatalog catalog, CultureInfo culture)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {Plain(Title(vendor.VendorName, culture))}");
        md.AppendLine();
        md.AppendLine($"{Nl(culture, "Bestuur", "Board")}: {Plain(boardName)}  ");
        md.AppendLine($"{Nl(culture, "Leverancier", "Vendor")}: {Plain(vendor.VendorName)} ({Plain(vendor.VendorId)})  ");
        md.AppendLine($"{Nl(culture, "Datum", "Date")}: {date.ToString("d MMMM yyyy", culture)}");
        md.AppendLine();
        md.AppendLine(Introduction(culture));
        md.AppendLine();
        var open = vendor.Open;
        if (open.Count == 0)
        {
            md.AppendLine(Nl(culture, "Er staan geen vragen open.", "No questions are open."));
            return md.ToString();
        }

        foreach (var group in open.GroupBy(q => Subject(q, vendor.VendorName)))
        {
            md.AppendLine($"## {Plain(group.Key)}");
            md.AppendLine();
            var services = group.SelectMany(q => q.Services).DistinctBy(s => s.Id).Select(s => s.Name).Order(StringComparer.CurrentCulture);
            md.AppendLine($"{Nl(culture, "Betreft", "Concerns")}: {Plain(string.Join(", ", services))}");
            md.AppendLine();
            md.AppendLine(Nl(culture, "| Code | Vraag | Zo antwoordt u |", "| Code | Question | How to answer |"));
            md.AppendLine("|---|---|---|");
            foreach (var q in group)
            {
                var earlier = q.Answer is { } a
                    ? " " + Nl(culture, $"(Eerder antwoord: {AnswerText(q, a, culture)}, verlopen op {a.ExpiresOn.ToString("d MMMM yyyy", culture)}.)",
                        $"(Earlier answer: {AnswerText(q, a, culture)}, expired on {a.ExpiresOn.ToString("d MMMM yyyy", culture)}.)")
                    : "";
                md.AppendLine($"| `{q.Id}` | {Plain(QuestionText(q, culture))}{Plain(earlier)} | {Plain(AnswerFormat(q, culture))} |");
            }

            md.AppendLine();
        }

        if (open.Any(q => q.Fact == FactTopic.HostingProvider))
        {
            md.AppendLine($"## {Nl(culture, "Hostingpartijen", "Hosting providers")}");
            md.AppendLine();
            md.AppendLine(Nl(culture, "| Id | Naam |", "| Id | Name |"));
            md.AppendLine("|---|---|");
            foreach (var p in catalog.Providers.Where(p => !p.Id.StartsWith(StatedKnowledge.OwnDataCentrePrefix, StringComparison.Ordinal))
                         .OrderBy(p => p.NameIn(culture.TwoLetterISOLanguageName), StringComparer.CurrentCulture))
            {
                md.AppendLine($"| {p.Id} | {Plain(p.NameIn(culture.TwoLetterISOLanguageName))} |");
            }

            md.AppendLine();
        }

        md.AppendLine($"## {Nl(culture, "Zo levert u de antwoorden aan", "How to return your answers")}");
        md.AppendLine();
        md.AppendLine(HowToAnswer(culture));
        return md.ToString();
    }

    // Every text that is not Regie's own markup: a board's, a vendor's or the catalog's words, never rendered as Markdown.
    private static string Plain(string text) => MarkdownText.Inline(text);
}
