using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>
/// The first system administrator, made by whoever opens the one-time link the app printed at start
/// (<see cref="SetupLink"/>). Open to anyone who holds the token, and only while no system administrator exists;
/// without it, or once it is spent, the page answers 404 as for a page that does not exist.
/// </summary>
[AllowAnonymous]
public sealed class SetupModel(SetupLink link, RegieDbContext db, SignInManager<RegieUser> signIn, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Offered { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await OfferedAsync() ? Page() : Gone();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await OfferedAsync() || !link.TrySpend(Token))
        {
            return Gone();
        }

        var (outcome, user) = await AccountOperations.CreateUserAsync(signIn.UserManager, Email, Password, systemAdministrator: true);
        if (!outcome.Succeeded)
        {
            link.GiveBack(Token!);
            Errors = outcome.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        SecurityEvents.UserCreated(HttpContext, user!.Id, user.Email, systemAdministrator: true, sectorAnalyst: false);
        await signIn.SignInAsync(user!, isPersistent: false);
        SecurityEvents.SignedIn(HttpContext, user.Id, user.Email, "setup link");
        return LocalRedirect("/");
    }

    private async Task<bool> OfferedAsync() =>
        Offered = link.IsValid(Token) && !await db.Users.AnyAsync(u => u.IsSystemAdministrator, HttpContext.RequestAborted);

    private PageResult Gone()
    {
        Errors = [text["Deze set-uplink is ongeldig, verlopen of al gebruikt. Een systeembeheerder maakt gebruikers aan op de pagina Gebruikers, of met: regie user add --admin EMAIL."]];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
