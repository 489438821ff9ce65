using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Common;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    /// <summary>
    /// A fact's source as a report or register cites it, in the reader's language: the board's entry and a vendor's answer
    /// named (<see cref="SourceMarker"/>), else the web addresses the source names, else the source as it is.
    /// </summary>
    public static string CitedSource(string source, CultureInfo culture) =>
        SourceMarker(source, culture) ?? string.Join(" · ", FactSources.Cited(source));

    /// <summary>
    /// The words for a source Regie writes itself (<see cref="FactSources"/>, a board's correction) in the reader's language;
    /// null for a source read somewhere, which is cited as it is.
    /// </summary>
    public static string? SourceMarker(string source, CultureInfo culture)
    {
        var english = IsEnglish(culture);
        return source switch
        {
            FactSources.Board => english ? "entered by the board" : FactSources.Board,
            FactSources.LeftUnknownByBoard => english ? "entered by the board as unknown" : FactSources.LeftUnknownByBoard,
            FactSources.NoCatalogProduct => english ? "no catalog product" : FactSources.NoCatalogProduct,
            _ when source.StartsWith(FactSources.VendorPrefix, StringComparison.Ordinal) =>
                (english ? "answer from " : FactSources.VendorPrefix) + source[FactSources.VendorPrefix.Length..],
            _ when source.StartsWith(FactCorrection.SourcePrefix, StringComparison.Ordinal) =>
                english ? CorrectionInEnglish(source[FactCorrection.SourcePrefix.Length..]) : source,
            _ => null,
        };
    }

    /// <summary>
    /// A board's correction (<see cref="FactCorrection.CitedAs"/>) in English: Regie's words translated, the board's reason
    /// and source as the board wrote them.
    /// </summary>
    private static string CorrectionInEnglish(string reasonAndSource)
    {
        const string sourceStart = " (bron: ";
        var at = reasonAndSource.EndsWith(')') ? reasonAndSource.LastIndexOf(sourceStart, StringComparison.Ordinal) : -1;
        return "the board's own correction: " + (at < 0 ? reasonAndSource
            : $"{reasonAndSource[..at]} (source: {reasonAndSource[(at + sourceStart.Length)..]}");
    }
}
