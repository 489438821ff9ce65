using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

/// <summary>
/// The real app in memory against its own temporary SQLite file, seeded with the demo board at start-up
/// (Contoso's fixture idea). One app per test class, and the database reset per test: every test class takes the
/// fixture through <see cref="Fresh"/> in a field initialiser, and xUnit makes a new class instance for every test,
/// so each test starts from the seeded demo board whatever the tests before it wrote. Booting one app per test
/// would cost seconds each; copying the seeded file back with SQLite's backup costs milliseconds.
/// </summary>
public sealed class RegieApp : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"regie-api-{Guid.NewGuid():N}.db");

    public DatabaseSettings Database => DatabaseSettings.SqliteFile(DatabasePath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Regie:Database", DatabasePath);
        // One app serves every test of a class from one client address: the limits are tested on their own
        // (Hardening/RateLimitsOnCostlyRequests sets them low) and out of the way here.
        builder.UseSetting("Regie:RateLimits:imports", "100000");
        builder.UseSetting("Regie:RateLimits:discovery-runs", "100000");
        builder.UseSetting("Regie:RateLimits:sign-in", "100000");
        // The system administrators of the other tests sign in with a password alone; Access/SigningInWithASecondFactor
        // turns the rule back on, as it is by default.
        builder.UseSetting(AdministratorTwoFactor.Setting, "false");
        // The daily snapshot sweep runs only where a test asks for it (it would write while Fresh() restores the file).
        builder.UseSetting("Regie:History:SweepMinutes", "0");
        // Every host of this fixture (SignInRequired too) logs into Logs as well, at the level an operator runs with (security events: all).
        builder.ConfigureLogging(logging => logging.AddProvider(Logs)
            .AddFilter<CapturedLogs>(null, LogLevel.Information)
            .AddFilter<CapturedLogs>(SecurityEvents.Category, LogLevel.Debug)
            .AddFilter<CapturedLogs>("Microsoft.EntityFrameworkCore", LogLevel.Warning));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressFromTest()));
    }

    /// <summary>What the app logged, from every host of this fixture, since it started.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The test header that stands in for a client's own address (the in-memory server has none).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private sealed class ClientAddressFromTest : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private readonly Lock gate = new();
    private string? seeded;

    /// <summary>
    /// Starts the app (<paramref name="host"/>: a variant of this factory on the same file) and puts its database back to
    /// what start-up seeded. The first call keeps a copy of the seeded file; later calls restore it.
    /// </summary>
    public RegieApp Fresh(WebApplicationFactory<Program>? host = null)
    {
        _ = (host ?? this).Server;
        lock (gate)
        {
            if (seeded is null)
            {
                seeded = Path.ChangeExtension(DatabasePath, ".seeded.db");
                Copy(DatabasePath, seeded);
            }
            else
            {
                Copy(seeded, DatabasePath);
            }
        }

        return this;
    }

    // SQLite's online backup: safe while the app keeps pooled connections to the target open. A request of the test before
    // may still be finishing a write on a loaded machine ("database is locked"): wait for it, at most 50 times 100 ms.
    private static void Copy(string from, string to)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var source = new SqliteConnection($"Data Source={from};Pooling=False");
                using var target = new SqliteConnection($"Data Source={to};Pooling=False");
                source.Open();
                target.Open();
                source.BackupDatabase(target);
                return;
            }
            catch (SqliteException busy) when (busy.SqliteErrorCode is 5 or 6 && attempt < 50) // SQLITE_BUSY, SQLITE_LOCKED
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>A client working for one board, as an API caller names it.</summary>
    public HttpClient ClientFor(Guid organisation)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Regie-Organisation", organisation.ToString());
        return client;
    }

    public async Task<List<ServiceSummaryDto>> ServicesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<ServiceSummaryDto>>("/api/v1/services", Json, TestContext.Current.CancellationToken))!;

    /// <summary>The demo board, read past the tenant filter as the system actor: the API shows only the current board.</summary>
    public async Task<Guid> DemoBoardIdAsync()
    {
        _ = Server; // started: migrated and seeded
        await using var db = RegieDatabase.Create(Database, TenantContext.System);
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(o => o.IsDemo).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A new, empty board with the template processes, created as the system would.</summary>
    public async Task<Guid> CreateBoardAsync(string name, int pupils = 300, int staff = 30)
    {
        _ = Server;
        var knowledge = Services.GetRequiredService<RegieKnowledge>();
        await using var db = RegieDatabase.Create(Database, TenantContext.System);
        return (await db.CreateOrganisationAsync(name, [Sector.Po], pupils, staff, false, knowledge.ProcessTemplates, TestContext.Current.CancellationToken)).Id;
    }

    private WebApplicationFactory<Program>? signInRequired;

    /// <summary>
    /// The same app and database with sign-in required (<c>Regie:Auth:Mode=required</c>), as on a server that listens on
    /// the network; the in-memory test server would otherwise count as laptop mode. Start it with <c>Fresh(app.SignInRequired)</c>.
    /// </summary>
    public WebApplicationFactory<Program> SignInRequired
    {
        get
        {
            lock (gate)
            {
                return signInRequired ??= WithWebHostBuilder(b => b.UseSetting(LaptopMode.Setting, "required"));
            }
        }
    }

    /// <summary>A client of <see cref="SignInRequired"/> that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient AnonymousClient() =>
        SignInRequired.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public const string TestPassword = "correct horse battery staple";

    /// <summary>A local account with <see cref="TestPassword"/>, a system administrator or not, and a role on each board given.</summary>
    public Task<Guid> CreateUserAsync(string email, bool systemAdministrator = false, params (Guid Board, BoardRole Role)[] roles) =>
        CreateUserAsync(email, systemAdministrator, sectorAnalyst: false, roles);

    /// <summary>The same, also a sector analyst or not.</summary>
    public async Task<Guid> CreateUserAsync(string email, bool systemAdministrator, bool sectorAnalyst, params (Guid Board, BoardRole Role)[] roles)
    {
        using (var scope = SignInRequired.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<RegieUser>>();
            var result = await users.CreateAsync(
                new RegieUser { Id = Guid.NewGuid(), UserName = email, Email = email, IsSystemAdministrator = systemAdministrator, IsSectorAnalyst = sectorAnalyst }, TestPassword);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await using var db = RegieDatabase.Create(Database, TenantContext.System);
        var user = await db.Users.SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken);
        foreach (var (board, role) in roles)
        {
            db.Memberships.Add(new BoardMembershipEntity { Id = Guid.NewGuid(), OrganisationId = board, UserId = user.Id, Role = role });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user.Id;
    }

    /// <summary>Signs the client in through the sign-in page, as a browser does; the cookie stays in the client.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password = TestPassword)
    {
        var response = await FormPost.SubmitAsync(client, "/account/signin", "/account/signin",
            [new("Email", email), new("Password", password), new("ReturnUrl", "/")]);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"sign-in of {email}: {(int)response.StatusCode}");
    }

    /// <summary>A signed-in client of <see cref="SignInRequired"/> for a new user with the given role on the board (none: a user without boards).</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, Guid board, BoardRole role, bool systemAdministrator = false)
    {
        await CreateUserAsync(email, systemAdministrator, role == BoardRole.None ? [] : [(board, role)]);
        var client = AnonymousClient();
        await SignInAsync(client, email);
        return client;
    }

    /// <summary>An API token stored as the app stores one (its hash), for a user's role on a board; returns the secret.</summary>
    public async Task<string> CreateTokenAsync(Guid user, Guid board, BoardRole role, TimeSpan? validFor = null)
    {
        var secret = ApiTokenSecret.New();
        await using var db = RegieDatabase.Create(Database, TenantContext.System);
        db.ApiTokens.Add(new ApiTokenEntity
        {
            Id = Guid.NewGuid(),
            UserId = user,
            OrganisationId = board,
            Role = role,
            Name = "test",
            SecretHash = ApiTokenSecret.Hash(secret),
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = DateTimeOffset.UtcNow + (validFor ?? TimeSpan.FromDays(30)),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return secret;
    }

    /// <summary>A sector analyst's token (no board, no role) stored as the app stores one; returns the secret.</summary>
    public async Task<string> CreateSectorTokenAsync(Guid user)
    {
        var secret = ApiTokenSecret.New();
        await using var db = RegieDatabase.Create(Database, TenantContext.System);
        db.ApiTokens.Add(new ApiTokenEntity
        {
            Id = Guid.NewGuid(),
            UserId = user,
            Scope = ApiTokenScope.SectorAggregates,
            Role = BoardRole.None,
            Name = "sector",
            SecretHash = ApiTokenSecret.Hash(secret),
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return secret;
    }

    public override async ValueTask DisposeAsync()
    {
        if (signInRequired is not null)
        {
            await signInRequired.DisposeAsync();
        }

        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(DatabasePath);
        if (seeded is not null)
        {
            File.Delete(seeded);
        }
    }
}
