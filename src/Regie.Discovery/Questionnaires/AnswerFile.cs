using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Questionnaires;

namespace Regie.Discovery.Questionnaires;

/// <summary>What an answer file held: its answer rows, the vendor it names (the 'leverancier' column), or what is wrong with it.</summary>
public sealed record AnswerFileContent(IReadOnlyList<AnswerLine> Lines, string? Vendor, IReadOnlyList<QuestionnaireError> Errors);

/// <summary>
/// The answer file of a vendor questionnaire, as CSV (';' in Dutch, ',' in English) or XLSX: one row per open question with
/// its code, what it concerns, the question and how to answer it, and empty cells for the answer, an explanation and the
/// date. Reading needs only the columns 'vraag' and 'antwoord' (or 'question' and 'answer'); the others are for the reader.
/// </summary>
public static class AnswerFile
{
    public const int MaxBytes = 1024 * 1024;

    public const string AnswersSheet = "antwoorden";

    private enum Column { Question, Vendor, Subject, Services, Text, HowToAnswer, Earlier, Answer, Explanation, Date }

    private static readonly (Column Column, string Nl, string En)[] Columns =
    [
        (Column.Question, "vraag", "question"), (Column.Vendor, "leverancier", "vendor"), (Column.Subject, "onderwerp", "subject"),
        (Column.Services, "diensten", "services"), (Column.Text, "vraagtekst", "question text"), (Column.HowToAnswer, "zo antwoordt u", "how to answer"),
        (Column.Earlier, "eerder antwoord", "earlier answer"), (Column.Answer, "antwoord", "answer"), (Column.Explanation, "toelichting", "explanation"),
        (Column.Date, "datum", "date"),
    ];

    private static bool English(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static IReadOnlyList<string> Header(CultureInfo culture) => [.. Columns.Select(c => English(culture) ? c.En : c.Nl)];

    // Service and vendor names are the board's text: neutralised, so that a name starting with '=' is not a formula.
    private static IEnumerable<string[]> Rows(VendorQuestions vendor, CultureInfo culture) =>
        RawRows(vendor, culture).Select(row => row.Select(SpreadsheetCell.Text).ToArray());

    private static IEnumerable<string[]> RawRows(VendorQuestions vendor, CultureInfo culture) =>
        vendor.Open.Select(q => new[]
        {
            q.Id.ToString(), vendor.VendorId, QuestionnaireDocument.Subject(q, vendor.VendorName), string.Join(", ", q.Services.Select(s => s.Name)),
            QuestionnaireDocument.QuestionText(q, culture), QuestionnaireDocument.AnswerFormat(q, culture),
            q.Answer is { } a ? $"{QuestionnaireDocument.AnswerText(q, a, culture)} ({a.AnsweredOn:yyyy-MM-dd})" : "", "", "", "",
        });

    public static string FileName(VendorQuestions vendor, string extension) => $"vragenlijst-{Slug(vendor.VendorId)}.{extension}";

    /// <summary>The answer file as CSV text; Dutch Excel reads ';', other tools ','.</summary>
    public static string Csv(VendorQuestions vendor, CultureInfo culture)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = English(culture) ? "," : ";" });
        foreach (var cell in Header(culture))
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
        foreach (var row in Rows(vendor, culture))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }

        csv.Flush();
        return writer.ToString();
    }

    /// <summary>The CSV as bytes with a byte-order mark, so that Excel opens it as UTF-8.</summary>
    public static byte[] CsvBytes(VendorQuestions vendor, CultureInfo culture) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Csv(vendor, culture))];

    /// <summary>The answer file as an Excel workbook: the questions, and the hosting providers and countries an answer may name.</summary>
    public static void Xlsx(Stream stream, VendorQuestions vendor, KnowledgeCatalog catalog, CultureInfo culture)
    {
        var english = English(culture);
        var header = Header(culture);
        var sheets = new Dictionary<string, object>
        {
            [english ? "answers" : AnswersSheet] = Rows(vendor, culture).Select(row => header.Zip(row).ToDictionary(x => x.First, x => (object?)x.Second)).ToList(),
            [english ? "hosting providers" : "hostingpartijen"] = catalog.Providers
                .Where(p => !p.Id.StartsWith(StatedKnowledge.OwnDataCentrePrefix, StringComparison.Ordinal)).OrderBy(p => p.NameIn(culture.TwoLetterISOLanguageName), StringComparer.CurrentCulture)
                .Select(p => new Dictionary<string, object?> { ["id"] = p.Id, [english ? "name" : "naam"] = p.NameIn(culture.TwoLetterISOLanguageName) }).ToList(),
            [english ? "countries" : "landen"] = catalog.Countries.OrderBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => new Dictionary<string, object?> { ["code"] = c.Code, [english ? "name" : "naam"] = c.Name.In(culture.TwoLetterISOLanguageName) }).ToList(),
        };
        MiniExcel.SaveAs(stream, sheets);
    }

    /// <summary>
    /// Reads an answer file (XLSX by its name or content, else CSV): the rows with the number a spreadsheet shows, or what
    /// is wrong with the file as a whole (too large, unreadable, empty, a required column missing).
    /// </summary>
    public static AnswerFileContent Read(Stream stream, string fileName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= MaxBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length > MaxBytes)
        {
            return Failed(new(null, "bestand", new AnswerFileTooLarge(MaxBytes / 1024)));
        }

        buffer.Position = 0;
        var isXlsx = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                     || (buffer.Length > 4 && buffer.GetBuffer() is [0x50, 0x4B, 0x03, 0x04, ..]);
        var table = isXlsx ? ReadXlsx(buffer) : ReadCsv(buffer);
        if (table is null)
        {
            return Failed(new(null, "bestand", new AnswerFileUnreadable()));
        }

        var headerAt = table.FindIndex(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));
        if (headerAt < 0)
        {
            return Failed(new(null, "bestand", new AnswerFileHasNoRows()));
        }

        var (headerRow, headerCells) = table[headerAt];
        var index = new Dictionary<Column, int>();
        for (var i = 0; i < headerCells.Count; i++)
        {
            var name = headerCells[i]?.Trim().ToLowerInvariant() ?? "";
            var column = Columns.FirstOrDefault(c => c.Nl == name || c.En == name);
            if (column.Nl is not null && !index.ContainsKey(column.Column))
            {
                index[column.Column] = i;
            }
        }

        var missing = new[] { (Column.Question, "vraag"), (Column.Answer, "antwoord") }.Where(c => !index.ContainsKey(c.Item1))
            .Select(c => new QuestionnaireError(headerRow, "kopregel", new AnswerFileColumnMissing(c.Item2))).ToList();
        if (missing.Count > 0)
        {
            return new([], null, missing);
        }

        // A cell the writer guarded against formulas ('-…) reads back as it was (SpreadsheetCell.Restore).
        string? Cell(IReadOnlyList<string?> cells, Column column) =>
            index.TryGetValue(column, out var i) && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? SpreadsheetCell.Restore(cells[i]!.Trim()) : null;
        var rows = table.Skip(headerAt + 1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        var lines = rows.Select(r => new AnswerLine(r.Row, Cell(r.Cells, Column.Question), Cell(r.Cells, Column.Answer), Cell(r.Cells, Column.Explanation), Cell(r.Cells, Column.Date)))
            .ToList();
        return new(lines, rows.Select(r => Cell(r.Cells, Column.Vendor)).FirstOrDefault(v => v is not null), []);
    }

    private static AnswerFileContent Failed(QuestionnaireError error) => new([], null, [error]);

    private static List<(int Row, IReadOnlyList<string?> Cells)>? ReadCsv(MemoryStream buffer)
    {
        var csv = CsvText.Open(buffer);
        var bad = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = CsvText.DetectDelimiter(csv.FirstLine, ";", ",", "\t"),
            DetectColumnCountChanges = false,
            BadDataFound = _ => bad = true,
        };
        var table = new List<(int, IReadOnlyList<string?>)>();
        using var parser = new CsvParser(csv.Reader, config);
        while (parser.Read())
        {
            table.Add((parser.Row, parser.Record ?? []));
        }

        return bad ? null : table;
    }

    private static List<(int Row, IReadOnlyList<string?> Cells)>? ReadXlsx(MemoryStream buffer)
    {
        try
        {
            var sheets = MiniExcel.GetSheetNames(buffer);
            var sheet = sheets.FirstOrDefault(s => s.Equals(AnswersSheet, StringComparison.OrdinalIgnoreCase) || s.Equals("answers", StringComparison.OrdinalIgnoreCase))
                ?? sheets.FirstOrDefault();
            buffer.Position = 0;
            var table = new List<(int, IReadOnlyList<string?>)>();
            var row = 0;
            foreach (IDictionary<string, object?> cells in MiniExcel.Query(buffer, useHeaderRow: false, sheetName: sheet))
            {
                table.Add((++row, [.. cells.Values.Select(Display)]));
            }

            return table;
        }
        catch (Exception) // MiniExcel throws many exception types for a damaged or non-XLSX file; all mean the same to the user.
        {
            return null;
        }
    }

    private static string? Display(object? cell) => cell switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    private static string Slug(string text) => new([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
}
