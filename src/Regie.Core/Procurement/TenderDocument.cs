using System.Text;
using Regie.Core.Explaining;
using Regie.Core.Exporting;

namespace Regie.Core.Procurement;

/// <summary>
/// The requirements as a Dutch document a purchaser attaches to a tender (Markdown; the web page prints the same content as HTML).
/// A tender is issued in Dutch and its requirement wording is stored as issued, so the document stays Dutch; its remarks are
/// reasons and render through <see cref="ReasonText"/> in Dutch like the rest of it.
/// </summary>
public static class TenderDocument
{
    public const string Introduction =
        "Dit document bevat de eisen die het bestuur stelt aan digitale autonomie. Een knock-outeis moet worden gehaald; " +
        "wie er één niet haalt, valt af. Een wens levert punten op. Beantwoord elke eis met ja, nee, deels of onbekend en " +
        "licht het antwoord toe; een vraag voor de score beantwoordt u met het nummer van een optie. Onbekend of niet beantwoord telt als niet voldaan. Eisen die Regie berekent (minimum-SEAL en -score) " +
        "volgen uit de andere antwoorden en de feiten in de catalogus.";

    public static string Markdown(string tenderName, string boardName, DateOnly created, TenderRequirements tender)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Eisen digitale autonomie: {Plain(tenderName)}");
        md.AppendLine();
        md.AppendLine($"Bestuur: {Plain(boardName)}  ");
        md.AppendLine($"Categorie: {Plain(tender.CategoryName)} ({Plain(tender.Category)})  ");
        md.AppendLine($"Opgesteld: {created:dd-MM-yyyy}");
        md.AppendLine();
        md.AppendLine(Introduction);
        md.AppendLine();
        foreach (var (title, kind) in new[] { ("Knock-outeisen", RequirementKind.KnockOut), ("Wensen (gewogen)", RequirementKind.Scored), ("Vragen voor de soevereiniteitsscore", RequirementKind.Question) })
        {
            var rows = tender.Requirements.Where(r => r.Kind == kind).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            md.AppendLine($"## {title}");
            md.AppendLine();
            md.AppendLine("| Nr. | Eis | Soort | Hoe we het toetsen | Bron in het beleid |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var r in rows)
            {
                md.AppendLine($"| {r.Id} | {Plain(r.Text)} | {r.KindText} | {Plain(r.Verification)} | {Plain(r.Source)} |");
            }

            md.AppendLine();
        }

        if (tender.Remarks.Count > 0)
        {
            md.AppendLine("## Opmerkingen");
            md.AppendLine();
            foreach (var remark in tender.Remarks)
            {
                md.AppendLine($"- {Plain(ReasonText.Render(remark, ReasonText.Dutch))}");
            }

            md.AppendLine();
        }

        md.AppendLine("## Antwoordformulier (CSV)");
        md.AppendLine();
        md.AppendLine("Lever de antwoorden als CSV met de kolommen `eis;antwoord;toelichting`, één regel per eis:");
        md.AppendLine();
        md.AppendLine("```");
        md.AppendLine("eis;antwoord;toelichting");
        foreach (var r in tender.Requirements.Where(r => !r.IsComputed))
        {
            md.AppendLine($"{r.Id};onbekend;");
        }

        md.AppendLine("```");
        return md.ToString();
    }

    // Every text that is not Regie's own markup: a board's, a vendor's or the catalog's words, never rendered as Markdown.
    private static string Plain(string text) => MarkdownText.Inline(text);
}
