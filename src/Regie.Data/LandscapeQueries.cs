using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Questionnaires;

namespace Regie.Data;

/// <summary>The queries and commands on a board's landscape that more than one screen or command needs.</summary>
public static class LandscapeQueries
{
    /// <summary>
    /// The board's landscape as the core's immutable snapshot. Throws when the board is not the tenant's. The clock decides
    /// which exit tests still count as mitigation and which vendor answers still count (twelve months each), so the edge passes its own.
    /// </summary>
    public static async Task<BoardLandscape> LoadLandscapeAsync(
        this RegieDbContext db, OrganisationId organisation, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var organisationId = organisation.Value;
        var organisationRow = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new KeyNotFoundException($"Organisatie {organisationId} bestaat niet of is niet van deze gebruiker.");
        var schools = await db.Schools.AsNoTracking().Where(s => s.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var processes = await db.Processes.AsNoTracking().Where(p => p.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var services = await db.Services.AsNoTracking().Include(s => s.Overrides).Where(s => s.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var dependencies = await db.Dependencies.AsNoTracking().Where(d => d.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var companies = await db.LocalCompanies.AsNoTracking().Where(c => c.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var providers = await db.LocalProviders.AsNoTracking().Where(p => p.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var products = await db.LocalProducts.AsNoTracking().Where(p => p.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var corrections = await db.FactCorrections.AsNoTracking().Where(c => c.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var exitTests = await db.ExitPlans.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.LastTested != null)
            .ToDictionaryAsync(p => p.ServiceId, p => p.LastTested, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var answers = await db.VendorAnswers.AsNoTracking().Where(a => a.OrganisationId == organisationId).ToListAsync(cancellationToken);
        return Assemble(organisationRow, schools, processes, services, dependencies, companies, providers, products, corrections, exitTests, answers, today);
    }

    /// <summary>
    /// One board's rows as the core's landscape: the one mapping of <see cref="LoadLandscapeAsync"/> and of the sector's
    /// bulk load (<see cref="SectorLandscapes"/>). Sorted here rather than in SQL, so SQLite and PostgreSQL collations
    /// cannot give different orders.
    /// </summary>
    internal static BoardLandscape Assemble(
        OrganisationEntity organisationRow, IEnumerable<SchoolEntity> schools, IEnumerable<ProcessEntity> processes, IEnumerable<ServiceEntity> services,
        IEnumerable<DependencyEntity> dependencies, IEnumerable<LocalCompanyEntity> companies, IEnumerable<LocalProviderEntity> providers,
        IEnumerable<LocalProductEntity> products, IEnumerable<FactCorrectionEntity> corrections, IReadOnlyDictionary<Guid, DateOnly?> exitTests,
        IEnumerable<VendorAnswerEntity> answers, DateOnly today) =>
        new(
            organisationRow.ToCore(),
            [.. schools.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new School(s.Name, s.Brin, s.Sector, s.Pupils))],
            [.. processes.OrderBy(p => p.Kind).ThenBy(p => p.Key, StringComparer.Ordinal).Select(ToCore)],
            [.. services.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id).Select(s => WithExitTest(s.ToCore(), exitTests.GetValueOrDefault(s.Id), today))],
            [.. dependencies.OrderBy(d => d.FromServiceId).ThenBy(d => d.Kind).ThenBy(d => d.ToServiceId)
                .Select(d => new Dependency(new ServiceId(d.FromServiceId), d.Kind, new ServiceId(d.ToServiceId)))],
            [.. companies.OrderBy(c => c.Key, StringComparer.Ordinal).Select(ToCore)],
            [.. providers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(ToCore)])
        {
            LocalProducts = [.. products.OrderBy(p => p.Key, StringComparer.Ordinal).Select(ToCore)],
            Corrections = [.. corrections.OrderBy(c => c.ProductId, StringComparer.Ordinal).ThenBy(c => c.Field).ThenBy(c => c.Id).Select(ToCore)],
            VendorStatements = [.. VendorStatements.Current(answers.Select(VendorAnswers.ToCore), today)
                .OrderBy(s => s.Question.Subject, StringComparer.Ordinal).ThenBy(s => s.Question.Topic, StringComparer.Ordinal)],
        };

    /// <summary>
    /// Creates a board with its own copy of the process templates (<c>RegieKnowledge.ProcessTemplates</c>).
    /// Run it on a <see cref="TenantContext.System"/> context: a tenant context may write only its own board.
    /// </summary>
    public static async Task<OrganisationEntity> CreateOrganisationAsync(
        this RegieDbContext db, string name, IReadOnlyList<Sector> sectors, int pupils, int staff, bool isDemo,
        IReadOnlyList<Process> processTemplates, CancellationToken cancellationToken = default)
    {
        var organisation = new OrganisationEntity
        {
            Id = Guid.NewGuid(),
            Name = name,
            Sectors = [.. sectors],
            Pupils = pupils,
            Staff = staff,
            IsDemo = isDemo,
        };
        db.Organisations.Add(organisation);
        db.Processes.AddRange(processTemplates.Select(p => p.ToEntity(organisation.Id)));
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }

    /// <summary>Deletes a service with its overrides and every dependency to or from it; false when the tenant has no such service.</summary>
    public static async Task<bool> DeleteServiceAsync(this RegieDbContext db, Guid serviceId, CancellationToken cancellationToken = default)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null)
        {
            return false;
        }

        await db.RemoveServicesAsync(service.OrganisationId, [service], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Marks stored (untracked) services of one board for removal with their overrides and every dependency to or from them;
    /// the caller saves. Removed row by row rather than left to the database's cascade, so that each removal is audited. The
    /// board's edges and overrides are read whole and filtered here: a list of ids as parameters overflows SQLite's limit.
    /// </summary>
    public static async Task RemoveServicesAsync(this RegieDbContext db, Guid organisationId, IReadOnlyList<ServiceEntity> services, CancellationToken cancellationToken = default)
    {
        if (services.Count == 0)
        {
            return;
        }

        var ids = services.Select(s => s.Id).ToHashSet();
        var edges = await db.Dependencies.Where(d => d.OrganisationId == organisationId).ToListAsync(cancellationToken);
        db.Dependencies.RemoveRange(edges.Where(d => ids.Contains(d.FromServiceId) || ids.Contains(d.ToServiceId)));
        var overrides = await db.AnswerOverrides.Where(o => o.OrganisationId == organisationId).ToListAsync(cancellationToken);
        db.AnswerOverrides.RemoveRange(overrides.Where(o => ids.Contains(o.ServiceId)));
        foreach (var service in services)
        {
            db.Services.Attach(service);
            db.Services.Remove(service);
        }
    }

    /// <summary>The catalog as the current board sees it: its own parties and products added, its corrections laid over.</summary>
    public static async Task<KnowledgeCatalog> LoadBoardCatalogAsync(this RegieDbContext db, KnowledgeCatalog catalog, CancellationToken cancellationToken = default)
    {
        var companies = await db.LocalCompanies.AsNoTracking().ToListAsync(cancellationToken);
        var providers = await db.LocalProviders.AsNoTracking().ToListAsync(cancellationToken);
        var products = await db.LocalProducts.AsNoTracking().ToListAsync(cancellationToken);
        var corrections = await db.FactCorrections.AsNoTracking().ToListAsync(cancellationToken);
        return catalog.WithLocal(
            [.. companies.OrderBy(c => c.Key, StringComparer.Ordinal).Select(ToCore)],
            [.. providers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(ToCore)],
            [.. products.OrderBy(p => p.Key, StringComparer.Ordinal).Select(ToCore)],
            [.. corrections.OrderBy(c => c.ProductId, StringComparer.Ordinal).ThenBy(c => c.Field).Select(ToCore)]);
    }

    /// <summary>A saved exit plan tested in the last twelve months counts as the "tested exit plan" check (docs/EXIT-AND-PROCUREMENT.md).</summary>
    private static Service WithExitTest(Service service, DateOnly? lastTested, DateOnly today) =>
        Regie.Core.Exit.ExitPlans.TestedExitPlan(service.MitigationOrNone.TestedExitPlan, lastTested, today) is var check && check != service.MitigationOrNone.TestedExitPlan
            ? service with { Mitigation = service.MitigationOrNone with { TestedExitPlan = check } }
            : service;

    public static Organisation ToCore(this OrganisationEntity o) =>
        new(new OrganisationId(o.Id), o.Name, [.. o.Sectors], o.Pupils, o.Staff, o.IsDemo);

    public static Process ToCore(this ProcessEntity p) =>
        new(p.Key, new LocalizedText(p.NameNl, p.NameEn), p.Kind, p.Criticality, p.Essential, p.MinSeal, p.MinScore);

    public static Service ToCore(this ServiceEntity s) => new(
        new ServiceId(s.Id),
        s.Name,
        s.CatalogProductId,
        [.. s.ProcessKeys],
        s.Pupils,
        s.Staff,
        [.. s.DataCategories],
        s.VendorId,
        s.HostingProviderId,
        s.HostingRegion,
        s.DataLocation == DataLocation.Unknown ? null : s.DataLocation,
        s.OpenSource == Tri.Unknown ? null : s.OpenSource,
        s.ContractEnd,
        s.ExitClause,
        [.. s.ExportFormats],
        s.Dpia,
        s.Kia,
        s.AnnualCost,
        new Mitigation(s.TestedExport, s.TestedExitPlan, s.AlternativeIdentified, s.IndependentBackup, s.ExitClauseInContract, s.InHouseKnowHow),
        [.. s.Overrides.OrderBy(o => o.CriterionId, StringComparer.Ordinal).Select(o => new AnswerOverride(o.CriterionId, o.Option, o.Reason))],
        s.Notes);

    public static Company ToCore(this LocalCompanyEntity c) =>
        new(c.Key, c.Name, BoardFact(c.Country, c.Source), BoardFact(c.ParentKey, c.Source), c.Kind, IsLocal: true);

    public static HostingProvider ToCore(this LocalProviderEntity p) =>
        new(p.Key, LocalizedText.Same(p.Name), Fact<string>.FromBoard(p.CompanyKey), p.Kind, IsLocal: true);

    public static Product ToCore(this LocalProductEntity p) => new(
        p.Key, p.Name, [.. p.Aliases], p.Category, [],
        BoardFact(p.VendorKey, p.Source), BoardFact(p.HostingProviderKey, p.Source), Fact<LocalizedText>.Unknown(),
        p.DataLocation == DataLocation.Unknown ? Fact<DataLocation>.Unknown() : BoardFact(p.DataLocation, p.Source),
        p.OpenSource == Tri.Unknown ? Fact<Tri>.Unknown() : BoardFact(p.OpenSource, p.Source),
        IdentityProvider: false, PartOf: null, new Dictionary<string, Fact<int>>());

    public static PlannedMove ToCore(this PlannedMoveEntity e) => new(
        e.Id, new ServiceId(e.ServiceId), e.AlternativeId, e.Status,
        Quarter.TryParse(e.PinnedPeriod, out var q) ? q : null, e.EffortDays, e.OneOffCost);

    public static FactCorrection ToCore(this FactCorrectionEntity c) => new(c.ProductId, c.Field, c.Value, c.Reason, c.Source);

    // The board's own citation, when it gave one, is a better source than "entered by the board".
    private static Fact<T> BoardFact<T>(T? value, string? source) =>
        Fact<T>.FromBoard(value) is { IsKnown: true } fact && !string.IsNullOrWhiteSpace(source) ? fact with { Source = source } : Fact<T>.FromBoard(value);
}
