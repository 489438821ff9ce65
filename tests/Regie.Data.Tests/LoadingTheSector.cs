using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>The sector's bulk load gives every board exactly the landscape its own load gives.</summary>
public sealed class LoadingTheSector(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> BoardWithRowsAsync(DatabaseProvider provider, string name, int services)
    {
        var board = await storage.CreateBoardAsync(provider, name);
        await using var db = storage.OpenAs(provider, board);
        var rows = Enumerable.Range(0, services).Select(i => new ServiceEntity
        {
            Id = Guid.NewGuid(),
            Name = $"{name} dienst {services - i}",
            CatalogProductId = i % 2 == 0 ? "microsoft-teams" : "magister",
            ProcessKeys = ["lesgeven"],
            Pupils = 100 * i,
            DataCategories = ["leerlinggegevens"],
            DataLocation = i % 3 == 0 ? DataLocation.EuOnly : DataLocation.Unknown,
            TestedExitPlan = Check.No,
            Overrides = i == 1 ? [new AnswerOverrideEntity { CriterionId = "SOV1.parent", Option = 1, Reason = "eigen antwoord" }] : [],
        }).ToList();
        db.Services.AddRange(rows);
        db.Dependencies.Add(new DependencyEntity { FromServiceId = rows[1].Id, Kind = DependencyKind.SignsInThrough, ToServiceId = rows[0].Id });
        db.Schools.Add(new SchoolEntity { Name = $"{name} school", Brin = "12AB", Sector = Sector.Po, Pupils = 300 });
        db.LocalCompanies.Add(new LocalCompanyEntity { Key = "eigen", Name = $"{name} ICT bv", Country = "NL", ParentKey = "none", Kind = CompanyKind.Commercial });
        db.ExitPlans.Add(new ExitPlanEntity { ServiceId = rows[0].Id, LastTested = new DateOnly(2026, 10, 1) });
        await db.SaveChangesAsync(Ct);
        return board;
    }

    [Theory, OnBothDatabases]
    public async Task EveryBoardEqualsItsOwnLoad(DatabaseProvider provider)
    {
        var boards = new[] { await BoardWithRowsAsync(provider, "Noord", 5), await BoardWithRowsAsync(provider, "Zuid", 3), await BoardWithRowsAsync(provider, "Klein", 2) };
        await using var system = storage.Open(provider, TenantContext.System);

        var sector = await system.LoadSectorLandscapesAsync(storage.Clock, boards, Ct);

        Assert.Equal(boards.Order(), sector.Select(b => b.Organisation.Id.Value));
        foreach (var landscape in sector)
        {
            await using var own = storage.OpenAs(provider, landscape.Organisation.Id.Value);
            var expected = await own.LoadLandscapeAsync(landscape.Organisation.Id, storage.Clock, Ct);
            Assert.Equivalent(expected, landscape, strict: true);
        }

        var noord = sector.Single(b => b.Organisation.Name == "Noord");
        Assert.Equal(5, noord.Services.Count);
        Assert.Single(noord.Dependencies);
        Assert.Contains(noord.Services, s => s.OverrideList.Count == 1);
        Assert.Contains(noord.Services, s => s.MitigationOrNone.TestedExitPlan == Check.Yes);
    }

    [Theory, OnBothDatabases]
    public async Task WithoutAListItLoadsEveryBoardAndOnlyTheListedWithOne(DatabaseProvider provider)
    {
        var first = await BoardWithRowsAsync(provider, "Eerste", 2);
        var second = await BoardWithRowsAsync(provider, "Tweede", 2);
        await using var system = storage.Open(provider, TenantContext.System);

        var all = await system.LoadSectorLandscapesAsync(storage.Clock, cancellationToken: Ct);
        var one = await system.LoadSectorLandscapesAsync(storage.Clock, [second], Ct);

        Assert.Contains(all, b => b.Organisation.Id.Value == first);
        Assert.Contains(all, b => b.Organisation.Id.Value == second);
        Assert.Equal([second], one.Select(b => b.Organisation.Id.Value));
        Assert.Equal(2, one[0].Services.Count);
    }
}
