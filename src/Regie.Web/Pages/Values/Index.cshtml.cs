using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.PublicValues;
using Regie.Data;
using Regie.Web.Features.PublicValues;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Values;

/// <summary>The board's public-values assessments, a form for a new one, and the choice of two or more to compare.</summary>
public sealed class IndexModel(BoardAnalysis board, RegieDbContext db, TimeProvider time, UiText text) : PageModel
{
    public IReadOnlyList<LoadedAssessment> Assessments { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Services { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Alternatives { get; private set; } = [];

    [BindProperty] public string Kind { get; set; } = "service";

    [BindProperty] public string? ServiceId { get; set; }

    [BindProperty] public string? AlternativeId { get; set; }

    [BindProperty] public string? FacilityName { get; set; }

    /// <summary>From a service's page: its assessment when there is one, else the form with the service chosen.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? service, CancellationToken ct)
    {
        if (service is { } id)
        {
            var key = id.ToString();
            var existing = await db.ValueAssessments.AsNoTracking()
                .Where(a => a.SubjectKind == SubjectKind.Service && a.SubjectKey == key).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            if (existing is { } found)
            {
                return Redirect($"/values/{found}");
            }

            (Kind, ServiceId) = ("service", key);
        }

        await LoadAsync(ct);
        return Page();
    }

    // The same operation as POST /api/v1/values/assessments.
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = Kind switch
        {
            "service" => new NewAssessmentInput(Kind, ServiceId, null),
            "alternative" => new NewAssessmentInput(Kind, AlternativeId, null),
            _ => new NewAssessmentInput(Kind, null, FacilityName),
        };
        var saving = await PublicValuesOperations.CreateAsync(db, board, input, time.GetUtcNow(), ct);
        if (!saving.Saved)
        {
            foreach (var (field, messages) in saving.Errors)
            {
                ModelState.AddModelError(field switch { "name" => nameof(FacilityName), "key" => Kind == "alternative" ? nameof(AlternativeId) : nameof(ServiceId), _ => nameof(Kind) }, text[messages[0]]);
            }

            await LoadAsync(ct);
            return Page();
        }

        return Redirect($"/values/{saving.Id}");
    }

    public string KindName(SubjectKind kind) => kind switch
    {
        SubjectKind.Service => text["Dienst"],
        SubjectKind.Alternative => text["Alternatief uit de catalogus"],
        _ => text["Publieke voorziening"],
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Assessments = await PublicValuesOperations.ListAsync(db, board, ct);
        var landscape = await board.LandscapeAsync(ct);
        Services = [.. landscape.Services.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).Select(s => (s.Id.Value, s.Name))];
        Alternatives = [.. (await board.CatalogAsync(ct)).Alternatives.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).Select(a => (a.Id, a.Name))];
    }
}
