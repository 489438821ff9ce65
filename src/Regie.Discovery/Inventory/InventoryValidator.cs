using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Discovery.Inventory;

/// <summary>A row that passed validation, as the service it will become.</summary>
public sealed record ImportedService(int Row, Service Service);

/// <summary>An edge between two services named as in the file or as already registered; the applier looks up their ids.</summary>
public sealed record ImportedDependency(int Row, string From, DependencyKind Kind, string To);

public sealed record InventoryValidation(IReadOnlyList<ImportedService> Services, IReadOnlyList<ImportedDependency> Dependencies, IReadOnlyList<ImportIssue> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Checks parsed inventory rows against the catalog, the board's processes and its registered services, and turns them
/// into services and dependencies. Pure: no database, no files. Empty cells stay unknown; only what is written is checked.
/// </summary>
public static class InventoryValidator
{
    public static InventoryValidation Validate(
        IReadOnlyList<InventoryRow> rows, RegieKnowledge knowledge, IReadOnlyCollection<string> existingServiceNames,
        IReadOnlyList<Process>? boardProcesses = null, string fileName = "")
    {
        var errors = new List<ImportIssue>();
        var catalog = knowledge.Catalog;
        var matcher = new ProductMatcher(catalog, knowledge.Matcher);
        var processes = Lookup(boardProcesses ?? knowledge.ProcessTemplates, p => p.Id, p => [p.Id, p.Name.Nl, p.Name.En]);
        var dataCategories = Lookup(knowledge.DataCategories, d => d.Id, d => [d.Id, d.Name.Nl, d.Name.En]);
        var companies = Lookup(catalog.Companies, c => c.Id, c => [c.Id, c.Name]);
        var providers = Lookup(catalog.Providers, p => p.Id, p => [p.Id, p.Name]);
        var existing = Lookup(existingServiceNames, n => n, n => [n]);

        // A name already registered, or written twice, is not an error: the applier joins the row to that service and says so.
        var inFile = new Dictionary<string, InventoryRow>();
        foreach (var row in rows)
        {
            inFile.TryAdd(TextKey.Of(row.Name), row);
        }

        var services = new List<ImportedService>();
        var dependencies = new List<ImportedDependency>();
        foreach (var row in rows)
        {
            string? Resolve(InventoryColumn column, string? text, Dictionary<string, string> lookup, Func<string, ImportReason> unknown)
            {
                if (text is null)
                {
                    return null;
                }

                if (lookup.TryGetValue(TextKey.Of(text), out var id))
                {
                    return id;
                }

                errors.Add(Error(fileName, row, column, unknown(text)));
                return null;
            }

            IReadOnlyList<string> ResolveAll(InventoryColumn column, IReadOnlyList<string>? items, Dictionary<string, string> lookup, Func<string, ImportReason> unknown) =>
                [.. (items ?? []).Select(item => Resolve(column, item, lookup, unknown)).OfType<string>().Distinct()];

            var product = row.CatalogId is { } catalogId
                ? catalog.ProductById.GetValueOrDefault(catalogId.Trim())
                  ?? Error<Product>(errors, fileName, row, InventoryColumn.CatalogId, new ProductNotInCatalog(catalogId))
                : matcher.Match(row.Name);

            var service = new Service(
                ServiceId.New(), row.Name.Trim(), product?.Id,
                ResolveAll(InventoryColumn.Processes, row.Processes, processes, value => new UnknownProcess(value, Choices(processes))),
                row.Pupils, row.Staff,
                ResolveAll(InventoryColumn.DataCategories, row.DataCategories, dataCategories, value => new UnknownDataCategory(value, Choices(dataCategories))),
                Resolve(InventoryColumn.Vendor, row.Vendor, companies, value => new UnknownVendor(value)),
                Resolve(InventoryColumn.HostingProvider, row.HostingProvider, providers, value => new UnknownHostingProvider(value, Choices(providers))),
                row.Region, row.DataLocation, null, row.ContractEnd, row.ExitClause, row.ExportFormats, row.Dpia, row.Kia, row.AnnualCost,
                Notes: row.Notes);
            services.Add(new(row.Row, service));

            foreach (var (column, kind, targets) in new[]
                     {
                         (InventoryColumn.SignsInThrough, DependencyKind.SignsInThrough, row.SignsInThrough),
                         (InventoryColumn.HostedOn, DependencyKind.HostedOn, row.HostedOn),
                         (InventoryColumn.IntegratesWith, DependencyKind.IntegratesWith, row.IntegratesWith),
                     })
            {
                foreach (var target in targets ?? [])
                {
                    var key = TextKey.Of(target);
                    var to = inFile.TryGetValue(key, out var other) ? other.Name.Trim() : existing.GetValueOrDefault(key);
                    if (to is null)
                    {
                        errors.Add(Error(fileName, row, column, new DependencyNotFound(target)));
                    }
                    else if (key == TextKey.Of(row.Name))
                    {
                        errors.Add(Error(fileName, row, column, new DependsOnItself()));
                    }
                    else if (!dependencies.Any(d => d.Row == row.Row && d.Kind == kind && d.To == to))
                    {
                        dependencies.Add(new(row.Row, service.Name, kind, to));
                    }
                }
            }
        }

        return new(services, dependencies, ImportErrors.InSheetOrder(errors));
    }

    /// <summary>Every spelling a user may type (id, Dutch or English name) mapped to the id.</summary>
    private static Dictionary<string, string> Lookup<T>(IEnumerable<T> items, Func<T, string> id, Func<T, string[]> names)
    {
        var lookup = new Dictionary<string, string>();
        foreach (var item in items)
        {
            foreach (var name in names(item).Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                lookup.TryAdd(TextKey.Of(name), id(item));
            }
        }

        return lookup;
    }

    private static IReadOnlyList<string> Choices(Dictionary<string, string> lookup) => [.. lookup.Values.Distinct()];

    private static ImportIssue Error(string file, InventoryRow row, InventoryColumn column, ImportReason why) =>
        ImportIssue.AtRow(file, row.Row, InventoryColumns.Header(column), why);

    private static T? Error<T>(List<ImportIssue> errors, string file, InventoryRow row, InventoryColumn column, ImportReason why) where T : class
    {
        errors.Add(Error(file, row, column, why));
        return null;
    }
}
