using System.Globalization;
using System.Text.Json;
using Regie.Core.Exporting;

namespace Regie.Cli.Remote;

/// <summary>
/// A list the server exported as JSON (TableFiles.Json: one object a row, keyed by column, values invariant) read back into
/// the core's table, so the command line writes the CSV, XLSX and JSON with the very columns and rules it uses locally.
/// </summary>
internal static class RemoteTables
{
    /// <summary>The rows of <paramref name="rows"/> under the columns of <paramref name="template"/> (the list built with no rows).</summary>
    public static ExportTable Read(ExportTable template, IReadOnlyList<Dictionary<string, JsonElement>> rows, Uri server)
    {
        try
        {
            return new ExportTable(template.Name, template.Columns,
                rows.Select(row => (IReadOnlyList<object?>)[.. template.Columns.Select(c => Cell(c, row.TryGetValue(c.Key, out var value) ? value : default))]));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new UserError($"Het antwoord van {server} is geen lijst die deze regie kent ({e.Message}). Is de server even nieuw als deze regie?");
        }
    }

    private static object? Cell(ExportColumn column, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        return column.Kind switch
        {
            CellKind.Integer => value.GetInt64(),
            CellKind.Decimal or CellKind.Percentage => value.GetDecimal(),
            CellKind.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value.GetString(),
        };
    }
}
