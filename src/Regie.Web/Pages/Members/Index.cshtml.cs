using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Members;

/// <summary>The current board's members: its administrators give an existing user a role, change it or take it away.</summary>
[Authorize(Policy = Policies.BoardAdministrator)]
public sealed class IndexModel(RegieDbContext db, CurrentBoard board, UiText text) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public BoardRole Role { get; set; } = BoardRole.Reader;

    /// <summary>The version of the members the form was opened with: a change over someone else's is refused.</summary>
    [BindProperty] public string? MembersVersion { get; set; }

    public List<MemberDto> Members { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Members = await AccountOperations.MembersAsync(db, ct);
        MembersVersion = await AccountOperations.MembersVersionAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await AccountOperations.SetMemberAsync(db, board, Email, Role, MembersVersion, ct);
        if (outcome.Succeeded)
        {
            SecurityEvents.RoleChanged(HttpContext, Email, Role.ToString());
            return RedirectToPage();
        }

        if (outcome.Stale)
        {
            // The table shows the members as they are now and the form their version, the message above; nothing was saved.
            ModelState.Remove(nameof(MembersVersion));
            Errors = [await EditVersion.StaleMessageAsync(db, text, "de ledenlijst", nameof(BoardMembershipEntity), entityIds: null, ct)];
            Response.StatusCode = StatusCodes.Status409Conflict;
            await OnGetAsync(ct);
            return Page();
        }

        Errors = outcome.Errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Members = await AccountOperations.MembersAsync(db, ct);
        return Page();
    }
}
