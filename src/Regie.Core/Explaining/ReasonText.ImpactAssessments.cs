using System.Globalization;
using Regie.Core.Landscape;
using Regie.Core.Privacy;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    /// <summary>"DPIA" or "KIA"; the English abbreviation of the children's rights assessment is CRIA.</summary>
    public static string KindName(ImpactKind kind, bool english) => (kind, english) switch
    {
        (ImpactKind.Dpia, _) => "DPIA",
        (ImpactKind.Kia, false) => "KIA",
        (ImpactKind.Kia, true) => "CRIA",
        _ => kind.ToString(),
    };

    public static string OutcomeName(ImpactOutcome outcome, bool english) => (outcome, english) switch
    {
        (ImpactOutcome.Acceptable, false) => "aanvaardbaar",
        (ImpactOutcome.Acceptable, true) => "acceptable",
        (ImpactOutcome.AcceptableWithMeasures, false) => "aanvaardbaar met maatregelen",
        (ImpactOutcome.AcceptableWithMeasures, true) => "acceptable with measures",
        (ImpactOutcome.HighResidualRisk, false) => "hoog restrisico",
        (ImpactOutcome.HighResidualRisk, true) => "high residual risk",
        (ImpactOutcome.NotAcceptable, false) => "niet aanvaardbaar",
        (ImpactOutcome.NotAcceptable, true) => "not acceptable",
        (_, false) => "onbekend",
        (_, true) => "unknown",
    };

    public static string SectorOutcomeName(SectorDpiaOutcome outcome, bool english) => (outcome, english) switch
    {
        (SectorDpiaOutcome.HighRisks, false) => "hoge risico's gevonden",
        (SectorDpiaOutcome.HighRisks, true) => "high risks found",
        (SectorDpiaOutcome.Mitigated, false) => "hoge risico's weggenomen na onderhandeling (met maatregelen van de school)",
        (SectorDpiaOutcome.Mitigated, true) => "high risks mitigated after negotiation (with the school's own measures)",
        (SectorDpiaOutcome.MediumRisks, false) => "middelhoge risico's blijven",
        (SectorDpiaOutcome.MediumRisks, true) => "medium risks remain",
        (_, false) => "uitkomst onbekend",
        (_, true) => "outcome unknown",
    };

    public static string FieldName(ImpactField field, bool english) => (field, english) switch
    {
        (ImpactField.PerformedOn, false) => "datum uitgevoerd",
        (ImpactField.PerformedOn, true) => "date performed",
        (ImpactField.ReviewOn, false) => "herzieningsdatum",
        (ImpactField.ReviewOn, true) => "review date",
        (ImpactField.Outcome, false) => "uitkomst",
        (ImpactField.Outcome, true) => "outcome",
        (ImpactField.RiskDescription, false) => "risico",
        (ImpactField.RiskDescription, true) => "risk",
        (ImpactField.Measure, false) => "maatregel",
        (ImpactField.Measure, true) => "measure",
        (ImpactField.SectorDpia, false) => "sector-DPIA",
        (ImpactField.SectorDpia, true) => "sector DPIA",
        (ImpactField.Notes, false) => "toelichting",
        (ImpactField.Notes, true) => "notes",
        (ImpactField.Risks, false) => "risico's",
        (ImpactField.Risks, true) => "risks",
        (ImpactField.Status, false) => "status",
        (ImpactField.Status, true) => "status",
        (ImpactField.MeasureStatus, false) => "status van de maatregel",
        (ImpactField.MeasureStatus, true) => "measure status",
        _ => field.ToString(),
    };

    private static string? ImpactAssessments(ImpactAssessmentReason reason, bool english, CultureInfo culture)
    {
        string Date(DateOnly d) => d.ToString("d MMMM yyyy", culture);
        string Field(ImpactField f, int risk) => risk > 0
            ? english ? $"Risk {risk}, {FieldName(f, true)}" : $"Risico {risk}, {FieldName(f, false)}"
            : english ? char.ToUpperInvariant(FieldName(f, true)[0]) + FieldName(f, true)[1..] : char.ToUpperInvariant(FieldName(f, false)[0]) + FieldName(f, false)[1..];
        string Status(AssessmentStatus s) => (s, english) switch
        {
            (AssessmentStatus.NotStarted, false) => "niet gestart",
            (AssessmentStatus.NotStarted, true) => "not started",
            (_, false) => "onbekend",
            (_, true) => "unknown",
        };

        return (reason, english) switch
        {
            (ReviewOverdue r, false) => $"De herziening van de {KindName(r.Kind, false)} was gepland op {Date(r.ReviewOn)}: {Plural.Count(r.DaysOverdue, "dag", "dagen", culture)} achterstallig.",
            (ReviewOverdue r, true) => $"The {KindName(r.Kind, true)} was due for review on {Date(r.ReviewOn)}: {Plural.Count(r.DaysOverdue, "day", "days", culture)} overdue.",
            (ReviewDateMissing r, false) => $"De {KindName(r.Kind, false)} is klaar maar heeft geen herzieningsdatum.",
            (ReviewDateMissing r, true) => $"The {KindName(r.Kind, true)} is done but has no review date.",
            (HighRiskWithoutMeasure r, false) => $"Hoog risico zonder maatregel: {r.Risk}",
            (HighRiskWithoutMeasure r, true) => $"High risk without a measure: {r.Risk}",
            (SectorDpiaAvailable r, false) => $"Voor {r.Service} bestaat een DPIA voor de sector: {r.Title} ({r.CommissionedBy}, {r.Published}).",
            (SectorDpiaAvailable r, true) => $"A DPIA done for the sector covers {r.Service}: {r.Title} ({r.CommissionedBy}, {r.Published}).",
            (SectorDpiaUsed r, false) => $"Bouwt op de sector-DPIA {r.Title} ({r.Published}).",
            (SectorDpiaUsed r, true) => $"Builds on the sector DPIA {r.Title} ({r.Published}).",
            (AssessmentNotStarted r, false) => $"Status van de {KindName(r.Kind, false)}: {Status(r.Status)}.",
            (AssessmentNotStarted r, true) => $"Status of the {KindName(r.Kind, true)}: {Status(r.Status)}.",
            (ReviewBeforePerformed r, false) => $"Herzieningsdatum: {Date(r.ReviewOn)} ligt vóór de datum uitgevoerd ({Date(r.PerformedOn)}).",
            (ReviewBeforePerformed r, true) => $"Review date: {Date(r.ReviewOn)} is before the date performed ({Date(r.PerformedOn)}).",
            (ImpactDateOutOfRange r, false) => $"{Field(r.Field, 0)}: {Date(r.Date)} ligt niet tussen {Date(r.Earliest)} en {Date(r.Latest)}.",
            (ImpactDateOutOfRange r, true) => $"{Field(r.Field, 0)}: {Date(r.Date)} is not between {Date(r.Earliest)} and {Date(r.Latest)}.",
            (MeasureWithoutRisk r, false) => $"Risico {r.RiskNumber.ToString(culture)}: er staat een maatregel zonder beschrijving van het risico; beschrijf het risico of haal de maatregel weg.",
            (MeasureWithoutRisk r, true) => $"Risk {r.RiskNumber.ToString(culture)}: a measure without a description of the risk; describe the risk or remove the measure.",
            (ImpactTextTooLong r, false) => $"{Field(r.Field, r.RiskNumber)}: {r.Length.ToString("N0", culture)} tekens, ten hoogste {r.Max.ToString("N0", culture)}.",
            (ImpactTextTooLong r, true) => $"{Field(r.Field, r.RiskNumber)}: {r.Length.ToString("N0", culture)} characters, at most {r.Max.ToString("N0", culture)}.",
            (ImpactTextHidden r, false) => $"{Field(r.Field, r.RiskNumber)}: de tekst bevat een onzichtbaar stuurteken (zoals NUL of een teken dat de leesrichting omdraait); typ hem opnieuw.",
            (ImpactTextHidden r, true) => $"{Field(r.Field, r.RiskNumber)}: the text holds an invisible control character (such as NUL or one that reverses the reading direction); type it again.",
            (TooManyRisks r, false) => $"Risico's: {r.Count.ToString(culture)} risico's, ten hoogste {r.Max.ToString(culture)} per beoordeling.",
            (TooManyRisks r, true) => $"Risks: {r.Count.ToString(culture)} risks, at most {r.Max.ToString(culture)} per assessment.",
            (UnknownSectorDpia r, false) => $"Sector-DPIA: '{r.Id}' staat niet in de catalogus.",
            (UnknownSectorDpia r, true) => $"Sector DPIA: '{r.Id}' is not in the catalog.",
            (ImpactValueUnknown r, false) => $"{Field(r.Field, 0)}: '{r.Value}' is geen bekende waarde.",
            (ImpactValueUnknown r, true) => $"{Field(r.Field, 0)}: '{r.Value}' is not a known value.",
            _ => null,
        };
    }
}
