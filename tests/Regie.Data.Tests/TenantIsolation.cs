using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class TenantIsolation(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task ATenantCannotReadAnotherTenantsServiceById(DatabaseProvider provider)
    {
        var (a, b) = (await storage.CreateBoardAsync(provider, "A"), await storage.CreateBoardAsync(provider, "B"));
        var theirs = await AddServiceAsync(provider, b, "Dienst van B");

        await using var db = storage.OpenAs(provider, a);

        Assert.Null(await db.Services.FindAsync([theirs], Ct));
        Assert.Null(await db.Services.SingleOrDefaultAsync(s => s.Id == theirs, Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => db.LoadLandscapeAsync(new OrganisationId(b), TimeProvider.System, Ct));
    }

    [Theory, OnBothDatabases]
    public async Task SavingARowWithAnotherOrganisationsIdThrows(DatabaseProvider provider)
    {
        var (a, b) = (await storage.CreateBoardAsync(provider, "A"), await storage.CreateBoardAsync(provider, "B"));
        await using (var db = storage.OpenAs(provider, a))
        {
            db.Services.Add(new ServiceEntity { OrganisationId = b, Name = "Ingeschoven" });
            await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync(Ct));
        }

        await using var reader = storage.OpenAs(provider, b);
        Assert.False(await reader.Services.AnyAsync(s => s.Name == "Ingeschoven", Ct));
    }

    [Theory, OnBothDatabases]
    public async Task ChangingOrAttachingAnotherTenantsRowThrows(DatabaseProvider provider)
    {
        var (a, b) = (await storage.CreateBoardAsync(provider, "A"), await storage.CreateBoardAsync(provider, "B"));
        var mine = await AddServiceAsync(provider, a, "Van A");
        var theirs = await AddServiceAsync(provider, b, "Van B");

        await using var db = storage.OpenAs(provider, a);
        var moved = await db.Services.SingleAsync(s => s.Id == mine, Ct);
        moved.OrganisationId = b;
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();
        db.Services.Update(new ServiceEntity { Id = theirs, OrganisationId = b, Name = "Gekaapt" });
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();
        db.Services.Remove(new ServiceEntity { Id = theirs });
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();
        db.Organisations.Update(new OrganisationEntity { Id = b, Name = "Gekaapt" });
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync(Ct));
    }

    [Theory, OnBothDatabases]
    public async Task AddedRowsTakeTheTenantsOrganisation(DatabaseProvider provider)
    {
        var a = await storage.CreateBoardAsync(provider, "A");
        var id = await AddServiceAsync(provider, a, "Zonder organisatie");

        await using var db = storage.Open(provider, TenantContext.System);
        var saved = await db.Services.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(s => s.Id == id, Ct);
        Assert.Equal(a, saved.OrganisationId);
    }

    [Theory, OnBothDatabases]
    public async Task QueryFiltersHideOtherTenantsRowsFromEveryDbSet(DatabaseProvider provider)
    {
        var (a, b) = (await storage.CreateBoardAsync(provider, "A"), await storage.CreateBoardAsync(provider, "B"));
        await FillEverySetAsync(provider, a);
        await FillEverySetAsync(provider, b);

        await using var db = storage.OpenAs(provider, a);

        Assert.Equal(a, Assert.Single(await db.Organisations.ToListAsync(Ct)).Id);
        OnlyBoard(a, await db.Schools.ToListAsync(Ct));
        OnlyBoard(a, await db.Processes.ToListAsync(Ct));
        OnlyBoard(a, await db.Services.ToListAsync(Ct));
        OnlyBoard(a, await db.AnswerOverrides.ToListAsync(Ct));
        OnlyBoard(a, await db.Dependencies.ToListAsync(Ct));
        OnlyBoard(a, await db.LocalCompanies.ToListAsync(Ct));
        OnlyBoard(a, await db.LocalProviders.ToListAsync(Ct));
        var audit = await db.AuditEntries.ToListAsync(Ct);
        Assert.NotEmpty(audit);
        Assert.All(audit, e => Assert.Equal(a, e.OrganisationId));
        var shared = db.Model.GetEntityTypes().Where(t => t.ClrType.IsAssignableTo(typeof(ISharedKnowledge))).Select(t => t.ClrType).ToList();
        Type[] publicData =
        [
            typeof(IpRangeSetEntity), typeof(RegisterBoardEntity), typeof(RegisterSchoolEntity), typeof(RegisterImportEntity),
            typeof(SectorScanEntity), typeof(SectorScanResultEntity), typeof(SectorVendorAnswerEntity), typeof(SectorReleaseEntity),
        ];
        Assert.Equal(publicData.ToHashSet(), shared.ToHashSet());
        // Accounts are no board's rows: a user may belong to several boards, and the sign-in looks them up before any board is chosen.
        Type[] accounts = [typeof(RegieUser), typeof(IdentityUserClaim<Guid>), typeof(IdentityUserLogin<Guid>), typeof(IdentityUserToken<Guid>), typeof(ApiTokenEntity)];
        var unfiltered = db.Model.GetEntityTypes().Where(t => !shared.Contains(t.ClrType) && t.FindDeclaredQueryFilter(RegieDbContext.TenantFilter) is null).Select(t => t.ClrType);
        Assert.Equal(accounts.ToHashSet(), unfiltered.ToHashSet());
        Assert.True(await db.Services.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AnyAsync(s => s.OrganisationId == b, Ct));
    }

    [Theory, OnBothDatabases]
    public async Task OnlyTheSystemMayChangeKnowledgeSharedByEveryBoard(DatabaseProvider provider)
    {
        var a = await storage.CreateBoardAsync(provider, "A");
        await using (var board = storage.OpenAs(provider, a))
        {
            board.IpRangeSets.Add(new IpRangeSetEntity { Provider = "eigen", Format = "cidr", SourceFile = "x.txt", Prefixes = "10.0.0.0/8\t\t" });
            await Assert.ThrowsAsync<TenantViolationException>(() => board.SaveChangesAsync(Ct));
        }

        await using (var system = storage.Open(provider, TenantContext.System))
        {
            system.IpRangeSets.Add(new IpRangeSetEntity { Provider = "eigen", Format = "cidr", SourceFile = "x.txt", Prefixes = "10.0.0.0/8\t\t" });
            await system.SaveChangesAsync(Ct);
        }

        await using var reader = storage.OpenAs(provider, a);
        Assert.Equal("eigen", Assert.Single(await reader.IpRangeSets.ToListAsync(Ct)).Provider);
    }

    [Theory, OnBothDatabases]
    public async Task TheSystemTenantSeesNoBoardUntilItIgnoresTheFilterOnPurpose(DatabaseProvider provider)
    {
        var a = await storage.CreateBoardAsync(provider, "A");
        await AddServiceAsync(provider, a, "Dienst");

        await using var db = storage.Open(provider, TenantContext.System);

        Assert.Empty(await db.Organisations.ToListAsync(Ct));
        Assert.Empty(await db.Services.ToListAsync(Ct));
        Assert.Contains(await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).ToListAsync(Ct), o => o.Id == a);
        db.Services.Add(new ServiceEntity { Name = "Van niemand" });
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync(Ct));
    }

    private static void OnlyBoard(Guid board, IEnumerable<ITenantOwned> rows)
    {
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(board, r.OrganisationId));
    }

    private async Task<Guid> AddServiceAsync(DatabaseProvider provider, Guid board, string name)
    {
        await using var db = storage.OpenAs(provider, board);
        var service = new ServiceEntity { Name = name };
        db.Services.Add(service);
        await db.SaveChangesAsync(Ct);
        return service.Id;
    }

    private async Task FillEverySetAsync(DatabaseProvider provider, Guid board)
    {
        await using var db = storage.OpenAs(provider, board);
        var (from, to) = (new ServiceEntity { Name = "Van" }, new ServiceEntity { Name = "Naar" });
        from.Overrides.Add(new AnswerOverrideEntity { CriterionId = "keyControl", Option = 1, Reason = "test" });
        db.Services.AddRange(from, to);
        db.Dependencies.Add(new DependencyEntity { FromServiceId = from.Id, Kind = DependencyKind.HostedOn, ToServiceId = to.Id });
        db.Schools.Add(new SchoolEntity { Name = "School", Sector = Sector.Vo, Pupils = 10 });
        db.LocalCompanies.Add(new LocalCompanyEntity { Key = "eigen", Name = "Eigen bv" });
        db.LocalProviders.Add(new LocalProviderEntity { Key = "eigen", Name = "Eigen rack" });
        await db.SaveChangesAsync(Ct);
    }
}
