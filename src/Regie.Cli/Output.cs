using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using Regie.Core.Common;

namespace Regie.Cli;

/// <summary>The machine-readable formats of the CLI: indented camelCase JSON with readable Dutch text, and invariant CSV.</summary>
internal static class Output
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // stdout, not HTML: keep ë and – as they are
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Task WriteJsonAsync(TextWriter writer, object value) => writer.WriteLineAsync(JsonSerializer.Serialize(value, JsonOptions));

    public static void WriteCsv(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var field in header)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(SpreadsheetCell.Value(field));
            }

            csv.NextRecord();
        }
    }
}
