using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Data.Sqlite;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// What a server on a school network needs before a second person uses it (docs/SECURITY.md, "Hardening"): only the
/// host names it is meant to answer to, security headers on every response, the real client address and scheme behind a
/// reverse proxy, HSTS, and data-protection keys that survive a restart. Rate limits live in <see cref="RateLimits"/>.
/// </summary>
public static class Hardening
{
    /// <summary>Extra host names (semicolon-separated, or an array), e.g. <c>regie.bestuur.nl</c>; <c>*</c> allows any.</summary>
    public const string AllowedHostsKey = "Regie:AllowedHosts";
    public const string ReverseProxyKey = "Regie:ReverseProxy";
    public const string HstsKey = "Regie:Hsts";
    public const string DataProtectionKeysKey = "Regie:DataProtectionKeys";

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the data-protection keys at rest; its password in <see cref="DataProtectionCertificatePasswordKey"/>.</summary>
    public const string DataProtectionCertificateKey = "Regie:DataProtectionCertificate";

    /// <summary>From the environment or a secrets file only, never from appsettings.json in the repository.</summary>
    public const string DataProtectionCertificatePasswordKey = "Regie:DataProtectionCertificatePassword";

    /// <summary>A loopback name or address always works: that is laptop mode.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    // Styles allow 'unsafe-inline' because the vendored ECharts and Cytoscape set style attributes and a style element
    // themselves; scripts never run inline. A style cannot run code.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddRegieHardening(this WebApplicationBuilder builder)
    {
        // The framework's host filter (on by default, allowing every host) gets the list: DNS rebinding (a page on
        // evil.example resolving to 127.0.0.1) then reaches the app with Host: evil.example and is refused with 400.
        builder.Services.PostConfigure<HostFilteringOptions>(options =>
            options.AllowedHosts = AllowedHosts(builder.Configuration));

        // That host filter is the framework's own first middleware (a startup filter), ahead of everything Program.cs adds:
        // the security headers go in a startup filter registered before it, so its 400 carries them too (and is logged).
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeadersFirst>());

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var proxy = builder.Configuration.GetSection(ReverseProxyKey);
            foreach (var address in Values(proxy.GetSection("KnownProxies")))
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in Values(proxy.GetSection("KnownNetworks")))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(builder.Configuration.GetValue($"{HstsKey}:MaxAgeDays", 365));
            options.IncludeSubDomains = builder.Configuration.GetValue($"{HstsKey}:IncludeSubDomains", false);
        });

        // Antiforgery and (later) sign-in cookies are sealed with these keys: kept on disk they survive a restart. With a
        // certificate they are encrypted on disk too, so a copy of the folder alone does not open sessions or second factors.
        var protection = builder.Services.AddDataProtection().SetApplicationName("Regie");
        if (KeysCertificate(builder.Configuration) is { } certificate)
        {
            protection.ProtectKeysWithCertificate(certificate);
        }

        builder.Services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, services) =>
            options.XmlRepository = new FileSystemXmlRepository(
                KeysFolder(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<DatabaseSettings>()),
                services.GetRequiredService<ILoggerFactory>()));

        // No "Server: Kestrel": the header tells an attacker which server to look up vulnerabilities for (ASVS 14.3.3).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.AddRegieRateLimits();
        return builder;
    }

    /// <summary>
    /// First in Program.cs's pipeline: the forwarded headers, the API's refusal of cross-site writes and HSTS. The security
    /// headers come earlier still (<see cref="SecurityHeadersFirst"/>), so static files, errors and refusals carry them too.
    /// </summary>
    public static WebApplication UseRegieHardening(this WebApplication app)
    {
        var behindProxy = app.Configuration.GetValue($"{ReverseProxyKey}:Enabled", false);
        if (behindProxy)
        {
            app.UseForwardedHeaders();
        }

        // An X-Forwarded-For that was not applied leaves every client behind that proxy counted as the proxy's address, in the
        // rate limits and in the logs, and nothing else shows an operator the mistake. Applied means the forwarded-headers
        // middleware took an entry and kept the original in X-Original-For (a trusted proxy's chain may keep entries it did
        // not take: that is no mistake). Said at most once an hour, so a client sending the header itself cannot use it up.
        var nextWarning = 0L;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Hardening).FullName!);
        app.Use((context, next) =>
        {
            var now = Environment.TickCount64;
            if (context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("X-Original-For")
                && now >= Interlocked.Read(ref nextWarning) && Interlocked.Exchange(ref nextWarning, now + 3_600_000) <= now)
            {
                log.LogWarning(behindProxy
                    ? "A request with X-Forwarded-For came from {Address}, which is not among Regie:ReverseProxy:KnownProxies or KnownNetworks, so the header was ignored. If that address is your reverse proxy, add it there: until then every client behind it counts as that one address (rate limits, logs). If it is not, a client sent the header itself and ignoring it was right."
                    : "A request with X-Forwarded-For came from {Address}, but Regie:ReverseProxy:Enabled is off, so the header was ignored. Behind a reverse proxy, set Regie:ReverseProxy:Enabled=true and the proxy's address (docs/SECURITY.md): until then every client behind it counts as the proxy's address (rate limits, logs).",
                    context.Connection.RemoteIpAddress);
            }

            return next(context);
        });

        // The API takes no antiforgery token (scripts call it), so a browser's cross-site write is refused by what the
        // browser itself says about it: a form on evil.example posting text/plain to /api/v1/import gets 403.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && SentFromAnotherSite(context.Request))
            {
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Verzoek van een andere website geweigerd",
                    detail: "De API neemt geen wijzigingen aan die een andere website in de browser laat versturen.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });

        if (app.Configuration.GetValue($"{HstsKey}:Enabled", false))
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>
    /// Whether a browser sent this request from another site. Browsers since 2023 say so in <c>Sec-Fetch-Site</c>; an older
    /// one that lacks it still sends <c>Origin</c> with a cross-origin POST, so an origin that is not this host (or the opaque
    /// <c>null</c> of a sandboxed page) counts as another site too. This host is the Host header, which a reverse proxy
    /// passes on (docs/SECURITY.md). A script sends neither header and is not a browser's ambient-cookie request: it passes.
    /// </summary>
    internal static bool SentFromAnotherSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "cross-site" or "same-site";
        }

        // The same host and port. A browser leaves the scheme's default port out of Host and Origin alike, and a proxy may
        // write it in; a Host without a port is an origin on a default port (the proxy may have ended TLS, so either).
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.IdnHost.Trim('[', ']'), request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
                && (request.Host.Port is { } port ? port == uri.Port : uri.IsDefaultPort));
    }

    /// <summary>The security headers (and the log of a refused request) on every response, set by <see cref="SecurityHeadersFirst"/>.</summary>
    private static Task OnEveryResponse(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (KeepsBoardData(context) && !headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }

            if (context.Response.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status405MethodNotAllowed)
            {
                SecurityEvents.RequestRefused(context, context.Response.StatusCode);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>Runs <see cref="OnEveryResponse"/> before every other middleware, the framework's host filter included.</summary>
    private sealed class SecurityHeadersFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(OnEveryResponse);
            next(app);
        };
    }

    /// <summary>
    /// Answers that may hold a board's data must not stay in a browser's or proxy's cache (ASVS 8.1.1, 8.2.1): the API, every
    /// page and every download. Only the static files (no endpoint, not /api, no attachment) may be kept.
    /// </summary>
    private static bool KeepsBoardData(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.GetEndpoint() is not null
        || context.Response.Headers.ContentDisposition.Count > 0;

    public static string[] AllowedHosts(IConfiguration configuration)
    {
        var configured = Values(configuration.GetSection(AllowedHostsKey)).Concat(Values(configuration.GetSection("AllowedHosts"))).ToList();
        return configured.Contains("*") ? ["*"] : [.. LoopbackHosts.Concat(configured).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary><c>Regie:DataProtectionKeys</c>, else <c>keys</c> beside the SQLite file, else beside the default database; owner-only.</summary>
    public static DirectoryInfo KeysFolder(IConfiguration configuration, DatabaseSettings database)
    {
        var folder = configuration[DataProtectionKeysKey] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetDirectoryName(database.Provider == DatabaseProvider.Sqlite
                ? new SqliteConnectionStringBuilder(database.ConnectionString).DataSource
                : DatabaseSettings.DefaultSqlitePath())!, "regie-keys");
        var directory = Directory.CreateDirectory(Path.GetFullPath(folder));
        if (!OperatingSystem.IsWindows())
        {
            directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        return directory;
    }

    /// <summary>
    /// The certificate of <see cref="DataProtectionCertificateKey"/>, with its private key; null when the setting is not
    /// given. A setting that does not lead to a usable certificate stops the start with a message naming it: running on
    /// without would write new keys unencrypted while the administrator believes otherwise.
    /// </summary>
    public static X509Certificate2? KeysCertificate(IConfiguration configuration)
    {
        if (configuration[DataProtectionCertificateKey] is not { Length: > 0 } path)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{DataProtectionCertificateKey}: het certificaatbestand '{path}' bestaat niet.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[DataProtectionCertificatePasswordKey]);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException(
                $"{DataProtectionCertificateKey}: '{path}' is geen PKCS#12-bestand (.pfx) dat met {DataProtectionCertificatePasswordKey} te openen is ({e.Message}).", e);
        }

        return certificate.HasPrivateKey && certificate.GetRSAPrivateKey() is not null
            ? certificate
            : throw new InvalidOperationException($"{DataProtectionCertificateKey}: het certificaat in '{path}' heeft geen RSA-sleutel met privédeel; daarmee kunnen de sleutels niet worden ontsleuteld.");
    }

    /// <summary>A setting given as one string ("a;b", as an environment variable would) or as an array.</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { } single ? single.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
        .Concat(section.GetChildren().Select(c => c.Value).OfType<string>().Select(v => v.Trim()))
        .Where(v => v.Length > 0);
}
