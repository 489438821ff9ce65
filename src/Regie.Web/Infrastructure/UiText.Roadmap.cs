namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the roadmap screens.
    private static Dictionary<string, string> RoadmapWords => new()
    {
    };
}
