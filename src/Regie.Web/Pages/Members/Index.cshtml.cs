using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Members;

/// <summary>The current board's members: its administrators give an existing user a role, change it or take it away.</summary>
[Authorize(Policy = Policies.BoardAdministrator)]
public sealed class IndexModel(RegieDbContext db, CurrentBoard board) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public BoardRole Role { get; set; } = BoardRole.Reader;

    public List<MemberDto> Members { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Members = await AccountOperations.MembersAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await AccountOperations.SetMemberAsync(db, board, Email, Role, ct);
        if (outcome.Succeeded)
        {
            SecurityEvents.RoleChanged(HttpContext, Email, Role.ToString());
            return RedirectToPage();
        }

        Errors = outcome.Errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync(ct);
        return Page();
    }
}
