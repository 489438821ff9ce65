using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Features.Sharing;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Questionnaires;

/// <summary>Every vendor of the board with the questions still open for it: where to start asking. Also the answers the sector already received.</summary>
public sealed class IndexModel(BoardAnalysis board, RegieDbContext db, TimeProvider time, CurrentBoard current, UiText text) : PageModel
{
    public IReadOnlyList<VendorQuestions> Vendors { get; private set; } = [];

    /// <summary>Vendor answers received at sector level that concern this board (issue 15 point 6), with their provenance.</summary>
    public IReadOnlyList<(Guid Id, RelevantAnswer Relevant)> SectorAnswers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Vendors = await QuestionnaireOperations.AllAsync(db, board, time, ct);
        SectorAnswers = await SectorAnswerOperations.RelevantAsync(db, board, time, ct);
    }

    /// <summary>An editor takes a sector answer into the board's own answers.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct)
    {
        var result = await SectorAnswerOperations.AcceptAsync(db, board, current, id, time, ct);
        if (result is { Succeeded: true })
        {
            return RedirectToPage();
        }

        Errors = result is null ? [text["Dit antwoord betreft dit bestuur niet (meer)."]] : [.. result.Errors.Select(e => QuestionnaireOperations.ErrorText(e, text))];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        board.Invalidate();
        await OnGetAsync(ct);
        return Page();
    }

    public static int Count(VendorQuestions vendor, QuestionStatus status) => vendor.Questions.Count(q => q.Status == status);
}
