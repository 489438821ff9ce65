using Microsoft.EntityFrameworkCore;
using Regie.Cli;
using Regie.Data;
using Regie.Tests.Support;

namespace Regie.Web.Tests.CommandLine;

/// <summary>
/// `regie --server URL` with an API token against the real app on a loopback Kestrel port, sign-in required as on a
/// network: the same tables as on the local database file, imports previewed and applied over the API, and the Dutch
/// messages for a bad token and a role that may not write. One server per test, on its own SQLite file.
/// </summary>
public sealed class TheCommandLineAgainstAServer : IAsyncLifetime
{
    private CommandLineServer server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Url => server.Url;

    public ValueTask InitializeAsync()
    {
        server = new CommandLineServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task TheScoreTableAndCsvFromTheServerAreTheOnesOfTheLocalDatabase()
    {
        var board = await DemoBoardAsync();
        var token = await TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader);

        foreach (var format in new[] { "table", "csv" })
        {
            var local = await RunAsync("--database", server.DatabasePath, "--data", TestFiles.RealDataFolder, "--organisation", board.ToString(), "score", "--format", format);
            var remote = await RunAsync("--server", Url, "--token", token, "score", "--format", format);

            Assert.True(remote.ExitCode == 0, remote.ToString());
            Assert.True(local.ExitCode == 0, local.ToString());
            // The CSV is the scores list as Dutch Excel reads it (docs/EXPORTS.md): a BOM, ';' and the Dutch headers.
            Assert.StartsWith(format == "csv" ? "\uFEFFId;Dienst;" : "", local.Out);
            Assert.Contains(format == "csv" ? "Urgentieband" : "Soevereiniteit van", local.Out);
            Assert.Equal(local.Out, remote.Out);
        }
    }

    [Fact]
    public async Task TheVerdictAndThePrioritiesComeFromTheServerAsFromTheDatabase()
    {
        var board = await DemoBoardAsync();
        var token = await TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader);

        foreach (var command in new[] { "verdict", "priorities", "services" })
        {
            var local = await RunAsync("--database", server.DatabasePath, "--data", TestFiles.RealDataFolder, "--organisation", board.ToString(), command);
            var remote = await RunAsync("--server", Url, "--token", token, command);

            Assert.True(remote.ExitCode == 0, remote.ToString());
            Assert.Equal(local.Out, remote.Out);
        }
    }

    [Fact]
    public async Task AnImportIsPreviewedThenAppliedWithTheFingerprintOfThePreview()
    {
        var board = await DemoBoardAsync();
        var token = await TokenAsync("bewerker@bestuur.nl", board, BoardRole.Editor);
        var file = Path.Combine(Path.GetTempPath(), $"inventaris-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "naam;processen;leerlingen\nRoosterplanner Remote;lesgeven;300\n", Ct);
        try
        {
            var preview = await RunAsync("--server", Url, "--token", token, "import", file, "--dry-run");

            Assert.True(preview.ExitCode == 0, preview.ToString());
            Assert.Contains("Voorbeeld (--dry-run, niets opgeslagen)", preview.Out);
            Assert.Contains("1 nieuwe dienst", preview.Out);
            Assert.Equal(0, await CountAsync("Roosterplanner Remote"));
            var fingerprint = preview.Out.Split("--fingerprint ")[1].Split(' ')[0];

            var applied = await RunAsync("--server", Url, "--token", token, "import", file, "--fingerprint", fingerprint);

            Assert.True(applied.ExitCode == 0, applied.ToString());
            Assert.Contains("geïmporteerd in '", applied.Out);
            Assert.Equal(1, await CountAsync("Roosterplanner Remote"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ABadTokenGetsTheDutchMessageAndNothingElse()
    {
        var result = await RunAsync("--server", Url, "--token", "regie_ditisgeentoken", "score");

        Assert.Equal(RegieCli.BadInput, result.ExitCode);
        Assert.StartsWith("Het token is ongeldig of verlopen", result.Err);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task AReadersTokenMayNotImportAndNothingIsStored()
    {
        var board = await DemoBoardAsync();
        var token = await TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader);
        var file = Path.Combine(Path.GetTempPath(), $"inventaris-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "naam;processen\nLezersdienst;lesgeven\n", Ct);
        try
        {
            var result = await RunAsync("--server", Url, "--token", token, "import", file);

            Assert.Equal(RegieCli.BadInput, result.ExitCode);
            Assert.Contains("Geen toegang: de rol van dit token staat 'regie import' niet toe", result.Err);
            Assert.Equal(0, await CountAsync("Lezersdienst"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task TheTokenMayComeFromTheEnvironmentInsteadOfTheCommandLine()
    {
        var board = await DemoBoardAsync();
        var token = await TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader);
        Environment.SetEnvironmentVariable("REGIE_TOKEN", token);
        try
        {
            var result = await RunAsync("--server", Url, "services");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Diensten van", result.Out);
        }
        finally
        {
            Environment.SetEnvironmentVariable("REGIE_TOKEN", null);
        }
    }

    private static Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args) => CommandLineServer.RunAsync(args);

    private Task<Guid> DemoBoardAsync() => server.DemoBoardAsync();

    private Task<string> TokenAsync(string email, Guid board, BoardRole role) => server.TokenAsync(email, board, role);

    private async Task<int> CountAsync(string serviceName)
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(server.DatabasePath), TenantContext.System);
        return await db.Services.IgnoreQueryFilters([RegieDbContext.TenantFilter]).CountAsync(s => s.Name == serviceName, Ct);
    }
}
