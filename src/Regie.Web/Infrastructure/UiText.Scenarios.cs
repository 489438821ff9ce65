namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the scenario screens.
    private static Dictionary<string, string> ScenarioWords => new()
    {
    };
}
