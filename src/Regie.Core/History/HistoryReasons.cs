using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.History;

/// <summary>What a part of a snapshot is, for the reasons that name it.</summary>
public enum SnapshotPart { Service, Process, Company, Provider, Product, Correction }

/// <summary>A field of a service, process or party changed (field ids as <see cref="BoardSnapshot"/> writes them; values invariant, null: empty).</summary>
public sealed record FieldChanged(string Field, string? Before, string? After) : HistoryReason;

/// <summary>A criterion's answer changed: "SOV3.1: onbekend → ja (catalogus)". A null label is unknown.</summary>
public sealed record AnswerChanged(string Criterion, LocalizedText? Before, LocalizedText? After, AnswerOrigin Origin) : HistoryReason;

/// <summary>An edge from or to the service was added or removed.</summary>
public sealed record EdgeChanged(string From, DependencyKind Kind, string To, bool Added) : HistoryReason;

/// <summary>A service this one stands on (a hard edge) moved, and its cap moves with it.</summary>
public sealed record DependencyMoved(string Name, double Before, double After) : HistoryReason;

/// <summary>Neither the service's own facts nor its edges changed, but the model did.</summary>
public sealed record ModelVersionChanged(string Before, string After) : HistoryReason;

/// <summary>Neither the service's own facts nor its edges changed, but the catalog did.</summary>
public sealed record CatalogVersionChanged(string Before, string After) : HistoryReason;

/// <summary>The weight profile the board scores with changed.</summary>
public sealed record ProfileChanged(string Before, string After) : HistoryReason;

/// <summary>Nothing recorded in the two snapshots explains the move (e.g. a vendor's answer that expired between them).</summary>
public sealed record NoRecordedCause : HistoryReason;

/// <summary>A process, party or correction appeared, disappeared or changed between the two dates.</summary>
public sealed record ItemAdded(SnapshotPart Part, string Name) : HistoryReason;

public sealed record ItemRemoved(SnapshotPart Part, string Name) : HistoryReason;

public sealed record ItemChanged(SnapshotPart Part, string Name, string Field, string? Before, string? After) : HistoryReason;

/// <summary>A date that has no snapshot, with the dates that do (docs/HISTORY.md).</summary>
public sealed record NoSnapshotOn(DateOnly Date, IReadOnlyList<DateOnly> Existing) : HistoryReason;
