using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Account;

/// <summary>Your API tokens: make one for the current board, or a sector analyst's sector token (shown once), see when each expires, revoke one.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TokensModel(RegieDbContext db, CurrentBoard board, TimeProvider time) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public BoardRole Role { get; set; } = BoardRole.Reader;
    [BindProperty] public int Days { get; set; } = 90;
    [BindProperty] public ApiTokenScope Scope { get; set; } = ApiTokenScope.Board;

    public List<TokenDto> Tokens { get; private set; } = [];
    public NewTokenDto? Made { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await AccountOperations.TokensAsync(db, board, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var role = Scope == ApiTokenScope.SectorAggregates ? BoardRole.None : Role;
        var (outcome, token) = await AccountOperations.CreateTokenAsync(db, board, Name, role, Days, time, ct, Scope);
        (Made, Errors) = (token, outcome.Errors);
        if (token is not null)
        {
            SecurityEvents.TokenCreated(HttpContext, token.Id, token.OrganisationId, token.Role.ToString(), token.ExpiresAt, token.Scope);
        }

        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (await AccountOperations.RevokeTokenAsync(db, board, id, time, ct))
        {
            SecurityEvents.TokenRevoked(HttpContext, id);
        }

        return RedirectToPage();
    }
}
