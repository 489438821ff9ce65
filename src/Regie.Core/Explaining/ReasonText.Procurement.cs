using System.Globalization;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Procurement(ProcurementReason reason, bool english, CultureInfo culture) => reason switch
    {
        _ => null,
    };
}
