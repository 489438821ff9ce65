using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>Your own password: the current one and a new one twice. Your other sessions end; this one goes on.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PasswordModel(SignInManager<RegieUser> signIn, CurrentBoard board) : PageModel
{
    [BindProperty] public string? Current { get; set; }
    [BindProperty] public string? New { get; set; }
    [BindProperty] public string? Repeated { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Changed { get; private set; }

    public void OnGet(bool changed = false) => Changed = changed;

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await OwnSessions.ChangePasswordAsync(signIn, board, Current, New, Repeated);
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { changed = true });
        }

        Errors = outcome.Errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
