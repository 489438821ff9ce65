using System.Globalization;

namespace Regie.Core.Planning;

/// <summary>A calendar quarter, the roadmap's period ("2027-Q2").</summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    public Quarter(int year, int number)
    {
        if (year is < 2000 or > 2200 || number is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), $"Geen geldig kwartaal: {year}-Q{number}.");
        }

        (Year, Number) = (year, number);
    }

    public int Year { get; }
    public int Number { get; }

    /// <summary>Quarters since year 0, so that two quarters subtract.</summary>
    public int Index => Year * 4 + Number - 1;

    public static Quarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public static Quarter FromIndex(int index) => new(index / 4, index % 4 + 1);

    public Quarter Plus(int quarters) => FromIndex(Index + quarters);

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    /// <summary>Reads "2027-Q2" (also "2027Q2", "q2 2027" is not accepted: one spelling, as the export writes it).</summary>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var t = text?.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (t is null || t.Length < 6)
        {
            return false;
        }

        var q = t.IndexOf('Q', StringComparison.Ordinal);
        if (q < 4 || !int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(t[(q + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < 1 or > 4 || year is < 2000 or > 2200 || (q != 4 && !(q == 5 && t[4] == '-')))
        {
            return false;
        }

        quarter = new Quarter(year, number);
        return true;
    }

    public static Quarter Parse(string text) =>
        TryParse(text, out var q) ? q : throw new FormatException($"'{text}' is geen kwartaal; schrijf het als 2027-Q2.");

    public int CompareTo(Quarter other) => Index.CompareTo(other.Index);

    public static bool operator <(Quarter a, Quarter b) => a.Index < b.Index;
    public static bool operator >(Quarter a, Quarter b) => a.Index > b.Index;
    public static bool operator <=(Quarter a, Quarter b) => a.Index <= b.Index;
    public static bool operator >=(Quarter a, Quarter b) => a.Index >= b.Index;

    public override string ToString() => $"{Year}-Q{Number}";
}
