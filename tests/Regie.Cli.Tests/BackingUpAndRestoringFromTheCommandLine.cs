using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Cli.Tests;

/// <summary>`regie backup FILE` and `regie restore FILE [--force]` as an administrator runs them from a shell or a schedule.</summary>
public sealed class BackingUpAndRestoringFromTheCommandLine
{
    [Fact]
    public async Task ABackupRestoresIntoANewDatabaseFileWithTheSameBoard()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.PathOf("regie-backup.zip");

        var backup = await board.RunAsync("backup", file);
        var restore = await Cli.RunOnAsync(board.PathOf("hersteld.db"), "restore", file);
        var score = await Cli.RunOnAsync(board.PathOf("hersteld.db"), "score");

        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(file) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), "only its owner may read a backup");
        Assert.Matches(@"^Back-up van SQLite .*regie\.db geschreven naar .*regie-backup\.zip: \d+ rijen in \d+ tabellen, schema '[A-Za-z]+'\.", backup.Out);
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Matches(@"^Back-up van \d{4}-\d\d-\d\d \d\d:\d\d UTC \(Regie .*, sqlite, schema '[A-Za-z]+'\) hersteld in SQLite .*hersteld\.db: \d+ rijen in \d+ tabellen\.", restore.Out);
        Assert.True(score.ExitCode == 0, score.ToString());
        Assert.Contains("Stichting Test", score.Out + score.Err);
    }

    [Fact]
    public async Task ADatabaseWithDataIsReplacedOnlyWithForce()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.PathOf("regie-backup.zip");
        Assert.Equal(0, (await board.RunAsync("backup", file)).ExitCode);
        Assert.Equal(0, (await board.RunAsync("init", "--name", "Stichting Later")).ExitCode);

        var refused = await board.RunAsync("restore", file);
        var boardsAfterRefusal = await BoardNamesAsync(board);
        var forced = await board.RunAsync("restore", file, "--force");

        Assert.Equal(RegieCli.BadInput, refused.ExitCode);
        Assert.Matches(@"SQLite .*regie\.db bevat al gegevens \(\d+ rijen\); herstellen vervangt die allemaal door de back-up\. Bevestig met --force", refused.Err);
        Assert.Equal(["Stichting Later", "Stichting Test"], boardsAfterRefusal);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Matches(@"; \d+ rijen vervangen\.", forced.Out);
        Assert.Equal(["Stichting Test"], await BoardNamesAsync(board));
    }

    [Fact]
    public async Task ADamagedOrMissingFileIsRefusedWithAPlainMessage()
    {
        using var board = await TestBoard.CreateAsync();
        var file = board.PathOf("regie-backup.zip");
        Assert.Equal(0, (await board.RunAsync("backup", file)).ExitCode);
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Update))
        {
            zip.GetEntry("tables/Organisations.ndjson")!.Delete();
        }

        var damaged = await board.RunAsync("restore", file, "--force");
        var missing = await board.RunAsync("restore", board.PathOf("weg.zip"));
        var noDatabase = await Cli.RunOnAsync(board.PathOf("bestaat-niet.db"), "backup", board.PathOf("x.zip"));

        Assert.Equal((RegieCli.BadInput, $"'{file}' is beschadigd: tables/Organisations.ndjson ontbreekt.\n"), (damaged.ExitCode, damaged.Err));
        Assert.Equal((RegieCli.BadInput, $"Het back-upbestand '{board.PathOf("weg.zip")}' bestaat niet.\n"), (missing.ExitCode, missing.Err));
        Assert.Equal(RegieCli.BadInput, noDatabase.ExitCode);
        Assert.Contains("Er is geen database: SQLite", noDatabase.Err);
        Assert.False(File.Exists(board.PathOf("x.zip")) || File.Exists(board.PathOf("x.zip.part")));
    }

    private static async Task<List<string>> BoardNamesAsync(TestBoard board)
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        return [.. db.Organisations.IgnoreQueryFilters().Select(o => o.Name).AsEnumerable().Order(StringComparer.Ordinal)];
    }
}

