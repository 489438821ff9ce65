using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Regie.Core.Imports;

namespace Regie.Discovery.Inventory;

/// <summary>
/// Reads a filled-in inventory spreadsheet (CSV or XLSX) into typed rows. Every problem becomes an <see cref="ImportIssue"/>
/// naming the spreadsheet row and column; reading never stops at the first one, so the user can fix them all at once.
/// </summary>
public static class InventoryReader
{
    public const string SheetName = "inventaris";

    public static InventoryParseResult Read(Stream stream, InventoryFormat format, string fileName)
    {
        var reading = Open(stream, format, fileName);
        var rows = reading.Rows.ToList();
        return reading.TooManyRows ? new([], reading.Errors) : new(rows, reading.Errors);
    }

    /// <summary>
    /// The rows as they are read (<see cref="InventoryReading.Rows"/>, one pass), for a caller that turns each into what it
    /// keeps (<see cref="InventoryValidator"/>): the typed rows of a large file are then never all held at once.
    /// </summary>
    public static InventoryReading Open(Stream stream, InventoryFormat format, string fileName) => new(stream, format, fileName);

    /// <summary>One reading of a spreadsheet; <see cref="Errors"/> and <see cref="TooManyRows"/> are complete once <see cref="Rows"/> has been read.</summary>
    public sealed class InventoryReading
    {
        private readonly List<ImportIssue> errors = [];

        internal InventoryReading(Stream stream, InventoryFormat format, string fileName) => Rows = Parse(stream, format, fileName);

        public IEnumerable<InventoryRow> Rows { get; }

        /// <summary>Every problem found while reading; only <see cref="TooManyRows"/> when the file had too many rows.</summary>
        public IReadOnlyList<ImportIssue> Errors => errors;

        public bool TooManyRows { get; private set; }

        private IEnumerable<InventoryRow> Parse(Stream stream, InventoryFormat format, string fileName)
        {
            var table = format == InventoryFormat.Csv ? ReadCsv(stream, fileName, errors) : ReadXlsx(stream, fileName, errors);
            (int Row, IReadOnlyList<object?> Cells)? header = null;
            Dictionary<int, InventoryColumn> columns = [];
            var filled = 0;

            // Each row is parsed as it is read, and only its typed result handed on: a large file is never held as cells.
            foreach (var (row, cells) in table.Where(r => r.Cells.Any(c => !IsBlank(c))))
            {
                // Stop at the limit while reading (the header row plus the rows allowed): a small file can hold millions of rows.
                if (++filled > ImportLimits.MaxRows + 1)
                {
                    TooManyRows = true;
                    errors.Clear();
                    errors.Add(ImportIssue.AtRow(fileName, null, null, new TooManyRows(ImportLimits.MaxRows)));
                    yield break;
                }

                if (header is null)
                {
                    header = (row, cells);
                    columns = MapHeader(header.Value, fileName, errors);
                    continue;
                }

                if (!columns.ContainsValue(InventoryColumn.Name))
                {
                    continue;
                }

                var unnamed = Enumerable.Range(0, cells.Count).Where(i => !IsBlank(cells[i]) && (i >= header.Value.Cells.Count || IsBlank(header.Value.Cells[i]))).ToList();
                if (unnamed.Count > 0)
                {
                    errors.Add(ImportIssue.AtRow(fileName, row, null, new ValueInUnnamedColumn(unnamed[0] + 1)));
                }

                var values = new Dictionary<InventoryColumn, object?>();
                foreach (var (index, column) in columns)
                {
                    values[column] = index < cells.Count ? cells[index] : null;
                }

                if (new RowParser(fileName, row, values, errors).Parse() is { } parsed)
                {
                    yield return parsed;
                }
            }

            if (header is null && errors.Count == 0)
            {
                errors.Add(ImportIssue.AtRow(fileName, null, null, new FileEmpty()));
            }
        }
    }

    private static Dictionary<int, InventoryColumn> MapHeader((int Row, IReadOnlyList<object?> Cells) header, string fileName, List<ImportIssue> errors)
    {
        var columns = new Dictionary<int, InventoryColumn>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = Display(header.Cells[i]);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            // An unknown header is an error rather than ignored: it is usually a typo, and ignoring it would drop data.
            if (InventoryColumns.Find(text) is not { } spec)
            {
                errors.Add(ImportIssue.AtRow(fileName, header.Row, text, new UnknownColumn([.. InventoryColumns.All.Select(c => c.Header)])));
            }
            else if (columns.ContainsValue(spec.Column))
            {
                errors.Add(ImportIssue.AtRow(fileName, header.Row, text, new ColumnTwice(spec.Header)));
            }
            else
            {
                columns[i] = spec.Column;
            }
        }

        if (!columns.ContainsValue(InventoryColumn.Name))
        {
            errors.Add(ImportIssue.AtRow(fileName, header.Row, null, new NameColumnMissing()));
        }

        return columns;
    }

    /// <summary>The rows one by one, as the parser reads them, so that a file with too many rows is refused without holding them all.</summary>
    private static IEnumerable<(int Row, IReadOnlyList<object?> Cells)> ReadCsv(Stream stream, string fileName, List<ImportIssue> errors)
    {
        var csv = CsvText.Open(stream);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = CsvText.DetectDelimiter(csv.FirstLine, ";", ",", "\t"),
            DetectColumnCountChanges = false,
            BadDataFound = args => errors.Add(ImportIssue.AtRow(fileName, args.Context.Parser?.Row, null, new QuotesDoNotMatch())),
        };
        using var parser = new CsvParser(csv.Reader, config);
        while (parser.Read())
        {
            // Parser.Row counts blank lines and keeps a quoted multi-line cell on one row, as a spreadsheet shows it.
            yield return (parser.Row, parser.Record ?? []);
        }
    }

    /// <summary>
    /// The first sheet's rows one by one: MiniExcel reads the sheet's XML as a stream, so a packed file of millions of rows
    /// is stopped at the row limit instead of being unpacked whole.
    /// </summary>
    private static IEnumerable<(int Row, IReadOnlyList<object?> Cells)> ReadXlsx(Stream stream, string fileName, List<ImportIssue> errors)
    {
        using var buffer = stream.CanSeek ? null : new MemoryStream();
        if (buffer is not null)
        {
            stream.CopyTo(buffer);
        }

        var xlsx = buffer ?? stream;
        var start = xlsx == stream ? stream.Position : 0;
        IEnumerator<dynamic>? rows = null;
        try
        {
            try
            {
                xlsx.Position = start;
                var sheets = MiniExcel.GetSheetNames(xlsx);
                var sheet = sheets.FirstOrDefault(s => s.Equals(SheetName, StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault();
                xlsx.Position = start;
                rows = MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: sheet).GetEnumerator();
            }
            catch (Exception) // MiniExcel throws many exception types for a damaged or non-XLSX file; all mean the same to the user.
            {
                errors.Add(ImportIssue.AtRow(fileName, null, null, new NotAnExcelFile()));
                yield break;
            }

            var row = 0;
            while (true)
            {
                IDictionary<string, object?> cells;
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }

                    cells = (IDictionary<string, object?>)rows.Current;
                }
                catch (Exception) // as above: a sheet damaged half-way is just as unreadable
                {
                    errors.Add(ImportIssue.AtRow(fileName, null, null, new NotAnExcelFile()));
                    yield break;
                }

                yield return (++row, [.. cells.Values]);
            }
        }
        finally
        {
            rows?.Dispose();
        }
    }

    internal static bool IsBlank(object? cell) => string.IsNullOrWhiteSpace(Display(cell));

    /// <summary>A cell as the user sees it, for messages and text columns.</summary>
    internal static string Display(object? cell) => cell switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString()?.Trim() ?? "",
    };
}
