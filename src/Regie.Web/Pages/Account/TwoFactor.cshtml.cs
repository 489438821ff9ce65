using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>
/// Your second factor: link an authenticator app (key as text and QR code, confirmed with a code), see how many recovery
/// codes are left, make new ones or switch it off with a current code. Recovery codes are shown once, right after they are made.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorModel(SignInManager<RegieUser> signIn, CurrentBoard board, IConfiguration configuration) : PageModel
{
    [BindProperty] public string? Code { get; set; }

    public TwoFactorStatus? Status { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>A system administrator who must enrol before the other pages open (<see cref="AdministratorTwoFactor"/>).</summary>
    public bool Required => board.Caller.IsSystemAdministrator && AdministratorTwoFactor.IsRequired(configuration);

    public async Task OnGetAsync() => Status = await UserAsync() is { } user ? await TwoFactorOperations.StatusAsync(signIn.UserManager, user) : null;

    public Task<IActionResult> OnPostBeginAsync() =>
        Act(async user => (await TwoFactorOperations.BeginAsync(signIn.UserManager, user), []));

    public Task<IActionResult> OnPostConfirmAsync() =>
        Act(user => TwoFactorOperations.ConfirmAsync(signIn.UserManager, user, Code));

    public Task<IActionResult> OnPostRecoveryCodesAsync() =>
        Act(user => TwoFactorOperations.NewRecoveryCodesAsync(signIn.UserManager, user, Code));

    public Task<IActionResult> OnPostSwitchOffAsync() =>
        Act(async user => (await TwoFactorOperations.SwitchOffAsync(signIn.UserManager, user, Code), []));

    private async Task<IActionResult> Act(Func<RegieUser, Task<(AccountOutcome Outcome, IReadOnlyList<string> Codes)>> change)
    {
        if (await UserAsync() is not { } user)
        {
            return NotFound();
        }

        var (outcome, codes) = await change(user);
        (Errors, RecoveryCodes) = (outcome.Errors, codes);
        if (outcome.Succeeded)
        {
            // Switching on or off renews the security stamp: keep this session, as the one that made the change.
            await signIn.RefreshSignInAsync(user);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await OnGetAsync();
        return Page();
    }

    // Laptop mode's local administrator and API tokens have no account of their own here.
    private async Task<RegieUser?> UserAsync() =>
        board.Caller is { UserId: { } id, TokenId: null, IsLaptop: false } ? await signIn.UserManager.FindByIdAsync(id.ToString()) : null;
}
