using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.Privacy;

namespace Regie.Data;

/// <summary>The DPIA and KIA register's details as stored, turned into the core's values (the statuses come with the landscape).</summary>
public static class ImpactAssessmentQueries
{
    /// <summary>Every stored entry of <paramref name="kind"/> of the current board, by service, risks in their order.</summary>
    public static async Task<Dictionary<ServiceId, ImpactAssessmentDetails>> DetailsAsync(RegieDbContext db, ImpactKind kind, CancellationToken ct)
    {
        var rows = await db.ImpactAssessments.AsNoTracking().Include(a => a.Risks).Where(a => a.Kind == kind).ToListAsync(ct);
        return rows.ToDictionary(a => new ServiceId(a.ServiceId), ToDetails);
    }

    public static ImpactAssessmentDetails ToDetails(ImpactAssessmentEntity a) => new(
        a.PerformedOn, a.Outcome, [.. a.Risks.OrderBy(r => r.Position).Select(r => new HighRisk(r.Description, r.Measure, r.MeasureStatus))],
        a.ReviewOn, a.SectorDpiaId, a.Notes);
}
