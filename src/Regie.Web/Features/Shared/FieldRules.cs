using Regie.Core.Common;

namespace Regie.Web.Features.Shared;

/// <summary>
/// <see cref="InputRules"/> worded for the forms and the API: a plain Dutch message that names the field, or null when the
/// value is fine. Every editor checks names, amounts and counts through here.
/// </summary>
public static class FieldRules
{
    private static readonly string MaxAmount = InputRules.MaxAmount.ToString("N0", Dutch);
    private static readonly string MaxCount = InputRules.MaxCount.ToString("N0", Dutch);

    private static System.Globalization.CultureInfo Dutch => System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    public static string? Name(string label, string? name) => InputRules.HasHiddenCharacters(name)
        ? $"{label}: de naam bevat een onzichtbaar stuurteken (zoals NUL of een teken dat de leesrichting omdraait); typ de naam opnieuw."
        : null;

    public static string? Amount(string label, decimal? amount) => amount is { } a && !InputRules.IsSaneAmount(a)
        ? $"{label}: vul een bedrag in van 0 tot en met {MaxAmount} euro."
        : null;

    public static string? Count(string label, int? count) => count switch
    {
        < 0 => $"{label} moet een heel getal van 0 of meer zijn.",
        { } c when !InputRules.IsSaneCount(c) => $"{label} moet een heel getal van 0 tot en met {MaxCount} zijn.",
        _ => null,
    };
}
