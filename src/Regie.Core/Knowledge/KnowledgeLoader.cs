using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regie.Core.Knowledge;

/// <summary>
/// Reads the data folder (catalog, processes, data categories, scoring model) and checks it as `regie catalog lint`
/// does. Loading is the only I/O in the core; everything after it works on the returned values.
/// </summary>
public static partial class KnowledgeLoader
{
    public static readonly IReadOnlySet<string> PrefillRules = new HashSet<string>
    {
        "parentJurisdiction", "cutoffExposure", "extraterritorialExposure", "dataLocation", "keyControl",
        "exportFormats", "operatorJurisdiction", "exitClause", "hostingDependency", "openSource", "dpiaStatus",
    };

    /// <summary>Loads and checks; throws <see cref="KnowledgeLoadException"/> listing every issue found.</summary>
    public static RegieKnowledge Load(string dataFolder)
    {
        var (knowledge, issues) = Lint(dataFolder);
        return issues.Count > 0 || knowledge is null ? throw new KnowledgeLoadException(issues) : knowledge;
    }

    /// <summary>Finds the data folder: REGIE_DATA, else the nearest `data/` above the app or the working folder.</summary>
    public static string LocateDataFolder(string? explicitPath = null)
    {
        var candidates = new[] { explicitPath, Environment.GetEnvironmentVariable("REGIE_DATA") }
            .Concat(Ancestors(AppContext.BaseDirectory).Concat(Ancestors(Directory.GetCurrentDirectory())).Select(d => Path.Combine(d, "data")));
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate) && File.Exists(Path.Combine(candidate, "models", "sovereignty-model.yaml")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("De map met gegevensbestanden (data/) is niet gevonden. Zet REGIE_DATA of gebruik --data.");

        static IEnumerable<string> Ancestors(string start)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                yield return dir.FullName;
            }
        }
    }

    public static (RegieKnowledge? Knowledge, IReadOnlyList<DataIssue> Issues) Lint(string dataFolder)
    {
        var issues = new List<DataIssue>();
        var catalogDir = Path.Combine(dataFolder, "catalog");
        var meta = Read<CatalogFile>(Path.Combine(catalogDir, "catalog.yaml"), issues);
        var countriesFile = Read<CountriesFile>(Path.Combine(catalogDir, "countries.yaml"), issues);
        var companiesFile = Read<CompaniesFile>(Path.Combine(catalogDir, "companies.yaml"), issues);
        var providersFile = Read<ProvidersFile>(Path.Combine(catalogDir, "providers.yaml"), issues);
        var categoriesFile = Read<CategoriesFile>(Path.Combine(catalogDir, "categories.yaml"), issues);
        var productsFile = Read<ProductsFile>(Path.Combine(catalogDir, "products.yaml"), issues);
        var processesFile = Read<ProcessesFile>(Path.Combine(dataFolder, "processes.yaml"), issues);
        var dataCategoriesFile = Read<DataCategoriesFile>(Path.Combine(dataFolder, "data-categories.yaml"), issues);
        var modelFile = Read<ModelFile>(Path.Combine(dataFolder, "models", "sovereignty-model.yaml"), issues);
        var standardsFile = Read<StandardsFile>(Path.Combine(catalogDir, "standards.yaml"), issues);
        var alternativesFile = Read<AlternativesFile>(Path.Combine(catalogDir, "alternatives.yaml"), issues);
        var alternativeVendorsPath = Path.Combine(catalogDir, AlternativeVendorsFile);
        var alternativeVendorsFile = File.Exists(alternativeVendorsPath) ? Read<CompaniesFile>(alternativeVendorsPath, issues) : new CompaniesFile();
        if (meta is null || countriesFile is null || companiesFile is null || providersFile is null || categoriesFile is null
            || productsFile is null || processesFile is null || dataCategoriesFile is null || modelFile is null
            || standardsFile is null || alternativesFile is null || alternativeVendorsFile is null)
        {
            return (null, issues);
        }

        var processes = ConvertProcesses(processesFile, issues);
        var dataCategories = ConvertDataCategories(dataCategoriesFile, issues);
        var model = ConvertModel(modelFile, issues);
        var countries = ConvertCountries(countriesFile, issues);
        var companies = ConvertCompanies(companiesFile, "companies.yaml", issues);
        var alternativeVendors = ConvertCompanies(alternativeVendorsFile, AlternativeVendorsFile, issues);
        var catalogCompanyIds = companies.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var twice in alternativeVendors.Where(c => catalogCompanyIds.Contains(c.Id)))
        {
            issues.Add(new(AlternativeVendorsFile, $"company '{twice.Id}', id", "staat ook in companies.yaml; een bedrijf hoort in één van beide"));
        }

        companies.AddRange(alternativeVendors.Where(c => !catalogCompanyIds.Contains(c.Id)));
        var providers = ConvertProviders(providersFile, issues);
        var categories = ConvertCategories(categoriesFile, issues);
        var products = ConvertProducts(productsFile, issues);
        var standards = ConvertStandards(standardsFile, issues);
        var alternatives = ConvertAlternatives(alternativesFile, issues);
        var released = ParseDate(meta.Released, "catalog.yaml", "released", issues);
        if (string.IsNullOrWhiteSpace(meta.Version))
        {
            issues.Add(new("catalog.yaml", "version", "ontbreekt"));
        }

        var catalog = new KnowledgeCatalog(meta.Version ?? "", released, countries, companies, providers, categories, products, standards, alternatives);
        CheckReferences(catalog, processes, model, issues);
        CheckCatalogV2(catalog, alternativeVendors.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase), issues);
        IReadOnlyDictionary<string, string> domains = new Dictionary<string, string>();
        try
        {
            domains = Matching.DomainNames.Load(dataFolder, catalog);
        }
        catch (InvalidDataException e)
        {
            issues.Add(new("matching/domains.yaml", "bestand", e.Message));
        }

        return (new RegieKnowledge(catalog, model, processes, dataCategories) { ProductDomains = domains }, issues);
    }

    private static void CheckReferences(KnowledgeCatalog catalog, IReadOnlyList<Process> processes, SovereigntyModel model, List<DataIssue> issues)
    {
        foreach (var company in catalog.Companies)
        {
            var place = $"company '{company.Id}'";
            if (company.Country.Value is { } code && !catalog.CountryByCode.ContainsKey(code))
            {
                issues.Add(new("companies.yaml", place + ", country", $"land '{code}' staat niet in countries.yaml"));
            }

            if (company.Parent.Value is { } parent && parent != Company.NoParent && !catalog.CompanyById.ContainsKey(parent))
            {
                issues.Add(new("companies.yaml", place + ", parent", $"moederbedrijf '{parent}' staat niet in companies.yaml"));
            }

            var chain = OwnershipChain.Resolve(catalog, company.Id);
            if (chain.Companies.Count > 0 && chain.Top!.Parent.Value is { } top && top != Company.NoParent && chain.Companies.Any(c => c.Id == top))
            {
                issues.Add(new("companies.yaml", place + ", parent", "eigendomsketen is een kring"));
            }
        }

        foreach (var provider in catalog.Providers)
        {
            if (provider.Company.Value is { } company && !catalog.CompanyById.ContainsKey(company))
            {
                issues.Add(new("providers.yaml", $"provider '{provider.Id}', company", $"bedrijf '{company}' staat niet in companies.yaml"));
            }
        }

        var processIds = processes.Select(p => p.Id).ToHashSet();
        foreach (var product in catalog.Products)
        {
            var place = $"product '{product.Id}'";
            if (!catalog.CategoryById.ContainsKey(product.Category))
            {
                issues.Add(new("products.yaml", place + ", category", $"categorie '{product.Category}' staat niet in categories.yaml"));
            }

            foreach (var process in product.Processes.Where(p => !processIds.Contains(p)))
            {
                issues.Add(new("products.yaml", place + ", processes", $"proces '{process}' staat niet in processes.yaml"));
            }

            if (product.Vendor.Value is { } vendor && !catalog.CompanyById.ContainsKey(vendor))
            {
                issues.Add(new("products.yaml", place + ", vendor", $"leverancier '{vendor}' staat niet in companies.yaml"));
            }

            if (product.HostingProvider.Value is { } host && !catalog.ProviderById.ContainsKey(host))
            {
                issues.Add(new("products.yaml", place + ", hostingProvider", $"hostingpartij '{host}' staat niet in providers.yaml"));
            }

            if (product.PartOf is { } suite && !catalog.ProductById.ContainsKey(suite))
            {
                issues.Add(new("products.yaml", place + ", partOf", $"product '{suite}' staat niet in products.yaml"));
            }

            foreach (var (criterionId, answer) in product.Answers)
            {
                if (!model.CriterionById.TryGetValue(criterionId, out var criterion))
                {
                    issues.Add(new("products.yaml", $"{place}, answers.{criterionId}", "onbekend criterium in het soevereiniteitsmodel"));
                }
                else if (answer.Value < 0 || answer.Value >= criterion.Options.Count)
                {
                    issues.Add(new("products.yaml", $"{place}, answers.{criterionId}", $"antwoord {answer.Value} bestaat niet (0–{criterion.Options.Count - 1})"));
                }
            }
        }

        foreach (var (file, ids) in new[]
                 {
                     ("countries.yaml", catalog.Countries.Select(c => c.Code)), ("companies.yaml", catalog.Companies.Select(c => c.Id)),
                     ("providers.yaml", catalog.Providers.Select(p => p.Id)), ("categories.yaml", catalog.Categories.Select(c => c.Id)),
                     ("products.yaml", catalog.Products.Select(p => p.Id)),
                 })
        {
            foreach (var duplicate in ids.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                issues.Add(new(file, $"id '{duplicate.Key}'", $"komt {duplicate.Count()} keer voor"));
            }
        }
    }

    private static List<Process> ConvertProcesses(ProcessesFile file, List<DataIssue> issues)
    {
        var result = new List<Process>();
        foreach (var (p, i) in file.Processes.Select((p, i) => (p, i)))
        {
            var place = $"process {i + 1} '{p.Id}'";
            CheckSlug("processes.yaml", place, p.Id, issues);
            if (p.Criticality is < 1 or > 5)
            {
                issues.Add(new("processes.yaml", place + ", criticality", $"moet 1–5 zijn, is {p.Criticality}"));
            }

            var kind = p.Kind switch
            {
                "primary" => ProcessKind.Primary,
                "secondary" => ProcessKind.Secondary,
                _ => Fail(ProcessKind.Primary, "processes.yaml", place + ", kind", $"'{p.Kind}' is geen primary of secondary", issues),
            };
            result.Add(new Process(p.Id ?? "", Text(p.Name), kind, p.Criticality, p.Essential));
        }

        return result;
    }

    private static List<DataCategory> ConvertDataCategories(DataCategoriesFile file, List<DataIssue> issues)
    {
        foreach (var d in file.DataCategories.Where(d => d.Level is < 1 or > 5))
        {
            issues.Add(new("data-categories.yaml", $"category '{d.Id}', level", $"moet 1–5 zijn, is {d.Level}"));
        }

        return [.. file.DataCategories.Select(d => new DataCategory(d.Id ?? "", Text(d.Name), d.Level))];
    }

    private static SovereigntyModel ConvertModel(ModelFile file, List<DataIssue> issues)
    {
        const string f = "models/sovereignty-model.yaml";
        var objectives = file.Objectives.Select(o => new Objective(o.Id ?? "", Text(o.Name))).ToList();
        var objectiveIds = objectives.Select(o => o.Id).ToHashSet();
        var profiles = new List<WeightProfile>();
        foreach (var p in file.WeightProfiles)
        {
            var sum = p.Weights.Values.Sum();
            if (Math.Abs(sum - 100) > 0.001)
            {
                issues.Add(new(f, $"weightProfile '{p.Id}'", $"gewichten tellen op tot {sum}, niet 100"));
            }

            foreach (var missing in objectiveIds.Where(o => !p.Weights.ContainsKey(o)))
            {
                issues.Add(new(f, $"weightProfile '{p.Id}'", $"geen gewicht voor {missing}"));
            }

            profiles.Add(new WeightProfile(p.Id ?? "", Text(p.Name), p.Source ?? "", p.Weights));
        }

        if (profiles.All(p => p.Id != file.DefaultProfile))
        {
            issues.Add(new(f, "defaultProfile", $"profiel '{file.DefaultProfile}' bestaat niet"));
        }

        var criteria = new List<Criterion>();
        foreach (var c in file.Criteria)
        {
            var place = $"criterion '{c.Id}'";
            if (!objectiveIds.Contains(c.Objective ?? ""))
            {
                issues.Add(new(f, place + ", objective", $"doel '{c.Objective}' bestaat niet"));
            }

            if (c.Options.Count < 2)
            {
                issues.Add(new(f, place + ", options", "minstens twee antwoorden nodig"));
            }

            foreach (var bad in c.Options.Where(o => o.Seal is < 0 or > 4))
            {
                issues.Add(new(f, place + ", options", $"SEAL {bad.Seal} ligt niet tussen 0 en 4"));
            }

            if (c.Prefill is { } rule && !PrefillRules.Contains(rule))
            {
                issues.Add(new(f, place + ", prefill", $"onbekende regel '{rule}'"));
            }

            criteria.Add(new Criterion(c.Id ?? "", c.Objective ?? "", Text(c.Question), c.Prefill, [.. c.Options.Select(o => new CriterionOption(o.Seal, Text(o.Label)))]));
        }

        foreach (var duplicate in criteria.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            issues.Add(new(f, $"criterion '{duplicate.Key}'", "komt meer dan eens voor"));
        }

        var edges = new HashSet<DependencyKind>();
        foreach (var edge in file.Inheritance.Edges)
        {
            switch (edge)
            {
                case "hosted-on": edges.Add(DependencyKind.HostedOn); break;
                case "signs-in-through": edges.Add(DependencyKind.SignsInThrough); break;
                case "integrates-with": edges.Add(DependencyKind.IntegratesWith); break;
                default: issues.Add(new(f, "inheritance.edges", $"onbekend soort afhankelijkheid '{edge}'")); break;
            }
        }

        var u = file.Urgency;
        var urgency = new UrgencySettings(
            u.CriticalityWeights.GetValueOrDefault("impact", 3), u.CriticalityWeights.GetValueOrDefault("data", 3),
            u.CriticalityWeights.GetValueOrDefault("coupling", 2), u.CouplingThresholds, u.ExposureFloor, u.MaxMitigation,
            [.. u.Bands.Select(b => new UrgencyBand(b.Id ?? "", b.From)).OrderBy(b => b.From)]);
        if (urgency.Bands.Count == 0 || urgency.CouplingThresholds.Count != 4)
        {
            issues.Add(new(f, "urgency", "bands en vier couplingThresholds zijn verplicht"));
        }

        return new SovereigntyModel(
            file.Version ?? "", file.DefaultProfile ?? "", objectives, profiles, criteria,
            new InheritanceRule(edges, file.Inheritance.Objectives.ToHashSet()),
            new PolicyThreshold(file.Policy.Essential.MinSeal, file.Policy.Essential.MinScore), urgency);
    }

    private static List<Country> ConvertCountries(CountriesFile file, List<DataIssue> issues)
    {
        var result = new List<Country>();
        foreach (var c in file.Countries)
        {
            var place = $"country '{c.Code}'";
            if (c.Code is null || !CountryCode().IsMatch(c.Code))
            {
                issues.Add(new("countries.yaml", place + ", code", "moet een ISO-landcode van twee hoofdletters zijn"));
            }

            if (string.IsNullOrWhiteSpace(c.Source))
            {
                issues.Add(new("countries.yaml", place + ", source", "bron ontbreekt"));
            }

            var law = ParseTri(c.ExtraterritorialAccessLaw, "countries.yaml", place + ", extraterritorialAccessLaw", issues);
            result.Add(new Country(c.Code ?? "", Text(c.Name), c.Eu, c.Eea, law, c.LawNote, c.Source ?? "",
                ParseDate(c.Checked, "countries.yaml", place + ", checked", issues)));
        }

        return result;
    }

    private static List<Company> ConvertCompanies(CompaniesFile file, string fileName, List<DataIssue> issues)
    {
        var result = new List<Company>();
        foreach (var c in file.Companies)
        {
            var place = $"company '{c.Id}'";
            CheckSlug(fileName, place, c.Id, issues);
            var kind = c.Kind switch
            {
                "commercial" or null => CompanyKind.Commercial,
                "foundation" => CompanyKind.Foundation,
                "public" => CompanyKind.Public,
                "cooperative" => CompanyKind.Cooperative,
                "private-equity" => CompanyKind.PrivateEquity,
                _ => Fail(CompanyKind.Commercial, fileName, place + ", kind", $"onbekende soort '{c.Kind}'", issues),
            };
            result.Add(new Company(
                c.Id ?? "", c.Name ?? "",
                ConvertFact(c.Country, AsIs, fileName, place + ", country", issues),
                ConvertFact(c.Parent, AsIs, fileName, place + ", parent", issues), kind));
        }

        return result;
    }

    private static List<HostingProvider> ConvertProviders(ProvidersFile file, List<DataIssue> issues)
    {
        var result = new List<HostingProvider>();
        foreach (var p in file.Providers)
        {
            var place = $"provider '{p.Id}'";
            CheckSlug("providers.yaml", place, p.Id, issues);
            var kind = p.Kind switch
            {
                "hyperscaler" => ProviderKind.Hyperscaler,
                "cloud" => ProviderKind.Cloud,
                "datacenter" => ProviderKind.Datacenter,
                "sector" => ProviderKind.Sector,
                "self-hosted" => ProviderKind.SelfHosted,
                _ => Fail(ProviderKind.Cloud, "providers.yaml", place + ", kind", $"onbekende soort '{p.Kind}'", issues),
            };
            result.Add(new HostingProvider(p.Id ?? "", p.Name ?? "", ConvertFact(p.Company, AsIs, "providers.yaml", place + ", company", issues), kind));
        }

        return result;
    }

    private static List<Category> ConvertCategories(CategoriesFile file, List<DataIssue> issues)
    {
        foreach (var c in file.Categories)
        {
            CheckSlug("categories.yaml", $"category '{c.Id}'", c.Id, issues);
        }

        return [.. file.Categories.Select(c => new Category(c.Id ?? "", Text(c.Name)))];
    }

    private static List<Product> ConvertProducts(ProductsFile file, List<DataIssue> issues)
    {
        var result = new List<Product>();
        foreach (var p in file.Products)
        {
            var place = $"product '{p.Id}'";
            CheckSlug("products.yaml", place, p.Id, issues);
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                issues.Add(new("products.yaml", place + ", name", "naam ontbreekt"));
            }

            var answers = new Dictionary<string, Fact<int>>();
            foreach (var (criterion, fact) in p.Answers)
            {
                answers[criterion] = ConvertFact(fact, s => (int.TryParse(s, out var v), v), "products.yaml", $"{place}, answers.{criterion}", issues);
            }

            result.Add(new Product(
                p.Id ?? "", p.Name ?? "", p.Aliases, p.Category ?? "", p.Processes,
                ConvertFact(p.Vendor, AsIs, "products.yaml", place + ", vendor", issues),
                ConvertFact(p.HostingProvider, AsIs, "products.yaml", place + ", hostingProvider", issues),
                ConvertFact(p.HostingRegion, AsIs, "products.yaml", place + ", hostingRegion", issues),
                ConvertFact(p.DataLocation, s => ParseDataLocation(s) is { } l ? (true, l) : (false, DataLocation.Unknown), "products.yaml", place + ", dataLocation", issues),
                ConvertFact(p.OpenSource, ParseKnownTri, "products.yaml", place + ", openSource", issues),
                p.IdentityProvider, p.PartOf, answers)
            {
                SubProcessors = ConvertListFact(p.SubProcessors, "products.yaml", place + ", subProcessors", issues),
                AiFeatures = ConvertOptionalFact(p.AiFeatures, AsIs, "products.yaml", place + ", aiFeatures", issues),
                AiModelProvider = ConvertOptionalFact(p.AiModelProvider, AsIs, "products.yaml", place + ", aiModelProvider", issues),
                Standards = ConvertListFact(p.Standards, "products.yaml", place + ", standards", issues),
                PrivacyCovenant = ConvertOptionalFact(p.PrivacyCovenant, ParseKnownTri, "products.yaml", place + ", privacyCovenant", issues),
                EduV = ConvertOptionalFact(p.EduV, ParseKnownTri, "products.yaml", place + ", eduV", issues),
            });
        }

        return result;
    }

    private const string AlternativeVendorsFile = "alternative-vendors.yaml";

    private static List<Standard> ConvertStandards(StandardsFile file, List<DataIssue> issues)
    {
        var result = new List<Standard>();
        foreach (var s in file.Standards)
        {
            var place = $"standard '{s.Id}'";
            CheckSlug("standards.yaml", place, s.Id, issues);
            var kind = s.Kind switch
            {
                "data" => StandardKind.Data,
                "sign-in" => StandardKind.SignIn,
                "content" => StandardKind.Content,
                "exchange" => StandardKind.Exchange,
                _ => Fail(StandardKind.Data, "standards.yaml", place + ", kind", $"'{s.Kind}' is geen data, sign-in, content of exchange", issues),
            };
            foreach (var (field, text) in new[] { ("name", s.Name), ("owner", s.Owner) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)))
            {
                issues.Add(new("standards.yaml", $"{place}, {field}", "ontbreekt"));
            }

            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            {
                issues.Add(new("standards.yaml", place + ", url", "moet een http(s)-adres zijn"));
            }

            result.Add(new Standard(s.Id ?? "", s.Name ?? "", kind, s.Owner ?? "", s.Url ?? ""));
        }

        return result;
    }

    private static List<Alternative> ConvertAlternatives(AlternativesFile file, List<DataIssue> issues)
    {
        const string f = "alternatives.yaml";
        var result = new List<Alternative>();
        foreach (var a in file.Alternatives)
        {
            var place = $"alternative '{a.Id}'";
            CheckSlug(f, place, a.Id, issues);
            if (string.IsNullOrWhiteSpace(a.Name))
            {
                issues.Add(new(f, place + ", name", "naam ontbreekt"));
            }

            if (string.IsNullOrWhiteSpace(a.Caveats))
            {
                issues.Add(new(f, place + ", caveats", "ontbreekt (schrijf waar een school op moet letten)"));
            }

            if (a.Replaces.Count == 0)
            {
                issues.Add(new(f, place + ", replaces", "noem minstens één product uit products.yaml"));
            }

            result.Add(new Alternative(
                a.Id ?? "", a.Name ?? "", a.Product, a.Replaces, a.Category ?? "",
                ConvertFact(a.Licence, AsIs, f, place + ", licence", issues),
                ConvertFact(a.Vendor, AsIs, f, place + ", vendor", issues),
                ConvertListFact(a.HostingOptions, ParseHostingOption, f, place + ", hostingOptions", issues, required: true),
                ConvertListFact(a.Standards, AsIs, f, place + ", standards", issues, required: true),
                ConvertFact(a.Maturity, ParseMaturity, f, place + ", maturity", issues),
                ConvertFact(a.DutchEducationUse, AsIs, f, place + ", dutchEducationUse", issues),
                a.Caveats ?? "",
                ConvertFact(a.ExitTerms, AsIs, f, place + ", exitTerms", issues)));
        }

        return result;
    }

    private static (bool, HostingOption) ParseHostingOption(string text) => text switch
    {
        "eu-saas" => (true, HostingOption.EuSaas),
        "sector" => (true, HostingOption.Sector),
        "self-hosted" => (true, HostingOption.SelfHosted),
        _ => (false, HostingOption.SelfHosted),
    };

    private static (bool, Maturity) ParseMaturity(string text) => text switch
    {
        "established" => (true, Maturity.Established),
        "usable" => (true, Maturity.Usable),
        "pilot" => (true, Maturity.Pilot),
        _ => (false, Maturity.Unknown),
    };

    /// <summary>Version 2 references: standards, AI model providers, sub-processors, alternatives; and no fact checked after the release.</summary>
    private static void CheckCatalogV2(KnowledgeCatalog catalog, IReadOnlySet<string> alternativeVendorIds, List<DataIssue> issues)
    {
        foreach (var product in catalog.Products)
        {
            var place = $"product '{product.Id}'";
            CheckStandards(catalog, product.Standards, "products.yaml", place + ", standards", issues);
            if (product.AiModelProvider.Value is { } provider && Slug().IsMatch(provider) && !catalog.CompanyById.ContainsKey(provider))
            {
                issues.Add(new("products.yaml", place + ", aiModelProvider", $"bedrijf '{provider}' staat niet in companies.yaml"));
            }

            foreach (var processor in product.SubProcessors.Value ?? [])
            {
                // A plain name ("Twilio Inc.") is allowed; something written as an id must be one.
                if (Slug().IsMatch(processor) && !catalog.CompanyById.ContainsKey(processor))
                {
                    issues.Add(new("products.yaml", place + ", subProcessors", $"bedrijf '{processor}' staat niet in companies.yaml"));
                }
            }
        }

        foreach (var alternative in catalog.Alternatives)
        {
            const string f = "alternatives.yaml";
            var place = $"alternative '{alternative.Id}'";
            if (alternative.Product is { } product && !catalog.ProductById.ContainsKey(product))
            {
                issues.Add(new(f, place + ", product", $"product '{product}' staat niet in products.yaml"));
            }

            foreach (var replaced in alternative.Replaces.Where(r => !catalog.ProductById.ContainsKey(r)))
            {
                issues.Add(new(f, place + ", replaces", $"product '{replaced}' staat niet in products.yaml"));
            }

            if (!catalog.CategoryById.ContainsKey(alternative.Category))
            {
                issues.Add(new(f, place + ", category", $"categorie '{alternative.Category}' staat niet in categories.yaml"));
            }

            if (alternative.Vendor.Value is { } vendor && !catalog.CompanyById.ContainsKey(vendor))
            {
                issues.Add(new(f, place + ", vendor", $"leverancier '{vendor}' staat niet in companies.yaml of {AlternativeVendorsFile}"));
            }

            CheckStandards(catalog, alternative.Standards, f, place + ", standards", issues);
        }

        foreach (var (file, ids) in new[] { ("standards.yaml", catalog.Standards.Select(s => s.Id)), ("alternatives.yaml", catalog.Alternatives.Select(a => a.Id)) })
        {
            foreach (var duplicate in ids.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                issues.Add(new(file, $"id '{duplicate.Key}'", $"komt {duplicate.Count()} keer voor"));
            }
        }

        if (catalog.Released is not { } released)
        {
            return;
        }

        foreach (var (file, place, checkedOn) in CheckedDates(catalog, alternativeVendorIds))
        {
            if (checkedOn > released)
            {
                issues.Add(new(file, place + ".checked", $"{checkedOn:yyyy-MM-dd} ligt na de uitgave van de catalogus ({released:yyyy-MM-dd}, catalog.yaml)"));
            }
        }
    }

    private static void CheckStandards(KnowledgeCatalog catalog, Fact<IReadOnlyList<string>> standards, string file, string place, List<DataIssue> issues)
    {
        foreach (var id in (standards.Value ?? []).Where(id => !catalog.StandardById.ContainsKey(id)))
        {
            issues.Add(new(file, place, $"standaard '{id}' staat niet in standards.yaml"));
        }
    }

    private static IEnumerable<(string File, string Place, DateOnly? Checked)> CheckedDates(KnowledgeCatalog catalog, IReadOnlySet<string> alternativeVendorIds)
    {
        foreach (var c in catalog.Countries)
        {
            yield return ("countries.yaml", $"country '{c.Code}'", c.Checked);
        }

        foreach (var c in catalog.Companies)
        {
            var file = alternativeVendorIds.Contains(c.Id) ? AlternativeVendorsFile : "companies.yaml";
            yield return (file, $"company '{c.Id}', country", c.Country.Checked);
            yield return (file, $"company '{c.Id}', parent", c.Parent.Checked);
        }

        foreach (var p in catalog.Providers)
        {
            yield return ("providers.yaml", $"provider '{p.Id}', company", p.Company.Checked);
        }

        foreach (var p in catalog.Products)
        {
            var place = $"product '{p.Id}'";
            foreach (var (field, checkedOn) in new[]
                     {
                         ("vendor", p.Vendor.Checked), ("hostingProvider", p.HostingProvider.Checked), ("hostingRegion", p.HostingRegion.Checked),
                         ("dataLocation", p.DataLocation.Checked), ("openSource", p.OpenSource.Checked), ("subProcessors", p.SubProcessors.Checked),
                         ("aiFeatures", p.AiFeatures.Checked), ("aiModelProvider", p.AiModelProvider.Checked), ("standards", p.Standards.Checked),
                         ("privacyCovenant", p.PrivacyCovenant.Checked), ("eduV", p.EduV.Checked),
                     })
            {
                yield return ("products.yaml", $"{place}, {field}", checkedOn);
            }

            foreach (var (criterion, answer) in p.Answers)
            {
                yield return ("products.yaml", $"{place}, answers.{criterion}", answer.Checked);
            }
        }

        foreach (var a in catalog.Alternatives)
        {
            var place = $"alternative '{a.Id}'";
            foreach (var (field, checkedOn) in new[]
                     {
                         ("licence", a.Licence.Checked), ("vendor", a.Vendor.Checked), ("hostingOptions", a.HostingOptions.Checked),
                         ("standards", a.Standards.Checked), ("maturity", a.Maturity.Checked), ("dutchEducationUse", a.DutchEducationUse.Checked),
                         ("exitTerms", a.ExitTerms.Checked),
                     })
            {
                yield return ("alternatives.yaml", $"{place}, {field}", checkedOn);
            }
        }
    }

    /// <summary>An optional fact: absent means unknown, present follows every rule of <see cref="ConvertFact"/>.</summary>
    private static Fact<T> ConvertOptionalFact<T>(FactDto? dto, Func<string, (bool Ok, T Value)> parse, string file, string place, List<DataIssue> issues) =>
        dto is null ? Fact<T>.Unknown() : ConvertFact(dto, parse, file, place, issues);

    private static Fact<IReadOnlyList<string>> ConvertListFact(FactDto? dto, string file, string place, List<DataIssue> issues) =>
        ConvertListFact(dto, AsIs, file, place, issues, required: false);

    /// <summary>A list fact (`values:`): the same rules as a single fact; `values: []` with a source is a known "none".</summary>
    private static Fact<IReadOnlyList<T>> ConvertListFact<T>(
        FactDto? dto, Func<string, (bool Ok, T Value)> parse, string file, string place, List<DataIssue> issues, bool required)
    {
        if (dto is null)
        {
            if (required)
            {
                issues.Add(new(file, place, "feit ontbreekt (schrijf value: unknown als het onbekend is)"));
            }

            return Fact<IReadOnlyList<T>>.Unknown();
        }

        var confidence = ParseConfidence(dto.Confidence, file, place, issues);
        var checkedOn = ParseDate(dto.Checked, file, place + ".checked", issues);
        if (dto.Values is null)
        {
            if (dto.Value is not null && !dto.Value.Equals("unknown", StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new(file, place + ".values", $"een lijstfeit heeft values: [..], geen value: '{dto.Value}'"));
            }

            return new Fact<IReadOnlyList<T>>(default, dto.Source, checkedOn, Confidence.Unknown);
        }

        CheckKnown(dto, confidence, file, place, issues);
        var values = new List<T>();
        foreach (var text in dto.Values)
        {
            var (ok, value) = parse(text);
            if (ok)
            {
                values.Add(value);
            }
            else
            {
                issues.Add(new(file, place + ".values", $"'{text}' is geen geldige waarde"));
            }
        }

        return new Fact<IReadOnlyList<T>>(values, dto.Source, checkedOn, confidence);
    }

    private static Confidence ParseConfidence(string? text, string file, string place, List<DataIssue> issues) => text switch
    {
        "confirmed" => Confidence.Confirmed,
        "secondary" => Confidence.Secondary,
        "unknown" => Confidence.Unknown,
        _ => Fail(Confidence.Unknown, file, place + ".confidence", $"'{text}' is geen confirmed, secondary of unknown", issues),
    };

    private static void CheckKnown(FactDto dto, Confidence confidence, string file, string place, List<DataIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(dto.Source))
        {
            issues.Add(new(file, place + ".source", "bron ontbreekt bij een bekend feit"));
        }

        if (confidence == Confidence.Unknown)
        {
            issues.Add(new(file, place + ".confidence", "een bekende waarde kan niet confidence: unknown hebben"));
        }
    }

    private static (bool, string) AsIs(string text) => (true, text);

    private static (bool, Tri) ParseKnownTri(string text) => TriText.Parse(text) is var t && t != Tri.Unknown ? (true, t) : (false, Tri.Unknown);

    public static DataLocation? ParseDataLocation(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "eu-only" => DataLocation.EuOnly,
        "eu-default" => DataLocation.EuDefault,
        "outside-eu" => DataLocation.OutsideEu,
        _ => null,
    };

    /// <summary>Turns a YAML fact into a typed one; a known value needs a source, every fact a checked date.</summary>
    private static Fact<T> ConvertFact<T>(FactDto? dto, Func<string, (bool Ok, T Value)> parse, string file, string place, List<DataIssue> issues)
    {
        if (dto is null)
        {
            issues.Add(new(file, place, "feit ontbreekt (schrijf value: unknown als het onbekend is)"));
            return Fact<T>.Unknown();
        }

        var confidence = ParseConfidence(dto.Confidence, file, place, issues);
        var checkedOn = ParseDate(dto.Checked, file, place + ".checked", issues);
        if (dto.Values is not null)
        {
            issues.Add(new(file, place + ".value", "dit feit heeft één value:, geen values: [..]"));
        }

        var isUnknown = dto.Value is null || dto.Value.Equals("unknown", StringComparison.OrdinalIgnoreCase);
        if (isUnknown)
        {
            return new Fact<T>(default, dto.Source, checkedOn, Confidence.Unknown);
        }

        CheckKnown(dto, confidence, file, place, issues);

        var (ok, value) = parse(dto.Value!);
        if (!ok)
        {
            issues.Add(new(file, place + ".value", $"'{dto.Value}' is geen geldige waarde"));
            return new Fact<T>(default, dto.Source, checkedOn, Confidence.Unknown);
        }

        return new Fact<T>(value, dto.Source, checkedOn, confidence);
    }

    private static DateOnly? ParseDate(string? text, string file, string place, List<DataIssue> issues)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add(new(file, place, text is null ? "datum ontbreekt" : $"'{text}' is geen datum (JJJJ-MM-DD)"));
        return null;
    }

    private static Tri ParseTri(string? text, string file, string place, List<DataIssue> issues) =>
        TriText.TryParseStrict(text, out var value) ? value : Fail(Tri.Unknown, file, place, $"'{text}' is geen yes, no of unknown", issues);

    private static void CheckSlug(string file, string place, string? id, List<DataIssue> issues)
    {
        if (id is null || !Slug().IsMatch(id))
        {
            issues.Add(new(file, place + ", id", "id moet bestaan uit kleine letters, cijfers en streepjes"));
        }
    }

    private static T Fail<T>(T fallback, string file, string place, string message, List<DataIssue> issues)
    {
        issues.Add(new(file, place, message));
        return fallback;
    }

    private static LocalizedText Text(Dictionary<string, string>? text) =>
        new(text?.GetValueOrDefault("nl") ?? text?.GetValueOrDefault("en") ?? "", text?.GetValueOrDefault("en") ?? text?.GetValueOrDefault("nl") ?? "");

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private static T? Read<T>(string path, List<DataIssue> issues) where T : class
    {
        var name = Path.GetFileName(path) == "sovereignty-model.yaml" ? "models/sovereignty-model.yaml" : Path.GetFileName(path);
        if (!File.Exists(path))
        {
            issues.Add(new(name, "bestand", $"ontbreekt ({path})"));
            return null;
        }

        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? Fail<T?>(null, name, "bestand", "is leeg", issues);
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message ?? e.Message;
            issues.Add(new(name, $"regel {e.Start.Line}, kolom {e.Start.Column}", inner));
            return null;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

#pragma warning disable CA1812 // the YAML deserialiser creates these
    private sealed class FactDto
    {
        public string? Value { get; set; }
        public List<string>? Values { get; set; }
        public string? Source { get; set; }
        public string? Checked { get; set; }
        public string? Confidence { get; set; }
    }

    private sealed class CatalogFile
    {
        public string? Version { get; set; }
        public string? Released { get; set; }
        public string? Licence { get; set; }
        public string? Note { get; set; }
    }

    private sealed class StandardsFile { public List<StandardDto> Standards { get; set; } = []; }

    private sealed class StandardDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public string? Owner { get; set; }
        public string? Url { get; set; }
        public string? Note { get; set; }
    }

    private sealed class AlternativesFile { public List<AlternativeDto> Alternatives { get; set; } = []; }

    private sealed class AlternativeDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Product { get; set; }
        public List<string> Replaces { get; set; } = [];
        public string? Category { get; set; }
        public FactDto? Licence { get; set; }
        public FactDto? Vendor { get; set; }
        public FactDto? HostingOptions { get; set; }
        public FactDto? Standards { get; set; }
        public FactDto? Maturity { get; set; }
        public FactDto? DutchEducationUse { get; set; }
        public string? Caveats { get; set; }
        public FactDto? ExitTerms { get; set; }
    }

    private sealed class CountriesFile { public List<CountryDto> Countries { get; set; } = []; }

    private sealed class CountryDto
    {
        public string? Code { get; set; }
        public Dictionary<string, string>? Name { get; set; }
        public bool Eu { get; set; }
        public bool Eea { get; set; }
        public string? ExtraterritorialAccessLaw { get; set; }
        public string? LawNote { get; set; }
        public string? Source { get; set; }
        public string? Checked { get; set; }
    }

    private sealed class CompaniesFile { public List<CompanyDto> Companies { get; set; } = []; }

    private sealed class CompanyDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public FactDto? Country { get; set; }
        public FactDto? Parent { get; set; }
        public string? Kind { get; set; }
        public string? Note { get; set; }
    }

    private sealed class ProvidersFile { public List<ProviderDto> Providers { get; set; } = []; }

    private sealed class ProviderDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public FactDto? Company { get; set; }
        public string? Kind { get; set; }
        public string? Note { get; set; }
    }

    private sealed class CategoriesFile { public List<CategoryDto> Categories { get; set; } = []; }

    private sealed class CategoryDto
    {
        public string? Id { get; set; }
        public Dictionary<string, string>? Name { get; set; }
    }

    private sealed class ProductsFile { public List<ProductDto> Products { get; set; } = []; }

    private sealed class ProductDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public List<string> Aliases { get; set; } = [];
        public string? Category { get; set; }
        public List<string> Processes { get; set; } = [];
        public FactDto? Vendor { get; set; }
        public FactDto? HostingProvider { get; set; }
        public FactDto? HostingRegion { get; set; }
        public FactDto? DataLocation { get; set; }
        public FactDto? OpenSource { get; set; }
        public bool IdentityProvider { get; set; }
        public string? PartOf { get; set; }
        public Dictionary<string, FactDto> Answers { get; set; } = [];
        public FactDto? SubProcessors { get; set; }
        public FactDto? AiFeatures { get; set; }
        public FactDto? AiModelProvider { get; set; }
        public FactDto? Standards { get; set; }
        public FactDto? PrivacyCovenant { get; set; }
        public FactDto? EduV { get; set; }
        public string? Note { get; set; }
    }

    private sealed class ProcessesFile { public List<ProcessDto> Processes { get; set; } = []; }

    private sealed class ProcessDto
    {
        public string? Id { get; set; }
        public Dictionary<string, string>? Name { get; set; }
        public string? Kind { get; set; }
        public int Criticality { get; set; }
        public bool Essential { get; set; }
    }

    private sealed class DataCategoriesFile { public List<DataCategoryDto> DataCategories { get; set; } = []; }

    private sealed class DataCategoryDto
    {
        public string? Id { get; set; }
        public Dictionary<string, string>? Name { get; set; }
        public int Level { get; set; }
    }

    private sealed class ModelFile
    {
        public string? Version { get; set; }
        public string? DefaultProfile { get; set; }
        public string? Unknown { get; set; }
        public List<ObjectiveDto> Objectives { get; set; } = [];
        public List<ProfileDto> WeightProfiles { get; set; } = [];
        public InheritanceDto Inheritance { get; set; } = new();
        public PolicyDto Policy { get; set; } = new();
        public List<CriterionDto> Criteria { get; set; } = [];
        public UrgencyDto Urgency { get; set; } = new();
    }

    private sealed class ObjectiveDto
    {
        public string? Id { get; set; }
        public Dictionary<string, string>? Name { get; set; }
    }

    private sealed class ProfileDto
    {
        public string? Id { get; set; }
        public Dictionary<string, string>? Name { get; set; }
        public string? Source { get; set; }
        public Dictionary<string, double> Weights { get; set; } = [];
    }

    private sealed class InheritanceDto
    {
        public List<string> Edges { get; set; } = [];
        public List<string> Objectives { get; set; } = [];
    }

    private sealed class PolicyDto { public ThresholdDto Essential { get; set; } = new(); }

    private sealed class ThresholdDto
    {
        public int MinSeal { get; set; }
        public int MinScore { get; set; }
    }

    private sealed class CriterionDto
    {
        public string? Id { get; set; }
        public string? Objective { get; set; }
        public Dictionary<string, string>? Question { get; set; }
        public string? Prefill { get; set; }
        public List<OptionDto> Options { get; set; } = [];
    }

    private sealed class OptionDto
    {
        public int Seal { get; set; }
        public Dictionary<string, string>? Label { get; set; }
    }

    private sealed class UrgencyDto
    {
        public Dictionary<string, double> CriticalityWeights { get; set; } = [];
        public List<int> CouplingThresholds { get; set; } = [];
        public double ExposureFloor { get; set; }
        public double MaxMitigation { get; set; }
        public List<BandDto> Bands { get; set; } = [];
    }

    private sealed class BandDto
    {
        public string? Id { get; set; }
        public double From { get; set; }
    }
#pragma warning restore CA1812
}
