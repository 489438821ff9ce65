namespace Regie.Core.Common;

/// <summary>
/// The one rule for what people type or import, used by the web forms, the API and the imports alike: amounts and counts
/// in a range a school board can have (no overflow further on), and names without hidden characters.
/// </summary>
public static class InputRules
{
    /// <summary>Euro, per year or once: a board's largest contract is far below this.</summary>
    public const decimal MaxAmount = 100_000_000m;

    /// <summary>Pupils or staff: the largest Dutch board has tens of thousands.</summary>
    public const int MaxCount = 1_000_000;

    public static bool IsSaneAmount(decimal amount) => amount is >= 0 and <= MaxAmount;

    public static bool IsSaneCount(decimal count) => count is >= 0 and <= MaxCount && count == decimal.Truncate(count);

    /// <summary>
    /// NUL and other control characters, and the bidirectional controls (Trojan Source, CVE-2021-42574) that make a name
    /// read differently from what it is: "Magister\u202Egnp.exe".
    /// </summary>
    public static bool HasHiddenCharacters(string? text) => text is not null && text.Any(IsHidden);

    private static bool IsHidden(char c) =>
        char.IsControl(c) || c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
