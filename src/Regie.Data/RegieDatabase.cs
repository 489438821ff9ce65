using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Regie.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Which database to use. <see cref="ToString"/> never shows credentials, so it is safe to print or log.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>A SQLite database file; its folder is created when missing.</summary>
    public static DatabaseSettings SqliteFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = fullPath }.ToString());
    }

    public static DatabaseSettings Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    /// <summary>regie.db in the user's local application data folder (~/.local/share/regie on Linux).</summary>
    public static string DefaultSqlitePath()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "regie");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "regie.db");
    }

    /// <summary>
    /// Command-line options first, then REGIE_DATABASE (a SQLite file) or REGIE_CONNECTION (a PostgreSQL connection
    /// string), else <see cref="DefaultSqlitePath"/>. Both at the same level is ambiguous and refused.
    /// </summary>
    public static DatabaseSettings FromArgsOrEnvironment(string? databasePath, string? connectionString) =>
        Choose(databasePath, connectionString, "--database en --connection")
        ?? Choose(Environment.GetEnvironmentVariable("REGIE_DATABASE"), Environment.GetEnvironmentVariable("REGIE_CONNECTION"), "REGIE_DATABASE en REGIE_CONNECTION")
        ?? SqliteFile(DefaultSqlitePath());

    private static DatabaseSettings? Choose(string? path, string? connection, string names) =>
        (string.IsNullOrWhiteSpace(path), string.IsNullOrWhiteSpace(connection)) switch
        {
            (false, false) => throw new ArgumentException($"Kies één database: {names} zijn allebei opgegeven."),
            (false, true) => SqliteFile(path!),
            (true, false) => Postgres(connection!),
            _ => null,
        };

    public override string ToString()
    {
        try
        {
            if (Provider == DatabaseProvider.Sqlite)
            {
                return $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
            }

            var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
        }
        catch (ArgumentException)
        {
            return $"{Provider} (ongeldige verbindingsgegevens)";
        }
    }
}

public static class RegieDatabase
{
    public static DbContextOptions Options(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => SqliteOptions(settings.ConnectionString),
        DatabaseProvider.Postgres => PostgresOptions(settings.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null),
    };

    /// <summary>A context for one tenant; dispose it after the unit of work.</summary>
    public static RegieDbContext Create(DatabaseSettings settings, ITenantContext tenant, TimeProvider? time = null) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteRegieDbContext(SqliteOptions(settings.ConnectionString), tenant, time ?? TimeProvider.System),
        DatabaseProvider.Postgres => new PostgresRegieDbContext(PostgresOptions(settings.ConnectionString), tenant, time ?? TimeProvider.System),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null),
    };

    /// <summary>A database file that another user can read and that this process could not make owner-only (it is not its owner).</summary>
    public sealed record LooseFile(string Path, UnixFileMode Mode);

    private const UnixFileMode GroupAndOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>
    /// The SQLite file holds every board's data and the password and token hashes: it is created readable by its owner only
    /// (mode 600), and an existing file, or its -wal, -shm or -journal, that group or others may read is tightened. SQLite
    /// gives the journal files it makes the database file's mode. Returns the files that stay loose because this process
    /// does not own them, for the caller to warn about. Nothing to do for PostgreSQL or on Windows.
    /// </summary>
    public static IReadOnlyList<LooseFile> KeepSqliteFilesOwnerOnly(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite || OperatingSystem.IsWindows()
            || new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource is not { Length: > 0 } path
            || path == ":memory:" || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        if (!File.Exists(path))
        {
            try
            {
                // An empty file is an empty SQLite database; made here, it never exists with the process's umask.
                using var created = new FileStream(path, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
            }
            catch (IOException) when (File.Exists(path))
            {
                // Made by someone else in the meantime: checked below like any existing file.
            }
        }

        var loose = new List<LooseFile>();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" }.Where(File.Exists))
        {
            var mode = File.GetUnixFileMode(file);
            if ((mode & GroupAndOthers) == 0)
            {
                continue;
            }

            try
            {
                File.SetUnixFileMode(file, mode & ~GroupAndOthers);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                loose.Add(new LooseFile(file, mode));
            }
        }

        return loose;
    }

    /// <summary>Creates the database when missing (a SQLite file owner-only) and applies every migration of its provider.</summary>
    public static async Task MigrateAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        KeepSqliteFilesOwnerOnly(settings);
        await using var db = Create(settings, TenantContext.System);
        // Migrating also compares the model with the migrations and takes a lock, about a quarter of a second of every CLI
        // command; a database that has every migration needs none of it (the test Migrations keeps model and migrations in step).
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    // Options are immutable and the same for every context of one database: built once, not for every request's context.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DbContextOptions<SqliteRegieDbContext>> SqliteBuilt = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DbContextOptions<PostgresRegieDbContext>> PostgresBuilt = new();

    internal static DbContextOptions<SqliteRegieDbContext> SqliteOptions(string connectionString) =>
        SqliteBuilt.GetOrAdd(connectionString, c => new DbContextOptionsBuilder<SqliteRegieDbContext>().UseSqlite(c).Options);

    internal static DbContextOptions<PostgresRegieDbContext> PostgresOptions(string connectionString) =>
        PostgresBuilt.GetOrAdd(connectionString, c => new DbContextOptionsBuilder<PostgresRegieDbContext>().UseNpgsql(WithoutResetOnClose(c)).Options);

    /// <summary>
    /// EF opens and closes the connection around every query, and Npgsql then resets the pooled connection with a
    /// <c>DISCARD ALL</c>: a second round trip per query. Regie keeps no session state (no SET, temporary tables or LISTEN),
    /// so the reset is skipped unless the connection string asks for it.
    /// </summary>
    internal static string WithoutResetOnClose(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}

/// <summary>The SQLite flavour; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteRegieDbContext(DbContextOptions<SqliteRegieDbContext> options, ITenantContext tenant, TimeProvider time)
    : RegieDbContext(options, tenant, time)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        base.ConfigureConventions(configuration);

        // SQLite cannot compare or sort DateTimeOffset text; this encoding keeps UTC order, so the audit trail can be queried by time.
        configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The PostgreSQL flavour; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresRegieDbContext(DbContextOptions<PostgresRegieDbContext> options, ITenantContext tenant, TimeProvider time)
    : RegieDbContext(options, tenant, time);

// Used by `dotnet ef`; `migrations add` never connects, `database update` uses REGIE_DATABASE / REGIE_CONNECTION.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRegieDbContext>
{
    public SqliteRegieDbContext CreateDbContext(string[] args) => new(
        RegieDatabase.SqliteOptions($"Data Source={Environment.GetEnvironmentVariable("REGIE_DATABASE") ?? "regie-design.db"}"),
        TenantContext.System, TimeProvider.System);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRegieDbContext>
{
    public PostgresRegieDbContext CreateDbContext(string[] args) => new(
        RegieDatabase.PostgresOptions(Environment.GetEnvironmentVariable("REGIE_CONNECTION") ?? "Host=localhost;Database=regie"),
        TenantContext.System, TimeProvider.System);
}
