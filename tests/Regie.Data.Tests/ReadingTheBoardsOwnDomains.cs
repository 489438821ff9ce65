using Regie.Core.Discovery;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class ReadingTheBoardsOwnDomains(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task TheRegisterWebsitesByBoardNumberAndBrinAndTheApprovalsAreRead(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        var unique = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var number = $"9{unique}";
        await using (var system = storage.Open(provider, TenantContext.System))
        {
            system.RegisterBoards.Add(new RegisterBoardEntity { Id = Guid.NewGuid(), BoardNumber = number, Name = "Stichting Linde", Website = "www.stichting-linde.nl" });
            system.RegisterSchools.Add(new RegisterSchoolEntity { Id = Guid.NewGuid(), Code = $"E{unique}", Brin = $"E{unique}", BoardNumber = number, Name = "OBS De Eik", Website = "obs-de-eik.nl" });
            system.RegisterSchools.Add(new RegisterSchoolEntity { Id = Guid.NewGuid(), Code = $"B{unique}", Brin = $"B{unique}", BoardNumber = "elders", Name = "OBS De Beuk", Website = "obs-de-beuk.nl" });
            system.RegisterSchools.Add(new RegisterSchoolEntity { Id = Guid.NewGuid(), Code = $"X{unique}", Brin = $"X{unique}", BoardNumber = "elders", Name = "Elders", Website = "elders.nl" });
            await system.SaveChangesAsync(Ct);
        }

        await using (var db = storage.OpenAs(provider, board))
        {
            var organisation = await db.Organisations.FindAsync([board], Ct);
            organisation!.RegisterBoardNumber = number;
            db.Schools.Add(new SchoolEntity { Id = Guid.NewGuid(), OrganisationId = board, Name = "OBS De Beuk", Brin = $"B{unique}", Sector = Sector.Po });
            await db.SaveChangesAsync(Ct);
            await db.SetDomainApprovalAsync(board, "linde-cloud.eu", true, "beheer@regie.test", storage.Clock.GetUtcNow(), Ct);
            await db.SetDomainApprovalAsync(board, "ingetrokken.nl", true, "beheer@regie.test", storage.Clock.GetUtcNow(), Ct);
            await db.SetDomainApprovalAsync(board, "ingetrokken.nl", false, "beheer@regie.test", storage.Clock.GetUtcNow(), Ct);
        }

        await using var read = storage.OpenAs(provider, board);
        var evidence = await read.OwnDomainEvidenceAsync(board, Ct);

        Assert.Equal(["OBS De Beuk", "OBS De Eik", "Stichting Linde"], evidence.RegisterWebsites.Select(w => w.Holder).Order(StringComparer.Ordinal));
        Assert.Equal(["linde-cloud.eu"], evidence.Approved);
        Assert.True(OwnDomains.Judge("obs-de-beuk.nl", evidence).IsOwn);
        Assert.False(OwnDomains.Judge("elders.nl", evidence).IsOwn);
        Assert.False(OwnDomains.Judge("ingetrokken.nl", evidence).IsOwn);
    }
}
