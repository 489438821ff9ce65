using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Regie.Data;
using Regie.Web.Features.Import;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Hardening;

/// <summary>
/// The files holding a board's data are readable by their owner only on Linux (ASVS 6.1.1, 8.1.2, 12.4.1): the SQLite
/// database with its journal files, and the folder and files of staged imports.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BoardDataFilesOwnerOnly(RegieApp fixture) : IClassFixture<RegieApp>
{
    private const UnixFileMode File600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Folder700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Loose = File600 | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly RegieApp app = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string TempPath(string name) => Path.Combine(Path.GetTempPath(), $"regie-{name}-{Guid.NewGuid():N}");

    [Fact]
    public void TheAppsDatabaseFileIsCreatedReadableByItsOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        Assert.Equal(File600, File.GetUnixFileMode(app.DatabasePath));
    }

    [Fact]
    public async Task AMissingDatabaseIsCreated600AndMigratesAsAnEmptyFile()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var path = TempPath("db") + ".db";
        try
        {
            await RegieDatabase.MigrateAsync(DatabaseSettings.SqliteFile(path), Ct);

            Assert.Equal(File600, File.GetUnixFileMode(path));
            Assert.True(new FileInfo(path).Length > 0, "migrated into the file made owner-only");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void AnExistingDatabaseAndItsJournalFilesThatOthersCouldReadAreTightened()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var path = TempPath("loose") + ".db";
        string[] files = [path, path + "-wal", path + "-shm"];
        try
        {
            foreach (var file in files)
            {
                File.WriteAllBytes(file, []);
                File.SetUnixFileMode(file, Loose);
            }

            var loose = RegieDatabase.KeepSqliteFilesOwnerOnly(DatabaseSettings.SqliteFile(path));

            Assert.Empty(loose);
            Assert.All(files, f => Assert.Equal(File600, File.GetUnixFileMode(f)));
        }
        finally
        {
            foreach (var file in files)
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task StagedImportsLiveInAnOwnerOnlyFolderAsOwnerOnlyFiles()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var folder = TempPath("staging");
        try
        {
            var staging = new ImportStaging(Settings(folder), TimeProvider.System, NullLogger<ImportStaging>.Instance);
            var staged = await staging.StageAsync(new MemoryStream("naam;leverancier\n"u8.ToArray()), Guid.NewGuid(), "lijst.csv", "csv", Ct);

            Assert.Equal(Folder700, File.GetUnixFileMode(folder));
            var files = Directory.GetFiles(folder);
            Assert.Equal(2, files.Length); // the upload and what it was staged as
            Assert.All(files, f => Assert.Equal(File600, File.GetUnixFileMode(f)));
            Assert.NotNull(await staging.LoadAsync(staged.Token, staged.Board, Ct));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AnExistingStagingFolderOthersCouldEnterIsTightened()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var folder = TempPath("staging-open");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, Folder700 | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            var staging = new ImportStaging(Settings(folder), TimeProvider.System, NullLogger<ImportStaging>.Instance);
            await staging.StageAsync(new MemoryStream("a\n"u8.ToArray()), Guid.NewGuid(), "a.csv", "csv", Ct);

            Assert.Equal(Folder700, File.GetUnixFileMode(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IConfiguration Settings(string folder) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ImportStaging.FolderKey] = folder }).Build();
}
