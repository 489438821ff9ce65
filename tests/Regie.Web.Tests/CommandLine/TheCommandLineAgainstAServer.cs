using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Cli;
using Regie.Data;
using Regie.Tests.Support;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.CommandLine;

/// <summary>
/// `regie --server URL` with an API token against the real app on a loopback Kestrel port, sign-in required as on a
/// network: the same tables as on the local database file, imports previewed and applied over the API, and the Dutch
/// messages for a bad token and a role that may not write. One server per test, on its own SQLite file.
/// </summary>
public sealed class TheCommandLineAgainstAServer : IAsyncLifetime
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"regie-cli-server-{Guid.NewGuid():N}.db");
    private ServerFactory? server;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Url => server!.ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public ValueTask InitializeAsync()
    {
        server = new ServerFactory(databasePath);
        server.UseKestrel(0);
        server.StartServer();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task TheScoreTableAndCsvFromTheServerAreTheOnesOfTheLocalDatabase()
    {
        var board = await DemoBoardAsync();
        var token = await TokenAsync("lezer@bestuur.nl", board, BoardRole.Reader);

        foreach (var format in new[] { "table", "csv" })
        {
            var local = await RunAsync("--database", databasePath, "--data", TestFiles.RealDataFolder, "--organisation", board.ToString(), "score", "--format", format);
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
            var local = await RunAsync("--database", databasePath, "--data", TestFiles.RealDataFolder, "--organisation", board.ToString(), command);
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

    private static async Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RegieCli.RunAsync(args, output, error, Ct);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<Guid> DemoBoardAsync()
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(databasePath), TenantContext.System);
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(o => o.IsDemo).Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<int> CountAsync(string serviceName)
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(databasePath), TenantContext.System);
        return await db.Services.IgnoreQueryFilters([RegieDbContext.TenantFilter]).CountAsync(s => s.Name == serviceName, Ct);
    }

    /// <summary>A user with <paramref name="role"/> on the board and a personal token with the same role, stored as the app stores one.</summary>
    private async Task<string> TokenAsync(string email, Guid board, BoardRole role)
    {
        using (var scope = server!.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegieUser>>();
            var created = await users.CreateAsync(new RegieUser { Id = Guid.NewGuid(), UserName = email, Email = email }, "correct horse battery staple");
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        var secret = ApiTokenSecret.New();
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(databasePath), TenantContext.System);
        var user = await db.Users.SingleAsync(u => u.Email == email, Ct);
        db.Memberships.Add(new BoardMembershipEntity { Id = Guid.NewGuid(), OrganisationId = board, UserId = user.Id, Role = role });
        db.ApiTokens.Add(new ApiTokenEntity
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            OrganisationId = board,
            Role = role,
            Name = "regie op de laptop",
            SecretHash = ApiTokenSecret.Hash(secret),
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
        });
        await db.SaveChangesAsync(Ct);
        return secret;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>The app on a real loopback port, sign-in required as when it listens on the network.</summary>
    private sealed class ServerFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Testing").UseSetting("Regie:Database", databasePath).UseSetting(LaptopMode.Setting, "required")
                .UseSetting("Regie:RateLimits:imports", "100000");
    }
}
