using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.PublicValues;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Values;

/// <summary>The board's weight per public value: 0 leaves a value out of every total, the model's default otherwise.</summary>
public sealed class WeightsModel(BoardAnalysis board, RegieDbContext db, UiText text) : PageModel
{
    public WeightsDto Current { get; private set; } = null!;

    /// <summary>Weights as typed (Dutch decimal comma or a point), by value id.</summary>
    [BindProperty] public Dictionary<string, string> Weights { get; set; } = [];

    [BindProperty] public string? Version { get; set; }

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await PublicValuesOperations.WeightsDtoAsync(db, board, text.Language, ct);
        Weights = Current.Weights.ToDictionary(w => w.ValueId, w => w.Weight.ToString("0.##", text.Culture));
        Version = Current.Version;
    }

    // The same operation as PUT /api/v1/values/weights.
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parsed = new Dictionary<string, double>();
        foreach (var (valueId, typed) in Weights)
        {
            var normalised = (typed ?? "").Trim().Replace(',', '.');
            if (!double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                ModelState.AddModelError("", text["Gewicht van {0}: '{1}' is geen getal.", valueId, typed]);
                continue;
            }

            parsed[valueId] = weight;
        }

        if (ModelState.ErrorCount == 0)
        {
            var saving = await PublicValuesOperations.SaveWeightsAsync(db, board.Knowledge.PublicValues, new WeightsInput(parsed), Version, ct);
            if (saving.Stale)
            {
                ModelState.AddModelError("", text["Iemand anders heeft de gewichten opgeslagen nadat u het formulier opende. Uw wijzigingen zijn niet opgeslagen: hieronder staan de huidige gewichten."]);
                await OnGetAsync(ct);
                var page = Page();
                page.StatusCode = StatusCodes.Status409Conflict;
                return page;
            }

            foreach (var (_, messages) in saving.Errors)
            {
                ModelState.AddModelError("", text[messages[0]]);
            }

            if (saving.Saved)
            {
                Message = text["De gewichten zijn opgeslagen."];
                return Redirect("/values/weights");
            }
        }

        Current = await PublicValuesOperations.WeightsDtoAsync(db, board, text.Language, ct);
        return Page();
    }
}
