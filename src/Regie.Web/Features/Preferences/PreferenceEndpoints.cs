using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Preferences;

/// <summary>The header's two choices, each kept in a cookie: the UI language and the board to work on.</summary>
public static class PreferenceEndpoints
{
    public static IEndpointRouteBuilder MapRegiePreferences(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{language}", (string language, string? returnUrl, HttpContext context) =>
        {
            context.Response.Cookies.Append(UiText.Cookie, language == "en" ? "en" : "nl", Lasting());
            return Results.LocalRedirect(Local(returnUrl));
        }).ExcludeFromDescription().AllowAnonymous(); // the sign-in page has the language switch too

        app.MapGet("/organisation", (Guid id, string? returnUrl, HttpContext context) =>
        {
            TenancyMiddleware.Remember(context.Response, id);
            // A page of one board (a service id) means nothing in another board: go to the start.
            return Results.LocalRedirect(Local(returnUrl) is var url && url.StartsWith("/services/", StringComparison.Ordinal) ? "/services" : Local(returnUrl));
        }).ExcludeFromDescription().RequireAuthorization(Policies.SignedIn); // the tenancy step accepts only the caller's boards

        return app;
    }

    private static CookieOptions Lasting() => new() { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true };

    // Only paths on this site: a returnUrl must never send the user elsewhere.
    private static string Local(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
