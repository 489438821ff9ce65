using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Imports;

/// <summary>The files `regie import` and the web upload understand.</summary>
public enum ImportFormat { Inventory, Entra, GoogleWorkspace, CycloneDx, Daaf, ArchiMate }

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
        ImportFormat.ArchiMate => "archimate",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}

/// <summary>
/// A problem or remark about one place in an imported file: a spreadsheet row and column, or a JSON path, and the reason
/// as a value. <c>ReasonText.Render(issue, culture)</c> writes it as one line that starts with the file name, so a user
/// with several files knows which one to open.
/// </summary>
public sealed record ImportIssue(string File, int? Row, string? Column, string? JsonPath, ImportReason Why)
{
    public static ImportIssue AtRow(string file, int? row, string? column, ImportReason why) => new(file, row, column, null, why);

    public static ImportIssue AtPath(string file, string path, ImportReason why) => new(file, null, null, path, why);

    /// <summary>The line in Dutch, as the command line prints it; screens and the API render it in the reader's language.</summary>
    public override string ToString() => ReasonText.Render(this, ReasonText.Dutch);
}

/// <summary>What an outside tool thought of a service; kept beside Regie's own assessment.</summary>
public sealed record AssessmentDraft(string Tool, string? ToolVersion, string Subject, decimal? Score, string IndicatorsJson);

/// <summary>
/// One row or entry of a file, read and matched: the service it describes (as it would be created), where in the file it
/// stood and what it said there (kept as evidence: <see cref="Place"/> is "rij 3" or a JSON path, stored as written), the
/// spreadsheet row when it came from one, and an outside assessment to link when the file carries one.
/// </summary>
public sealed record ImportCandidate(
    string Place,
    string RecordType,
    string RawName,
    Service Service,
    double? Confidence = null,
    string? Key = null,
    AssessmentDraft? Assessment = null,
    int? Row = null);

/// <summary>An edge between two candidates (by <see cref="ImportCandidate.Key"/>) or registered services (by name).</summary>
public sealed record ImportEdge(string Place, string From, DependencyKind Kind, string To);

/// <summary>The two kinds of party a board adds for itself on the Parties page, and an import can add the same way.</summary>
public enum OwnPartyKind { Company, HostingProvider }

/// <summary>
/// A vendor or hosting provider a file names that neither the catalog nor the board knows: it becomes the board's own party
/// (LocalCompanyEntity or LocalProviderEntity) under <see cref="Key"/> (PartyKey.Of the name). <see cref="Place"/> is the
/// row that named it first ("rij 5").
/// </summary>
public sealed record ImportParty(OwnPartyKind Kind, string Key, string Name, string Place);

/// <summary>
/// A whole file, read and matched but not yet written: valid only without errors. <see cref="ReuseByProduct"/> says whether a
/// row whose product the board already has joins that service (every format today) or must be a new one.
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

    /// <summary>
    /// The service every candidate signs in through, because the file proves it (an Entra or Google export): the board's
    /// service for the same catalog product, or this one, created once. Each candidate gets the edge, with its row as evidence.
    /// </summary>
    public Service? SignsInThrough { get; init; }

    /// <summary>Vendors and hosting providers the board gets as its own parties before its services refer to them.</summary>
    public IReadOnlyList<ImportParty> NewParties { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    public static ImportPlan Failed(ImportFormat format, IReadOnlyList<ImportIssue> errors) => new(format, [], [], errors, []);
}

/// <summary>What a row does: adds a service, updates the one it joins, joins one and leaves it as it is, or is skipped.</summary>
public enum RowOutcome { Created, Updated, Joined, Skipped }

/// <summary>
/// What happened to one row (or, in a preview, would happen): a new service, an update of a service the board already had
/// (<see cref="Changes"/> field by field), joined to one and left as it is, or skipped, and why. <see cref="Place"/> is the
/// evidence's name ("rij 3" or a JSON path); <see cref="Row"/> the spreadsheet row, for a screen to name in its own language.
/// </summary>
public sealed record ImportRowResult(string Place, int? Row, string RawName, RowOutcome Outcome, string ServiceName, string? CatalogProductId, ImportReason Why)
{
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
}

/// <summary>A registered service the file does not name (see <see cref="ImportReconciliation"/> for which count).</summary>
public sealed record MissingService(ServiceId Id, string Name);

/// <summary>A dependency an import adds, by the names of its two services.</summary>
public sealed record ImportedEdge(string From, DependencyKind Kind, string To);

/// <summary>
/// The answer of an import, or of its preview (<see cref="Applied"/> false: what the same file would do now, nothing
/// written): when <see cref="Errors"/> is not empty nothing was written. Counts are of rows: created new, updated, joined
/// to an existing service unchanged, skipped, and how many the catalog did not recognise. <see cref="Missing"/> lists the
/// registered services the file does not name (removed only when asked: <see cref="MissingRemoved"/>); <see cref="Review"/>
/// the rows the matcher was unsure about. <see cref="Fingerprint"/> identifies the preview's changes, so applying it can
/// refuse when the board changed in between.
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
    public bool Applied { get; init; } = true;
    public IReadOnlyList<ImportedEdge> NewEdges { get; init; } = [];
    public IReadOnlyList<MissingService> Missing { get; init; } = [];
    public bool MissingRemoved { get; init; }
    public string Fingerprint { get; init; } = "";

    public bool Succeeded => Errors.Count == 0;
    public int Created => Rows.Count(r => r.Outcome == RowOutcome.Created);
    public int Updated => Rows.Count(r => r.Outcome == RowOutcome.Updated);
    public int Joined => Rows.Count(r => r.Outcome == RowOutcome.Joined);
    public int Skipped => Rows.Count(r => r.Outcome == RowOutcome.Skipped);
    public int Recognised => Rows.Count(r => r.Outcome != RowOutcome.Skipped && r.CatalogProductId is not null);
    public int Unrecognised => Rows.Count(r => r.Outcome != RowOutcome.Skipped && r.CatalogProductId is null);

    /// <summary>The rows the matcher was unsure about: each stays the board's own service unless the user decides otherwise.</summary>
    public IReadOnlyList<ImportIssue> Review => [.. Notes.Where(n => n.Why is MightBeProduct)];

    /// <summary>The other remarks (parties added, the sign-in service created, …).</summary>
    public IReadOnlyList<ImportIssue> OtherNotes => [.. Notes.Where(n => n.Why is not MightBeProduct)];

    public static ImportResult Failed(ImportFormat format, string fileName, IReadOnlyList<ImportIssue> errors) => new(format, fileName, errors, [], [], 0, 0);
}
