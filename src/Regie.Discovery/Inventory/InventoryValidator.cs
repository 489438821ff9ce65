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

    /// <summary>Vendors and hosting providers the catalog lacks, to add as the board's own parties.</summary>
    public IReadOnlyList<ImportParty> NewParties { get; init; } = [];

    /// <summary>Warnings that do not stop the import (e.g. a vendor added as the board's own).</summary>
    public IReadOnlyList<ImportIssue> Notes { get; init; } = [];
}

/// <summary>
/// Checks parsed inventory rows against the catalog, the board's processes and its registered services, and turns them
/// into services and dependencies. Pure: no database, no files. Empty cells stay unknown; only what is written is checked.
/// </summary>
public static class InventoryValidator
{
    /// <summary>
    /// One pass over <paramref name="rows"/> (they may be read as they are validated, <see cref="InventoryReader.Open"/>): each
    /// row becomes its service at once and is not kept; only the dependencies wait for the end, as a row may name a service
    /// further down the file.
    /// </summary>
    public static InventoryValidation Validate(
        IEnumerable<InventoryRow> rows, RegieKnowledge knowledge, IReadOnlyCollection<string> existingServiceNames,
        IReadOnlyList<Process>? boardProcesses = null, string fileName = "")
    {
        var errors = new List<ImportIssue>();
        var catalog = knowledge.Catalog;
        var matcher = new ProductMatcher(catalog, knowledge.Matcher);
        var processes = Lookup(boardProcesses ?? knowledge.ProcessTemplates, p => p.Id, p => [p.Id, p.Name.Nl, p.Name.En]);
        var dataCategories = Lookup(knowledge.DataCategories, d => d.Id, d => [d.Id, d.Name.Nl, d.Name.En]);
        var companies = Lookup(catalog.Companies, c => c.Id, c => [c.Id, c.Name]);
        var providers = Lookup(catalog.Providers, p => p.Id, p => [p.Id, .. p.KnownNames]);
        var existing = Lookup(existingServiceNames, n => n, n => [n]);
        var ownParties = new OwnParties(catalog, fileName, errors);
        var texts = new TextPool();

        // A name already registered, or written twice, is not an error: the applier joins the row to that service and says so.
        var inFile = new Dictionary<string, string>();
        var services = new List<ImportedService>();
        var named = new List<NamedDependency>();
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

                errors.Add(Error(fileName, row.Row, column, unknown(text)));
                return null;
            }

            IReadOnlyList<string> ResolveAll(InventoryColumn column, IReadOnlyList<string>? items, Dictionary<string, string> lookup, Func<string, ImportReason> unknown) =>
                [.. (items ?? []).Select(item => Resolve(column, item, lookup, unknown)).OfType<string>().Distinct()];

            var product = row.CatalogId is { } catalogId
                ? catalog.ProductById.GetValueOrDefault(catalogId.Trim())
                  ?? Error<Product>(errors, fileName, row.Row, InventoryColumn.CatalogId, new ProductNotInCatalog(catalogId))
                : matcher.Match(row.Name);

            var name = row.Name.Trim();
            var key = TextKey.Of(row.Name);
            inFile.TryAdd(key, name);
            var service = new Service(
                ServiceId.New(), name, product?.Id,
                ResolveAll(InventoryColumn.Processes, row.Processes, processes, value => new UnknownProcess(value, Choices(processes))),
                row.Pupils, row.Staff,
                ResolveAll(InventoryColumn.DataCategories, row.DataCategories, dataCategories, value => new UnknownDataCategory(value, Choices(dataCategories))),
                ownParties.Resolve(row.Row, InventoryColumn.Vendor, OwnPartyKind.Company, row.Vendor, companies),
                ownParties.Resolve(row.Row, InventoryColumn.HostingProvider, OwnPartyKind.HostingProvider, row.HostingProvider, providers),
                texts.Same(row.Region), row.DataLocation, null, row.ContractEnd, row.ExitClause, texts.Same(row.ExportFormats), row.Dpia, row.Kia, row.AnnualCost,
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
                    named.Add(new(row.Row, key, name, column, kind, target));
                }
            }
        }

        var dependencies = new List<ImportedDependency>();
        var added = new HashSet<(int Row, DependencyKind Kind, string To)>();
        foreach (var dependency in named)
        {
            var key = TextKey.Of(dependency.Target);
            var to = inFile.GetValueOrDefault(key) ?? existing.GetValueOrDefault(key);
            if (to is null)
            {
                errors.Add(Error(fileName, dependency.Row, dependency.Column, new DependencyNotFound(dependency.Target)));
            }
            else if (key == dependency.FromKey)
            {
                errors.Add(Error(fileName, dependency.Row, dependency.Column, new DependsOnItself()));
            }
            else if (added.Add((dependency.Row, dependency.Kind, to)))
            {
                dependencies.Add(new(dependency.Row, dependency.From, dependency.Kind, to));
            }
        }

        return new(services, dependencies, ImportErrors.InSheetOrder(errors)) { NewParties = ownParties.Added, Notes = ownParties.Notes };
    }

    /// <summary>A dependency as a row names it, resolved once every row has been read.</summary>
    private sealed record NamedDependency(int Row, string FromKey, string From, InventoryColumn Column, DependencyKind Kind, string Target);

    /// <summary>
    /// One instance of each short text many rows repeat (a region, a list of export formats): a large inventory says "CSV" on
    /// every row, and each service would otherwise keep its own copy.
    /// </summary>
    private sealed class TextPool
    {
        private readonly Dictionary<string, string> texts = [];
        private readonly Dictionary<string, IReadOnlyList<string>> lists = [];

        public string? Same(string? text) => text is null ? null : texts.TryAdd(text, text) ? text : texts[text];

        public IReadOnlyList<string>? Same(IReadOnlyList<string>? list)
        {
            if (list is null)
            {
                return null;
            }

            var key = string.Join('\u001f', list);
            return lists.TryAdd(key, list) ? list : lists[key];
        }
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

    /// <summary>
    /// A vendor or hosting provider as written: the catalog's or the board's party with that id or name, or else a new party
    /// of the board's own, as the Parties page would make it (key from the name, once per file), with a warning line. A name
    /// the catalog lacks is a fact about the board, not a mistake in the file.
    /// </summary>
    private sealed class OwnParties(KnowledgeCatalog catalog, string fileName, List<ImportIssue> errors)
    {
        private const int LongestName = 200;

        // Words that mean "not known" are left unknown; "none"/"geen" is the catalog's word for "no parent", never a party.
        private static readonly HashSet<string> Unknown = ["onbekend", "unknown", "nvt", "n v t"];
        private static readonly HashSet<string> Reserved = [Company.NoParent, "unknown", "onbekend", "geen"];

        // "B.V.", "Inc." and the like: "Zivver BV" is the catalog's "Zivver B.V.".
        private static readonly HashSet<string> LegalForms = ["bv", "nv", "vof", "inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "sas", "srl", "ab", "as", "corp", "corporation", "co", "company", "limited"];

        // Each new party's key, one instance for every row that names it.
        private readonly Dictionary<(OwnPartyKind, string), string> added = [];
        private readonly Dictionary<string, string?> companyByCore = ByCore(catalog.Companies.Select(c => (c.Id, c.Name)));
        private readonly Dictionary<string, string?> providerByCore = ByCore(catalog.Providers.SelectMany(p => p.KnownNames.Select(name => (p.Id, name))));

        public List<ImportParty> Added { get; } = [];

        public List<ImportIssue> Notes { get; } = [];

        public string? Resolve(int row, InventoryColumn column, OwnPartyKind kind, string? text, Dictionary<string, string> lookup)
        {
            if (text is null || Unknown.Contains(TextKey.Of(text)))
            {
                return null;
            }

            if (lookup.TryGetValue(TextKey.Of(text), out var id))
            {
                return id;
            }

            var name = text.Trim();
            var key = PartyKey.Of(name);
            if (InputRules.HasHiddenCharacters(name))
            {
                errors.Add(Error(fileName, row, column, new NameHasControlCharacters()));
                return null;
            }

            if (key is null || Reserved.Contains(key) || name.Length > LongestName)
            {
                errors.Add(Error(fileName, row, column, key is not null && name.Length > LongestName ? new NameTooLong(LongestName)
                    : kind == OwnPartyKind.Company ? new UnknownVendor(name) : new UnknownHostingProvider(name, Choices(lookup))));
                return null;
            }

            // The same name as a party the catalog or board has, but for punctuation or legal form: that party.
            if ((kind == OwnPartyKind.Company ? companyByCore : providerByCore).GetValueOrDefault(Core(key)) is { } known)
            {
                return known;
            }

            if (added.TryGetValue((kind, key), out var same))
            {
                return same;
            }

            added.Add((kind, key), key);
            Added.Add(new(kind, key, name, $"rij {row}"));
            Notes.Add(Error(fileName, row, column, kind == OwnPartyKind.Company ? new VendorAddedAsOwnParty(name) : new HostingProviderAddedAsOwnParty(name)));
            return key;
        }

        /// <summary>A party key without its legal form at the end: "zivver-bv" → "zivver".</summary>
        private static string Core(string key)
        {
            var words = key.Split('-').ToList();
            while (words.Count > 1 && LegalForms.Contains(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            return string.Join('-', words);
        }

        /// <summary>Each party by the core of its id and of its name; a core two parties share leads to neither (null).</summary>
        private static Dictionary<string, string?> ByCore(IEnumerable<(string Id, string Name)> parties)
        {
            var byCore = new Dictionary<string, string?>();
            foreach (var (id, name) in parties)
            {
                foreach (var core in new[] { id, PartyKey.Of(name) }.OfType<string>().Select(Core).Distinct())
                {
                    byCore[core] = byCore.TryGetValue(core, out var other) && other != id ? null : id;
                }
            }

            return byCore;
        }
    }

    private static ImportIssue Error(string file, int row, InventoryColumn column, ImportReason why) =>
        ImportIssue.AtRow(file, row, InventoryColumns.Header(column), why);

    private static T? Error<T>(List<ImportIssue> errors, string file, int row, InventoryColumn column, ImportReason why) where T : class
    {
        errors.Add(Error(file, row, column, why));
        return null;
    }
}
