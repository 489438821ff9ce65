using Regie.Core.Landscape;

namespace Regie.Core.Imports;

/// <summary>The files `regie import` and the web upload understand.</summary>
public enum ImportFormat { Inventory, Entra, GoogleWorkspace, CycloneDx, Daaf }

public static class ImportFormatOrigins
{
    /// <summary>ServiceEvidenceEntity.Origin for each format.</summary>
    public static string EvidenceOrigin(this ImportFormat format) => format switch
    {
        ImportFormat.Inventory => "inventory",
        ImportFormat.Entra => "entra",
        ImportFormat.GoogleWorkspace => "google-workspace",
        ImportFormat.CycloneDx => "cyclonedx",
        ImportFormat.Daaf => "daaf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}

/// <summary>
/// A problem or remark about one place in an imported file: a spreadsheet row and column, or a JSON path. The text is
/// Dutch and always starts with the file name, so a user with several files knows which one to open.
/// </summary>
public sealed record ImportIssue(string File, int? Row, string? Column, string? JsonPath, string Message)
{
    public static ImportIssue AtRow(string file, int? row, string? column, string message) => new(file, row, column, null, message);

    public static ImportIssue AtPath(string file, string path, string message) => new(file, null, null, path, message);

    /// <summary>Where in the file, as the user finds it: "Rij 3" or "$.services[2].name".</summary>
    public string? Place => JsonPath ?? (Row is { } r ? $"Rij {r}" : null);

    public override string ToString()
    {
        if (JsonPath is { } path)
        {
            return $"{File}: {path}: {Message}";
        }

        var place = (Row, Column) switch
        {
            ({ } r, { } c) => $"Rij {r}, kolom '{c}': ",
            ({ } r, null) => $"Rij {r}: ",
            (null, { } c) => $"Kolom '{c}': ",
            _ => "",
        };
        return string.IsNullOrEmpty(File) ? place + Message : $"{File}: {place}{Message}";
    }
}

/// <summary>What an outside tool thought of a service; kept beside Regie's own assessment.</summary>
public sealed record AssessmentDraft(string Tool, string? ToolVersion, string Subject, decimal? Score, string IndicatorsJson);

/// <summary>
/// One row or entry of a file, read and matched: the service it describes (as it would be created), where in the file it
/// stood and what it said there (kept as evidence), and an outside assessment to link when the file carries one.
/// </summary>
public sealed record ImportCandidate(
    string Place,
    string RecordType,
    string RawName,
    Service Service,
    double? Confidence = null,
    string? Key = null,
    AssessmentDraft? Assessment = null);

/// <summary>An edge between two candidates (by <see cref="ImportCandidate.Key"/>) or registered services (by name).</summary>
public sealed record ImportEdge(string Place, string From, DependencyKind Kind, string To);

/// <summary>
/// A whole file, read and matched but not yet written: valid only without errors. <see cref="ReuseByProduct"/> says whether a
/// row whose product the board already has joins that service (exports from other systems) or must be a new one (the inventory).
/// Reading makes it (Regie.Discovery); the data layer writes it, so it is a plain value both can see.
/// </summary>
public sealed record ImportPlan(
    ImportFormat Format,
    IReadOnlyList<ImportCandidate> Candidates,
    IReadOnlyList<ImportEdge> Edges,
    IReadOnlyList<ImportIssue> Errors,
    IReadOnlyList<ImportIssue> Notes,
    bool ReuseByProduct = true)
{
    /// <summary>Rows read but deliberately not turned into services (e.g. Microsoft's own plumbing in an Entra export).</summary>
    public IReadOnlyList<ImportRowResult> SkippedRows { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    public static ImportPlan Failed(ImportFormat format, IReadOnlyList<ImportIssue> errors) => new(format, [], [], errors, []);
}

public enum RowOutcome { Created, Joined, Skipped }

/// <summary>What happened to one row: a new service, joined to a service the board already had, or skipped (with why).</summary>
public sealed record ImportRowResult(string Place, string RawName, RowOutcome Outcome, string ServiceName, string? CatalogProductId, string Message);

/// <summary>
/// The answer of an import: when <see cref="Errors"/> is not empty nothing was written. Counts
/// are of services: created new, joined to an existing one, and how many of the rows the catalog did not recognise.
/// </summary>
public sealed record ImportResult(
    ImportFormat Format,
    string FileName,
    IReadOnlyList<ImportIssue> Errors,
    IReadOnlyList<ImportIssue> Notes,
    IReadOnlyList<ImportRowResult> Rows,
    int Dependencies,
    int Assessments)
{
    public bool Succeeded => Errors.Count == 0;
    public int Created => Rows.Count(r => r.Outcome == RowOutcome.Created);
    public int Joined => Rows.Count(r => r.Outcome == RowOutcome.Joined);
    public int Skipped => Rows.Count(r => r.Outcome == RowOutcome.Skipped);
    public int Recognised => Rows.Count(r => r.Outcome != RowOutcome.Skipped && r.CatalogProductId is not null);
    public int Unrecognised => Rows.Count(r => r.Outcome != RowOutcome.Skipped && r.CatalogProductId is null);

    public static ImportResult Failed(ImportFormat format, string fileName, IReadOnlyList<ImportIssue> errors) => new(format, fileName, errors, [], [], 0, 0);
}
