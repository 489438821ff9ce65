using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The names and flags of the sign-in and antiforgery cookies (ASVS 3.4.1, 3.4.4). A server that others reach (any
/// listening address that is not loopback, or a reverse proxy in front: <c>Regie:ReverseProxy:Enabled</c>) sends
/// <c>__Host-regie-auth</c> with Secure always, Path=/ and no Domain, and a <c>__Host-</c> antiforgery cookie: a browser
/// keeps a <c>__Host-</c> cookie only when it is Secure, came from a secure origin and names no domain, so no other host
/// of the school's domain and no plain-HTTP page can set or read it.
/// <para>
/// A server that listens on loopback only (laptop mode, or sign-in required on 127.0.0.1 as the tests run it) keeps the
/// old names with Secure as the request is. It is plain HTTP there, and a Secure cookie over http://127.0.0.1 works only
/// in some clients: Chromium keeps Secure and even __Host- cookies from http://127.0.0.1 and http://localhost (checked
/// with Debian's Chromium 156 on 2026-12-06: it counts loopback as a secure origin), but .NET's cookie store never sends
/// a Secure cookie over http://, and the antiforgery system throws on every plain-HTTP request once its cookie is
/// SecurePolicy=Always. Nobody else can reach a loopback address, so the prefix would protect nothing there.
/// </para>
/// </summary>
public sealed class SessionCookies(LaptopMode laptop, IConfiguration configuration)
{
    public const string SecureAuthName = "__Host-regie-auth";
    public const string LoopbackAuthName = "regie-auth";
    public const string SecureAntiforgeryName = "__Host-regie-antiforgery";

    /// <summary>Decided at the first request (the listening addresses are known then) and kept.</summary>
    public bool Secure => !laptop.ListensOnLoopbackOnly || configuration.GetValue($"{Hardening.ReverseProxyKey}:Enabled", false);

    public static void AddRegieSessionCookies(IServiceCollection services)
    {
        services.AddSingleton<SessionCookies>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionCookies>((o, cookies) =>
            {
                o.Cookie.Name = cookies.Secure ? SecureAuthName : LoopbackAuthName;
                if (cookies.Secure)
                {
                    o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                    o.Cookie.Path = "/";
                    o.Cookie.Domain = null;
                }
            });

        // The other Identity cookies (the external sign-in's and the second step's) carry a user id between two requests:
        // Secure as well on a server others reach; their names stay.
        foreach (var scheme in new[] { IdentityConstants.ExternalScheme, IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<SessionCookies>((o, cookies) =>
            {
                if (cookies.Secure)
                {
                    o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                }
            });
        }

        // SecurePolicy SameAsRequest, not Always: with Always the antiforgery system throws on a plain-HTTP request (a page
        // opened on the server itself, past the proxy) instead of refusing the form. The __Host- prefix makes the browser
        // keep the cookie only when it is Secure, so over HTTPS it is, and over plain HTTP the form fails with 400.
        services.AddOptions<AntiforgeryOptions>().Configure<SessionCookies>((o, cookies) =>
        {
            if (cookies.Secure)
            {
                o.Cookie.Name = SecureAntiforgeryName;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // the framework's default here is None
                o.Cookie.Path = "/";
                o.Cookie.Domain = null;
            }
        });
    }
}
