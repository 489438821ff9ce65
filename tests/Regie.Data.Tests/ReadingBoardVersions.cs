using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>Many boards' versions in one read: each the version the board's own read gives, and every write moves it.</summary>
public sealed class ReadingBoardVersions(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task AddServiceAsync(DatabaseProvider provider, Guid board, string name)
    {
        await using var db = storage.OpenAs(provider, board);
        db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = name, CatalogProductId = "magister", ProcessKeys = ["lesgeven"] });
        await db.SaveChangesAsync(Ct);
    }

    private async Task<BoardVersion> OwnReadAsync(DatabaseProvider provider, Guid board)
    {
        await using var db = storage.OpenAs(provider, board);
        return await BoardVersion.ReadAsync(db, board, Ct);
    }

    [Theory, OnBothDatabases]
    public async Task EachBoardsVersionEqualsItsOwnRead(DatabaseProvider provider)
    {
        var boards = new[] { await storage.CreateBoardAsync(provider, "Noord"), await storage.CreateBoardAsync(provider, "Zuid"), await storage.CreateBoardAsync(provider, "Oost") };
        await AddServiceAsync(provider, boards[0], "Rooster");
        await AddServiceAsync(provider, boards[0], "Toetsen");
        await AddServiceAsync(provider, boards[1], "Rooster");
        await using var system = storage.Open(provider, TenantContext.System);

        var versions = await BoardVersion.ReadManyAsync(system, boards, Ct);

        foreach (var board in boards)
        {
            Assert.Equal(await OwnReadAsync(provider, board), versions.GetValueOrDefault(board));
        }

        Assert.NotEqual(default, versions[boards[0]]);

        Assert.NotEqual(versions[boards[0]], versions[boards[1]]);
    }

    [Theory, OnBothDatabases]
    public async Task AWriteToOneBoardMovesOnlyItsVersion(DatabaseProvider provider)
    {
        var boards = new[] { await storage.CreateBoardAsync(provider, "Noord"), await storage.CreateBoardAsync(provider, "Zuid") };
        await using var system = storage.Open(provider, TenantContext.System);
        var before = await BoardVersion.ReadManyAsync(system, boards, Ct);

        await AddServiceAsync(provider, boards[1], "Rooster");
        var after = await BoardVersion.ReadManyAsync(system, boards, Ct);

        Assert.Equal(before[boards[0]], after[boards[0]]);
        Assert.NotEqual(before[boards[1]], after[boards[1]]);
        Assert.Equal(before[boards[1]].Changes + 1, after[boards[1]].Changes);
    }

    [Theory, OnBothDatabases]
    public async Task ABoardNotAskedForIsNotRead(DatabaseProvider provider)
    {
        var asked = await storage.CreateBoardAsync(provider, "Gevraagd");
        var other = await storage.CreateBoardAsync(provider, "Niet gevraagd");
        await using var system = storage.Open(provider, TenantContext.System);

        var versions = await BoardVersion.ReadManyAsync(system, [asked], Ct);

        Assert.Equal([asked], versions.Keys);
        Assert.DoesNotContain(other, versions.Keys);
    }
}
