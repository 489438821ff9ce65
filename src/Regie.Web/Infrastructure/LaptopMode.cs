using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Laptop mode: while every address the app listens on is a loopback address (127.0.0.0/8, ::1, localhost), nobody else
/// can reach it, so it opens without a sign-in as an implicit local administrator (docs/SECURITY.md). Listening on any
/// other address, or <c>Regie:Auth:Mode=required</c>, requires a signed-in user or an API token for every page and call.
/// A request that came through a proxy (a Forwarded or X-Forwarded-For header, a Host that is not a loopback name) or from
/// another machine never gets it, and <c>Regie:ReverseProxy:Enabled=true</c> turns it off: a proxy on the same machine
/// that sets no X-Forwarded-For (nginx's bare <c>proxy_pass</c>, an SSH tunnel) would otherwise let everyone in.
/// </summary>
public sealed class LaptopMode(IServer server, IConfiguration configuration)
{
    /// <summary>auto (the default: laptop mode on loopback only) or required (always sign in).</summary>
    public const string Setting = "Regie:Auth:Mode";

    private bool? listensOnLoopbackOnly;

    /// <summary>
    /// Read from the server's real addresses once it listens; an in-memory test server has none and counts as loopback.
    /// Any value of the setting other than "auto" (or none) means sign-in is required.
    /// </summary>
    public bool IsOn => configuration[Setting] is null or "" or "auto"
        && !configuration.GetValue($"{Hardening.ReverseProxyKey}:Enabled", false) && ListensOnLoopbackOnly;

    /// <summary>Every address the server listens on is a loopback address (whatever the setting says): only this machine can reach it.</summary>
    public bool ListensOnLoopbackOnly =>
        listensOnLoopbackOnly ??= (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).All(IsLoopback);

    public bool Applies(HttpContext context) => IsOn
        && (context.Connection.RemoteIpAddress is null || IPAddress.IsLoopback(context.Connection.RemoteIpAddress))
        && !context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("Forwarded")
        && IsLoopbackHost(context.Request.Host.Host);

    /// <summary>A browser on this machine asks for localhost or a loopback address; a proxy passing its public name does not.</summary>
    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>"http://127.0.0.1:5000", "http://[::1]:5000" and "http://localhost:5000" are; "http://*:80", "http://0.0.0.0" and names are not.</summary>
    public static bool IsLoopback(string address)
    {
        string host;
        try
        {
            host = BindingAddress.Parse(address).Host;
        }
        catch (FormatException)
        {
            return false;
        }

        return IsLoopbackHost(host);
    }
}
