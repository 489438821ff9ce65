using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages;

/// <summary>The dashboard: the board's overall picture, each figure linked to where it is explained.</summary>
[ViewableAsOf]
public sealed class IndexModel(BoardAnalysis board, UiText text, Regie.Data.RegieDbContext db, CurrentBoard current, TimeProvider time,
    Features.Sharing.SharedSector sector) : PageModel
{
    /// <summary>The board beside the sector's sharing boards; null when fewer than k share (or the page shows a snapshot).</summary>
    public Features.Sharing.SectorBenchmarkView? SectorBenchmark { get; private set; }

    public BoardLandscape Landscape { get; private set; } = null!;
    public BoardAssessment Assessment { get; private set; } = null!;
    public BoardVerdict Verdict { get; private set; } = null!;
    public GraphAnalysis Graph { get; private set; } = null!;

    /// <summary>Services per 10-point score bin: 0–9, 10–19, …, 90–100.</summary>
    public int[] ScoreBins { get; } = new int[10];

    public int[] SealCounts { get; } = new int[5];

    // Sorted only when the page's body is rendered, not on the views that take it as kept (<analysis-fragment>).
    public IReadOnlyList<ServiceAssessment> Failing => failing ??=
        [.. Assessment.Services.Where(s => s.Policy.Applies && !s.Policy.Passes).OrderBy(s => s.Sovereignty.Score).ThenBy(s => s.Service.Name)];

    public IReadOnlyList<ServiceAssessment> MostUrgent => mostUrgent ??= [.. Assessment.ByUrgency().Take(10)];

    private IReadOnlyList<ServiceAssessment>? failing;
    private IReadOnlyList<ServiceAssessment>? mostUrgent;
    public double AverageScore { get; private set; }
    public double AverageOptimisticScore { get; private set; }


    // The dashboard summarises: a cause shows its first held services with their reasons and links to the full list, so the
    // page stays small for a board of hundreds of services (it was 250 kB for 200, most of it the same reasons repeated).
    public const int HeldShown = 5;
    public const int FailingShown = 10;

    /// <summary>The distinct reasons a cause holds its services back, each with the number of held services it applies to, most first.</summary>
    public static IEnumerable<(string Reason, int Services)> ReasonsOf(RootCauseResult cause, UiText text) =>
        cause.Held.SelectMany(h => h.Shortfalls.Select(s => text.Why(s.Why)).Distinct())
            .GroupBy(reason => reason).Select(g => (g.Key, g.Count())).OrderByDescending(r => r.Item2);

    public static string BinLabel(int bin) => bin == 9 ? "90–100" : $"{bin * 10}–{bin * 10 + 9}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Landscape = await board.LandscapeAsync(cancellationToken);
        Assessment = await board.AssessmentAsync(cancellationToken);
        Graph = await board.GraphAsync(cancellationToken);
        Verdict = await board.VerdictAsync(cancellationToken);
        // Opening the board keeps today's snapshot when it changed since the last (docs/HISTORY.md); asked once per analysis,
        // as only a change of the board, the knowledge or the day can make a new one due.
        await board.OncePerVersionAsync("daily-snapshot",
            () => Features.History.HistoryOperations.KeepDailyAsync(db, current, board, time, cancellationToken), cancellationToken);
        foreach (var s in Assessment.Services)
        {
            ScoreBins[Math.Min(9, s.Sovereignty.RoundedScore / 10)]++;
            SealCounts[Math.Clamp(s.Sovereignty.Seal, 0, 4)]++;
        }

        AverageScore = Assessment.Services.Count == 0 ? 0 : Assessment.Services.Average(s => s.Sovereignty.Score);
        AverageOptimisticScore = Assessment.Services.Count == 0 ? 0 : Assessment.Services.Average(s => s.Sovereignty.OptimisticScore);
        if (!board.IsAsOf)
        {
            SectorBenchmark = await Features.Sharing.SectorBenchmarkView.ForAsync(sector, db, Landscape, current.Organisation!, Assessment, Graph, cancellationToken);
        }
    }

    /// <summary>The charts' data, rendered into the page as JSON so the charts need no second request.</summary>
    public string ChartJson() =>
        JsonSerializer.Serialize(new
        {
            Scores = new
            {
                Labels = Enumerable.Range(0, 10).Select(BinLabel),
                Counts = ScoreBins,
                Links = Enumerable.Range(0, 10).Select(b => $"/services?scoreMin={b * 10}&scoreMax={(b == 9 ? 100 : b * 10 + 9)}"),
                Title = text["Verdeling van de scores"],
                Axis = text["diensten"],
            },
            Seal = new
            {
                Labels = Enumerable.Range(0, 5).Select(UiText.Seal),
                Counts = SealCounts,
                Links = Enumerable.Range(0, 5).Select(l => $"/services?seal={l}"),
                Title = text["Aantal diensten per SEAL-niveau"],
            },
            Concentration = Series(Graph.ByParent.Take(10)),
            Providers = Series(Graph.ByProvider.Take(10)),
        }, JsonSerializerOptions.Web);

    /// <summary>Where the "begin hier" action is done.</summary>
    public static string BeginLink(BeginHere start) => start.Action switch
    {
        StartAction.RegisterServices => "/import",
        StartAction.MarkEssentialProcesses => "/processes",
        StartAction.AskVendor => VerdictLinks.Questionnaire(start.VendorId!),
        StartAction.RecordArrangements => $"/services/{start.ServiceId}/edit",
        _ => $"/services/{start.ServiceId}/alternatives",
    };

    public string BeginLabel(BeginHere start) => start.Action switch
    {
        StartAction.RegisterServices => text["Registreer of importeer de diensten van het bestuur"],
        StartAction.MarkEssentialProcesses => text["Wijs de essentiële processen aan"],
        StartAction.AskVendor => text["Stuur {0} de vragenlijst", start.Name],
        StartAction.RecordArrangements => text["Leg de afspraken vast, te beginnen bij {0}", start.Name],
        StartAction.ReviewDependency => text["Bekijk de alternatieven voor {0}", start.Name],
        _ => text["Bekijk de alternatieven voor {0}", start.Name],
    };

    private object Series(IEnumerable<Concentration> items)
    {
        var list = items.ToList();
        return new
        {
            Names = list.Select(c => c.Name.In(text.Language)),
            Anchors = list.Select(c => "conc-" + c.EntityId.Replace(':', '-')),
            Series = new[]
            {
                new { Name = text["Kritieke processen"], Values = list.Select(c => Math.Round(c.ProcessShare * 100)) },
                new { Name = text["leerlingen"], Values = list.Select(c => Math.Round(c.PupilShare * 100)) },
                new { Name = text["Diensten"], Values = list.Select(c => Math.Round(c.ServiceShare * 100)) },
            },
        };
    }
}
