using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Privacy;

public abstract record ImpactAssessmentReason : Reason;

/// <summary>The review date has passed: the assessment should have been looked at again.</summary>
public sealed record ReviewOverdue(ImpactKind Kind, DateOnly ReviewOn, int DaysOverdue) : ImpactAssessmentReason;

/// <summary>A finished assessment without a date to review it (the sector's model asks for one).</summary>
public sealed record ReviewDateMissing(ImpactKind Kind) : ImpactAssessmentReason;

/// <summary>A high risk with no measure against it.</summary>
public sealed record HighRiskWithoutMeasure(ImpactKind Kind, string Risk) : ImpactAssessmentReason;

/// <summary>A DPIA done for the sector covers the service's product (or the suite it is part of).</summary>
public sealed record SectorDpiaAvailable(string Service, string SectorDpiaId, string Title, string CommissionedBy, string Published) : ImpactAssessmentReason;

/// <summary>The board's entry uses a sector DPIA.</summary>
public sealed record SectorDpiaUsed(string Title, string Published) : ImpactAssessmentReason;

/// <summary>No assessment has been started for the service.</summary>
public sealed record AssessmentNotStarted(ImpactKind Kind, AssessmentStatus Status) : ImpactAssessmentReason;

/// <summary>A field of the register entry a person typed.</summary>
public enum ImpactField { PerformedOn, ReviewOn, Outcome, RiskDescription, Measure, SectorDpia, Notes, Risks, Status, MeasureStatus }

/// <summary>The review date lies before the date the assessment was done.</summary>
public sealed record ReviewBeforePerformed(DateOnly PerformedOn, DateOnly ReviewOn) : ImpactAssessmentReason;

/// <summary>A date outside the range a register can hold.</summary>
public sealed record ImpactDateOutOfRange(ImpactField Field, DateOnly Date, DateOnly Earliest, DateOnly Latest) : ImpactAssessmentReason;

/// <summary>A measure (or measure status) without the risk it is against.</summary>
public sealed record MeasureWithoutRisk(int RiskNumber) : ImpactAssessmentReason;

/// <summary>A text longer than the register keeps.</summary>
public sealed record ImpactTextTooLong(ImpactField Field, int RiskNumber, int Length, int Max) : ImpactAssessmentReason;

/// <summary>A text with NUL, control or reading-direction characters.</summary>
public sealed record ImpactTextHidden(ImpactField Field, int RiskNumber) : ImpactAssessmentReason;

/// <summary>More risks than the register keeps for one assessment.</summary>
public sealed record TooManyRisks(int Count, int Max) : ImpactAssessmentReason;

/// <summary>The sector DPIA the entry names is not in the catalog.</summary>
public sealed record UnknownSectorDpia(string Id) : ImpactAssessmentReason;

/// <summary>A value outside the field's closed list (a status, outcome or measure status the register does not know).</summary>
public sealed record ImpactValueUnknown(ImpactField Field, string Value) : ImpactAssessmentReason;
