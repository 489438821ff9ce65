using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Exit;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.ExitPlans;

/// <summary>What saving a plan came to: no such service, refused with the errors of its fields, refused as stale, or saved.</summary>
public sealed record ExitPlanSaving(bool ServiceFound, IReadOnlyList<ExitPlanError> Errors, bool Stale = false)
{
    public bool Saved => ServiceFound && Errors.Count == 0 && !Stale;
}

/// <summary>Reads and writes a service's exit plan for the API and the page alike.</summary>
public static class ExitPlanStore
{
    /// <summary>The saved plan, or Regie's proposal rendered in <paramref name="culture"/> with the reason for every field.</summary>
    public static async Task<ExitPlanDto?> LoadAsync(RegieDbContext db, BoardAnalysis board, ServiceId id, DateOnly today, CultureInfo culture, CancellationToken ct)
    {
        var serviceId = id.Value;
        var landscape = await board.LandscapeAsync(ct);
        if (landscape.Services.FirstOrDefault(s => s.Id.Value == serviceId) is not { } service)
        {
            return null;
        }

        var entity = await db.ExitPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ServiceId == serviceId, ct);
        var catalog = await board.CatalogAsync(ct);
        var onRoadmap = await RoadmapTargetAsync(db, serviceId, catalog, ct);
        var generated = entity is null
            ? Core.Exit.ExitPlans.Generate(service, catalog, board.Knowledge, ExitAlternative.Choose(landscape, service, catalog, board.Knowledge, onRoadmap))
            : null;
        var plan = generated is null ? ToPlan(entity!) : ReasonText.Render(generated.Proposal, culture);
        var proposal = generated?.Proposal is { } p
            ? new ExitPlanProposalDto(p.ExitClause is { } clause ? ReasonDocument.From(clause, culture) : null, [.. p.Steps.Select(s => ReasonDocument.From(s, culture))])
            : null;
        return new ExitPlanDto(
            serviceId, service.Name, entity is not null, plan.DataToExport, plan.ExportFormats, plan.ExitClause, plan.NoticePeriodDays, plan.Fallback,
            plan.AlternativeId, plan.Steps, plan.Owner, plan.LastTested, Core.Exit.ExitPlans.IsTestCurrent(plan.LastTested, today), service.ContractEnd,
            plan.NoticeDeadline(service.ContractEnd), plan.Unknowns(),
            [.. (generated?.Notes ?? []).Select(n => new ExitPlanNoteDto(n.Field, ReasonDocument.From(n.Why, culture)))], entity?.UpdatedAt, proposal,
            onRoadmap?.Id, onRoadmap?.NameIn(culture.TwoLetterISOLanguageName), VersionOf(db, entity));
    }

    /// <summary>Where the roadmap moves the service: its planned or running move, which the exit plan follows.</summary>
    public static async Task<MoveTarget?> RoadmapTargetAsync(RegieDbContext db, Guid serviceId, KnowledgeCatalog catalog, CancellationToken ct)
    {
        var id = await db.PlannedMoves.AsNoTracking()
            .Where(m => m.ServiceId == serviceId && (m.Status == MoveState.Planned || m.Status == MoveState.InProgress))
            .Select(m => m.AlternativeId).FirstOrDefaultAsync(ct);
        return id is null ? null : MoveTarget.Resolve(id, catalog);
    }

    /// <summary>
    /// The one way a plan is saved, from the page and the API alike: checked against the board's view of the catalog and
    /// today's date, and written only when no field is wrong and the stored plan still has <paramref name="expectedVersion"/>
    /// (null: any); a refused plan leaves the stored one untouched.
    /// </summary>
    public static async Task<ExitPlanSaving> ValidateAndSaveAsync(
        RegieDbContext db, BoardAnalysis board, ServiceId id, ExitPlan plan, TimeProvider time, CancellationToken ct, string? expectedVersion = null)
    {
        var landscape = await board.LandscapeAsync(ct);
        if (!landscape.Services.Any(s => s.Id == id))
        {
            return new(false, []);
        }

        var errors = Core.Exit.ExitPlans.Validate(plan, await board.CatalogAsync(ct), Today(time));
        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var serviceId = id.Value;
        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion,
            async () => VersionOf(db, await db.ExitPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ServiceId == serviceId, ct)),
            () => SaveAsync(db, id, plan, time.GetUtcNow(), ct), ct);
        if (!saved)
        {
            return new(true, [], Stale: true);
        }

        board.Invalidate();
        return new(true, []);
    }

    /// <summary>The plan's version; <see cref="EditVersion.NotStored"/> while only the proposal exists.</summary>
    public static string VersionOf(RegieDbContext db, ExitPlanEntity? entity) => entity is null ? EditVersion.NotStored : EditVersion.Of(db, entity);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static async Task SaveAsync(RegieDbContext db, ServiceId id, ExitPlan plan, DateTimeOffset now, CancellationToken ct)
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
