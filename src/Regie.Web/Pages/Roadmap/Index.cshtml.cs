using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Exporting;
using Regie.Core.Planning;
using Regie.Data;
using Regie.Discovery.Exporting;
using Regie.Web.Features.Roadmap;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Roadmap;

/// <summary>The roadmap: the chosen moves with their status, the plan per quarter with reasons, the projection, and the exports.</summary>
[ViewableAsOf]
public sealed class IndexModel(BoardAnalysis board, RegieDbContext db, CurrentBoard current, UiText text, TimeProvider time) : PageModel
{
    public Core.Planning.Roadmap Plan { get; private set; } = null!;
    public IReadOnlyList<PlannedMoveEntity> Moves { get; private set; } = [];
    public OrganisationEntity Organisation { get; private set; } = null!;

    [TempData] public string? Message { get; set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSettingsAsync(int movesPerQuarter, string? start, string? settingsVersion, CancellationToken cancellationToken)
    {
        var saving = await RoadmapOperations.SaveSettingsAsync(db, current, movesPerQuarter, start, settingsVersion, cancellationToken);
        Errors = saving.Errors;
        if (saving.Stale)
        {
            return await StaleAsync("de instellingen van de routekaart", nameof(OrganisationEntity), current.Id, cancellationToken);
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = text["Instellingen opgeslagen."];
        return Redirect("/roadmap");
    }

    /// <summary>Changes a move's status, pin, effort or cost; validated as the API does.</summary>
    public async Task<IActionResult> OnPostMoveAsync(
        Guid moveId, MoveState status, string? pinnedPeriod, int? effortDays, decimal? oneOffCost, string? version, CancellationToken cancellationToken)
    {
        var move = await RoadmapOperations.FindMoveAsync(db, moveId, cancellationToken);
        if (move is null)
        {
            return NotFound();
        }

        var input = new MoveInput(move.ServiceId, move.AlternativeId, status, pinnedPeriod, effortDays, oneOffCost, move.Notes, version);
        // A value the form could not bind is refused before the operation sees it, so nothing is half-saved.
        var unbound = ModelState.Where(e => e.Value?.Errors.Count > 0).ToDictionary(e => e.Key, e => new[] { text["{0}: geen geldige waarde.", e.Key] });
        if (unbound.Count > 0)
        {
            Errors = await RoadmapOperations.ValidateMoveAsync(input, moveId, db, board, cancellationToken);
            foreach (var (key, messages) in unbound)
            {
                Errors[key] = messages;
            }
        }
        else
        {
            var saving = await RoadmapOperations.UpdateMoveAsync(db, board, move, input, cancellationToken);
            if (!saving.Found)
            {
                return NotFound();
            }

            Errors = saving.Errors;
            if (saving.Stale)
            {
                return await StaleAsync("deze verhuizing", nameof(PlannedMoveEntity), moveId, cancellationToken);
            }
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = text["Verhuizing bijgewerkt."];
        return Redirect("/roadmap#verhuizingen");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid moveId, string? version, CancellationToken cancellationToken)
    {
        var saving = await RoadmapOperations.DeleteMoveAsync(db, moveId, version, cancellationToken);
        if (!saving.Found)
        {
            return NotFound();
        }

        if (saving.Stale)
        {
            return await StaleAsync("deze verhuizing", nameof(PlannedMoveEntity), moveId, cancellationToken);
        }

        Message = text["Verhuizing verwijderd."];
        return Redirect("/roadmap#verhuizingen");
    }

    /// <summary>One row per move (sequenced first, then those set aside), as every list downloads (docs/EXPORTS.md).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var table = ListExports.Roadmap(Plan, text.Culture);
        return File(TableFiles.Bytes(table, ExportFormat.Csv, text.IsEnglish), TableFiles.ContentType(ExportFormat.Csv),
            table.FileName(Organisation.Name, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), text.IsEnglish, "csv"));
    }

    /// <summary>The printable "Migratieplan": steps, reasons and projections in one HTML file.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var landscape = await board.LandscapeAsync(cancellationToken);
        return File(Encoding.UTF8.GetBytes(MigrationPlan.Html(Plan, Moves, landscape.Organisation.Name, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), text)),
            "text/html; charset=utf-8", "migratieplan.html");
    }

    // Someone else saved first: the page shows what is stored now, with the message above it, and nothing of this form was saved.
    private async Task<IActionResult> StaleAsync(string what, string entity, Guid id, CancellationToken cancellationToken)
    {
        Errors = new() { ["version"] = [await EditVersion.StaleMessageAsync(db, text, what, entity, id.ToString(), cancellationToken)] };
        board.Invalidate();
        await LoadAsync(cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    /// <summary>The version a move's forms carry, so that a save over someone else's change is refused.</summary>
    public static string VersionOf(PlannedMoveEntity move) => RoadmapOperations.VersionOf(move);

    /// <summary>The version the settings form carries.</summary>
    public string SettingsVersion => RoadmapOperations.SettingsVersionOf(Organisation);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var plan = await RoadmapOperations.RoadmapAsync(db, board, current, time, cancellationToken);
        (Plan, Moves, Organisation) = (plan.Roadmap, plan.Moves, plan.Organisation);
    }

    public RoadmapStep? StepOf(PlannedMoveEntity move) => Plan.StepFor(move.Id);

    public string ServiceName(PlannedMoveEntity move) =>
        Plan.StepFor(move.Id)?.ServiceName ?? Plan.SetAside.FirstOrDefault(s => s.Move.Id == move.Id)?.ServiceName ?? "?";

    public string TargetName(PlannedMoveEntity move) =>
        Plan.StepFor(move.Id)?.Target.NameIn(text.Language) ?? Plan.SetAside.FirstOrDefault(s => s.Move.Id == move.Id)?.Target.NameIn(text.Language) ?? move.AlternativeId;

    public string ChartJson
    {
        get
        {
            var points = new[] { (Label: text["Nu"], P: Plan.Before) }.Concat(Plan.Quarters.Select(q => (Label: q.Quarter.ToString(), P: q.After))).ToList();
            return JsonSerializer.Serialize(new
            {
                labels = points.Select(p => p.Label),
                score = new { name = text["Gemiddelde score"], values = points.Select(p => Math.Round(p.P.MeanScore, 1)) },
                optimistic = new { name = text["Gemiddelde score (optimistisch)"], values = points.Select(p => Math.Round(p.P.MeanOptimisticScore, 1)) },
                seal = Enumerable.Range(0, 5).Select(level => new { name = UiText.Seal(level), values = points.Select(p => p.P.SealCounts[level]) }),
                parent = new { name = text["Concentratie moederbedrijven (HHI)"], values = points.Select(p => Math.Round(p.P.ParentHhi)) },
                provider = new { name = text["Concentratie hostingpartijen (HHI)"], values = points.Select(p => Math.Round(p.P.ProviderHhi)) },
                axes = new { score = text["Score"], services = text["diensten"], hhi = "HHI" },
            });
        }
    }
}
