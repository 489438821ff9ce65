using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class ServiceDeletion(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task DeletingAServiceRemovesItsOverridesAndEveryDependencyToOrFromIt(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        var (app, cloud, portal) = (new ServiceEntity { Name = "App" }, new ServiceEntity { Name = "Cloud" }, new ServiceEntity { Name = "Portaal" });
        await using (var db = storage.OpenAs(provider, board))
        {
            app.Overrides.Add(new AnswerOverrideEntity { CriterionId = "keyControl", Option = 1, Reason = "r" });
            db.Services.AddRange(app, cloud, portal);
            db.Dependencies.AddRange(
                new DependencyEntity { FromServiceId = app.Id, Kind = DependencyKind.HostedOn, ToServiceId = cloud.Id },
                new DependencyEntity { FromServiceId = portal.Id, Kind = DependencyKind.IntegratesWith, ToServiceId = app.Id },
                new DependencyEntity { FromServiceId = portal.Id, Kind = DependencyKind.HostedOn, ToServiceId = cloud.Id });
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = storage.OpenAs(provider, board))
        {
            Assert.True(await db.DeleteServiceAsync(app.Id, Ct));
        }

        await using var reader = storage.OpenAs(provider, board);
        var landscape = await reader.LoadLandscapeAsync(new OrganisationId(board), TimeProvider.System, Ct);
        Assert.Equal(["Cloud", "Portaal"], landscape.Services.Select(s => s.Name));
        Assert.Equal([new Dependency(new ServiceId(portal.Id), DependencyKind.HostedOn, new ServiceId(cloud.Id))], landscape.Dependencies);
        Assert.Empty(await reader.AnswerOverrides.ToListAsync(Ct));
    }

    [Theory, OnBothDatabases]
    public async Task AnotherTenantsServiceCannotBeDeleted(DatabaseProvider provider)
    {
        var (a, b) = (await storage.CreateBoardAsync(provider, "A"), await storage.CreateBoardAsync(provider, "B"));
        var theirs = new ServiceEntity { Name = "Van B" };
        await using (var db = storage.OpenAs(provider, b))
        {
            db.Services.Add(theirs);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = storage.OpenAs(provider, a))
        {
            Assert.False(await db.DeleteServiceAsync(theirs.Id, Ct));
        }

        await using var reader = storage.OpenAs(provider, b);
        Assert.True(await reader.Services.AnyAsync(s => s.Id == theirs.Id, Ct));
    }
}
