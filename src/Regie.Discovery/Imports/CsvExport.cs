using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Discovery.Inventory;

namespace Regie.Discovery.Imports;

/// <summary>
/// A CSV file downloaded from an admin console: a header row and data rows, columns found by name in any order. Unknown
/// columns are ignored (consoles add columns over time); only the columns an importer asks for are read.
/// </summary>
internal sealed class CsvExport
{
    private readonly Dictionary<string, int> columnByKey;

    private CsvExport(string fileName, int headerRow, IReadOnlyList<string> header, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        FileName = fileName;
        HeaderRow = headerRow;
        Header = header;
        Rows = rows;
        columnByKey = [];
        for (var i = 0; i < header.Count; i++)
        {
            columnByKey.TryAdd(Key(header[i]), i);
        }
    }

    public string FileName { get; }
    public int HeaderRow { get; }
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows with their line number as a spreadsheet shows it (header = 1); blank rows left out.</summary>
    public IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Rows { get; }

    /// <summary>Reads the file; a file that is empty or not CSV adds an error and returns null.</summary>
    public static CsvExport? Read(Stream stream, string fileName, List<ImportIssue> errors)
    {
        var csv = CsvText.Open(stream);
        if (csv.HasNul)
        {
            csv.Reader.Dispose();
            errors.Add(ImportIssue.AtRow(fileName, null, null, new NotATextFile()));
            return null;
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = CsvText.DetectDelimiter(csv.FirstLine, ",", ";", "\t"),
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        var table = new List<(int Row, IReadOnlyList<string> Cells)>();
        using (var parser = new CsvParser(csv.Reader, config))
        {
            while (parser.Read())
            {
                var cells = parser.Record ?? [];
                if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                {
                    table.Add((parser.Row, [.. cells.Select(c => c.Trim())]));
                }
            }
        }

        if (table.Count == 0)
        {
            errors.Add(ImportIssue.AtRow(fileName, null, null, new FileEmpty()));
            return null;
        }

        return new CsvExport(fileName, table[0].Row, table[0].Cells, table.Skip(1).ToList());
    }

    /// <summary>The index of the first column whose header is one of the names (any case, spacing or punctuation).</summary>
    public int? Column(params string[] names)
    {
        foreach (var name in names)
        {
            if (columnByKey.TryGetValue(Key(name), out var index))
            {
                return index;
            }
        }

        return null;
    }

    public static string? Cell(IReadOnlyList<string> cells, int? column) =>
        column is { } i && i < cells.Count && cells[i].Length > 0 ? cells[i] : null;

    private static string Key(string header) => new([.. TextKey.Of(header).Where(char.IsLetterOrDigit)]);
}
