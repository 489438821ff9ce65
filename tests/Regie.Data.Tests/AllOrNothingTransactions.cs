using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class AllOrNothingTransactions(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task AFailingActionRollsBackEverySaveMadeInsideIt(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        await using (var db = storage.OpenAs(provider, board))
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => db.RunInTransactionAsync(async () =>
            {
                db.Services.Add(new ServiceEntity { Name = "Eerste" });
                await db.SaveChangesAsync(Ct);
                (await db.Processes.SingleAsync(p => p.Key == "lesgeven", Ct)).Criticality = 1;
                db.Services.Add(new ServiceEntity { Name = "Tweede" });
                await db.SaveChangesAsync(Ct);
                throw new InvalidOperationException("import afgebroken");
            }, Ct));

            Assert.Equal("import afgebroken", failure.Message);
            Assert.Empty(db.ChangeTracker.Entries());
        }

        await using var reader = storage.OpenAs(provider, board);
        Assert.Empty(await reader.Services.ToListAsync(Ct));
        Assert.Equal(5, (await reader.Processes.SingleAsync(p => p.Key == "lesgeven", Ct)).Criticality);
        Assert.DoesNotContain(await reader.AuditEntries.ToListAsync(Ct), e => e.Entity == nameof(ServiceEntity));
    }

    [Theory, OnBothDatabases]
    public async Task ASucceedingActionCommitsEverySave(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        await using (var db = storage.OpenAs(provider, board))
        {
            await db.RunInTransactionAsync(async () =>
            {
                db.Services.Add(new ServiceEntity { Name = "Eerste" });
                await db.SaveChangesAsync(Ct);
                db.Services.Add(new ServiceEntity { Name = "Tweede" });
                await db.SaveChangesAsync(Ct);
            }, Ct);
        }

        await using var reader = storage.OpenAs(provider, board);
        Assert.Equal(2, await reader.Services.CountAsync(Ct));
    }
}
