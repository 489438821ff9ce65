namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    private static Dictionary<string, string> ExportWords => new()
    {
        ["Downloaden"] = "Download",
        ["Scores downloaden"] = "Download the scores",
        ["Sweep downloaden"] = "Download the sweep",
    };
}
