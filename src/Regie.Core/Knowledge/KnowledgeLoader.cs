using Regie.Core.Catalog;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using static Regie.Core.Knowledge.Loading.KnowledgeConverter;
using static Regie.Core.Knowledge.Loading.KnowledgeFiles;

namespace Regie.Core.Knowledge;

/// <summary>
/// Loads the data folder (catalog, processes, data categories, scoring and planning models) and checks it as `regie catalog
/// lint` does, in three steps under <c>Loading/</c>: parse the YAML (<see cref="KnowledgeFiles"/>), convert it
/// (<see cref="KnowledgeConverter"/>) and check across files (<see cref="KnowledgeLint"/>). Loading is the only I/O in the
/// core; everything after it works on the returned values. Finding the folder is the edges' business (<see cref="DataFolder"/>).
/// </summary>
public static class KnowledgeLoader
{
    public static readonly IReadOnlySet<string> PrefillRules = new HashSet<string>
    {
        "parentJurisdiction", "cutoffExposure", "extraterritorialExposure", "dataLocation", "keyControl",
        "exportFormats", "operatorJurisdiction", "exitClause", "hostingDependency", "openSource", "dpiaStatus",
    };

    /// <summary>
    /// Loads and checks; throws <see cref="KnowledgeLoadException"/> listing every issue found. With a
    /// <paramref name="parsedFilesFolder"/> (the edges pass <see cref="DataFolder.ParsedFilesFolder"/>) the parsed files are
    /// kept there and the next load of the same bytes skips parsing the YAML; without one nothing is written.
    /// </summary>
    public static RegieKnowledge Load(string dataFolder, string? parsedFilesFolder = null)
    {
        var (knowledge, issues) = Lint(dataFolder, parsedFilesFolder);
        return issues.Count > 0 || knowledge is null ? throw new KnowledgeLoadException(issues) : knowledge;
    }

    public static (RegieKnowledge? Knowledge, IReadOnlyList<DataIssue> Issues) Lint(string dataFolder, string? parsedFilesFolder = null)
    {
        var issues = new List<DataIssue>();
        if (KnowledgeFiles.Read(dataFolder, issues, parsedFilesFolder) is not { } files)
        {
            return (null, issues);
        }

        var processes = ConvertProcesses(files.Processes, issues);
        var dataCategories = ConvertDataCategories(files.DataCategories, issues);
        var processSubjects = ConvertProcessSubjects(files.Processes, issues);
        var model = ConvertModel(files.Model, issues);
        var countries = ConvertCountries(files.Countries, issues);
        var companies = ConvertCompanies(files.Companies, "companies.yaml", issues);
        var alternativeVendors = ConvertCompanies(files.AlternativeVendors, AlternativeVendorsFile, issues);
        var catalogCompanyIds = companies.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var twice in alternativeVendors.Where(c => catalogCompanyIds.Contains(c.Id)))
        {
            issues.Add(new(AlternativeVendorsFile, $"company '{twice.Id}', id", "staat ook in companies.yaml; een bedrijf hoort in één van beide"));
        }

        companies.AddRange(alternativeVendors.Where(c => !catalogCompanyIds.Contains(c.Id)));
        var providers = ConvertProviders(files.Providers, issues);
        var categories = ConvertCategories(files.Categories, issues);
        var products = ConvertProducts(files.Products, issues);
        var standards = ConvertStandards(files.Standards, issues);
        var alternatives = ConvertAlternatives(files.Alternatives, issues);
        var harm = ConvertHarmWeights(files.ScenarioHarm, issues);
        var effort = ConvertEffortRules(files.MigrationEffort, issues);
        var tender = ConvertTenderCriteria(files.TenderCriteria, issues);
        var publicValues = ReadPublicValues(dataFolder, issues);
        var released = ParseDate(files.Catalog.Released, "catalog.yaml", "released", issues);
        if (string.IsNullOrWhiteSpace(files.Catalog.Version))
        {
            issues.Add(new("catalog.yaml", "version", "ontbreekt"));
        }

        var catalog = new KnowledgeCatalog(files.Catalog.Version ?? "", released, countries, companies, providers, categories, products, standards, alternatives);
        var alternativeVendorIds = alternativeVendors.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        KnowledgeLint.CheckReferences(catalog, processes, model, issues);
        KnowledgeLint.CheckCatalogV2(catalog, alternativeVendorIds, issues);
        KnowledgeLint.CheckReplacedFunctions(catalog, processes, issues);
        KnowledgeLint.CheckConfidence(catalog, alternativeVendorIds, AggregatorDomains.Convert(files.AggregatorDomains, issues), issues);
        KnowledgeLint.CheckModels(catalog, model, effort, tender, issues);
        IReadOnlyDictionary<string, string> domains = new Dictionary<string, string>();
        try
        {
            domains = Matching.DomainNames.Load(dataFolder, catalog);
        }
        catch (InvalidDataException e)
        {
            issues.Add(new("matching/domains.yaml", "bestand", e.Message));
        }

        var mostUsed = ReadMostUsed(dataFolder, catalog, issues);
        var sectorDpias = SectorDpiaFile.Load(dataFolder, catalog, issues);
        return (new RegieKnowledge(catalog, model, processes, dataCategories, harm, effort, tender)
        {
            ProductDomains = domains,
            MostUsedProductIds = mostUsed,
            SectorDpias = sectorDpias,
            ProcessSubjects = processSubjects,
            PublicValues = publicValues,
        }, issues);
    }

    /// <summary>catalog/most-used.yaml is optional: the lint's figures over the most-used products appear only when it exists.</summary>
    private static List<string>? ReadMostUsed(string dataFolder, KnowledgeCatalog catalog, List<DataIssue> issues)
    {
        if (KnowledgeFiles.ReadMostUsed(dataFolder, issues) is not { } file)
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var (entry, i) in file.Products.Select((e, i) => (e, i + 1)))
        {
            var place = $"product {i} '{entry.Id}'";
            if (entry.Id is null || !catalog.ProductById.ContainsKey(entry.Id))
            {
                issues.Add(new(MostUsedFileName, place + ", id", "staat niet in products.yaml"));
            }
            else if (ids.Contains(entry.Id, StringComparer.OrdinalIgnoreCase))
            {
                issues.Add(new(MostUsedFileName, place + ", id", "komt meer dan eens voor"));
            }
            else
            {
                ids.Add(entry.Id);
            }

            if (string.IsNullOrWhiteSpace(entry.Why))
            {
                issues.Add(new(MostUsedFileName, place + ", why", "ontbreekt: zeg waarom dit product tot de meest gebruikte hoort (bron)"));
            }
        }

        return ids;
    }

    public static DataLocation? ParseDataLocation(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "eu-only" => DataLocation.EuOnly,
        "eu-default" => DataLocation.EuDefault,
        "outside-eu" => DataLocation.OutsideEu,
        _ => null,
    };
}
