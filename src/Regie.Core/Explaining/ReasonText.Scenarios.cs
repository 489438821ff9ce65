using System.Globalization;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Scenarios(ScenarioReason reason, bool english, CultureInfo culture) => reason switch
    {
        _ => null,
    };
}
