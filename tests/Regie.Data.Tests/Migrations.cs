using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class Migrations(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task EveryMigrationIsAppliedToAFreshDatabase(DatabaseProvider provider)
    {
        await using var db = storage.Open(provider, TenantContext.System);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(Ct), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(0, await db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void TheMigrationsCoverEveryChangeToTheModel(DatabaseProvider provider)
    {
        // Needs no server: the model is compared with the provider's last migration snapshot.
        var settings = provider == DatabaseProvider.Sqlite ? DatabaseSettings.SqliteFile(Path.Combine(Path.GetTempPath(), "unused.db")) : DatabaseSettings.Postgres("Host=unused");
        using var db = RegieDatabase.Create(settings, TenantContext.System);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add for both contexts.");
    }
}
