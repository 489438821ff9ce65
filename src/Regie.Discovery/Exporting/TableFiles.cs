using System.Data;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using Regie.Core.Exporting;

namespace Regie.Discovery.Exporting;

/// <summary>The three files a list downloads as.</summary>
public enum ExportFormat { Csv, Xlsx, Json }

/// <summary>
/// Writes an <see cref="ExportTable"/> as a file, the one place for the web pages, the API and the command line
/// (docs/EXPORTS.md). It sits in Regie.Discovery because that project already carries MiniExcel and both edges reference it.
/// </summary>
public static class TableFiles
{
    /// <summary>"csv", "xlsx" or "json" (any case); null for anything else.</summary>
    public static ExportFormat? Parse(string? format) => format?.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" or "excel" => ExportFormat.Xlsx,
        "json" => ExportFormat.Json,
        _ => null,
    };

    public static string Extension(ExportFormat format) => format.ToString().ToLowerInvariant();

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/json; charset=utf-8",
    };

    public static byte[] Bytes(ExportTable table, ExportFormat format, bool english)
    {
        using var stream = new MemoryStream();
        Write(stream, table, format, english);
        return stream.ToArray();
    }

    public static void Write(Stream stream, ExportTable table, ExportFormat format, bool english)
    {
        switch (format)
        {
            case ExportFormat.Csv:
                Csv(stream, table, english);
                break;
            case ExportFormat.Xlsx:
                Xlsx(stream, table, english);
                break;
            default:
                Json(stream, table);
                break;
        }
    }

    /// <summary>
    /// CSV that Excel opens by double-click: UTF-8 with BOM (else Excel reads Windows-1252), CRLF, RFC 4180 quoting. Dutch:
    /// ';' between cells because the decimal separator is the comma, as Dutch Excel's list separator; English: ',' and '.'.
    /// Dates are ISO (yyyy-mm-dd), which Excel reads as a date in either language.
    /// </summary>
    public static void Csv(Stream stream, ExportTable table, bool english)
    {
        var culture = english ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("nl-NL");
        var separator = english ? ',' : ';';
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(separator, table.Columns.Select(c => Quoted(c.Header(english), separator))));
        foreach (var row in table.SpreadsheetRows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(separator);
                }

                writer.Write(Quoted(CsvCell(table.Columns[i], row[i], culture), separator));
            }

            writer.WriteLine();
        }
    }

    private static string CsvCell(ExportColumn column, object? value, CultureInfo culture) => value switch
    {
        null => "",
        decimal d when column.Kind == CellKind.Percentage => (d * 100).ToString("F" + column.Decimals, culture) + "%",
        decimal d => d.ToString("F" + column.Decimals, culture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Quoted(string cell, char separator) =>
        cell.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>One sheet; numbers and dates are typed cells (a spreadsheet can sum them), text is neutralised.</summary>
    public static void Xlsx(Stream stream, ExportTable table, bool english)
    {
        using var data = new DataTable(english ? table.Name.En : table.Name.Nl) { Locale = CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column.Header(english), column.Kind switch
            {
                CellKind.Integer => typeof(long),
                CellKind.Decimal or CellKind.Percentage => typeof(decimal),
                CellKind.Date => typeof(DateTime),
                _ => typeof(string),
            });
        }

        foreach (var row in table.SpreadsheetRows)
        {
            data.Rows.Add([.. row.Select(value => value switch
            {
                null => DBNull.Value,
                DateOnly date => date.ToDateTime(TimeOnly.MinValue),
                _ => value,
            })]);
        }

        MiniExcel.SaveAs(stream, data, sheetName: data.TableName);
    }

    /// <summary>An array of objects keyed by the columns' keys, values as the analysis gave them: numbers invariant, dates ISO, text unchanged.</summary>
    public static void Json(Stream stream, ExportTable table)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Count; i++)
            {
                json.WritePropertyName(table.Columns[i].Key);
                switch (row[i])
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case long l:
                        json.WriteNumberValue(l);
                        break;
                    case decimal d:
                        json.WriteNumberValue(d);
                        break;
                    case DateOnly date:
                        json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    default:
                        json.WriteStringValue(Convert.ToString(row[i], CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
