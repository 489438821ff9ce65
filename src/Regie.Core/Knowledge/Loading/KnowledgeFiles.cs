using System.Text;
using System.Text.Json.Serialization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// Parsing: every YAML file of the data folder read into its raw DTO, with a problem (file, line, column) for each file
/// that is missing or not YAML. Nothing here knows what the values mean.
/// </summary>
internal sealed record KnowledgeFiles(
    CatalogFile Catalog, CountriesFile Countries, CompaniesFile Companies, ProvidersFile Providers, CategoriesFile Categories,
    ProductsFile Products, ProcessesFile Processes, DataCategoriesFile DataCategories, ModelFile Model, StandardsFile Standards,
    AlternativesFile Alternatives, CompaniesFile AlternativeVendors, ScenarioHarmFile ScenarioHarm, MigrationEffortFile MigrationEffort,
    TenderCriteriaFile TenderCriteria, AggregatorDomainsFile AggregatorDomains)
{
    internal const string AlternativeVendorsFile = "alternative-vendors.yaml";
    internal const string AggregatorDomainsFile = "aggregator-domains.yaml";
    internal const string MostUsedFileName = "most-used.yaml";
    internal const string SovereigntyModelFile = "models/sovereignty-model.yaml";
    internal const string ScenarioHarmFileName = "models/scenario-harm.yaml";
    internal const string MigrationEffortFileName = "models/migration-effort.yaml";
    internal const string TenderCriteriaFileName = "models/tender-criteria.yaml";

    /// <summary>
    /// The files the whole-folder <c>Read</c> parses, in its order: how problems name each (relative to the
    /// catalog or the data folder) and whether it is under catalog/. alternative-vendors.yaml may be absent.
    /// </summary>
    private static readonly (string Name, bool InCatalog)[] Sources =
    [
        ("catalog.yaml", true), ("countries.yaml", true), ("companies.yaml", true), ("providers.yaml", true), ("categories.yaml", true),
        ("products.yaml", true), ("processes.yaml", false), ("data-categories.yaml", false), (SovereigntyModelFile, false),
        ("standards.yaml", true), ("alternatives.yaml", true), (AlternativeVendorsFile, true), (ScenarioHarmFileName, false),
        (MigrationEffortFileName, false), (TenderCriteriaFileName, false), (AggregatorDomainsFile, true),
    ];

    /// <summary>
    /// All files, or null when one of them cannot be read (the problems say which). Parsing the YAML is most of a load's
    /// time, so with a <paramref name="parsedFilesFolder"/> the parsed files are kept there (<see cref="ParsedFilesCache"/>)
    /// and taken from there while every file's bytes, and the build, are the same as when they were parsed; the
    /// converting and checking always run.
    /// </summary>
    public static KnowledgeFiles? Read(string dataFolder, List<DataIssue> issues, string? parsedFilesFolder = null)
    {
        var contents = Sources.Select(s => (s.Name, Path: Path.Combine(dataFolder, s.InCatalog ? "catalog" : "", s.Name)))
            .ToDictionary(s => s.Name, s => new FileContent(s.Path, File.Exists(s.Path) ? File.ReadAllBytes(s.Path) : null), StringComparer.Ordinal);
        var key = parsedFilesFolder is not null && contents.All(c => c.Value.Bytes is not null || c.Key == AlternativeVendorsFile)
            ? ParsedFilesCache.KeyOf(Sources.Select(s => (s.Name, contents[s.Name].Bytes)))
            : null;
        if (key is not null && ParsedFilesCache.Load(parsedFilesFolder!, key) is { } kept)
        {
            return kept;
        }

        var issuesBefore = issues.Count;
        var files = Parse(contents, issues);
        if (key is not null && files is not null && issues.Count == issuesBefore)
        {
            ParsedFilesCache.Save(parsedFilesFolder!, key, files);
        }

        return files;
    }

    /// <summary>Every file is there: what a kept entry must hold before it stands for the YAML (one written by hand may not).</summary>
    [JsonIgnore]
    internal bool IsComplete => ((object?[])[Catalog, Countries, Companies, Providers, Categories, Products, Processes, DataCategories, Model,
        Standards, Alternatives, AlternativeVendors, ScenarioHarm, MigrationEffort, TenderCriteria, AggregatorDomains]).All(f => f is not null);

    private sealed record FileContent(string Path, byte[]? Bytes);

    private static KnowledgeFiles? Parse(Dictionary<string, FileContent> contents, List<DataIssue> issues)
    {
        T? From<T>(string name) where T : class => Parse<T>(contents[name].Path, contents[name].Bytes, name, issues);
        var meta = From<CatalogFile>("catalog.yaml");
        var countries = From<CountriesFile>("countries.yaml");
        var companies = From<CompaniesFile>("companies.yaml");
        var providers = From<ProvidersFile>("providers.yaml");
        var categories = From<CategoriesFile>("categories.yaml");
        var products = From<ProductsFile>("products.yaml");
        var processes = From<ProcessesFile>("processes.yaml");
        var dataCategories = From<DataCategoriesFile>("data-categories.yaml");
        var model = From<ModelFile>(SovereigntyModelFile);
        var standards = From<StandardsFile>("standards.yaml");
        var alternatives = From<AlternativesFile>("alternatives.yaml");
        var alternativeVendors = contents[AlternativeVendorsFile].Bytes is null
            ? new CompaniesFile()
            : From<CompaniesFile>(AlternativeVendorsFile);
        var harm = From<ScenarioHarmFile>(ScenarioHarmFileName);
        var effort = From<MigrationEffortFile>(MigrationEffortFileName);
        var tender = From<TenderCriteriaFile>(TenderCriteriaFileName);
        var aggregators = From<AggregatorDomainsFile>(AggregatorDomainsFile);
        return meta is null || countries is null || companies is null || providers is null || categories is null || products is null
               || processes is null || dataCategories is null || model is null || standards is null || alternatives is null
               || alternativeVendors is null || harm is null || effort is null || tender is null || aggregators is null
            ? null
            : new(meta, countries, companies, providers, categories, products, processes, dataCategories, model, standards, alternatives,
                alternativeVendors, harm, effort, tender, aggregators);
    }

    /// <summary>catalog/most-used.yaml, or null when there is none (it is optional) or it is not YAML (a problem says so).</summary>
    internal static MostUsedFile? ReadMostUsed(string dataFolder, List<DataIssue> issues)
    {
        var path = Path.Combine(dataFolder, "catalog", MostUsedFileName);
        return File.Exists(path) ? Read<MostUsedFile>(path, MostUsedFileName, issues) : null;
    }

    internal static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>One file; <paramref name="name"/> is how problems name it (relative to the data or catalog folder).</summary>
    internal static T? Read<T>(string path, string name, List<DataIssue> issues) where T : class =>
        Parse<T>(path, File.Exists(path) ? File.ReadAllBytes(path) : null, name, issues);

    /// <summary>One file's bytes, null when it is missing; decoded as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte order mark says otherwise).</summary>
    private static T? Parse<T>(string path, byte[]? bytes, string name, List<DataIssue> issues) where T : class
    {
        if (bytes is null)
        {
            issues.Add(new(name, "bestand", $"ontbreekt ({path})"));
            return null;
        }

        try
        {
            using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Yaml.Deserialize<T>(text) ?? KnowledgeConverter.Fail<T?>(null, name, "bestand", "is leeg", issues);
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message ?? e.Message;
            issues.Add(new(name, $"regel {e.Start.Line}, kolom {e.Start.Column}", inner));
            return null;
        }
    }
}

/// <summary>
/// A value as written: one scalar (an id, a number, a name, or a vendor's own words: the same in every language), or a
/// mapping <c>{nl: …, en: …}</c> for Regie's own words, which the pages show in the reader's language. Facts' `value:`,
/// countries' `lawNote:` and providers' `name:` take either; the converter says which each may be.
/// </summary>
internal sealed class ScalarOrLanguages : IYamlConvertible
{
    [JsonInclude]
    public string? Scalar { get; internal set; }

    [JsonInclude]
    public Dictionary<string, string>? Languages { get; internal set; }

    [JsonIgnore]
    public bool IsUnknown => Languages is null && (Scalar is null || Scalar.Equals("unknown", StringComparison.OrdinalIgnoreCase));

    /// <summary>How problems quote it: the scalar, or the English of a mapping.</summary>
    public override string ToString() => Scalar ?? Languages?.GetValueOrDefault("en") ?? Languages?.GetValueOrDefault("nl") ?? "";

    void IYamlConvertible.Read(IParser parser, Type expectedType, ObjectDeserializer nestedObjectDeserializer)
    {
        if (parser.TryConsume<YamlDotNet.Core.Events.Scalar>(out var scalar))
        {
            // YAML's null (`~`, `null`, nothing) is no value, as it was when the value was read as a plain string.
            Scalar = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL" ? null : scalar.Value;
        }
        else
        {
            Languages = (Dictionary<string, string>?)nestedObjectDeserializer(typeof(Dictionary<string, string>)) ?? [];
        }
    }

    void IYamlConvertible.Write(IEmitter emitter, ObjectSerializer nestedObjectSerializer) =>
        throw new NotSupportedException("the data files are written as text lines (CatalogFactLines), never serialised");
}

#pragma warning disable CA1812 // the YAML deserialiser creates these
internal sealed class FactDto
{
    public ScalarOrLanguages? Value { get; set; }
    public List<string>? Values { get; set; }
    public string? Source { get; set; }
    public string? Checked { get; set; }
    public string? Confidence { get; set; }
}

internal sealed class CatalogFile
{
    public string? Version { get; set; }
    public string? Released { get; set; }
    public string? Licence { get; set; }
    public string? Note { get; set; }
}

internal sealed class MostUsedFile { public List<MostUsedDto> Products { get; set; } = []; }

internal sealed class MostUsedDto
{
    public string? Id { get; set; }
    public string? Why { get; set; }
}

internal sealed class AggregatorDomainsFile { public List<AggregatorDomainDto> Domains { get; set; } = []; }

internal sealed class AggregatorDomainDto
{
    public string? Domain { get; set; }
    public string? Why { get; set; }
}

internal sealed class FunctionsDto
{
    public List<string> Categories { get; set; } = [];
    public List<string> Processes { get; set; } = [];
}

internal sealed class StandardsFile { public List<StandardDto> Standards { get; set; } = []; }

internal sealed class StandardDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Owner { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
}

internal sealed class AlternativesFile { public List<AlternativeDto> Alternatives { get; set; } = []; }

internal sealed class AlternativeDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public Dictionary<string, string>? Variant { get; set; }
    public string? Product { get; set; }
    public List<string> Replaces { get; set; } = [];
    public string? Category { get; set; }
    public FunctionsDto? ReplacesFunctions { get; set; }
    public FactDto? Licence { get; set; }
    public FactDto? Vendor { get; set; }
    public FactDto? HostingOptions { get; set; }
    public FactDto? Standards { get; set; }
    public FactDto? Maturity { get; set; }
    public FactDto? DutchEducationUse { get; set; }
    public Dictionary<string, string>? Caveats { get; set; }
    public FactDto? ExitTerms { get; set; }
}

internal sealed class CountriesFile { public List<CountryDto> Countries { get; set; } = []; }

internal sealed class CountryDto
{
    public string? Code { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public bool Eu { get; set; }
    public bool Eea { get; set; }
    public string? ExtraterritorialAccessLaw { get; set; }
    public ScalarOrLanguages? LawNote { get; set; }
    public string? Source { get; set; }
    public string? Checked { get; set; }
}

internal sealed class CompaniesFile { public List<CompanyDto> Companies { get; set; } = []; }

internal sealed class CompanyDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public FactDto? Country { get; set; }
    public FactDto? Parent { get; set; }
    public string? Kind { get; set; }
    public string? Note { get; set; }
}

internal sealed class ProvidersFile { public List<ProviderDto> Providers { get; set; } = []; }

internal sealed class ProviderDto
{
    public string? Id { get; set; }
    public ScalarOrLanguages? Name { get; set; }
    public Dictionary<string, string>? Variant { get; set; }
    public List<string> FormerNames { get; set; } = [];
    public FactDto? Company { get; set; }
    public string? Kind { get; set; }
    public string? Note { get; set; }
}

internal sealed class CategoriesFile { public List<CategoryDto> Categories { get; set; } = []; }

internal sealed class CategoryDto
{
    public string? Id { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public List<string> Processes { get; set; } = [];
}

internal sealed class ProductsFile { public List<ProductDto> Products { get; set; } = []; }

internal sealed class ProductDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public Dictionary<string, string>? Variant { get; set; }
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
    public FactDto? PupilSectors { get; set; }
    public string? Note { get; set; }
}

internal sealed class ProcessesFile { public List<ProcessDto> Processes { get; set; } = []; }

internal sealed class ProcessDto
{
    public string? Id { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public string? Kind { get; set; }
    public int Criticality { get; set; }
    public bool Essential { get; set; }
    public List<string>? Subjects { get; set; }
}

internal sealed class DataCategoriesFile { public List<DataCategoryDto> DataCategories { get; set; } = []; }

internal sealed class DataCategoryDto
{
    public string? Id { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public int Level { get; set; }
    public List<string>? Subjects { get; set; }
}

internal sealed class ModelFile
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

internal sealed class ObjectiveDto
{
    public string? Id { get; set; }
    public Dictionary<string, string>? Name { get; set; }
}

internal sealed class ProfileDto
{
    public string? Id { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public string? Source { get; set; }
    public Dictionary<string, double> Weights { get; set; } = [];
}

internal sealed class InheritanceDto
{
    public List<string> Edges { get; set; } = [];
    public List<string> Objectives { get; set; } = [];
}

internal sealed class PolicyDto { public ThresholdDto Essential { get; set; } = new(); }

internal sealed class ThresholdDto
{
    public int MinSeal { get; set; }
    public int MinScore { get; set; }
}

internal sealed class CriterionDto
{
    public string? Id { get; set; }
    public string? Objective { get; set; }
    public Dictionary<string, string>? Question { get; set; }
    public string? Prefill { get; set; }
    public List<OptionDto> Options { get; set; } = [];
}

internal sealed class OptionDto
{
    public int Seal { get; set; }
    public Dictionary<string, string>? Label { get; set; }
}

internal sealed class UrgencyDto
{
    public Dictionary<string, double> CriticalityWeights { get; set; } = [];
    public List<int> CouplingThresholds { get; set; } = [];
    public double ExposureFloor { get; set; }
    public double MaxMitigation { get; set; }
    public List<BandDto> Bands { get; set; } = [];
}

internal sealed class BandDto
{
    public string? Id { get; set; }
    public double From { get; set; }
}
#pragma warning restore CA1812

#pragma warning disable CA1812 // the YAML deserialiser creates these
// Numbers are read as text, so that a value that is not a number is reported with its field rather than as a YAML error.
internal sealed class ScenarioHarmFile
{
    public string? Version { get; set; }
    public string? Source { get; set; }
    public Dictionary<string, string>? Weights { get; set; }
    public Dictionary<string, string>? ProcessFactors { get; set; }
}

internal sealed class MigrationEffortFile
{
    public string? Version { get; set; }
    public string? Source { get; set; }
    public Dictionary<string, string>? BaseDays { get; set; }
    public string? OtherBaseDays { get; set; }
    public string? UsersPerInstructionDay { get; set; }
    public string? MaxInstructionDays { get; set; }
    public string? DaysPerDependant { get; set; }
    public string? DaysPerIntegration { get; set; }
    public string? DaysPerDataCategory { get; set; }
    public string? NoOpenExportFactor { get; set; }
    public string? SharedStandardSaving { get; set; }
    public string? NoSharedStandardExtra { get; set; }
    public Dictionary<string, string>? Range { get; set; }
    public Dictionary<string, string>? Sizes { get; set; }
}

internal sealed class TenderCriteriaFile
{
    public string? Version { get; set; }
    public string? Source { get; set; }
    public Dictionary<string, string>? Criteria { get; set; }
}
#pragma warning restore CA1812
