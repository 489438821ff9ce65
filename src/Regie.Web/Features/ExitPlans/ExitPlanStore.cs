using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Exit;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.ExitPlans;

/// <summary>Reads and writes a service's exit plan for the API and the page alike.</summary>
public static class ExitPlanStore
{
    public static async Task<ExitPlanDto?> LoadAsync(RegieDbContext db, BoardAnalysis board, ServiceId id, DateOnly today, UiText text, CancellationToken ct)
    {
        var serviceId = id.Value;
        var landscape = await board.LandscapeAsync(ct);
        if (landscape.Services.FirstOrDefault(s => s.Id.Value == serviceId) is not { } service)
        {
            return null;
        }

        var entity = await db.ExitPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ServiceId == serviceId, ct);
        var catalog = board.Knowledge.Catalog.For(landscape);
        var onRoadmap = await RoadmapTargetAsync(db, serviceId, catalog, ct);
        var (plan, notes) = entity is null
            ? Core.Exit.ExitPlans.Generate(service, catalog, board.Knowledge, ExitAlternative.Choose(landscape, service, catalog, board.Knowledge, onRoadmap))
                is var generated ? (generated.Plan, generated.Notes) : default
            : (ToPlan(entity), (IReadOnlyList<ExitPlanNote>)[]);
        return new ExitPlanDto(
            serviceId, service.Name, entity is not null, plan.DataToExport, plan.ExportFormats, plan.ExitClause, plan.NoticePeriodDays, plan.Fallback,
            plan.AlternativeId, plan.Steps, plan.Owner, plan.LastTested, Core.Exit.ExitPlans.IsTestCurrent(plan.LastTested, today), service.ContractEnd,
            plan.NoticeDeadline(service.ContractEnd), plan.Unknowns(), [.. notes.Select(n => new ExitPlanNoteDto(n.Field, text.Document(n.Why)))], entity?.UpdatedAt,
            onRoadmap?.Id, onRoadmap?.Name);
    }

    /// <summary>Where the roadmap moves the service: its planned or running move, which the exit plan follows.</summary>
    public static async Task<MoveTarget?> RoadmapTargetAsync(RegieDbContext db, Guid serviceId, KnowledgeCatalog catalog, CancellationToken ct)
    {
        var id = await db.PlannedMoves.AsNoTracking()
            .Where(m => m.ServiceId == serviceId && (m.Status == MoveState.Planned || m.Status == MoveState.InProgress))
            .Select(m => m.AlternativeId).FirstOrDefaultAsync(ct);
        return id is null ? null : MoveTarget.Resolve(id, catalog);
    }

    public static async Task SaveAsync(RegieDbContext db, ServiceId id, ExitPlan plan, DateTimeOffset now, CancellationToken ct)
    {
        var serviceId = id.Value;
        var entity = await db.ExitPlans.SingleOrDefaultAsync(p => p.ServiceId == serviceId, ct);
        if (entity is null)
        {
            entity = new ExitPlanEntity { Id = Guid.NewGuid(), ServiceId = serviceId };
            db.ExitPlans.Add(entity);
        }

        entity.DataToExport = [.. plan.DataToExport];
        entity.ExportFormats = [.. plan.ExportFormats];
        entity.ExitClause = plan.ExitClause;
        entity.NoticePeriodDays = plan.NoticePeriodDays;
        entity.Fallback = plan.Fallback;
        entity.AlternativeId = plan.AlternativeId;
        entity.Steps = [.. plan.Steps];
        entity.Owner = plan.Owner;
        entity.LastTested = plan.LastTested;
        entity.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
    }

    public static ExitPlan ToPlan(ExitPlanEntity e) =>
        new(e.DataToExport, e.ExportFormats, e.ExitClause, e.NoticePeriodDays, e.Fallback, e.AlternativeId, e.Steps, e.Owner, e.LastTested);
}
