using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Priorities;
using Regie.Web.Features.Services;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Priorities;

/// <summary>"Where do we start?": services by urgency, the quadrant of exposure against mitigation, and the checklist per service.</summary>
[ViewableAsOf]
public sealed class IndexModel(BoardAnalysis board, RegieDbContext db, UiText text) : PageModel
{
    /// <summary>Every service by urgency (the cards and the quadrant show them all); the table shows <see cref="Shown"/>.</summary>
    public IReadOnlyList<ServiceAssessment> Ranked { get; private set; } = [];
    public Page<ServiceAssessment> Shown { get; private set; } = null!;
    public PagerView Pager { get; private set; } = null!;

    // Razor Pages keeps "page" as a route value (the page's path): the number is read from the query string itself.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; set; }
    public UrgencySettings Settings => board.Knowledge.Model.Urgency;

    [TempData] public string? Message { get; set; }

    /// <summary>The service whose checklist failed validation, shown open with its messages.</summary>
    public Guid? Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Stores the six mitigation checks of one service (audited by the DbContext) and returns to its row.</summary>
    public async Task<IActionResult> OnPostMitigationAsync(Guid serviceId, string? version, CancellationToken cancellationToken)
    {
        var input = new MitigationInput();
        foreach (var field in MitigationChecks.All)
        {
            var raw = Request.Form[field.Id].ToString();
            if (Enum.TryParse<Check>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                field.Set(input, value);
            }
            else
            {
                ModelState.AddModelError(field.Id, text["{0}: kies ja, deels, nee of onbekend.", text[field.Label]]);
            }
        }

        var saving = ModelState.IsValid
            ? await MitigationOperations.SaveAsync(db, new ServiceId(serviceId), input, version, cancellationToken)
            : new MitigationSaving(await db.Services.AnyAsync(s => s.Id == serviceId, cancellationToken), []);
        if (!saving.Found)
        {
            return NotFound();
        }

        if (saving.Stale)
        {
            // The row opens with the stored checks (the page reads the board again) and the message beside them.
            Failed = serviceId;
            ModelState.AddModelError("version", await EditVersion.StaleMessageAsync(
                db, text, "de beheersmaatregelen van deze dienst", nameof(ServiceEntity), serviceId.ToString(), cancellationToken));
            await LoadAsync(cancellationToken);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        if (!ModelState.IsValid || saving.Errors.Count > 0)
        {
            Failed = serviceId;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var name = await db.Services.Where(s => s.Id == serviceId).Select(s => s.Name).SingleAsync(cancellationToken);
        Message = text["Beheersmaatregelen van {0} opgeslagen.", name];
        // Back to the page that holds its row, at its new rank.
        board.Invalidate();
        await LoadAsync(cancellationToken);
        return Redirect(RowLink(serviceId));
    }

    /// <summary>The stored checks' version per service, which each row's form carries back (a stale save is refused).</summary>
    public IReadOnlyDictionary<Guid, string> Versions { get; private set; } = new Dictionary<Guid, string>();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = await MitigationOperations.KeptVersionsAsync(board, db, cancellationToken);
        Ranked = await board.RankedAsync(cancellationToken);
        Shown = Paging.From(PageNumber, PageSize, Paging.PageDefault).Of(Ranked);
        Pager = PagerView.For(Shown, Request);
    }

    /// <summary>The row of a service, on the page that holds it.</summary>
    public string RowLink(Guid serviceId) => RowLink(serviceId, Ranked.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Service.Id.Value == serviceId).i);

    private string RowLink(Guid serviceId, int rank)
    {
        var page = rank / Shown.Size + 1;
        var query = (page, Shown.Size) switch
        {
            (1, Paging.PageDefault) => "",
            (_, Paging.PageDefault) => $"?page={page}",
            _ => $"?page={page}&pageSize={Shown.Size}",
        };
        return $"/priorities{query}#svc-{serviceId}";
    }

    /// <summary>The horizontal axis of the quadrant, as the core computes it: exposure weighted by criticality (K / 5).</summary>
    public static double ExposureAxis(ServiceAssessment a) => a.Risk.Exposure * a.Criticality.Value / 5;

    public string ChartJson => JsonSerializer.Serialize(new
    {
        x = text["Blootstelling (gewogen met kritikaliteit)"],
        y = text["Beheersing (beheersmaatregelen)"],
        quadrants = new[] { text.Band("kritiek"), text["beheersbaar"], text["aandacht"], text["optimaal"] },
        points = Ranked.Select((a, i) => new
        {
            name = a.Service.Name,
            x = Math.Round(ExposureAxis(a), 3),
            y = Math.Round(a.Risk.Mitigation, 3),
            band = a.Urgency.Band,
            bandText = text.Band(a.Urgency.Band),
            urgency = Math.Round(a.Urgency.Value, 1),
            rank = i + 1,
            anchor = $"svc-{a.Service.Id}",
            page = RowLink(a.Service.Id.Value, i),
        }),
    });
}
