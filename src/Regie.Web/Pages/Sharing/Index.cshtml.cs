using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Sharing;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Sharing;

/// <summary>The board administrator's choice to share the board's landscape with the sector (issue 15 point 3): off by default, revocable.</summary>
[Authorize(Policy = Policies.BoardAdministrator)]
public sealed class IndexModel(RegieDbContext db, CurrentBoard board, TimeProvider time, SharedSector sector) : PageModel
{
    [BindProperty] public bool SharesWithSector { get; set; }
    [BindProperty] public string? RegisterBoardNumber { get; set; }
    [BindProperty] public string? Province { get; set; }

    public SharingDto Current { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }
    public int K => sector.Rule.K;
    public int PeriodDays => sector.Releases.PeriodDays;

    public void OnGet(bool saved = false)
    {
        Current = SharingOperations.Of(board.Organisation!);
        (SharesWithSector, RegisterBoardNumber, Province, Saved) = (Current.SharesWithSector, Current.RegisterBoardNumber, Current.Province, saved);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = await SharingOperations.SetAsync(db, board, time, new SharingInput(SharesWithSector, RegisterBoardNumber, Province), ct);
        if (errors.Count == 0)
        {
            return RedirectToPage(new { saved = true });
        }

        Errors = [.. errors.Values.SelectMany(e => e)];
        Current = SharingOperations.Of(board.Organisation!);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
