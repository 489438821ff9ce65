using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Features.Shared;
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

    /// <summary>Per vendor of a sector answer the version of its recorded answers, which the accept form carries.</summary>
    public IReadOnlyDictionary<string, string> Versions { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Vendors = await QuestionnaireOperations.AllAsync(db, board, time, ct);
        SectorAnswers = await SectorAnswerOperations.RelevantAsync(db, board, time, ct);
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var vendor in SectorAnswers.Select(a => a.Relevant.Answer.VendorId).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            versions[vendor] = await QuestionnaireOperations.VersionAsync(db, vendor, ct);
        }

        Versions = versions;
    }

    /// <summary>An editor takes a sector answer into the board's own answers, while the vendor's answers are as the page showed them.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(Guid id, string? version, CancellationToken ct)
    {
        var saving = await SectorAnswerOperations.AcceptAsync(db, board, current, id, time, string.IsNullOrWhiteSpace(version) ? null : version, ct);
        if (saving is { Stale: true })
        {
            Errors = [await EditVersion.StaleMessageAsync(db, text, "de antwoorden van deze leverancier", nameof(VendorAnswerEntity), (IReadOnlyCollection<string>?)null, ct)];
            Response.StatusCode = StatusCodes.Status409Conflict;
            board.Invalidate();
            await OnGetAsync(ct);
            return Page();
        }

        var result = saving?.Result;
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
