using System.Globalization;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Planning(PlanningReason reason, bool english, CultureInfo culture) => reason switch
    {
        _ => null,
    };
}
