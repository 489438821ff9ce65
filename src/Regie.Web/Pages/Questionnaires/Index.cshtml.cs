using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Questionnaires;

/// <summary>Every vendor of the board with the questions still open for it: where to start asking.</summary>
public sealed class IndexModel(BoardAnalysis board, RegieDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<VendorQuestions> Vendors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Vendors = await QuestionnaireOperations.AllAsync(db, board, time, ct);

    public static int Count(VendorQuestions vendor, QuestionStatus status) => vendor.Questions.Count(q => q.Status == status);
}
