using System.CommandLine;
using System.Globalization;
using System.Text;
using Regie.Core.Exporting;
using Regie.Discovery.Exporting;
using Spectre.Console;

namespace Regie.Cli;

/// <summary>
/// The one `--format table|csv|xlsx|json` and `--output FILE` of every command that prints a list: the same tables and
/// writers as the web's downloads (docs/EXPORTS.md). CSV follows `--language` (nl: ';' and decimal comma; en: ',' and '.').
/// </summary>
internal static class ListOutput
{
    public static Option<string> Format(string json = "json")
    {
        var format = new Option<string>("--format") { Description = $"table, csv (Nederlandse Excel: ';' en decimale komma), xlsx (met --output) of {json}.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "xlsx", "json");
        return format;
    }

    public static Option<string> Output() =>
        new("--output") { Description = "Schrijf naar dit bestand in plaats van naar de uitvoer (nodig bij xlsx).", HelpName = "BESTAND" };

    /// <summary>Writes <paramref name="table"/> as <paramref name="format"/> ("table" on the terminal, else a file's bytes: to <paramref name="path"/> or, for csv and json, to the output).</summary>
    public static async Task WriteAsync(CliContext cli, ExportTable table, string format, string? path, CultureInfo culture, CancellationToken ct)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        if (format == "table")
        {
            WriteTable(cli, table, culture, english);
            return;
        }

        var chosen = TableFiles.Parse(format)!.Value;
        if (path is null && chosen == ExportFormat.Xlsx)
        {
            throw UserError.Usage("--format xlsx schrijft een werkmap: geef ook --output BESTAND.xlsx.");
        }

        var bytes = TableFiles.Bytes(table, chosen, english);
        if (path is null)
        {
            // The file's exact text, byte order mark included, so that `> lijst.csv` opens in Excel as the download does.
            await cli.Out.WriteAsync(Encoding.UTF8.GetString(bytes));
            return;
        }

        try
        {
            await File.WriteAllBytesAsync(path, bytes, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Kan '{path}' (--output) niet schrijven: {e.Message}");
        }

        await cli.Err.WriteLineAsync(table.Truncated
            ? $"{path}: de eerste {ExportTable.MaxRows:N0} regels geschreven; de lijst is langer."
            : $"{path}: {table.Rows.Count} regel(s) geschreven.");
    }

    /// <summary>
    /// A file's bytes to <paramref name="path"/> (--output), or as text to the output without the byte order mark, for a file
    /// that is read back (an answer file, a questionnaire).
    /// </summary>
    public static async Task WriteFileOrOutputAsync(CliContext cli, string? path, byte[] bytes, CancellationToken ct)
    {
        if (path is null)
        {
            await cli.Out.WriteAsync(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            return;
        }

        try
        {
            await File.WriteAllBytesAsync(path, bytes, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Kan '{path}' (--output) niet schrijven: {e.Message}");
        }
    }

    private static void WriteTable(CliContext cli, ExportTable table, CultureInfo culture, bool english)
    {
        var shown = new Table();
        foreach (var column in table.Columns)
        {
            shown.AddColumn(new TableColumn(Markup.Escape(column.Header(english))) { Alignment = column.Kind is CellKind.Text or CellKind.Date ? Justify.Left : Justify.Right });
        }

        foreach (var row in table.Rows)
        {
            shown.AddRow([.. row.Select((value, i) => new Text(Shown(table.Columns[i], value, culture)))]);
        }

        cli.Console.Write(shown);
    }

    private static string Shown(ExportColumn column, object? value, CultureInfo culture) => value switch
    {
        null => "",
        decimal d when column.Kind == CellKind.Percentage => (d * 100).ToString("F" + column.Decimals, culture) + " %",
        decimal d => d.ToString("N" + column.Decimals, culture),
        long l => l.ToString("N0", culture),
        DateOnly date => date.ToString("d", culture),
        _ => Convert.ToString(value, culture) ?? "",
    };
}
