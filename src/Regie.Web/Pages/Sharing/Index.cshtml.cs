using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Features.Sharing;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Sharing;

/// <summary>The board administrator's choice to share the board's landscape with the sector (issue 15 point 3): off by default, revocable.</summary>
[Authorize(Policy = Policies.BoardAdministrator)]
public sealed class IndexModel(RegieDbContext db, CurrentBoard board, TimeProvider time, SharedSector sector, UiText text) : PageModel
{
    [BindProperty] public bool SharesWithSector { get; set; }
    [BindProperty] public string? RegisterBoardNumber { get; set; }
    [BindProperty] public string? Province { get; set; }
    [BindProperty] public bool SharesVendorAnswers { get; set; }

    public SharingDto Current { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }
    public int K => sector.Rule.K;
    public int PeriodDays => sector.Releases.PeriodDays;

    /// <summary>The version of the settings the form was opened with: a change over someone else's is refused.</summary>
    [BindProperty] public string? Version { get; set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Current = await SharingOperations.CurrentAsync(db, board, ct);
        (SharesWithSector, SharesVendorAnswers, RegisterBoardNumber, Province, Version, Saved) =
            (Current.SharesWithSector, Current.SharesVendorAnswers, Current.RegisterBoardNumber, Current.Province, Current.Version, saved);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saving = await SharingOperations.SetAsync(db, board, time, new SharingInput(SharesWithSector, RegisterBoardNumber, Province, Version, SharesVendorAnswers), ct);
        if (saving.Stale)
        {
            // The form shows the stored settings and their version, with the message above them; nothing of this form was saved.
            await OnGetAsync(false, ct);
            ModelState.Clear();
            Errors = [await EditVersion.StaleMessageAsync(db, text, "het delen met de sector", nameof(OrganisationEntity), board.Id.ToString(), ct)];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (saving.Errors.Count == 0)
        {
            return RedirectToPage(new { saved = true });
        }

        Errors = [.. saving.Errors.Values.SelectMany(e => e)];
        Current = await SharingOperations.CurrentAsync(db, board, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
