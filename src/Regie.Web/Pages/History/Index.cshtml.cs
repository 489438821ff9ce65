using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Reporting;
using Regie.Web.Features.History;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.History;

/// <summary>The board's history: trend charts over its snapshots, the list of snapshots, "vastleggen" and the way to compare two dates.</summary>
public sealed class IndexModel(RegieDbContext db, CurrentBoard board, BoardAnalysis analysis, UiText text, TimeProvider time) : PageModel
{
    public IReadOnlyList<SnapshotInfo> Snapshots { get; private set; } = [];

    /// <summary>The trend charts as SVG, drawn by <see cref="SvgChart"/> (every label encoded).</summary>
    public IReadOnlyList<string> Charts { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    public string? Problem { get; private set; }

    [BindProperty] public string? Label { get; set; }

    /// <summary>How many days the trend charts have a point for; with one, each line is a lone dot and the page says so.</summary>
    public int Days { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        var (snapshot, problem) = await HistoryOperations.RecordAsync(db, analysis, Label, time, ct);
        if (snapshot is null)
        {
            Problem = problem;
            await LoadAsync(ct);
            return Page();
        }

        Message = text["Momentopname van {0} vastgelegd.", snapshot.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await HistoryOperations.KeepDailyAsync(db, board, analysis, time, ct);
        Snapshots = await db.ListSnapshotsAsync(board.Id, ct);
        // One point per day: the day's recorded snapshot when there is one, else its daily one.
        var days = Snapshots.GroupBy(s => s.Date).Select(g => g.OrderByDescending(s => s.Kind == Core.History.SnapshotKind.Recorded).ThenByDescending(s => s.TakenAt).First()).ToList();
        Days = days.Count;
        var labels = days.Select(s => s.Date.ToString("d MMM", text.Culture)).ToList();
        var culture = text.Culture;
        IReadOnlyList<double> Of(Func<SnapshotInfo, double> value) => [.. days.Select(value)];
        Charts = days.Count == 0 ? [] :
        [
            SvgChart.Lines(text["Gemiddelde score"], labels,
                [(text["Bewezen"], Of(s => s.Figures.Report.AverageScore)), (text["Optimistisch"], Of(s => s.Figures.Report.AverageOptimisticScore))], culture, max: 100),
            SvgChart.Lines(text["Diensten per SEAL-niveau (bewezen)"], labels,
                [.. Enumerable.Range(0, 5).Select(l => (UiText.Seal(l), Of(s => s.Figures.Report.ProvenSeals.ElementAtOrDefault(l))))], culture),
            SvgChart.Lines(text["Diensten per SEAL-niveau (optimistisch)"], labels,
                [.. Enumerable.Range(0, 5).Select(l => (UiText.Seal(l), Of(s => s.Figures.OptimisticSeals.ElementAtOrDefault(l))))], culture),
            SvgChart.Lines(text["Op diensten onder buitenlands recht"], labels,
                [(text["Leerlingen"], Of(s => 100 * s.Figures.PupilShareUnderForeignLaw)), (text["Kritieke processen"], Of(s => 100 * s.Figures.CriticalProcessShareUnderForeignLaw))], culture, max: 100, unit: "%"),
            SvgChart.Lines(text["Concentratie (HHI)"], labels,
                [(text["Moederbedrijven"], Of(s => s.Figures.ParentHhi)), (text["Hostingpartijen"], Of(s => s.Figures.ProviderHhi))], culture, max: 10000),
            SvgChart.Lines(text["Onbekende antwoorden en voortgang van de routekaart"], labels,
                [(text["Onbekende antwoorden"], Of(s => 100 * s.Figures.UnknownShare)), (text["Routekaart klaar"], Of(s => 100 * s.Figures.Roadmap.DoneShare))], culture, max: 100, unit: "%"),
        ];
    }
}
