using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.PublicValues;
using Regie.Data;
using Regie.Web.Features.PublicValues;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Values;

/// <summary>Two or more assessments side by side: per value the means, the weighted totals, the unknown share, and apart from them the sovereignty.</summary>
public sealed class CompareModel(BoardAnalysis board, RegieDbContext db) : PageModel
{
    public ValuesComparison? Comparison { get; private set; }

    public IReadOnlyList<LoadedAssessment> Options { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync([FromQuery] string[]? ids, CancellationToken ct)
    {
        var parsed = PublicValuesOperations.ParseIds(ids ?? []).Where(g => g != Guid.Empty).ToList();
        (Comparison, Options, Error) = await PublicValuesOperations.CompareAsync(db, board, parsed, ct);
    }
}
