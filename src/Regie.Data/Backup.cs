using System.Buffers;
using System.Data;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Regie.Data;

/// <summary>What a backup holds; written as manifest.json beside one NDJSON file per table.</summary>
public sealed record BackupManifest(
    string Format,
    int FormatVersion,
    string RegieVersion,
    DateTimeOffset CreatedAt,
    string Provider,
    BackupSchema Schema,
    IReadOnlyList<BackupTable> Tables)
{
    [JsonIgnore]
    public long TotalRows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// The schema the rows were written in. Migrations are named without their timestamp ("UniqueServiceNames"): SQLite and
/// PostgreSQL have their own migration ids for the same step, and a backup of one restores into the other.
/// </summary>
public sealed record BackupSchema(string LastMigration, string LastMigrationId, IReadOnlyList<string> Migrations);

public sealed record BackupTable(string Name, string Entity, string File, long Rows, string Sha256, IReadOnlyList<string> Columns);

public sealed record RestoreOutcome(bool Restored, long ReplacedRows, long RestoredRows, int Tables);

/// <summary>A backup file or a database that cannot be backed up or restored; the message is Dutch and says what to do.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// `regie backup` and `regie restore`: every table of <see cref="RegieDbContext"/> read through the EF model and written as
/// NDJSON in a zip with a manifest, so that one format serves SQLite and PostgreSQL (and moves a board from one to the
/// other) and needs no pg_dump of the server's exact version on the machine. docs/OPERATIONS.md says why and how.
/// </summary>
public static class DatabaseBackup
{
    public const string Format = "regie-backup";
    public const int FormatVersion = 1;
    public const string ManifestFile = "manifest.json";

    private const int Batch = 1000;

    private static readonly JsonSerializerOptions RowJson = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // data, never HTML: keep ë and – readable in the file
    };

    private static readonly JsonSerializerOptions ManifestJson = new(RowJson)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private static readonly MethodInfo RowsMethod = typeof(DatabaseBackup).GetMethod(nameof(Rows), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static string RegieVersion { get; } =
        typeof(DatabaseBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "onbekend";

    /// <summary>"20261206072223_UniqueServiceNames" → "UniqueServiceNames".</summary>
    public static string MigrationName(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    /// <summary>
    /// Writes a backup of the whole database to <paramref name="path"/>: first to a file beside it, moved into place only when
    /// complete, so a failed backup never leaves a half file under the name a schedule keeps.
    /// </summary>
    public static async Task<BackupManifest> WriteAsync(DatabaseSettings settings, string path, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        var partial = fullPath + ".part";
        try
        {
            BackupManifest manifest;
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                // The file holds every board's data and the audit trail: readable by its owner only, like a key file.
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var file = new FileStream(partial, options))
            {
                manifest = settings.Provider == DatabaseProvider.Sqlite
                    ? await WriteSqliteAsync(settings, file, time, cancellationToken)
                    : await WritePostgresAsync(settings, file, time, cancellationToken);
            }

            File.Move(partial, fullPath, overwrite: true);
            return manifest;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Opens a backup and checks it whole (manifest, every table's checksum and row count) before anything is restored.</summary>
    public static BackupArchive Open(string path)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BackupException($"Het back-upbestand '{path}' bestaat niet.");
        }
        catch (InvalidDataException)
        {
            throw new BackupException($"'{path}' is geen Regie-back-up of is beschadigd: het is geen leesbaar zip-bestand.");
        }

        try
        {
            var manifest = ReadManifest(path, zip);
            foreach (var table in manifest.Tables)
            {
                Verify(path, zip, table);
            }

            return new BackupArchive(path, zip, manifest);
        }
        catch (InvalidDataException e)
        {
            zip.Dispose();
            throw new BackupException($"'{path}' is beschadigd: {e.Message}");
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Refuses a backup whose schema this Regie does not know: its rows may hold columns this version would silently drop.
    /// An older backup is accepted; a column it lacks gets the value a new row gets.
    /// </summary>
    public static void EnsureKnownSchema(BackupManifest manifest, RegieDbContext target)
    {
        var known = target.Database.GetMigrations().Select(MigrationName).ToList();
        var unknown = manifest.Schema.Migrations.Append(manifest.Schema.LastMigration).Where(m => !known.Contains(m)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new BackupException(
                $"Deze back-up komt van een nieuwere versie van Regie ({manifest.RegieVersion}): het schema eindigt bij '{manifest.Schema.LastMigration}', " +
                $"en deze Regie ({RegieVersion}) kent {string.Join(", ", unknown.Select(m => $"'{m}'"))} niet (de laatste die ze kent is '{known.LastOrDefault()}'). " +
                "Werk Regie bij tot minstens de versie van de back-up en herstel dan opnieuw. Er is niets gewijzigd.");
        }
    }

    /// <summary>
    /// Replaces every row of <paramref name="target"/> by the backup's, in one transaction: a failure leaves the database as it
    /// was. The database is created and migrated first. When it already holds rows, <paramref name="replaceExisting"/> decides.
    /// </summary>
    public static async Task<RestoreOutcome> RestoreAsync(
        DatabaseSettings target, BackupArchive backup, Func<long, Task<bool>> replaceExisting, string actor, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        await using (var check = RegieDatabase.Create(target, TenantContext.System))
        {
            EnsureKnownSchema(backup.Manifest, check);
            await EnsureNotNewerAsync(check, target, cancellationToken);
        }

        await RegieDatabase.MigrateAsync(target, cancellationToken);
        await using var db = RegieDatabase.Create(target, TenantContext.System, time);
        var tables = TablesInOrder(db.Model);
        var byName = tables.ToDictionary(t => t.GetTableName()!, StringComparer.Ordinal);
        foreach (var table in backup.Manifest.Tables)
        {
            if (!byName.TryGetValue(table.Name, out var entity))
            {
                if (table.Rows > 0)
                {
                    throw new BackupException($"De back-up bevat tabel '{table.Name}', die deze Regie niet kent; herstellen zou die {table.Rows} rijen verliezen. Er is niets gewijzigd.");
                }

                continue;
            }

            var columns = Columns(entity).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            if (table.Columns.FirstOrDefault(c => !columns.Contains(c)) is { } lost)
            {
                throw new BackupException($"De back-up bevat veld '{lost}' in tabel '{table.Name}', dat deze Regie niet kent; herstellen zou het verliezen. Er is niets gewijzigd.");
            }
        }

        var existing = await CountRowsAsync(db, tables, cancellationToken);
        if (existing > 0 && !await replaceExisting(existing))
        {
            return new RestoreOutcome(false, existing, 0, 0);
        }

        db.AuditsChanges = false;
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var entity in Enumerable.Reverse(tables))
        {
            var delete = $"DELETE FROM {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())}"; // names from the EF model, delimited
            await db.Database.ExecuteSqlRawAsync(delete, cancellationToken);
        }

        long restored = 0;
        foreach (var entity in tables)
        {
            if (backup.Manifest.Tables.FirstOrDefault(t => t.Name == entity.GetTableName()) is { } table)
            {
                restored += await InsertAsync(db, backup, table, entity, target.Provider, cancellationToken);
            }
        }

        if (target.Provider == DatabaseProvider.Postgres)
        {
            await ResetIdentitySequencesAsync(db, tables, sql, cancellationToken);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            Actor = actor,
            At = time.GetUtcNow(),
            Entity = "Database",
            EntityId = "",
            Action = "Restored",
            NewValues = JsonSerializer.Serialize(new
            {
                File = Path.GetFileName(backup.Path),
                backup.Manifest.CreatedAt,
                backup.Manifest.RegieVersion,
                backup.Manifest.Provider,
                Schema = backup.Manifest.Schema.LastMigration,
                Rows = restored,
                Replaced = existing,
            }, RowJson),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RestoreOutcome(true, existing, restored, backup.Manifest.Tables.Count);
    }

    /// <summary>Every table that holds Regie's data, principals before the rows that point at them.</summary>
    public static IReadOnlyList<IEntityType> TablesInOrder(IModel model)
    {
        var types = model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();
        if (types.FirstOrDefault(e => e.IsOwned() || e.BaseType is not null || e.HasSharedClrType || e.FindPrimaryKey() is null) is { } unsupported)
        {
            // A developer's matter, caught by the round-trip tests: the row format below is one plain entity per table.
            throw new NotSupportedException($"Back-up kent {unsupported.Name} niet: eigendoms-, afgeleide, gedeelde of sleutelloze entiteiten worden (nog) niet ondersteund.");
        }

        var ordered = new List<IEntityType>();
        var seen = new HashSet<IEntityType>();
        void Visit(IEntityType entity)
        {
            if (!seen.Add(entity))
            {
                return;
            }

            foreach (var foreignKey in entity.GetForeignKeys().Where(k => k.PrincipalEntityType != entity))
            {
                Visit(foreignKey.PrincipalEntityType);
            }

            ordered.Add(entity);
        }

        foreach (var entity in types.OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            Visit(entity);
        }

        return ordered;
    }

    /// <summary>What a row is made of: every property the database does not compute itself (a row version is made anew).</summary>
    private static List<IProperty> Columns(IEntityType entity) =>
        [.. entity.GetProperties().Where(p => p.GetBeforeSaveBehavior() == PropertySaveBehavior.Save)];

    private static async Task<BackupManifest> WriteSqliteAsync(DatabaseSettings settings, Stream file, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!File.Exists(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource))
        {
            throw new BackupException($"Er is geen database: {settings} bestaat niet.");
        }

        var snapshotPath = Path.Combine(Path.GetTempPath(), $"regie-backup-{Guid.NewGuid():N}.db");
        var snapshot = new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = snapshotPath, Pooling = false }.ToString());
        try
        {
            await using (var live = new SqliteConnection(settings.ConnectionString))
            await using (var copy = new SqliteConnection(snapshot.ConnectionString))
            {
                await live.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);

                // SQLite's online backup API: a consistent copy of one moment while the web app goes on reading and writing.
                live.BackupDatabase(copy);
            }

            await using var db = RegieDatabase.Create(snapshot, TenantContext.System);

            // An older database is brought up to date in the copy, never in the live file.
            var schema = await SourceSchemaAsync(db, settings, cancellationToken);
            return await WriteArchiveAsync(db, schema, "sqlite", file, time, cancellationToken);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(snapshotPath + suffix);
            }
        }
    }

    private static async Task<BackupManifest> WritePostgresAsync(DatabaseSettings settings, Stream file, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = RegieDatabase.Create(settings, TenantContext.System);
        var schema = await SourceSchemaAsync(db, settings, cancellationToken);

        // One snapshot for every table, so the backup is of one moment while the web app goes on writing.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
        var manifest = await WriteArchiveAsync(db, schema, "postgres", file, time, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return manifest;
    }

    /// <summary>The source's schema; one a newer Regie made is refused (this model would miss its columns), an older one migrated.</summary>
    private static async Task<BackupSchema> SourceSchemaAsync(RegieDbContext db, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await EnsureNotNewerAsync(db, settings, cancellationToken);
        if ((await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any() is false)
        {
            throw new BackupException($"{settings} is geen Regie-database: er is geen schema in.");
        }

        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        return new BackupSchema(MigrationName(applied[^1]), applied[^1], [.. applied.Select(MigrationName)]);
    }

    private static async Task EnsureNotNewerAsync(RegieDbContext db, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return;
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var newer = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (newer.Count > 0)
        {
            throw new BackupException(
                $"{settings} is bijgewerkt door een nieuwere versie van Regie (schema '{MigrationName(newer[^1])}'); deze Regie ({RegieVersion}) kent dat niet. " +
                "Gebruik de Regie-versie die bij de database hoort.");
        }
    }

    private static async Task<BackupManifest> WriteArchiveAsync(
        RegieDbContext db, BackupSchema schema, string provider, Stream file, TimeProvider time, CancellationToken cancellationToken)
    {
        var tables = new List<BackupTable>();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entity in TablesInOrder(db.Model))
            {
                var name = entity.GetTableName()!;
                var columns = Columns(entity);
                var entryName = $"tables/{name}.ndjson";
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                long rows = 0;
                await using (var stream = zip.CreateEntry(entryName, CompressionLevel.Optimal).Open())
                {
                    await foreach (var row in (IAsyncEnumerable<object>)RowsMethod.MakeGenericMethod(entity.ClrType).Invoke(null, [db, entity])!)
                    {
                        var line = ToLine(db.Entry(row), columns);
                        hash.AppendData(line);
                        await stream.WriteAsync(line, cancellationToken);
                        if (++rows % Batch == 0)
                        {
                            db.ChangeTracker.Clear();
                        }
                    }
                }

                db.ChangeTracker.Clear();
                tables.Add(new BackupTable(name, entity.ClrType.Name, entryName, rows, Convert.ToHexStringLower(hash.GetHashAndReset()), [.. columns.Select(c => c.Name)]));
            }

            var manifest = new BackupManifest(Format, FormatVersion, RegieVersion, time.GetUtcNow(), provider, schema, tables);
            await using (var stream = zip.CreateEntry(ManifestFile, CompressionLevel.Optimal).Open())
            {
                await JsonSerializer.SerializeAsync(stream, manifest, ManifestJson, cancellationToken);
            }

            return manifest;
        }
    }

    // Tracked, so that shadow properties can be read too; the caller clears the tracker as it goes.
    private static IAsyncEnumerable<T> Rows<T>(RegieDbContext db, IEntityType entity)
        where T : class
    {
        var key = entity.FindPrimaryKey()!.Properties;
        var ordered = db.Set<T>().IgnoreQueryFilters().OrderBy(e => EF.Property<object>(e, key[0].Name));
        foreach (var property in key.Skip(1))
        {
            ordered = ordered.ThenBy(e => EF.Property<object>(e, property.Name));
        }

        return ordered.AsAsyncEnumerable();
    }

    private static byte[] ToLine(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, List<IProperty> columns)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = RowJson.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var column in columns)
            {
                writer.WritePropertyName(column.Name);
                JsonSerializer.Serialize(writer, entry.Property(column.Name).CurrentValue, column.ClrType, RowJson);
            }

            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static BackupManifest ReadManifest(string path, ZipArchive zip)
    {
        var entry = zip.GetEntry(ManifestFile) ?? throw new BackupException($"'{path}' is geen Regie-back-up: {ManifestFile} ontbreekt.");
        BackupManifest? manifest;
        try
        {
            using var stream = entry.Open();
            manifest = JsonSerializer.Deserialize<BackupManifest>(stream, ManifestJson);
        }
        catch (JsonException e)
        {
            throw new BackupException($"'{path}' is geen Regie-back-up of is beschadigd: {ManifestFile} is onleesbaar ({e.Message}).");
        }

        if (manifest is null || manifest.Format != Format)
        {
            throw new BackupException($"'{path}' is geen Regie-back-up: {ManifestFile} noemt het formaat '{manifest?.Format}', niet '{Format}'.");
        }

        if (manifest.FormatVersion > FormatVersion)
        {
            throw new BackupException(
                $"'{path}' is gemaakt door een nieuwere versie van Regie ({manifest.RegieVersion}, bestandsformaat {manifest.FormatVersion}); " +
                $"deze Regie ({RegieVersion}) leest formaat {FormatVersion}. Werk Regie bij en herstel dan opnieuw.");
        }

        if (manifest.Schema?.LastMigration is null || manifest.Schema.Migrations is null || manifest.Tables is null
            || manifest.Tables.Any(t => t?.Name is null || t.File is null || t.Sha256 is null || t.Columns is null))
        {
            throw new BackupException($"'{path}' is beschadigd: {ManifestFile} mist het schema of de lijst van tabellen.");
        }

        return manifest;
    }

    private static void Verify(string path, ZipArchive zip, BackupTable table)
    {
        var entry = zip.GetEntry(table.File) ?? throw new BackupException($"'{path}' is beschadigd: {table.File} ontbreekt.");
        using var stream = entry.Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), table.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException($"'{path}' is beschadigd: de inhoud van {table.File} klopt niet met het controlegetal in {ManifestFile}. Er is niets hersteld.");
        }

        if (lines != table.Rows)
        {
            throw new BackupException($"'{path}' is beschadigd: {table.File} heeft {lines} rijen, {ManifestFile} noemt er {table.Rows}. Er is niets hersteld.");
        }
    }

    private static async Task<long> CountRowsAsync(RegieDbContext db, IReadOnlyList<IEntityType> tables, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        long total = 0;
        foreach (var entity in tables)
        {
            var count = $"SELECT COUNT(*) AS {sql.DelimitIdentifier("Value")} FROM {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())}";
            total += await db.Database.SqlQueryRaw<long>(count).SingleAsync(cancellationToken);
        }

        return total;
    }

    private static async Task<long> InsertAsync(
        RegieDbContext db, BackupArchive backup, BackupTable table, IEntityType entity, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var columns = Columns(entity).ToDictionary(p => p.Name, StringComparer.Ordinal);
        using var reader = new StreamReader(backup.Zip.GetEntry(table.File)!.Open(), Encoding.UTF8);
        long count = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            count++;
            AddRow(db, entity, columns, line, $"{table.File}, regel {count}", provider);
            if (count % Batch == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return count;
    }

    private static void AddRow(RegieDbContext db, IEntityType entity, Dictionary<string, IProperty> columns, string line, string place, DatabaseProvider provider)
    {
        JsonElement row;
        try
        {
            using var document = JsonDocument.Parse(line);
            row = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new BackupException($"{place}: geen geldige JSON ({e.Message}). Er is niets hersteld.");
        }

        if (row.ValueKind != JsonValueKind.Object)
        {
            throw new BackupException($"{place}: geen rij (een JSON-object verwacht). Er is niets hersteld.");
        }

        var instance = Activator.CreateInstance(entity.ClrType)!;
        var shadow = new List<(IProperty Property, object? Value)>();
        foreach (var field in row.EnumerateObject())
        {
            if (!columns.TryGetValue(field.Name, out var property))
            {
                throw new BackupException($"{place}: veld '{field.Name}' bestaat niet in deze versie van Regie. Er is niets hersteld.");
            }

            object? value;
            try
            {
                value = field.Value.Deserialize(property.ClrType, RowJson);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
            {
                throw new BackupException($"{place}, veld '{field.Name}': {field.Value.GetRawText()} is geen geldige waarde. Er is niets hersteld.");
            }

            if (value is null && !property.IsNullable)
            {
                throw new BackupException($"{place}, veld '{field.Name}': mag niet leeg zijn. Er is niets hersteld.");
            }

            // PostgreSQL stores a moment in UTC only; the moment itself is the same.
            if (provider == DatabaseProvider.Postgres && value is DateTimeOffset moment)
            {
                value = moment.ToUniversalTime();
            }

            if (property.PropertyInfo is { CanWrite: true } clrProperty)
            {
                clrProperty.SetValue(instance, value);
            }
            else if (property.FieldInfo is { } field2)
            {
                field2.SetValue(instance, value);
            }
            else
            {
                shadow.Add((property, value));
            }
        }

        var entry = db.Add(instance);
        foreach (var (property, value) in shadow)
        {
            entry.Property(property.Name).CurrentValue = value;
        }
    }

    // A restored row keeps its id; the next row the app adds must get a higher one.
    private static async Task ResetIdentitySequencesAsync(RegieDbContext db, IReadOnlyList<IEntityType> tables, ISqlGenerationHelper sql, CancellationToken cancellationToken)
    {
        foreach (var entity in tables)
        {
            foreach (var key in entity.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
            {
                var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
                var column = key.GetColumnName();
                var reset = $"SELECT setval(pg_get_serial_sequence('{table.Replace("'", "''", StringComparison.Ordinal)}', '{column.Replace("'", "''", StringComparison.Ordinal)}'), " +
                            $"COALESCE(MAX({sql.DelimitIdentifier(column)}), 0) + 1, false) FROM {table}";
                await db.Database.ExecuteSqlRawAsync(reset, cancellationToken);
            }
        }
    }
}

/// <summary>An opened, verified backup file; dispose it to close the file.</summary>
public sealed class BackupArchive : IDisposable
{
    internal BackupArchive(string path, ZipArchive zip, BackupManifest manifest)
    {
        Path = path;
        Zip = zip;
        Manifest = manifest;
    }

    public string Path { get; }
    public BackupManifest Manifest { get; }
    internal ZipArchive Zip { get; }

    public void Dispose() => Zip.Dispose();
}
