using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Features.Accounts;

namespace Regie.Web.Infrastructure;

/// <summary>
/// A system administrator whose session passed no second factor (a password without an authenticator app, or an identity
/// provider that did not vouch for one) may open only the page that sets one up (and sign out) while
/// <c>Regie:Auth:RequireTwoFactorForAdministrators</c> is true, the default: pages send them there, the API answers 403.
/// An administrator whose provider vouched for a second factor in this sign-in
/// (<see cref="OpenIdConnectProvider.AssertsSecondFactor"/>) is not asked for Regie's own. Laptop mode and API tokens are
/// not affected (a token never has the system administrator's rights).
/// </summary>
public sealed class AdministratorTwoFactor(RequestDelegate next, IConfiguration configuration)
{
    public const string Setting = "Regie:Auth:RequireTwoFactorForAdministrators";

    public const string EnrolPath = "/account/two-factor";

    public static bool IsRequired(IConfiguration configuration) => configuration.GetValue(Setting, true);

    public async Task InvokeAsync(HttpContext context, CurrentBoard board, RegieDbContext db)
    {
        if (board.Caller is { IsSystemAdministrator: true, IsLaptop: false, TokenId: null, UserId: { } id }
            && IsRequired(configuration)
            && !SecondFactorClaim.IsIn(context.User)
            && !IsOpenBeforeEnrolment(context.Request.Path)
            && await db.Users.AsNoTracking().AnyAsync(u => u.Id == id && !u.TwoFactorEnabled, context.RequestAborted))
        {
            if (SignInSetup.IsApi(context.Request))
            {
                await SignInSetup.Problem(context, StatusCodes.Status403Forbidden, "Eerst een tweede factor",
                    $"Een systeembeheerder stelt eerst een tweede factor in op {EnrolPath}.");
                return;
            }

            context.Response.Redirect(EnrolPath);
            return;
        }

        await next(context);
    }

    // The set-up page itself, signing out, the language switch and the error page.
    private static bool IsOpenBeforeEnrolment(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/language") || path.StartsWithSegments("/Error");
}
