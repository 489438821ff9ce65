using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Regie.Web.Tests.EndToEnd;

/// <summary>
/// The real app on a free loopback port with its own SQLite file (seeded with the demo board at start-up), and a
/// headless Debian Chromium driving it. One per test, so tests never see each other's changes.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly string databasePath;
    private readonly AppFactory app;
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BrowserSession(string databasePath, AppFactory app, IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.databasePath = databasePath;
        this.app = app;
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public string BaseUrl => app.ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>The app's services (its user manager, the catalog), for a test that sets up accounts.</summary>
    public IServiceProvider Services => app.Services;

    public Regie.Data.DatabaseSettings Database => Regie.Data.DatabaseSettings.SqliteFile(databasePath);

    /// <summary>Starts the app with the given settings (e.g. <c>Regie:Auth:Mode=required</c>) on top of the test defaults.</summary>
    public static async Task<BrowserSession> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var chromium = ChromiumPath();
        var databasePath = Path.Combine(Path.GetTempPath(), $"regie-e2e-{Guid.NewGuid():N}.db");
        var app = new AppFactory(databasePath, settings ?? new Dictionary<string, string?>());
        app.UseKestrel(0);
        app.StartServer();

        var playwright = await Playwright.CreateAsync();
        // The flags of ../shared/reference/ecosystem.md: no sandbox as root, and nothing that reaches for the network.
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1200 } });
        page.SetDefaultTimeout(15_000);
        return new BrowserSession(databasePath, app, playwright, browser, page);
    }

    public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(BaseUrl + path);

    /// <summary>Saves a picture for the README when REGIE_SCREENSHOTS=1; otherwise does nothing.</summary>
    public async Task ScreenshotForDocsAsync(string fileName)
    {
        if (Environment.GetEnvironmentVariable("REGIE_SCREENSHOTS") != "1")
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot(), "docs", "img");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, fileName), FullPage = false });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A missing browser fails loudly: a skipped E2E test would hide that nothing was tested.</summary>
    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("REGIE_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        var executable = File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.OtherExecute)) != 0);
        Assert.True(executable, $"Chromium is not installed at {path}. Run scripts/test.sh, which installs it (apt-get install chromium fonts-dejavu-core).");
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Regie.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Regie.slnx not found above " + AppContext.BaseDirectory);
    }

    private sealed class AppFactory(string databasePath, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing").UseSetting("Regie:Database", databasePath);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
