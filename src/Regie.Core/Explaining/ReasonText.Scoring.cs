using System.Globalization;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Scoring(ScoringReason reason, bool english, CultureInfo culture) => reason switch
    {
        _ => null,
    };
}
