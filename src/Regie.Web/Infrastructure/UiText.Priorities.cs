namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the priorities, alternatives and exit-plan screens.
    private static Dictionary<string, string> PriorityWords => new()
    {
    };
}
