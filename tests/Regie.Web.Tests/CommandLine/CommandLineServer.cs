using System.Net.Http.Headers;
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
/// The real app on a loopback Kestrel port with sign-in required (as on a network), on its own SQLite file that the
/// command line can also open as a local database: the same board read both ways.
/// </summary>
public sealed class CommandLineServer : IAsyncDisposable
{
    private readonly ServerFactory server;

    public CommandLineServer()
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), $"regie-cli-server-{Guid.NewGuid():N}.db");
        server = new ServerFactory(DatabasePath);
        server.UseKestrel(0);
        server.StartServer();
    }

    public string DatabasePath { get; }

    public string Url => server.ClientOptions.BaseAddress.ToString().TrimEnd('/');

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RegieCli.RunAsync(args, output, error, Ct);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The command on the database file itself, with the real data folder, for the board <paramref name="board"/>.</summary>
    public Task<(int ExitCode, string Out, string Err)> LocalAsync(Guid board, params string[] args) =>
        RunAsync(["--database", DatabasePath, "--data", TestFiles.RealDataFolder, "--organisation", board.ToString(), .. args]);

    public Task<(int ExitCode, string Out, string Err)> RemoteAsync(string token, params string[] args) =>
        RunAsync(["--server", Url, "--token", token, .. args]);

    public async Task<Guid> DemoBoardAsync()
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(DatabasePath), TenantContext.System);
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(o => o.IsDemo).Select(o => o.Id).SingleAsync(Ct);
    }

    public async Task<Guid> BoardNamedAsync(string name)
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(DatabasePath), TenantContext.System);
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }

    /// <summary>An API client with <paramref name="token"/>, as a script would call the server.</summary>
    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A user with <paramref name="role"/> on the board and a personal token with the same role, stored as the app stores one;
    /// <paramref name="expiresAt"/> in the past makes an expired token.
    /// </summary>
    public async Task<string> TokenAsync(string email, Guid board, BoardRole role, DateTimeOffset? expiresAt = null)
    {
        using (var scope = server.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegieUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var created = await users.CreateAsync(new RegieUser { Id = Guid.NewGuid(), UserName = email, Email = email }, "correct horse battery staple");
                Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }

        var secret = ApiTokenSecret.New();
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(DatabasePath), TenantContext.System);
        var user = await db.Users.SingleAsync(u => u.Email == email, Ct);
        if (!await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.OrganisationId == board, Ct))
        {
            db.Memberships.Add(new BoardMembershipEntity { Id = Guid.NewGuid(), OrganisationId = board, UserId = user.Id, Role = role });
        }

        db.ApiTokens.Add(new ApiTokenEntity
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            OrganisationId = board,
            Role = role,
            Name = "regie op de laptop",
            SecretHash = ApiTokenSecret.Hash(secret),
            CreatedAt = DateTimeOffset.UtcNow.AddDays(-60),
            ExpiresAt = expiresAt ?? DateTimeOffset.UtcNow.AddDays(30),
        });
        await db.SaveChangesAsync(Ct);
        return secret;
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    private sealed class ServerFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Testing").UseSetting("Regie:Database", databasePath).UseSetting(LaptopMode.Setting, "required")
                .UseSetting("Regie:RateLimits:imports", "100000");
    }
}
