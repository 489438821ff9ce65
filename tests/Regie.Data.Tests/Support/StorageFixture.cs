using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Data;

namespace Regie.Data.Tests.Support;

/// <summary>A freshly migrated SQLite file and, when REGIE_TEST_PG names a server, a fresh PostgreSQL database, for one test class.</summary>
public sealed class StorageFixture : IAsyncLifetime
{
    public const string NoPostgres = "REGIE_TEST_PG is not set: no PostgreSQL server; run scripts/test.sh, which starts one";

    public static readonly IReadOnlyList<Process> Templates =
    [
        new("lesgeven", new LocalizedText("Lesgeven", "Teaching"), ProcessKind.Primary, 5, Essential: true),
        new("toetsen", new LocalizedText("Toetsen", "Assessment"), ProcessKind.Primary, 4, Essential: true, MinSeal: 2),
        new("salarisadministratie", new LocalizedText("Salarisadministratie", "Payroll"), ProcessKind.Secondary, 3, Essential: false),
    ];

    private readonly DatabaseSettings sqlite = DatabaseSettings.SqliteFile(Path.Combine(Path.GetTempPath(), $"regie-test-{Guid.NewGuid():N}.db"));
    private DatabaseSettings? postgres;

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero));

    public async ValueTask InitializeAsync()
    {
        await RegieDatabase.MigrateAsync(sqlite);
        if (Environment.GetEnvironmentVariable("REGIE_TEST_PG") is { Length: > 0 } server)
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = $"regie_t_{Guid.NewGuid():N}" };
            postgres = DatabaseSettings.Postgres(connection.ConnectionString);
            await RegieDatabase.MigrateAsync(postgres);
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource);
        if (postgres is not null)
        {
            await using var db = RegieDatabase.Create(postgres, TenantContext.System);
            await db.Database.EnsureDeletedAsync();
        }
    }

    public DatabaseSettings Settings(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return sqlite;
        }

        Assert.SkipWhen(postgres is null, NoPostgres);
        return postgres;
    }

    public RegieDbContext Open(DatabaseProvider provider, ITenantContext tenant) => RegieDatabase.Create(Settings(provider), tenant, Clock);

    public RegieDbContext OpenAs(DatabaseProvider provider, Guid organisationId, string actor = "tester@bestuur.nl") =>
        Open(provider, new FixedTenant(organisationId, actor));

    /// <summary>A new board with the template processes, created as the system would.</summary>
    public async Task<Guid> CreateBoardAsync(DatabaseProvider provider, string name = "Stichting Test")
    {
        await using var db = Open(provider, TenantContext.System);
        var organisation = await db.CreateOrganisationAsync(name, [Sector.Po], 1200, 150, isDemo: false, Templates, TestContext.Current.CancellationToken);
        return organisation.Id;
    }
}
