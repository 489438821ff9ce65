using Regie.Core.Catalog;
using Regie.Core.Common;

namespace Regie.Core.Landscape;

public readonly record struct OrganisationId(Guid Value)
{
    public static OrganisationId New() => new(Guid.NewGuid());
    public override string ToString() => Value.ToString();
}

public readonly record struct ServiceId(Guid Value)
{
    public static ServiceId New() => new(Guid.NewGuid());
    public override string ToString() => Value.ToString();
}

public enum Sector { Po, Vo, So, Mbo }

public enum ProcessKind { Primary, Secondary }

public enum AssessmentStatus { Unknown, NotStarted, InProgress, Done, NotNeeded }

public enum DependencyKind { HostedOn, SignsInThrough, IntegratesWith }

public enum Check { Unknown, No, Partly, Yes }

public sealed record Organisation(OrganisationId Id, string Name, IReadOnlyList<Sector> Sectors, int Pupils, int Staff, bool IsDemo);

public sealed record School(string Name, string? Brin, Sector Sector, int Pupils);

/// <summary>A process of the board. Essential processes carry the policy threshold; a board may set its own.</summary>
public sealed record Process(string Id, LocalizedText Name, ProcessKind Kind, int Criticality, bool Essential, int? MinSeal = null, int? MinScore = null);

/// <summary>The six checks that lower risk (Rijksbreed cloudbeleid 3.2 asks for a tested exit plan).</summary>
public sealed record Mitigation(
    Check TestedExport = Check.Unknown,
    Check TestedExitPlan = Check.Unknown,
    Check AlternativeIdentified = Check.Unknown,
    Check IndependentBackup = Check.Unknown,
    Check ExitClause = Check.Unknown,
    Check InHouseKnowHow = Check.Unknown)
{
    public static readonly Mitigation None = new();

    public IEnumerable<(string Id, Check Value)> Items =>
    [
        ("testedExport", TestedExport), ("testedExitPlan", TestedExitPlan), ("alternativeIdentified", AlternativeIdentified),
        ("independentBackup", IndependentBackup), ("exitClause", ExitClause), ("inHouseKnowHow", InHouseKnowHow),
    ];
}

/// <summary>A board's own answer to a criterion, with its reason. A null option records "unknown" on purpose.</summary>
public sealed record AnswerOverride(string CriterionId, int? Option, string Reason);

/// <summary>
/// A service the board uses. Vendor, hosting, data location and open source left null fall back to the catalog
/// product; a value here is the board's own knowledge and wins.
/// </summary>
public sealed record Service(
    ServiceId Id,
    string Name,
    string? CatalogProductId,
    IReadOnlyList<string> ProcessIds,
    int? Pupils = null,
    int? Staff = null,
    IReadOnlyList<string>? DataCategories = null,
    string? VendorId = null,
    string? HostingProviderId = null,
    string? HostingRegion = null,
    DataLocation? DataLocation = null,
    Tri? OpenSource = null,
    DateOnly? ContractEnd = null,
    Tri ExitClause = Tri.Unknown,
    IReadOnlyList<string>? ExportFormats = null,
    AssessmentStatus Dpia = AssessmentStatus.Unknown,
    AssessmentStatus Kia = AssessmentStatus.Unknown,
    decimal? AnnualCost = null,
    Mitigation? Mitigation = null,
    IReadOnlyList<AnswerOverride>? Overrides = null,
    string? Notes = null)
{
    public IReadOnlyList<string> DataCategoryIds => DataCategories ?? [];
    public IReadOnlyList<string> ExportFormatList => ExportFormats ?? [];
    public Mitigation MitigationOrNone => Mitigation ?? Mitigation.None;
    public IReadOnlyList<AnswerOverride> OverrideList => Overrides ?? [];
}

/// <summary>A typed edge between two services of the board.</summary>
public sealed record Dependency(ServiceId From, DependencyKind Kind, ServiceId To)
{
    /// <summary>Hard edges take the dependant down with them; integrations only degrade it.</summary>
    public bool IsHard => Kind is DependencyKind.HostedOn or DependencyKind.SignsInThrough;
}

/// <summary>An immutable snapshot of one board's landscape: everything the pure analysis needs besides the catalog and models.</summary>
public sealed record BoardLandscape(
    Organisation Organisation,
    IReadOnlyList<School> Schools,
    IReadOnlyList<Process> Processes,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Dependency> Dependencies,
    IReadOnlyList<Company> LocalCompanies,
    IReadOnlyList<HostingProvider> LocalProviders)
{
    /// <summary>Products the catalog lacks, added by the board for itself.</summary>
    public IReadOnlyList<Product> LocalProducts { get; init; } = [];

    /// <summary>The board's own corrections of catalog facts; they never change the shipped catalog.</summary>
    public IReadOnlyList<FactCorrection> Corrections { get; init; } = [];

    /// <summary>
    /// Vendors' answers to the board's questionnaire that count today (the edge drops those older than twelve months with
    /// <see cref="Questionnaires.VendorStatements.Current"/>); they fill gaps in the catalog's facts and the model's answers.
    /// </summary>
    public IReadOnlyList<Questionnaires.VendorStatement> VendorStatements { get; init; } = [];
}

public static class BoardCatalog
{
    /// <summary>The catalog as this board sees it: its own parties and products added, its corrections laid over, its vendors' answers filling gaps.</summary>
    public static KnowledgeCatalog For(this KnowledgeCatalog catalog, BoardLandscape board) =>
        catalog.WithLocal(board.LocalCompanies, board.LocalProviders, board.LocalProducts, board.Corrections).WithStatements(board.VendorStatements);
}
