using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// With sign-in required and no system administrator, the app prints a one-time link at start; the first person who
/// opens it makes the system administrator, and then the link is spent. Each test boots its own app: the link is
/// issued once per start.
/// </summary>
public sealed partial class TheOneTimeSetupLink : IAsyncDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly RegieApp database = new();
    private readonly List<WebApplicationFactory<Program>> started = [];

    /// <summary>What the app printed under "Regie.SignIn", as an administrator reads the console.</summary>
    private sealed class PrintedLines : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Printer(categoryName == "Regie.SignIn" ? Lines : null);

        public void Dispose()
        {
        }

        private sealed class Printer(ConcurrentQueue<string>? lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => lines is not null;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines?.Enqueue(formatter(state, exception));
        }
    }

    /// <summary>Starts the app on the test's database with sign-in required; returns it and what it printed.</summary>
    private (WebApplicationFactory<Program> App, PrintedLines Printed) Start()
    {
        var printed = new PrintedLines();
        var app = database.WithWebHostBuilder(b => b
            .UseSetting(LaptopMode.Setting, "required")
            .UseSetting("Logging:LogLevel:Regie.SignIn", "Information")
            .ConfigureLogging(l => l.AddProvider(printed)));
        _ = app.Server;
        started.Add(app);
        return (app, printed);
    }

    private static string? LinkIn(PrintedLines printed) =>
        printed.Lines.Select(l => Link().Match(l)).Where(m => m.Success).Select(m => m.Value).SingleOrDefault();

    private static HttpClient Browser(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Task<HttpResponseMessage> CreateAdministratorAsync(HttpClient browser, string pageWithToken, string token, string email, string password = RegieApp.TestPassword) =>
        FormPost.SubmitAsync(browser, pageWithToken, "/account/setup", [new("Token", token), new("Email", email), new("Password", password)]);

    [Fact]
    public async Task TheLinkPrintedAtStartMakesTheSystemAdministratorOnce()
    {
        var (app, printed) = Start();
        var link = LinkIn(printed);
        Assert.NotNull(link);
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];

        var browser = Browser(app);
        var made = await CreateAdministratorAsync(browser, link, token, "beheer@bestuur.nl");

        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        await using (var db = RegieDatabase.Create(database.Database, TenantContext.System))
        {
            Assert.True(await db.Users.AnyAsync(u => u.Email == "beheer@bestuur.nl" && u.IsSystemAdministrator, Ct));
        }

        // Signed in as the new system administrator: the users page opens.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/users", Ct)).StatusCode);

        // The same link a second time, by somebody else: refused, and nobody else is made.
        Assert.Equal(HttpStatusCode.NotFound, (await Browser(app).GetAsync(link, Ct)).StatusCode);
        var second = await CreateAdministratorAsync(Browser(app), "/account/signin", token, "indringer@elders.nl");
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        await using var after = RegieDatabase.Create(database.Database, TenantContext.System);
        Assert.False(await after.Users.AnyAsync(u => u.Email == "indringer@elders.nl", Ct));
    }

    [Fact]
    public async Task APasswordThatBreaksTheRulesLeavesTheLinkUsable()
    {
        var (app, printed) = Start();
        var link = LinkIn(printed)!;
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];
        var browser = Browser(app);

        var refused = await CreateAdministratorAsync(browser, link, token, "beheer@bestuur.nl", "kort");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Het wachtwoord moet minstens 12 tekens lang zijn.", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await CreateAdministratorAsync(browser, link, token, "beheer@bestuur.nl")).StatusCode);
    }

    [Fact]
    public async Task ThePageRefusesWithoutTheToken()
    {
        var (app, printed) = Start();
        Assert.NotNull(LinkIn(printed));

        var bare = await Browser(app).GetAsync("/account/setup", Ct);
        var wrong = await Browser(app).GetAsync("/account/setup?token=raden", Ct);
        var posted = await FormPost.SubmitAsync(Browser(app), "/account/signin", "/account/setup", [new("Email", "a@b.nl"), new("Password", RegieApp.TestPassword)]);

        Assert.Equal(HttpStatusCode.NotFound, bare.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Contains("Deze set-uplink is ongeldig, verlopen of al gebruikt.", await bare.Content.ReadAsStringAsync(Ct));
        await using var db = RegieDatabase.Create(database.Database, TenantContext.System);
        Assert.False(await db.Users.AnyAsync(Ct));
    }

    [Fact]
    public async Task NoLinkIsOfferedOnceASystemAdministratorExists()
    {
        var (app, printed) = Start();
        var link = LinkIn(printed)!;
        await database.CreateUserAsync("cli-beheer@bestuur.nl", systemAdministrator: true); // as `regie user add --admin` does

        // The link printed before is no longer offered, and a restart prints none.
        Assert.Equal(HttpStatusCode.NotFound, (await Browser(app).GetAsync(link, Ct)).StatusCode);
        var (_, afterRestart) = Start();
        Assert.Null(LinkIn(afterRestart));
    }

    [Fact]
    public void LaptopModePrintsNoLink()
    {
        var printed = new PrintedLines();
        var app = database.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Regie.SignIn", "Information")
            .ConfigureLogging(l => l.AddProvider(printed)));
        _ = app.Server;
        started.Add(app);

        Assert.Contains(printed.Lines, l => l.StartsWith("Laptopmodus", StringComparison.Ordinal));
        Assert.Null(LinkIn(printed));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in started)
        {
            await app.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    [GeneratedRegex(@"/account/setup\?token=[A-Za-z0-9_-]{43}")]
    private static partial Regex Link();
}
