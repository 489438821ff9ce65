using Regie.Core.Landscape;

namespace Regie.Core.Privacy;

/// <summary>
/// The board report's section "DPIA's en KIA's": per kind the count by status, the overdue reviews (by service) and the
/// high risks without a measure, from the same registers the /impact-assessments page shows.
/// </summary>
public sealed record ImpactReportSection(IReadOnlyList<ImpactReportKind> Kinds)
{
    public static ImpactReportSection From(params ImpactRegister[] registers) => new([.. registers.Select(r => new ImpactReportKind(
        r.Kind, r.CountByStatus, [.. r.Entries.Where(e => e.Overdue).Select(e => e.Service)], r.ReviewDatesMissing, r.HighRisksWithoutMeasure))]);
}

public sealed record ImpactReportKind(
    ImpactKind Kind, IReadOnlyDictionary<AssessmentStatus, int> ByStatus, IReadOnlyList<string> Overdue, int ReviewDatesMissing, int HighRisksWithoutMeasure);
