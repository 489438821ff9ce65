using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Matching;
using Regie.Discovery.Inventory;

namespace Regie.Discovery.Imports;

/// <summary>
/// The reading half of every import (`regie import`, the /import page): read the file in its format and match every row
/// through the catalog matcher into an <see cref="ImportPlan"/>; Regie.Data's ImportApplier writes it. Bad input never
/// throws: it comes back as <see cref="ImportPlan.Errors"/>, each naming the file and the row or JSON path.
/// </summary>
public static class BoardImport
{
    /// <summary>
    /// Reads and matches a file without writing anything: the plan an upload page could show before saving. A file larger
    /// than <see cref="ImportLimits.MaxBytes"/> is refused before a byte is parsed, one with more than
    /// <see cref="ImportLimits.MaxRows"/> rows or entries while reading (the inventory) or after (the exports, whose size
    /// the byte limit already bounds).
    /// </summary>
    public static ImportPlan Read(
        Stream stream, string fileName, ImportFormat format, RegieKnowledge knowledge, BoardLandscape landscape, MatchDecisions? decisions = null)
    {
        if (stream.CanSeek && stream.Length - stream.Position > ImportLimits.MaxBytes)
        {
            return ImportPlan.Failed(format, [ImportIssue.AtRow(fileName, null, null, new FileTooLarge(ImportLimits.MaxBytes))]);
        }

        // Zero bytes is the same mistake in every format ("het bestand is leeg"), not a broken Excel, XML or JSON file.
        if (stream.CanSeek && stream.Length == stream.Position)
        {
            return ImportPlan.Failed(format, [ImportIssue.AtRow(fileName, null, null, new FileEmpty())]);
        }

        var plan = ReadFormat(stream, fileName, format, knowledge, landscape, decisions ?? MatchDecisions.None);
        var rows = plan.Candidates.Count + plan.SkippedRows.Count;
        return rows > ImportLimits.MaxRows ? ImportPlan.Failed(format, [ImportIssue.AtRow(fileName, null, null, new TooManyRows(ImportLimits.MaxRows))])
            // A file of column names alone is a mistake (an empty export, the template saved unfilled), never "the board has no
            // services": read as valid, it would offer to remove every registered service.
            : rows == 0 && plan.NewParties.Count == 0 && plan.IsValid ? ImportPlan.Failed(format, [ImportIssue.AtRow(fileName, null, null, new NoRows())])
            : plan;
    }

    private static ImportPlan ReadFormat(Stream stream, string fileName, ImportFormat format, RegieKnowledge knowledge, BoardLandscape landscape, MatchDecisions decisions)
    {
        var catalog = knowledge.Catalog.For(landscape);
        if (decisions.Products.Where(id => !catalog.ProductById.ContainsKey(id)).ToList() is { Count: > 0 } unknown)
        {
            return ImportPlan.Failed(format, [.. unknown.Select(id => ImportIssue.AtRow(fileName, null, null, new ProductNotInCatalog(id)))]);
        }

        var recogniser = new Recogniser(knowledge, catalog);
        var plan = format switch
        {
            ImportFormat.Inventory => ReadInventory(stream, fileName, knowledge with { Catalog = catalog }, landscape),
            ImportFormat.Entra => EntraReader.Read(stream, fileName, recogniser),
            ImportFormat.GoogleWorkspace => GoogleWorkspaceReader.Read(stream, fileName, recogniser),
            ImportFormat.CycloneDx => CycloneDxReader.Read(stream, fileName, recogniser),
            ImportFormat.Daaf => DaafReader.Read(stream, fileName, recogniser),
            ImportFormat.ArchiMate => ArchiMateReader.Read(stream, fileName, recogniser, landscape),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        return plan.IsValid ? WithUnsureMatches(WithDecisions(plan, decisions), fileName, knowledge.Matcher, decisions) : plan;
    }

    /// <summary>Rows the user decided about in the review list become the product chosen, or stay the board's own.</summary>
    private static ImportPlan WithDecisions(ImportPlan plan, MatchDecisions decisions) =>
        decisions.IsEmpty ? plan : plan with
        {
            Candidates =
            [
                .. plan.Candidates.Select(c => decisions.TryGet(c.RawName, out var product) && product != c.Service.CatalogProductId
                    ? c with { Service = c.Service with { CatalogProductId = product } }
                    : c),
            ],
        };

    /// <summary>
    /// A row the matcher was unsure about stays the board's own service (it joins nothing); a note names the product it
    /// might be, so a person can check instead of Regie guessing. These notes are the preview's review list
    /// (<see cref="ImportResult.Review"/>); a row the user decided about is not on it.
    /// </summary>
    private static ImportPlan WithUnsureMatches(ImportPlan plan, string fileName, CatalogMatcher matcher, MatchDecisions decisions)
    {
        var unsure = new List<ImportIssue>();
        foreach (var candidate in plan.Candidates.Where(c => c.Service.CatalogProductId is null && !decisions.TryGet(c.RawName, out _)))
        {
            if (matcher.Match(candidate.Service.Name).Candidate is { } maybe)
            {
                var why = new MightBeProduct(candidate.RawName, maybe.CatalogId, maybe.ProductName, maybe.Score);
                unsure.Add(candidate.Row is { } row ? ImportIssue.AtRow(fileName, row, null, why) : ImportIssue.AtPath(fileName, candidate.Place, why));
            }
        }

        return unsure.Count == 0 ? plan : plan with { Notes = [.. plan.Notes, .. unsure] };
    }

    private static ImportPlan ReadInventory(Stream stream, string fileName, RegieKnowledge knowledge, BoardLandscape landscape)
    {
        if (InventoryFormats.FromFileName(fileName) is not { } kind)
        {
            return ImportPlan.Failed(ImportFormat.Inventory, [ImportIssue.AtRow(fileName, null, null, new InventoryIsCsvOrXlsx())]);
        }

        // Rows are validated as they are read: a large file is never held as rows and services at once.
        var reading = InventoryReader.Open(stream, kind, fileName);
        var inventory = InventoryValidator.Validate(reading.Rows, knowledge, [.. landscape.Services.Select(s => s.Name)], landscape.Processes, fileName);
        var errors = reading.TooManyRows ? reading.Errors : ImportErrors.InSheetOrder(reading.Errors.Concat(inventory.Errors));
        if (errors.Count > 0)
        {
            return ImportPlan.Failed(ImportFormat.Inventory, errors);
        }

        var recordType = kind == InventoryFormat.Csv ? "csv-row" : "xlsx-row";
        return new(
            ImportFormat.Inventory,
            [.. inventory.Services.Select(s => new ImportCandidate($"rij {s.Row}", recordType, s.Service.Name, s.Service, Key: s.Service.Name, Row: s.Row))],
            [.. inventory.Dependencies.Select(d => new ImportEdge($"rij {d.Row}", d.From, d.Kind, d.To))],
            [], inventory.Notes)
        { NewParties = inventory.NewParties };
    }
}
