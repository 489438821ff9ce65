using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;

namespace Regie.Data;

/// <summary>
/// Many boards' landscapes in one query per table, for the sector's analysis: 1,600 boards by
/// <see cref="LandscapeQueries.LoadLandscapeAsync"/> take 1,600 × 11 round trips. The same mapping
/// (<see cref="LandscapeQueries.Assemble"/>), so each board equals what the per-board load gives.
/// </summary>
public static class SectorLandscapes
{
    /// <summary>
    /// The landscapes of <paramref name="organisations"/> (every board when null), ordered by board id. Reads across boards,
    /// so it ignores the tenant filter: call it only where the caller may see every board's rows (the sector's own
    /// computation, which publishes aggregates only), on a <see cref="TenantContext.System"/> context.
    /// </summary>
    public static async Task<IReadOnlyList<BoardLandscape>> LoadSectorLandscapesAsync(
        this RegieDbContext db, TimeProvider time, IReadOnlyCollection<Guid>? organisations = null, CancellationToken cancellationToken = default)
    {
        var ids = organisations?.ToList();
        IQueryable<T> All<T>(IQueryable<T> set) where T : class, ITenantOwned =>
            ids is null ? set.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
                : set.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().Where(e => ids.Contains(e.OrganisationId));
        var boardRows = db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking();
        var boards = await (ids is null ? boardRows : boardRows.Where(o => ids.Contains(o.Id))).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var schools = (await All(db.Schools).ToListAsync(cancellationToken)).ToLookup(s => s.OrganisationId);
        var processes = (await All(db.Processes).ToListAsync(cancellationToken)).ToLookup(p => p.OrganisationId);
        var services = (await All(db.Services).Include(s => s.Overrides).AsSplitQuery().ToListAsync(cancellationToken)).ToLookup(s => s.OrganisationId);
        var dependencies = (await All(db.Dependencies).ToListAsync(cancellationToken)).ToLookup(d => d.OrganisationId);
        var companies = (await All(db.LocalCompanies).ToListAsync(cancellationToken)).ToLookup(c => c.OrganisationId);
        var providers = (await All(db.LocalProviders).ToListAsync(cancellationToken)).ToLookup(p => p.OrganisationId);
        var products = (await All(db.LocalProducts).ToListAsync(cancellationToken)).ToLookup(p => p.OrganisationId);
        var corrections = (await All(db.FactCorrections).ToListAsync(cancellationToken)).ToLookup(c => c.OrganisationId);
        var exitTests = (await All(db.ExitPlans).Where(p => p.LastTested != null).Select(p => new { p.OrganisationId, p.ServiceId, p.LastTested })
            .ToListAsync(cancellationToken)).ToLookup(p => p.OrganisationId);
        var answers = (await All(db.VendorAnswers).ToListAsync(cancellationToken)).ToLookup(a => a.OrganisationId);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return [.. boards.Select(b => LandscapeQueries.Assemble(
            b, schools[b.Id], processes[b.Id], services[b.Id], dependencies[b.Id], companies[b.Id], providers[b.Id], products[b.Id], corrections[b.Id],
            exitTests[b.Id].ToDictionary(p => p.ServiceId, p => p.LastTested), answers[b.Id], today))];
    }
}
