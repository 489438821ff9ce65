using System.Globalization;

namespace Regie.Core.Explaining;

/// <summary>Counted nouns in Dutch and English alike: one is singular, every other count (0 too) plural.</summary>
public static class Plural
{
    /// <summary>The form for <paramref name="count"/>: <paramref name="one"/> for 1, <paramref name="many"/> otherwise ("dienst", "diensten").</summary>
    public static string Of(double count, string one, string many) => count == 1 ? one : many;

    /// <summary>"1 dienst", "0 diensten", "2 diensten", the count in the culture's digits.</summary>
    public static string Count(double count, string one, string many, IFormatProvider? culture = null) =>
        $"{count.ToString(culture ?? CultureInfo.InvariantCulture)} {Of(count, one, many)}";
}
