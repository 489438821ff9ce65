using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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

public sealed class MigratingToUniqueServiceNames
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task ServicesThatShareANameOnOneBoardAreNumberedSoTheIndexCanBeBuilt(DatabaseProvider provider)
    {
        DatabaseSettings settings;
        if (provider == DatabaseProvider.Sqlite)
        {
            settings = DatabaseSettings.SqliteFile(Path.Combine(Path.GetTempPath(), $"regie-migrate-{Guid.NewGuid():N}.db"));
        }
        else
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("REGIE_TEST_PG") is not { Length: > 0 }, StorageFixture.NoPostgres);
            var server = new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("REGIE_TEST_PG")) { Database = $"regie_m_{Guid.NewGuid():N}" };
            settings = DatabaseSettings.Postgres(server.ConnectionString);
        }

        await using var db = RegieDatabase.Create(settings, TenantContext.System);
        try
        {
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_UniqueServiceNames", StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(before, Ct);
            // The board as the schema stood then: today's OrganisationEntity has columns that migration did not have.
            var board = Guid.NewGuid();
            if (provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlAsync($"""INSERT INTO "Organisations" ("Id", "Name", "Sectors", "Pupils", "Staff", "IsDemo", "Domains", "MovesPerQuarter") VALUES ({board}, 'Stichting Dubbel', '["Po"]', 100, 10, 0, '[]', 2)""", Ct);
            }
            else
            {
                await db.Database.ExecuteSqlAsync($"""INSERT INTO "Organisations" ("Id", "Name", "Sectors", "Pupils", "Staff", "IsDemo", "Domains", "MovesPerQuarter") VALUES ({board}, 'Stichting Dubbel', ARRAY['Po'], 100, 10, false, ARRAY[]::text[], 2)""", Ct);
            }

            foreach (var name in new[] { "Magister", "Magister", "Magister", "Zermelo" })
            {
                db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), OrganisationId = board, Name = name });
            }

            await db.SaveChangesAsync(Ct);

            await migrator.MigrateAsync(cancellationToken: Ct);

            var names = await db.Services.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().Select(s => s.Name).ToListAsync(Ct);
            Assert.Equal(["Magister", "Magister (2)", "Magister (3)", "Zermelo"], names.Order(StringComparer.Ordinal));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(Ct);
        }
    }
}

/// <summary>The database itself keeps a token's scope honest: a board token names its board, a sector token has none and no role.</summary>
public sealed class TokenScopesInTheDatabase(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task ASectorTokenWithABoardOrARoleAndABoardTokenWithoutABoardAreRefused(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider, "Tokens");
        var user = Guid.NewGuid();
        await using (var db = storage.Open(provider, TenantContext.System))
        {
            db.Users.Add(new RegieUser { Id = user, UserName = $"{user:N}@sector.nl", Email = $"{user:N}@sector.nl" });
            await db.SaveChangesAsync(Ct);
        }

        async Task<bool> StoredAsync(ApiTokenScope scope, Guid? organisation, BoardRole role)
        {
            await using var db = storage.Open(provider, TenantContext.System);
            var at = DateTimeOffset.UtcNow;
            db.ApiTokens.Add(new ApiTokenEntity
            {
                Id = Guid.NewGuid(),
                UserId = user,
                Scope = scope,
                OrganisationId = organisation,
                Role = role,
                Name = "t",
                SecretHash = Guid.NewGuid().ToString("N"),
                CreatedAt = at,
                ExpiresAt = at.AddDays(1),
            });
            try
            {
                await db.SaveChangesAsync(Ct);
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }

        Assert.True(await StoredAsync(ApiTokenScope.Board, board, BoardRole.Reader));
        Assert.True(await StoredAsync(ApiTokenScope.SectorAggregates, null, BoardRole.None));
        Assert.False(await StoredAsync(ApiTokenScope.Board, null, BoardRole.Reader));
        Assert.False(await StoredAsync(ApiTokenScope.SectorAggregates, board, BoardRole.None));
        Assert.False(await StoredAsync(ApiTokenScope.SectorAggregates, null, BoardRole.Reader));
    }
}
