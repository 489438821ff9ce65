namespace Regie.Core.Common;

/// <summary>
/// Text written into a CSV or XLSX cell that a spreadsheet must show, not calculate. OWASP "CSV injection": a cell that
/// starts with = + - @, a tab or a carriage return can be read as a formula (=HYPERLINK(…), =cmd|…), so it gets a
/// leading apostrophe, which spreadsheets hide. Every CSV and XLSX writer of Regie puts its text through here.
/// </summary>
public static class SpreadsheetCell
{
    public static string Text(string? value) =>
        value is { Length: > 0 } && IsFormulaStart(value[0]) ? "'" + value : value ?? "";

    /// <summary>Text is neutralised; numbers, dates and empty cells stay what they are (a number cell is never a formula).</summary>
    public static object? Value(object? value) => value is string text ? Text(text) : value;

    /// <summary>
    /// The text as it was before <see cref="Text"/>: a CSV Regie wrote and reads back (an answer file) must not keep the
    /// apostrophe as part of the value. Only an apostrophe before a formula start is taken off, as only that one was put on.
    /// </summary>
    public static string? Restore(string? cell) =>
        cell is { Length: > 1 } && cell[0] == '\'' && IsFormulaStart(cell[1]) ? cell[1..] : cell;

    private static bool IsFormulaStart(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';
}
