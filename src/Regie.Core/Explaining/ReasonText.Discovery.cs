using System.Globalization;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Discovery(DiscoveryReason reason, bool english, CultureInfo culture) => reason switch
    {
        _ => null,
    };
}
