using Regie.Core.Explaining;

namespace Regie.Web.Tests.Api;

/// <summary>Reads a reason document's arguments as the API sent them, so tests compare codes and values, not prose.</summary>
public static class ReasonArgs
{
    public static string? Arg(this ReasonDocument reason, string name) =>
        reason.Args.TryGetValue(name, out var value) ? value?.ToString() : null;

    public static bool Mentions(this ReasonDocument reason, string text) =>
        reason.Args.Values.Any(v => v?.ToString()?.Contains(text, StringComparison.Ordinal) == true);
}
