using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Access;

/// <summary>
/// The real app on a free loopback port (an identity provider must be able to send the browser back to it), with its
/// own SQLite file seeded with the demo board, sign-in required and the settings a test gives.
/// </summary>
public sealed class RegieOnKestrel : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"regie-kestrel-{Guid.NewGuid():N}.db");
    private readonly IReadOnlyDictionary<string, string?> settings;

    public RegieOnKestrel(IReadOnlyDictionary<string, string?> settings)
    {
        this.settings = settings;
        UseKestrel(0);
        StartServer();
    }

    public DatabaseSettings Database => DatabaseSettings.SqliteFile(databasePath);

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing").UseSetting("Regie:Database", databasePath).UseSetting(LaptopMode.Setting, "required");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<Api.CapturedLogs>(null, LogLevel.Information)
            .AddFilter<Api.CapturedLogs>("Microsoft.EntityFrameworkCore", LogLevel.Warning));
    }

    /// <summary>What the app logged since it started (<see cref="Api.CapturedLogs"/>).</summary>
    public Api.CapturedLogs Logs { get; } = new();

    /// <summary>A client as a browser is: it keeps cookies and follows redirects, also to the identity provider.</summary>
    public HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new(), AllowAutoRedirect = true, UseCookies = true }) { BaseAddress = BaseAddress };

    public async Task<Guid> DemoBoardIdAsync()
    {
        await using var db = RegieDatabase.Create(Database, TenantContext.System);
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(o => o.IsDemo).Select(o => o.Id)
            .SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A local account with <see cref="Api.RegieApp.TestPassword"/> and a role on each board given.</summary>
    public async Task<Guid> CreateUserAsync(string email, params (Guid Board, BoardRole Role)[] roles)
    {
        var user = new RegieUser { Id = Guid.NewGuid(), UserName = email, Email = email };
        using (var scope = Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserManager<RegieUser>>().CreateAsync(user, Api.RegieApp.TestPassword);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await using var db = RegieDatabase.Create(Database, TenantContext.System);
        foreach (var (board, role) in roles)
        {
            db.Memberships.Add(new BoardMembershipEntity { Id = Guid.NewGuid(), OrganisationId = board, UserId = user.Id, Role = role });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user.Id;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
