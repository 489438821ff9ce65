namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the procurement screens.
    private static Dictionary<string, string> ProcurementWords => new()
    {
    };
}
