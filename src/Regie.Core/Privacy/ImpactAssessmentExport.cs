using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Exporting;

namespace Regie.Core.Privacy;

/// <summary>The DPIA and KIA registers as one export list (docs/EXPORTS.md): a row per service and kind, DPIA first.</summary>
public static class ImpactAssessmentExport
{
    public static ExportTable Table(IEnumerable<ImpactRegister> registers, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        return new(
            new("dpia-kia-register", "dpia-cria-register"),
            [
                new("serviceId", "Dienst-id", "Service id"), new("service", "Dienst", "Service"), new("kind", "Soort", "Kind"),
                new("status", "Status", "Status"), new("performedOn", "Uitgevoerd op", "Performed on", CellKind.Date),
                new("outcome", "Uitkomst", "Outcome"), new("highRisks", "Hoge risico's", "High risks", CellKind.Integer),
                new("highRisksWithoutMeasure", "Zonder maatregel", "Without measure", CellKind.Integer),
                new("risks", "Risico's en maatregelen", "Risks and measures"), new("reviewOn", "Herzien op", "Review on", CellKind.Date),
                new("overdue", "Achterstallig", "Overdue"), new("sectorDpia", "Gebruikte sector-DPIA", "Sector DPIA used"),
                new("sectorDpiasAvailable", "Beschikbare sector-DPIA's", "Sector DPIAs available"),
            ],
            registers.SelectMany(r => r.Entries).Select(e => (IReadOnlyList<object?>)
            [
                e.ServiceId.Value.ToString(), e.Service, ReasonText.KindName(e.Kind, english), e.Status.ToString(), e.Details.PerformedOn,
                ReasonText.OutcomeName(e.Details.Outcome, english), e.HighRisks, e.HighRisksWithoutMeasure,
                string.Join(" | ", e.Details.Risks.Select(r => r.HasMeasure ? $"{r.Description} → {r.Measure} ({r.MeasureStatus})" : r.Description)),
                e.Details.ReviewOn, e.Overdue ? (english ? "yes" : "ja") : (english ? "no" : "nee"), e.Details.SectorDpiaId,
                string.Join(", ", e.SectorDpias.Select(d => d.Id)),
            ]));
    }
}
