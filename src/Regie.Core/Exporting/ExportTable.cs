using System.Globalization;
using System.Text;
using Regie.Core.Common;

namespace Regie.Core.Exporting;

/// <summary>What a cell holds, so that a writer can make a number a number (XLSX) or write it in the reader's culture (CSV).</summary>
public enum CellKind { Text, Integer, Decimal, Date, Percentage }

/// <summary>
/// One column of a list export: <paramref name="Key"/> names it in JSON (stable, camelCase), the headers name it for people.
/// A <see cref="CellKind.Decimal"/> keeps <paramref name="Decimals"/> places; a <see cref="CellKind.Percentage"/> holds a
/// fraction (0.25 is 25 %).
/// </summary>
public sealed record ExportColumn(string Key, string Dutch, string English, CellKind Kind = CellKind.Text, int Decimals = 0)
{
    public string Header(bool english) => english ? English : Dutch;
}

/// <summary>
/// A list as the exports write it (CSV, XLSX, JSON): typed cells, no I/O. Cells are checked against their column at
/// construction: text is a string, an integer a long, a decimal or percentage a decimal (rounded to the column's places),
/// a date a <see cref="DateOnly"/>, an empty cell null. Text keeps what the board typed; <see cref="SpreadsheetRows"/> is
/// what a spreadsheet may see (no formulas).
/// </summary>
public sealed class ExportTable
{
    /// <summary>
    /// An export holds at most this many rows (a board's lists are far shorter; the audit log caps itself lower), so
    /// that one download cannot hold the server's memory; <see cref="Truncated"/> says when rows were left out.
    /// </summary>
    public const int MaxRows = 100_000;

    public ExportTable(LocalizedText name, IReadOnlyList<ExportColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        Name = name;
        Columns = columns;
        var kept = new List<IReadOnlyList<object?>>();
        foreach (var row in rows)
        {
            if (kept.Count == MaxRows)
            {
                Truncated = true;
                break;
            }

            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"Export '{name.En}': row {kept.Count + 1} has {row.Count} cells for {columns.Count} columns.", nameof(rows));
            }

            kept.Add([.. row.Select((value, i) => Typed(columns[i], value, kept.Count + 1))]);
        }

        Rows = kept;
    }

    /// <summary>The list's name in file names ("diensten", "services").</summary>
    public LocalizedText Name { get; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>The values as the analysis gave them: what JSON writes.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    public bool Truncated { get; }

    /// <summary>The rows a CSV or XLSX file writes: every text cell through <see cref="SpreadsheetCell"/>.</summary>
    public IEnumerable<IReadOnlyList<object?>> SpreadsheetRows => Rows.Select(row => (IReadOnlyList<object?>)[.. row.Select(SpreadsheetCell.Value)]);

    /// <summary>"diensten-stichting-voorbeeld-2026-12-06.csv": list, board and date, in letters, digits and hyphens only.</summary>
    public string FileName(string board, DateOnly date, bool english, string extension)
    {
        var slug = Slug(board);
        return $"{(english ? Name.En : Name.Nl)}{(slug.Length > 0 ? "-" + slug : "")}-{date:yyyy-MM-dd}.{extension}";
    }

    private static string Slug(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }

    private static object? Typed(ExportColumn column, object? value, int row) => (column.Kind, value) switch
    {
        (_, null) => null,
        (CellKind.Text, string text) => text,
        (CellKind.Integer, int i) => (long)i,
        (CellKind.Integer, long l) => l,
        (CellKind.Decimal or CellKind.Percentage, double d) when double.IsFinite(d) => Math.Round((decimal)d, Places(column), MidpointRounding.AwayFromZero),
        (CellKind.Decimal or CellKind.Percentage, decimal m) => Math.Round(m, Places(column), MidpointRounding.AwayFromZero),
        (CellKind.Decimal or CellKind.Percentage, int i) => (decimal)i,
        (CellKind.Date, DateOnly date) => date,
        _ => throw new ArgumentException($"Export column '{column.Key}', row {row}: a {value.GetType().Name} is not a {column.Kind} cell."),
    };

    // A percentage keeps two more places as a fraction than the column shows as a percentage.
    private static int Places(ExportColumn column) => column.Kind == CellKind.Percentage ? column.Decimals + 2 : column.Decimals;
}
