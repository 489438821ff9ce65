using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Limits per client (an IPv4 address or an IPv6 /64, <see cref="Client"/>) on what is costly or guessable: sign-in
/// (policy <see cref="SignIn"/>, for the sign-in endpoints to attach), discovery runs (each one sends DNS queries) and
/// imports. A refused request gets 429 and Retry-After: an API call with a Dutch problem document, a page with the error
/// page in the reader's language. Limits per minute come from <c>Regie:RateLimits:&lt;policy&gt;</c>.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string DiscoveryRuns = "discovery-runs";
    public const string Imports = "imports";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddRegieRateLimits(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count (the form's POST), not opening the sign-in page.
            options.AddPolicy(SignIn, context => IsPost(context)
                ? PerClient(context, SignIn, Limit(config, SignIn, 10))
                : RateLimitPartition.GetNoLimiter(""));
            // The pages' other buttons (accept, reject, save domains) are not limited: only a run or an upload counts.
            options.AddPolicy(DiscoveryRuns, context => IsPost(context) && (IsApi(context) || Handler(context) == "Run")
                ? PerClient(context, DiscoveryRuns, Limit(config, DiscoveryRuns, 6))
                : RateLimitPartition.GetNoLimiter(""));
            options.AddPolicy(Imports, context => IsPost(context) && (IsApi(context) || Handler(context) is "" or "Apply" or "AnswersFile")
                ? PerClient(context, Imports, Limit(config, Imports, 20))
                : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = async (rejected, ct) =>
            {
                SecurityEvents.RateLimited(rejected.HttpContext, rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : (int)Window.TotalSeconds;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!IsApi(rejected.HttpContext))
                {
                    // A page (the sign-in form's POST) gets a page: with no body written, the pages' status-code step shows
                    // /Error?code=429 in the reader's language, saying when to try again.
                    return;
                }

                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Te veel verzoeken",
                    detail: $"Je hebt dit in korte tijd te vaak gedaan. Probeer het over {seconds} seconden opnieuw.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });

        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
        {
            options.Conventions.AddPageApplicationModelConvention("/Discovery/Index", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(DiscoveryRuns)));
            options.Conventions.AddPageApplicationModelConvention("/Import/Index", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Imports)));
            options.Conventions.AddPageApplicationModelConvention("/Sector/Shared", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Imports)));
            options.Conventions.AddPageApplicationModelConvention("/Account/SignIn", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignIn)));
            options.Conventions.AddPageApplicationModelConvention("/Account/Setup", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignIn)));
            options.Conventions.AddPageApplicationModelConvention("/Account/SignInCode", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignIn)));
            options.Conventions.AddPageApplicationModelConvention("/Account/TwoFactor", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignIn)));
        });
        return builder;
    }

    /// <summary>After routing, so that a policy attached to an endpoint or page is known.</summary>
    public static WebApplication UseRegieRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter($"{policy}:{Client(context.Connection.RemoteIpAddress)}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = Window,
            QueueLimit = 0,
        });

    /// <summary>
    /// Who counts as one client: an IPv4 address, or an IPv6 address's /64 network. One household or host gets a whole /64
    /// and picks any address in it, so counting per IPv6 address would give an attacker 2^64 fresh limits.
    /// </summary>
    internal static string Client(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return "-";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    private static int Limit(IConfiguration config, string policy, int fallback) => config.GetValue($"Regie:RateLimits:{policy}", fallback);

    private static bool IsPost(HttpContext context) => HttpMethods.IsPost(context.Request.Method);

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    // The pages' forms name their handler in the query (asp-page-handler), never in the body.
    private static string Handler(HttpContext context) => context.Request.Query["handler"].ToString();
}
