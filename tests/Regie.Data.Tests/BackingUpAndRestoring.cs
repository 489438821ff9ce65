using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>A backup restored into a fresh database holds every row of every table, on either database and across them.</summary>
public sealed class ARestoredBackupHoldsEveryRow : IAsyncDisposable
{
    private readonly BackupWorld world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres, DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Postgres, DatabaseProvider.Sqlite)]
    public async Task EveryTableComesBackRowForRow(DatabaseProvider from, DatabaseProvider to)
    {
        var (source, _) = await world.SeededAsync(from);
        var target = world.Fresh(to);
        var file = world.PathOf("regie.zip");

        var manifest = await DatabaseBackup.WriteAsync(source, file, world.Clock, Ct);
        using var backup = DatabaseBackup.Open(file);
        var outcome = await DatabaseBackup.RestoreAsync(target, backup, _ => throw new InvalidOperationException("a fresh database holds nothing to replace"), "tester", world.Clock, Ct);

        var before = await BackupWorld.TablesAsync(source);
        var after = await BackupWorld.TablesAsync(target);
        Assert.True(outcome.Restored);
        Assert.Equal(manifest.TotalRows, outcome.RestoredRows);
        Assert.Equal(before.Keys.Order(), manifest.Tables.Select(t => t.Name).Order());
        Assert.All(before.Where(t => t.Key != "__EFMigrationsHistory"), table => Assert.NotEmpty(table.Value));
        Assert.Contains(after["AuditEntries"], row => row.Contains("\"Action\":\"Restored\"", StringComparison.Ordinal));
        after["AuditEntries"].RemoveAll(row => row.Contains("\"Action\":\"Restored\"", StringComparison.Ordinal));
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.SequenceEqual(after[table]), $"{table} differs after {from} → {to}");
        }
    }

    [Theory, OnBothDatabases]
    public async Task ATableOfManyBatchesComesBackWhole(DatabaseProvider provider)
    {
        var (source, board) = await world.SeededAsync(provider);
        await using (var db = RegieDatabase.Create(source, new FixedTenant(board, "tester")))
        {
            db.Schools.AddRange(Enumerable.Range(1, 2500).Select(i => new SchoolEntity { Id = Guid.NewGuid(), Name = $"School {i}", Sector = Core.Landscape.Sector.Po, Pupils = i }));
            await db.SaveChangesAsync(Ct);
        }

        var target = world.Fresh(provider);
        var file = world.PathOf("groot.zip");
        await DatabaseBackup.WriteAsync(source, file, world.Clock, Ct);
        using (var backup = DatabaseBackup.Open(file))
        {
            await DatabaseBackup.RestoreAsync(target, backup, _ => Task.FromResult(true), "tester", world.Clock, Ct);
        }

        var before = await BackupWorld.TablesAsync(source);
        var after = await BackupWorld.TablesAsync(target);
        Assert.True(before["Schools"].Count > 2500);
        Assert.Equal(before["Schools"], after["Schools"]);
        Assert.Equal(before["AuditEntries"].Count + 1, after["AuditEntries"].Count);
    }

    [Theory, OnBothDatabases]
    public async Task TheRestoredDatabaseTakesNewRowsAndAuditsThem(DatabaseProvider provider)
    {
        var (source, board) = await world.SeededAsync(provider);
        var target = world.Fresh(provider);
        var file = world.PathOf("regie.zip");
        await DatabaseBackup.WriteAsync(source, file, world.Clock, Ct);
        using (var backup = DatabaseBackup.Open(file))
        {
            await DatabaseBackup.RestoreAsync(target, backup, _ => Task.FromResult(true), "tester", world.Clock, Ct);
        }

        await using var db = RegieDatabase.Create(target, new FixedTenant(board, "na-herstel"));
        var highest = await db.AuditEntries.IgnoreQueryFilters().MaxAsync(a => a.Id, Ct);
        db.Schools.Add(new SchoolEntity { Id = Guid.NewGuid(), Name = "Na het herstel", Sector = Core.Landscape.Sector.Vo, Pupils = 1 });
        await db.SaveChangesAsync(Ct);

        var added = await db.AuditEntries.SingleAsync(a => a.Actor == "na-herstel", Ct);
        Assert.True(added.Id > highest, $"a new audit entry got id {added.Id}, the restored ones go up to {highest}");
    }
}

/// <summary>A backup made by an older Regie restores into this one; a column it did not have yet gets the value a new row gets.</summary>
public sealed class ABackupFromAnOlderSchema : IAsyncDisposable
{
    private readonly BackupWorld world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task IsRestoredAndAColumnItLacksGetsTheDefault()
    {
        var (source, board) = await world.SeededAsync(DatabaseProvider.Sqlite);
        await using (var db = RegieDatabase.Create(source, new FixedTenant(board, "tester")))
        {
            (await db.Organisations.SingleAsync(Ct)).MovesPerQuarter = 5;
            await db.SaveChangesAsync(Ct);
        }

        var file = world.PathOf("ouder.zip");
        await DatabaseBackup.WriteAsync(source, file, world.Clock, Ct);
        BackupWorld.Rewrite(file, "tables/Organisations.ndjson", rows => System.Text.RegularExpressions.Regex.Replace(rows, "\"MovesPerQuarter\":5,", ""), keepChecksum: false);
        // The manifest as a Regie that ended at VendorAnswers wrote it: the later migrations absent.
        var known = BackupWorld.KnownMigrations();
        var later = known.Skip(known.ToList().IndexOf("VendorAnswers") + 1).ToList();
        BackupWorld.Rewrite(file, DatabaseBackup.ManifestFile, manifest => later.Aggregate(
            manifest
                .Replace($"\"lastMigration\": \"{known[^1]}\"", "\"lastMigration\": \"VendorAnswers\"", StringComparison.Ordinal)
                .Replace("\"MovesPerQuarter\",", "", StringComparison.Ordinal),
            (text, name) => text.Replace($",\n      \"{name}\"", "", StringComparison.Ordinal)), keepChecksum: true);
        var target = world.Fresh(DatabaseProvider.Sqlite);

        using var backup = DatabaseBackup.Open(file);
        Assert.Equal("VendorAnswers", backup.Manifest.Schema.LastMigration);
        Assert.All(later, name => Assert.DoesNotContain(name, backup.Manifest.Schema.Migrations));
        await DatabaseBackup.RestoreAsync(target, backup, _ => Task.FromResult(true), "tester", world.Clock, Ct);

        await using var restored = RegieDatabase.Create(target, new FixedTenant(board, "tester"));
        var organisation = await restored.Organisations.SingleAsync(Ct);
        Assert.Equal((2, Core.Demo.DemoBoard.Name), (organisation.MovesPerQuarter, organisation.Name));
        Assert.Equal((await BackupWorld.TablesAsync(source))["Services"], (await BackupWorld.TablesAsync(target))["Services"]);
    }

    [Fact]
    public async Task AColumnThisRegieDoesNotKnowIsRefusedRatherThanDropped()
    {
        var (source, _) = await world.SeededAsync(DatabaseProvider.Sqlite);
        var file = world.PathOf("onbekend-veld.zip");
        await DatabaseBackup.WriteAsync(source, file, world.Clock, Ct);
        BackupWorld.Rewrite(file, DatabaseBackup.ManifestFile, manifest => manifest.Replace("\"MovesPerQuarter\",", "\"MovesPerQuarter\", \"Motto\",", StringComparison.Ordinal), keepChecksum: true);

        using var backup = DatabaseBackup.Open(file);
        var refusal = await Assert.ThrowsAsync<BackupException>(() =>
            DatabaseBackup.RestoreAsync(world.Fresh(DatabaseProvider.Sqlite), backup, _ => Task.FromResult(true), "tester", world.Clock, Ct));

        Assert.Equal("De back-up bevat veld 'Motto' in tabel 'Organisations', dat deze Regie niet kent; herstellen zou het verliezen. Er is niets gewijzigd.", refusal.Message);
    }
}

/// <summary>A backup is of one moment, even while another connection keeps writing (the web app, on either database).</summary>
public sealed class ABackupWhileTheAppWrites : IAsyncDisposable
{
    private readonly BackupWorld world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Theory, OnBothDatabases]
    public async Task HoldsEachWrittenRowTogetherWithItsAuditEntryAndNothingHalf(DatabaseProvider provider)
    {
        var (source, board) = await world.SeededAsync(provider);
        var written = 0;
        var stopAt = int.MaxValue;
        var firstWrite = new TaskCompletionSource();
        var writer = Task.Run(async () =>
        {
            while (Volatile.Read(ref written) < Volatile.Read(ref stopAt))
            {
                // Each save writes the service and its audit entry in one transaction: a backup of one moment has both or neither.
                await using var db = RegieDatabase.Create(source, new FixedTenant(board, "schrijver"));
                db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = $"Schrijver {written + 1}" });
                await db.SaveChangesAsync(CancellationToken.None);
                Interlocked.Increment(ref written);
                firstWrite.TrySetResult();
            }
        }, Ct);
        await firstWrite.Task.WaitAsync(Ct);

        var file = world.PathOf("tijdens-schrijven.zip");
        await DatabaseBackup.WriteAsync(source, file, world.Clock, Ct);
        Volatile.Write(ref stopAt, Volatile.Read(ref written) + 1); // the writer goes on after the backup, then stops
        await writer;

        var target = world.Fresh(provider);
        using (var backup = DatabaseBackup.Open(file))
        {
            await DatabaseBackup.RestoreAsync(target, backup, _ => Task.FromResult(true), "tester", world.Clock, Ct);
        }

        await using var restored = RegieDatabase.Create(target, TenantContext.System);
        var services = await restored.Services.IgnoreQueryFilters().CountAsync(s => s.Name.StartsWith("Schrijver "), Ct);
        var audited = await restored.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Actor == "schrijver" && a.Entity == nameof(ServiceEntity), Ct);
        Assert.Equal(services, audited);
        Assert.InRange(services, 1, written - 1);
    }
}

/// <summary>A backup this Regie cannot restore faithfully is refused with a Dutch message, and the database stays as it was.</summary>
public sealed class ARestoreThatCannotBeFaithful : IAsyncDisposable
{
    private readonly BackupWorld world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Theory, OnBothDatabases]
    public async Task ABackupFromANewerSchemaIsRefusedAndTheDatabaseIsUntouched(DatabaseProvider provider)
    {
        var (database, _) = await world.SeededAsync(provider);
        var file = world.PathOf("nieuwer.zip");
        await DatabaseBackup.WriteAsync(database, file, world.Clock, Ct);
        var latest = BackupWorld.KnownMigrations()[^1];
        BackupWorld.Rewrite(file, DatabaseBackup.ManifestFile, manifest => manifest
            .Replace($"\"lastMigration\": \"{latest}\"", "\"lastMigration\": \"Toekomst\"", StringComparison.Ordinal)
            .Replace($"\"{latest}\"\n    ]", $"\"{latest}\",\n      \"Toekomst\"\n    ]", StringComparison.Ordinal), keepChecksum: true);
        var before = await BackupWorld.TablesAsync(database);

        using var backup = DatabaseBackup.Open(file);
        var refusal = await Assert.ThrowsAsync<BackupException>(() =>
            DatabaseBackup.RestoreAsync(database, backup, _ => Task.FromResult(true), "tester", world.Clock, Ct));

        Assert.StartsWith("Deze back-up komt van een nieuwere versie van Regie", refusal.Message);
        Assert.Contains("het schema eindigt bij 'Toekomst'", refusal.Message);
        Assert.Contains($"de laatste die ze kent is '{latest}'", refusal.Message);
        Assert.Equal(before, await BackupWorld.TablesAsync(database));
    }

    [Fact]
    public async Task AFileThatIsNoBackupIsNamedAsSuch()
    {
        var text = world.PathOf("notities.zip");
        await File.WriteAllTextAsync(text, "geen zip", Ct);
        var noManifest = world.PathOf("leeg.zip");
        using (ZipFile.Open(noManifest, ZipArchiveMode.Create))
        {
        }

        Assert.Equal($"'{text}' is geen Regie-back-up of is beschadigd: het is geen leesbaar zip-bestand.",
            Assert.Throws<BackupException>(() => DatabaseBackup.Open(text)).Message);
        Assert.Equal($"'{noManifest}' is geen Regie-back-up: manifest.json ontbreekt.",
            Assert.Throws<BackupException>(() => DatabaseBackup.Open(noManifest)).Message);
        Assert.Equal($"Het back-upbestand '{world.PathOf("weg.zip")}' bestaat niet.",
            Assert.Throws<BackupException>(() => DatabaseBackup.Open(world.PathOf("weg.zip"))).Message);
    }

    [Fact]
    public async Task ADamagedTableIsFoundBeforeAnythingIsRestored()
    {
        var (database, _) = await world.SeededAsync(DatabaseProvider.Sqlite);
        var file = world.PathOf("beschadigd.zip");
        await DatabaseBackup.WriteAsync(database, file, world.Clock, Ct);
        BackupWorld.Rewrite(file, "tables/Schools.ndjson", rows => rows.Replace("De Klimop", "De Klimpo", StringComparison.Ordinal), keepChecksum: true);

        var refusal = Assert.Throws<BackupException>(() => DatabaseBackup.Open(file));

        Assert.Equal($"'{file}' is beschadigd: de inhoud van tables/Schools.ndjson klopt niet met het controlegetal in manifest.json. Er is niets hersteld.", refusal.Message);
    }

    [Theory, OnBothDatabases]
    public async Task ABadValueHalfwayLeavesTheDatabaseAsItWasAndNamesFileLineAndField(DatabaseProvider provider)
    {
        var (source, _) = await world.SeededAsync(provider);
        var file = world.PathOf("fout.zip");
        await DatabaseBackup.WriteAsync(source, file, world.Clock, Ct);

        // Valid checksum, wrong value: found only while restoring, after the old rows were deleted and many new ones written.
        BackupWorld.Rewrite(file, "tables/VendorAnswers.ndjson", rows => rows.Replace("\"AnsweredOn\":\"2026-11-01\"", "\"AnsweredOn\":\"1 november\"", StringComparison.Ordinal), keepChecksum: false);
        var (target, _) = await world.SeededAsync(provider);
        var before = await BackupWorld.TablesAsync(target);

        using var backup = DatabaseBackup.Open(file);
        var refusal = await Assert.ThrowsAsync<BackupException>(() =>
            DatabaseBackup.RestoreAsync(target, backup, _ => Task.FromResult(true), "tester", world.Clock, Ct));

        Assert.Equal("tables/VendorAnswers.ndjson, regel 1, veld 'AnsweredOn': \"1 november\" is geen geldige waarde. Er is niets hersteld.", refusal.Message);
        Assert.Equal(before, await BackupWorld.TablesAsync(target));
    }

    [Theory, OnBothDatabases]
    public async Task ADatabaseWithDataIsReplacedOnlyWhenTheCallerAgrees(DatabaseProvider provider)
    {
        var (source, _) = await world.SeededAsync(provider);
        var file = world.PathOf("regie.zip");
        await DatabaseBackup.WriteAsync(source, file, world.Clock, Ct);
        var (target, _) = await world.SeededAsync(provider);
        var before = await BackupWorld.TablesAsync(target);
        long asked = 0;

        using var backup = DatabaseBackup.Open(file);
        var outcome = await DatabaseBackup.RestoreAsync(target, backup, rows => { asked = rows; return Task.FromResult(false); }, "tester", world.Clock, Ct);

        Assert.False(outcome.Restored);
        Assert.Equal(before.Values.Sum(rows => rows.Count), asked);
        Assert.Equal(before, await BackupWorld.TablesAsync(target));
    }
}

/// <summary>The database being backed up may be of another Regie version than the command's.</summary>
public sealed class BackingUpADatabaseOfAnotherVersion : IAsyncDisposable
{
    private readonly BackupWorld world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task AnOlderSqliteDatabaseIsBroughtUpToDateInTheCopyNeverInTheLiveFile()
    {
        var live = world.Fresh(DatabaseProvider.Sqlite);
        await using (var db = RegieDatabase.Create(live, TenantContext.System))
        {
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_VendorAnswers", StringComparison.Ordinal)), Ct);
        }

        var manifest = await DatabaseBackup.WriteAsync(live, world.PathOf("oud.zip"), world.Clock, Ct);

        await using var after = RegieDatabase.Create(live, TenantContext.System);
        var known = BackupWorld.KnownMigrations();
        Assert.Equal(known[^1], manifest.Schema.LastMigration);
        Assert.Equal(known.Skip(known.ToList().IndexOf("VendorAnswers") + 1), (await after.Database.GetPendingMigrationsAsync(Ct)).Select(DatabaseBackup.MigrationName));
    }

    [Theory, OnBothDatabases]
    public async Task ADatabaseANewerRegieMigratedIsNeitherBackedUpNorRestoredInto(DatabaseProvider provider)
    {
        var (database, _) = await world.SeededAsync(provider);
        var file = world.PathOf("regie.zip");
        await DatabaseBackup.WriteAsync(database, file, world.Clock, Ct);
        await using (var db = RegieDatabase.Create(database, TenantContext.System))
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_SignIn', '99.0.0')", Ct);
        }

        var backupRefused = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.WriteAsync(database, world.PathOf("nieuw.zip"), world.Clock, Ct));
        using var backup = DatabaseBackup.Open(file);
        var restoreRefused = await Assert.ThrowsAsync<BackupException>(() =>
            DatabaseBackup.RestoreAsync(database, backup, _ => Task.FromResult(true), "tester", world.Clock, Ct));

        Assert.Contains("is bijgewerkt door een nieuwere versie van Regie (schema 'SignIn')", backupRefused.Message);
        Assert.Equal(backupRefused.Message, restoreRefused.Message);
        Assert.False(File.Exists(world.PathOf("nieuw.zip")) || File.Exists(world.PathOf("nieuw.zip.part")));
    }
}
