using Regie.Core.Common;
using Regie.Core.Landscape;

namespace Regie.Core.Privacy;

/// <summary>A data protection impact assessment (GDPR art. 35) or a children's rights impact assessment (KIA).</summary>
public enum ImpactKind { Dpia, Kia }

/// <summary>What the board concluded: the words of the DPIA model of the sector (Kennisnet, SIVON, SURF).</summary>
public enum ImpactOutcome { Unknown, Acceptable, AcceptableWithMeasures, HighResidualRisk, NotAcceptable }

public enum MeasureStatus { Planned, InProgress, Done }

/// <summary>A high risk the assessment found, with the measure taken against it (none yet: null).</summary>
public sealed record HighRisk(string Description, string? Measure, MeasureStatus MeasureStatus)
{
    public bool HasMeasure => !string.IsNullOrWhiteSpace(Measure);
}

/// <summary>
/// The register's details of one assessment beside the service's status (<see cref="Service.Dpia"/>/<see cref="Service.Kia"/>,
/// which stays the one place the status lives: it feeds criterion SOV7 and the imports).
/// </summary>
public sealed record ImpactAssessmentDetails(
    DateOnly? PerformedOn,
    ImpactOutcome Outcome,
    IReadOnlyList<HighRisk> Risks,
    DateOnly? ReviewOn,
    string? SectorDpiaId,
    string? Notes)
{
    public static readonly ImpactAssessmentDetails None = new(null, ImpactOutcome.Unknown, [], null, null, null);
}

/// <summary>What a sector DPIA concluded, in the words of data/catalog/sector-dpias.yaml.</summary>
public enum SectorDpiaOutcome { Unknown, HighRisks, Mitigated, MediumRisks }

/// <summary>A DPIA done for the sector (SIVON, SURF, SLM Rijk): a catalog fact with its source and the date it was read.</summary>
public sealed record SectorDpia(
    string Id,
    string Title,
    string? PerformedBy,
    string CommissionedBy,
    IReadOnlyList<string> For,
    string Published,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Providers,
    SectorDpiaOutcome Outcome,
    string Summary,
    string Url,
    string Source,
    DateOnly Checked,
    Confidence Confidence);
