using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>
/// Sign in through an identity provider (OpenID Connect): a GET goes to the provider (a link, so that the
/// Content-Security-Policy's form-action 'self' does not stop the redirect), the provider sends the visitor back to
/// /signin-oidc-&lt;name&gt;, and the callback decides who that is in Regie (<see cref="ExternalSignIn"/>). A person
/// Regie does not know gets a plain page, never an account of their own unless the administrator configured that.
/// </summary>
[AllowAnonymous]
public sealed class ExternalModel(SignInManager<RegieUser> signIn, OpenIdConnectProviders providers, UiText text) : PageModel
{
    private const string SchemeItem = "regie:scheme";

    [BindProperty(SupportsGet = true)] public string? Provider { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Refusal { get; private set; }

    public IActionResult OnGet()
    {
        if (providers.Named(Provider) is not { } provider)
        {
            return NotFound();
        }

        var back = Url.Page("/Account/External", "Callback", new { provider = provider.Name, returnUrl = LocalReturnUrl })!;
        var properties = new AuthenticationProperties { RedirectUri = back, Items = { [SchemeItem] = provider.Scheme } };
        return Challenge(properties, provider.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        var provider = providers.Named(Provider);
        if (!external.Succeeded || provider is null || (external.Properties?.Items.TryGetValue(SchemeItem, out var scheme) != true || scheme != provider.Scheme))
        {
            return Refused(StatusCodes.Status400BadRequest, text["Er is geen aanmelding bij een identiteitsprovider bezig. Begin opnieuw op de aanmeldpagina."]);
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var (outcome, user) = await ExternalSignIn.SignInAsync(signIn, provider, external.Principal);
        if (outcome == ExternalSignInOutcome.SignedIn)
        {
            SecurityEvents.SignedIn(HttpContext, user!.Id, user.Email, provider.Scheme);
        }
        else if (outcome == ExternalSignInOutcome.SecondFactorNeeded)
        {
            // Only Identity's short-lived two-factor cookie so far; the session cookie follows the code (SignInCode).
            return RedirectToPage("SignInCode", new { ReturnUrl = LocalReturnUrl });
        }
        else
        {
            SecurityEvents.ExternalSignInRefused(HttpContext, provider.Scheme, outcome.ToString(), user?.Id,
                user?.Email ?? external.Principal.FindFirst(provider.MatchClaim)?.Value);
        }

        return outcome switch
        {
            ExternalSignInOutcome.SignedIn => LocalRedirect(LocalReturnUrl),
            ExternalSignInOutcome.LockedOut => Refused(StatusCodes.Status403Forbidden,
                text["Dit account is geblokkeerd. Vraag de beheerder van Regie om het te deblokkeren."]),
            ExternalSignInOutcome.NotAllowed => Refused(StatusCodes.Status403Forbidden,
                text["Dit account mag zich niet aanmelden. Vraag de beheerder van Regie waarom."]),
            _ => Refused(StatusCodes.Status403Forbidden,
                text["Dit account is niet bekend in Regie; vraag de beheerder van Regie om je toe te voegen."]),
        };
    }

    public IActionResult OnGetFailed()
    {
        SecurityEvents.ExternalSignInRefused(HttpContext, providers.Named(Provider)?.Scheme ?? Provider ?? "", "ProviderFailedOrCancelled", null, null);
        return Refused(StatusCodes.Status400BadRequest, text["Aanmelden bij {0} is niet gelukt of afgebroken.", providers.Named(Provider)?.Title ?? Provider ?? ""]);
    }

    private string LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    private PageResult Refused(int status, string message)
    {
        Refusal = message;
        Response.StatusCode = status;
        return Page();
    }
}
