using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Scenarios;
using Regie.Web.Features.Scenarios;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Scenarios;

/// <summary>/scenarios: choose a scenario and see what it takes down and why; below, the sweep of every party and country ranked by harm.</summary>
[ViewableAsOf]
public sealed class IndexModel(BoardAnalysis board) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public double? Percent { get; set; }

    public IReadOnlyList<ScenarioTarget> Targets { get; private set; } = [];

    public ScenarioResult? Result { get; private set; }

    public Sweep Sweep { get; private set; } = new([], new SweepNotRun());

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public IReadOnlyDictionary<string, Regie.Core.Landscape.Process> Processes { get; private set; } = new Dictionary<string, Regie.Core.Landscape.Process>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var prepared = await ScenarioOperations.PrepareAsync(board, cancellationToken);
        Processes = prepared.Landscape.Processes.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Targets = prepared.Targets;
        Sweep = prepared.RunSweep();
        if (Kind is null && Target is null)
        {
            return;
        }

        var (scenario, errors) = new ScenarioRequest(Kind, Target, Percent).Parse(prepared);
        Errors = errors;
        if (scenario is not null)
        {
            Result = prepared.Run(scenario);
            Target = scenario.Target.Key;
        }
    }

    public string KindKey => Scenario.TryParseKind(Kind, out var k) ? Scenario.KindKey(k) : "unavailable";

    public static string RunLink(ScenarioTarget target) => $"/scenarios?kind=unavailable&target={Uri.EscapeDataString(target.Key)}#uitkomst";

    /// <summary>The allowed scenario kinds per target kind, for scenarios.js to narrow the target list.</summary>
    public static string KindsOf(TargetKind kind) =>
        string.Join(' ', Enum.GetValues<ScenarioKind>().Where(k => Scenario.TargetKindsOf(k).Contains(kind)).Select(Scenario.KindKey));
}
