using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Users;

/// <summary>
/// Every user with their boards and roles; a system administrator creates users, sets a new password (which ends a lockout)
/// and resets a user's second factor.
/// </summary>
[Authorize(Policy = Policies.SystemAdministrator)]
public sealed class IndexModel(RegieDbContext db, UserManager<RegieUser> users) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool SystemAdministrator { get; set; }
    [BindProperty] public bool SectorAnalyst { get; set; }

    public List<UserDto> Users { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await AccountOperations.UsersAsync(db, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var (outcome, user) = await AccountOperations.CreateUserAsync(users, Email, Password, SystemAdministrator, SectorAnalyst);
        if (user is not null)
        {
            SecurityEvents.UserCreated(HttpContext, user.Id, user.Email, user.IsSystemAdministrator, user.IsSectorAnalyst);
        }

        return await Answer(outcome, ct);
    }

    public async Task<IActionResult> OnPostPasswordAsync(Guid id, string? newPassword, CancellationToken ct)
    {
        var outcome = await AccountOperations.ResetPasswordAsync(users, id, newPassword);
        if (outcome.Succeeded)
        {
            SecurityEvents.PasswordReset(HttpContext, id);
        }

        return await Answer(outcome, ct);
    }

    public async Task<IActionResult> OnPostTwoFactorAsync(Guid id, CancellationToken ct) =>
        await Answer(await TwoFactorOperations.ResetByAdministratorAsync(users, id), ct);

    private async Task<IActionResult> Answer(AccountOutcome outcome, CancellationToken ct)
    {
        (Errors, Saved) = (outcome.Errors, outcome.Succeeded);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await OnGetAsync(ct);
        return Page();
    }
}
