using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Cli.Tests;

public sealed record CliResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>Runs the real `regie` entry point in-process, as a user would from a shell.</summary>
public static class Cli
{
    public static string RealDataFolder => TestFiles.RealDataFolder;

    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await RegieCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>`regie` on the board database at <paramref name="databasePath"/>, with the real data folder.</summary>
    public static Task<CliResult> RunOnAsync(string databasePath, params string[] args) =>
        RunAsync(["--database", databasePath, "--data", RealDataFolder, .. args]);
}

/// <summary>A temporary folder with its own SQLite database, removed afterwards.</summary>
public sealed class TestBoard : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("regie-cli-").FullName;

    public string DatabasePath => Path.Combine(Folder, "regie.db");

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>A database with one board, "Stichting Test", made with `regie init`.</summary>
    public static async Task<TestBoard> CreateAsync()
    {
        var board = new TestBoard();
        var init = await board.RunAsync("init", "--name", "Stichting Test", "--sector", "po,vo", "--pupils", "1200", "--staff", "150");
        Assert.True(init.ExitCode == 0, init.ToString());
        return board;
    }

    public Task<CliResult> RunAsync(params string[] args) => Cli.RunOnAsync(DatabasePath, args);

    public string WriteFile(string fileName, string content)
    {
        File.WriteAllText(PathOf(fileName), content);
        return PathOf(fileName);
    }

    public async Task<(int Services, int Dependencies)> CountAsync()
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(DatabasePath), TenantContext.System);
        var ct = TestContext.Current.CancellationToken;
        return (await db.Services.IgnoreQueryFilters([RegieDbContext.TenantFilter]).CountAsync(ct),
            await db.Dependencies.IgnoreQueryFilters([RegieDbContext.TenantFilter]).CountAsync(ct));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
