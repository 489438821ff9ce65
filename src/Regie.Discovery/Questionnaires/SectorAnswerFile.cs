using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Regie.Core.Common;
using Regie.Core.Observatory;

namespace Regie.Discovery.Questionnaires;

/// <summary>
/// The file of `regie sector answers import` and of the upload on /sector/shared (docs/SECTOR.md): a CSV with a header of the API's field names (';' or ','),
/// or the JSON array of the bodies POST /api/v1/sector/answers takes. Bounded in size and rows; what is wrong is said in
/// Dutch with the file, the row and the field.
/// </summary>
public static class SectorAnswerFile
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const int MaxRows = 10_000;

    private static readonly string[] Required = [.. SectorAnswerInput.Fields.Where(f => f != "explanation")];

    /// <summary>Reads the file <paramref name="name"/> of <paramref name="length"/> bytes; one larger than <see cref="MaxBytes"/> is not read at all.</summary>
    public static SectorAnswerFileContent Read(Stream stream, string name, long length)
    {
        if (length > MaxBytes)
        {
            return new([], [$"{name}: het bestand is {(length / 1024.0 / 1024.0).ToString("0.0", Dutch)} MB; de grens is {MaxBytes / 1024 / 1024} MB. Splits het in kleinere bestanden."], []);
        }

        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        var json = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || FirstCharacter(stream) is '[' or '{';
        var errors = new List<string>();
        var cells = new List<SectorAnswerCellError>();
        var rows = json ? ReadJson(stream, name, errors, cells) : ReadCsv(stream, name, errors, cells);
        if (rows.Count > MaxRows)
        {
            return new([], [$"{name}: meer dan {MaxRows.ToString("N0", Dutch)} antwoorden; de grens is {MaxRows.ToString("N0", Dutch)} per bestand. Splits het in kleinere bestanden."], []);
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add($"{name}: het bestand heeft geen antwoorden.");
        }

        return errors.Count > 0 ? new([], errors, []) : new(rows, [], cells);
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static char? FirstCharacter(Stream stream)
    {
        var buffer = new byte[64];
        var read = stream.Read(buffer, 0, buffer.Length);
        stream.Position = 0;
        var text = System.Text.Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.Length > 0 ? text[0] : null;
    }

    private static DateOnly? Date(string? text, int row, List<SectorAnswerCellError> cells)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null; // the shared check says it is needed
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        cells.Add(new(row, "answeredOn", $"'{text.Trim()}' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2026-12-01."));
        return null;
    }

    private static SectorAnswerInput Input(Func<string, string?> cell, int row, List<SectorAnswerCellError> cells) => new(
        cell("vendorId"), cell("vendorName"), cell("subject"), cell("topic"), cell("answer"), cell("explanation"),
        Date(cell("answeredOn"), row, cells), cell("receivedBy"), cell("source"));

    private static List<SectorAnswerRow> ReadCsv(Stream stream, string file, List<string> errors, List<SectorAnswerCellError> cellErrors)
    {
        var csv = CsvText.Open(stream);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = CsvText.DetectDelimiter(csv.FirstLine, ";", ",", "\t"),
            DetectColumnCountChanges = false,
            BadDataFound = bad => errors.Add($"{file}: rij {bad.Context.Parser?.Row}: een veld met een losse '\"'; zet het hele veld tussen aanhalingstekens."),
        };
        using var parser = new CsvParser(csv.Reader, config);
        if (!parser.Read())
        {
            return [];
        }

        var header = parser.Record ?? [];
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var column = header[i].Trim();
            var field = SectorAnswerInput.Fields.FirstOrDefault(f => f.Equals(column, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                if (column.Length > 0 && !column.Equals(SectorAnswerInput.QuestionText, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"{file}: rij 1, kolom '{column}' is onbekend; de kolommen zijn {string.Join(", ", SectorAnswerInput.Fields)}.");
                }
            }
            else
            {
                index.TryAdd(field, i);
            }
        }

        foreach (var missing in Required.Where(f => !index.ContainsKey(f)))
        {
            errors.Add($"{file}: rij 1, de kolom '{missing}' ontbreekt.");
        }

        if (errors.Count > 0)
        {
            return [];
        }

        var rows = new List<SectorAnswerRow>();
        while (rows.Count <= MaxRows && parser.Read()) // one over the limit is enough to refuse the file
        {
            var cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = parser.Row;
            // A cell the CSV writer neutralised ('-…, '=…) reads back as it was written (SpreadsheetCell.Restore).
            rows.Add(new(row, Input(f => index.TryGetValue(f, out var i) && i < cells.Length ? SpreadsheetCell.Restore(cells[i]) : null, row, cellErrors)));
        }

        return rows;
    }

    private static List<SectorAnswerRow> ReadJson(Stream stream, string file, List<string> errors, List<SectorAnswerCellError> cellErrors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            errors.Add($"{file}: geen geldige JSON (regel {(e.LineNumber ?? 0) + 1}): {e.Message}");
            return [];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{file}: verwacht een JSON-lijst [ … ] van antwoorden, zoals POST /api/v1/sector/answers er één neemt.");
                return [];
            }

            var rows = new List<SectorAnswerRow>();
            var row = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                row++;
                if (rows.Count > MaxRows)
                {
                    break; // one over the limit is enough to refuse the file
                }

                if (element.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{file}: rij {row}: verwacht een object {{ \"vendorId\": …, … }}.");
                    continue;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Equals(SectorAnswerInput.QuestionText, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (!SectorAnswerInput.Fields.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        cellErrors.Add(new(row, property.Name, $"onbekend veld; de velden zijn {string.Join(", ", SectorAnswerInput.Fields)}."));
                    }
                    else if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        cellErrors.Add(new(row, property.Name, "verwacht tekst tussen aanhalingstekens."));
                    }
                }

                var current = row;
                string? Cell(string field)
                {
                    var value = element.EnumerateObject().FirstOrDefault(p => p.Name.Equals(field, StringComparison.OrdinalIgnoreCase)).Value;
                    return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                }

                rows.Add(new(current, Input(Cell, current, cellErrors)));
            }

            return rows;
        }
    }
}
