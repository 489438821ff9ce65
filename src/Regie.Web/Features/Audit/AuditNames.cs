using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Web.Features.Audit;

/// <summary>
/// The names of the rows a page of the audit log is about, read with one query per kind of row on the page (not one per
/// entry): a service by its name, a dependency by its two services, an exit plan by its service, and so on.
/// </summary>
public static class AuditNames
{
    // The kinds of row whose name can be looked up; a kind not listed is shown by its key alone.
    private static readonly HashSet<string> Named =
    [
        nameof(OrganisationEntity), nameof(SchoolEntity), nameof(ProcessEntity), nameof(ServiceEntity), nameof(AnswerOverrideEntity),
        nameof(DependencyEntity), nameof(LocalCompanyEntity), nameof(LocalProviderEntity), nameof(LocalProductEntity), nameof(ServiceEvidenceEntity),
        nameof(ExitPlanEntity), nameof(PlannedMoveEntity), nameof(TenderEntity), nameof(DiscoveryFindingEntity), nameof(IpRangeSetEntity),
        nameof(BoardMembershipEntity), nameof(ApiTokenEntity), nameof(RegieUser),
    ];

    // The stored field that names a row of each kind, for a row that no longer exists.
    private static readonly Dictionary<string, string> NameField = new(StringComparer.Ordinal)
    {
        [nameof(OrganisationEntity)] = "Name",
        [nameof(SchoolEntity)] = "Name",
        [nameof(ProcessEntity)] = "NameNl",
        [nameof(ServiceEntity)] = "Name",
        [nameof(LocalCompanyEntity)] = "Name",
        [nameof(LocalProviderEntity)] = "Name",
        [nameof(LocalProductEntity)] = "Name",
        [nameof(ServiceEvidenceEntity)] = "Name",
        [nameof(TenderEntity)] = "Name",
        [nameof(DiscoveryFindingEntity)] = "Domain",
        [nameof(IpRangeSetEntity)] = "Provider",
        [nameof(ApiTokenEntity)] = "Name",
        [nameof(RegieUser)] = "Email",
    };

    public static bool Resolves(string entity) => Named.Contains(entity);

    /// <summary>The name the entry itself recorded (the old or new value of the kind's name field), when it has one.</summary>
    public static string? Stored(string entity, IReadOnlyList<AuditChangeDto> changes) =>
        NameField.TryGetValue(entity, out var field) && changes.FirstOrDefault(c => c.Field == field) is { } change ? change.Old ?? change.New : null;

    /// <summary>Each (entity, key) of <paramref name="entries"/> that still exists, with its name now.</summary>
    public static async Task<Dictionary<(string, string), string>> ResolveAsync(
        RegieDbContext db, IReadOnlyList<AuditEntry> entries, bool acrossBoards, bool english, CancellationToken ct)
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var kind in entries.GroupBy(e => e.Entity).Where(g => Named.Contains(g.Key)))
        {
            var ids = kind.Select(e => Guid.TryParse(e.EntityId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            foreach (var (id, name) in await NamesAsync(db, kind.Key, ids, acrossBoards, english, ct))
            {
                names[(kind.Key, id.ToString())] = name;
            }
        }

        return names;
    }

    /// <summary>The names of the boards the entries belong to, in one query.</summary>
    public static async Task<Dictionary<Guid, string>> BoardsAsync(RegieDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var ids = entries.Select(e => e.OrganisationId).OfType<Guid>().Distinct().ToList();
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
            .Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    private static async Task<List<(Guid Id, string Name)>> NamesAsync(
        RegieDbContext db, string entity, List<Guid> ids, bool acrossBoards, bool english, CancellationToken ct)
    {
        IQueryable<T> Set<T>(DbSet<T> set) where T : class =>
            (acrossBoards ? set.IgnoreQueryFilters([RegieDbContext.TenantFilter]) : set).AsNoTracking();
        var services = Set(db.Services);
        var pairs = entity switch
        {
            nameof(OrganisationEntity) => Set(db.Organisations).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Name)),
            nameof(SchoolEntity) => Set(db.Schools).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Name)),
            nameof(ProcessEntity) => Set(db.Processes).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, english ? x.NameEn : x.NameNl)),
            nameof(ServiceEntity) => services.Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Name)),
            nameof(AnswerOverrideEntity) => Set(db.AnswerOverrides).Where(x => ids.Contains(x.Id))
                .Join(services, a => a.ServiceId, s => s.Id, (a, s) => new Pair(a.Id, s.Name + " · " + a.CriterionId)),
            nameof(DependencyEntity) => Set(db.Dependencies).Where(x => ids.Contains(x.Id))
                .Join(services, d => d.FromServiceId, s => s.Id, (d, from) => new { d.Id, d.ToServiceId, From = from.Name })
                .Join(services, d => d.ToServiceId, s => s.Id, (d, to) => new Pair(d.Id, d.From + " → " + to.Name)),
            nameof(LocalCompanyEntity) => Set(db.LocalCompanies).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Name)),
            nameof(LocalProviderEntity) => Set(db.LocalProviders).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Name)),
            nameof(LocalProductEntity) => Set(db.LocalProducts).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Name)),
            nameof(ServiceEvidenceEntity) => Set(db.ServiceEvidence).Where(x => ids.Contains(x.Id))
                .Join(services, e => e.ServiceId, s => s.Id, (e, s) => new Pair(e.Id, s.Name + " · " + e.Name)),
            nameof(ExitPlanEntity) => Set(db.ExitPlans).Where(x => ids.Contains(x.Id)).Join(services, e => e.ServiceId, s => s.Id, (e, s) => new Pair(e.Id, s.Name)),
            nameof(PlannedMoveEntity) => Set(db.PlannedMoves).Where(x => ids.Contains(x.Id)).Join(services, m => m.ServiceId, s => s.Id, (m, s) => new Pair(m.Id, s.Name)),
            nameof(TenderEntity) => Set(db.Tenders).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Name)),
            nameof(DiscoveryFindingEntity) => Set(db.DiscoveryFindings).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Domain)),
            nameof(IpRangeSetEntity) => Set(db.IpRangeSets).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Provider)),
            nameof(BoardMembershipEntity) => Set(db.Memberships).Where(x => ids.Contains(x.Id))
                .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new Pair(m.Id, u.Email ?? u.UserName ?? "")),
            nameof(ApiTokenEntity) => Set(db.ApiTokens).Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Name)),
            nameof(RegieUser) => db.Users.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new Pair(x.Id, x.Email ?? x.UserName ?? "")),
            _ => null,
        };
        return pairs is null ? [] : [.. (await pairs.ToListAsync(ct)).Select(p => (p.Id, p.Name))];
    }

    private sealed record Pair(Guid Id, string Name);
}
