using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Discovery.Inventory;

/// <summary>Turns one row's cells into an <see cref="InventoryRow"/>, adding an error for every cell it cannot read.</summary>
internal sealed partial class RowParser(string file, int row, IReadOnlyDictionary<InventoryColumn, object?> cells, List<ImportIssue> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "dd-MM-yyyy", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    public InventoryRow? Parse()
    {
        var name = Text(InventoryColumn.Name);
        if (name is null)
        {
            Error(InventoryColumn.Name, new NameMissing());
        }
        else if (InputRules.HasHiddenCharacters(name))
        {
            Error(InventoryColumn.Name, new NameHasControlCharacters());
        }

        var result = new InventoryRow(
            row, name ?? "",
            CatalogId: Text(InventoryColumn.CatalogId),
            Processes: List(InventoryColumn.Processes),
            Pupils: Count(InventoryColumn.Pupils),
            Staff: Count(InventoryColumn.Staff),
            DataCategories: List(InventoryColumn.DataCategories),
            Vendor: Text(InventoryColumn.Vendor),
            HostingProvider: Text(InventoryColumn.HostingProvider),
            Region: Text(InventoryColumn.Region),
            DataLocation: Location(InventoryColumn.DataLocation),
            SignsInThrough: List(InventoryColumn.SignsInThrough),
            HostedOn: List(InventoryColumn.HostedOn),
            IntegratesWith: List(InventoryColumn.IntegratesWith),
            ContractEnd: Date(InventoryColumn.ContractEnd),
            ExitClause: YesNo(InventoryColumn.ExitClause),
            ExportFormats: List(InventoryColumn.ExportFormats),
            Dpia: Status(InventoryColumn.Dpia),
            Kia: Status(InventoryColumn.Kia),
            AnnualCost: Amount(InventoryColumn.AnnualCost),
            Notes: Text(InventoryColumn.Notes));
        return name is null ? null : result;
    }

    private object? Cell(InventoryColumn column) => cells.GetValueOrDefault(column);

    private string? Text(InventoryColumn column) => InventoryReader.Display(Cell(column)) is { Length: > 0 } text ? text : null;

    private IReadOnlyList<string> List(InventoryColumn column) => TextKey.SplitList(Text(column));

    private int? Count(InventoryColumn column)
    {
        var cell = Cell(column);
        if (Text(column) is not { } text)
        {
            return null;
        }

        decimal? value = cell is double d ? (decimal)d : ParseNumber(text);
        if (value is not { } v || v != Math.Floor(v))
        {
            return Error<int?>(column, new NotANumber(text));
        }

        return v < 0 ? Error<int?>(column, new NegativeValue(text))
            : !InputRules.IsSaneCount(v) ? Error<int?>(column, new CountOutOfRange(text, InputRules.MaxCount))
            : (int)v;
    }

    private decimal? Amount(InventoryColumn column)
    {
        var cell = Cell(column);
        if (Text(column) is not { } text)
        {
            return null;
        }

        var value = cell is double d ? (decimal)d : ParseNumber(text.Replace("€", "").Replace("EUR", "", StringComparison.OrdinalIgnoreCase));
        return value switch
        {
            null => Error<decimal?>(column, new NotAnAmount(text)),
            < 0 => Error<decimal?>(column, new NegativeValue(text)),
            { } v when !InputRules.IsSaneAmount(v) => Error<decimal?>(column, new AmountOutOfRange(text, InputRules.MaxAmount)),
            _ => value,
        };
    }

    /// <summary>Dutch "12.500,50" and plain "12500.50" both; a dot followed by groups of three digits is a thousands separator.</summary>
    private static decimal? ParseNumber(string text)
    {
        var t = text.Trim().Replace(" ", "").Replace("\u00a0", "");
        if (t.Contains(','))
        {
            return decimal.TryParse(t, NumberStyles.Number, CultureInfo.GetCultureInfo("nl-NL"), out var nl) ? nl : null;
        }

        if (DutchThousands().IsMatch(t))
        {
            t = t.Replace(".", "");
        }

        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private DateOnly? Date(InventoryColumn column)
    {
        switch (Cell(column))
        {
            case DateTime dateTime:
                return DateOnly.FromDateTime(dateTime);
            case double serial when serial is > 1 and < 2958466:
                // Excel stores a date as a day number when the cell has no date format.
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        if (Text(column) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Error<DateOnly?>(column, new NotADate(text));
    }

    private Tri YesNo(InventoryColumn column) =>
        TriText.TryParseStrict(Text(column), out var value) ? value : Error(column, new NotYesOrNo(Text(column) ?? ""), Tri.Unknown);

    private AssessmentStatus Status(InventoryColumn column) => TextKey.Of(Text(column)) switch
    {
        "" or "onbekend" or "unknown" or "?" => AssessmentStatus.Unknown,
        "niet gestart" or "not started" or "nee" or "no" => AssessmentStatus.NotStarted,
        "bezig" or "in progress" or "loopt" => AssessmentStatus.InProgress,
        "klaar" or "done" or "afgerond" or "gereed" or "ja" or "yes" => AssessmentStatus.Done,
        "niet nodig" or "not needed" or "nvt" or "n v t" => AssessmentStatus.NotNeeded,
        _ => Error(column, new NotAStatus(Text(column) ?? ""), AssessmentStatus.Unknown),
    };

    private DataLocation? Location(InventoryColumn column) => TextKey.Of(Text(column)) switch
    {
        "" or "onbekend" or "unknown" => null,
        "alleen eu" => Core.Catalog.DataLocation.EuOnly,
        "standaard eu" => Core.Catalog.DataLocation.EuDefault,
        "buiten eu" => Core.Catalog.DataLocation.OutsideEu,
        var key => KnowledgeLoader.ParseDataLocation(key.Replace(' ', '-'))
            ?? Error<DataLocation?>(column, new NotADataLocation(Text(column) ?? "")),
    };

    private T Error<T>(InventoryColumn column, ImportReason why, T fallback = default!)
    {
        errors.Add(ImportIssue.AtRow(file, row, InventoryColumns.Header(column), why));
        return fallback;
    }

    private void Error(InventoryColumn column, ImportReason why) => Error<object?>(column, why);

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex DutchThousands();
}
