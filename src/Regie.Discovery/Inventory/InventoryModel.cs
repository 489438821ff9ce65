using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Core.Landscape;

namespace Regie.Discovery.Inventory;

public enum InventoryFormat { Csv, Xlsx }

/// <summary>
/// One filled-in row of the inventory, typed but not yet checked against the catalog. Names of processes, data
/// categories, vendors and other services are kept as written; the validator resolves them. Empty means unknown.
/// </summary>
public sealed record InventoryRow(
    int Row,
    string Name,
    string? CatalogId = null,
    IReadOnlyList<string>? Processes = null,
    int? Pupils = null,
    int? Staff = null,
    IReadOnlyList<string>? DataCategories = null,
    string? Vendor = null,
    string? HostingProvider = null,
    string? Region = null,
    DataLocation? DataLocation = null,
    IReadOnlyList<string>? SignsInThrough = null,
    IReadOnlyList<string>? HostedOn = null,
    IReadOnlyList<string>? IntegratesWith = null,
    DateOnly? ContractEnd = null,
    Tri ExitClause = Tri.Unknown,
    IReadOnlyList<string>? ExportFormats = null,
    AssessmentStatus Dpia = AssessmentStatus.Unknown,
    AssessmentStatus Kia = AssessmentStatus.Unknown,
    decimal? AnnualCost = null,
    string? Notes = null);

public static class ImportErrors
{
    /// <summary>In the order a user works through the sheet: by row, then by column as the template lays them out.</summary>
    public static IReadOnlyList<ImportIssue> InSheetOrder(IEnumerable<ImportIssue> errors) =>
        [.. errors.OrderBy(e => e.Row ?? 0).ThenBy(e => e.Column is null ? -1 : InventoryColumns.Find(e.Column)?.Column is { } c ? (int)c : int.MaxValue)];
}

/// <summary>The rows read, and every problem named as the user sees it: file, spreadsheet row (header = row 1) and column.</summary>
public sealed record InventoryParseResult(IReadOnlyList<InventoryRow> Rows, IReadOnlyList<ImportIssue> Errors);

public static class InventoryFormats
{
    /// <summary>The format a file name implies, or null when its extension is neither .csv nor .xlsx.</summary>
    public static InventoryFormat? FromFileName(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" or ".txt" => InventoryFormat.Csv,
        ".xlsx" => InventoryFormat.Xlsx,
        _ => null,
    };
}
