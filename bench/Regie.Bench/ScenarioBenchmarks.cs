using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Regie.Core.Demo;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;

namespace Regie.Bench;

/// <summary>
/// Scenarios: one scenario for one board (the demo board and a synthetic board of 200 services), against resolving the
/// board's facts (the least any analysis does) and scoring it; the sweep of one board against running each of its
/// scenarios in full; and the sweep of every provider, company and country over the synthetic sector of 1,600 boards.
/// Every figure includes preparing the board, as a request or a CLI run would.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GcModes))]
public class ScenarioBenchmarks
{
    private RegieKnowledge knowledge = null!;
    private BoardLandscape demo = null!;
    private BoardLandscape board = null!;
    private IReadOnlyList<BoardLandscape> sector = null!;

    /// <summary>Services per board in the sector: 60 (the demo board has 40) and 125 (≈200,000 service usages).</summary>
    [Params(60, 125)]
    public int ServicesPerBoard { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        knowledge = KnowledgeLoader.Load(DataFolder.Locate());
        demo = DemoBoard.Create(knowledge);
        board = SyntheticSector.Create(knowledge, 1, 200, seed: 7)[0];
        sector = SyntheticSector.Create(knowledge, 1600, ServicesPerBoard);
    }

    private ScenarioResult MicrosoftFallsAway(BoardLandscape landscape)
    {
        var prepared = ScenarioBoard.Prepare(landscape, knowledge);
        return prepared.Run(new Scenario(ScenarioKind.Unavailable, prepared.FindTarget(ScenarioKind.Unavailable, "microsoft")!));
    }

    /// <summary>Baseline: resolving every service's facts of the 200-service board.</summary>
    [Benchmark(Baseline = true)]
    public int ResolveOnlyBoard200() => board.Services.Count(s => ResolvedService.Resolve(s, knowledge.Catalog).VendorChain.ReachesUltimateParent);

    [Benchmark]
    public int AssessBoard200() => BoardAssessor.Assess(board, knowledge).Services.Count;

    [Benchmark]
    public int OneScenarioDemoBoard() => MicrosoftFallsAway(demo).Down.Count;

    [Benchmark]
    public int OneScenarioBoard200() => MicrosoftFallsAway(board).Down.Count;

    /// <summary>The naive sweep of one board: every target run in full, paths and all.</summary>
    [Benchmark]
    public int SweepBoard200EachScenarioInFull()
    {
        var prepared = ScenarioBoard.Prepare(board, knowledge);
        return prepared.TargetsFor(ScenarioKind.Unavailable).Sum(t => prepared.Run(new Scenario(ScenarioKind.Unavailable, t)).Down.Count);
    }

    [Benchmark]
    public int SweepBoard200() => ScenarioBoard.Prepare(board, knowledge).RunSweep().Rows.Count;

    /// <summary>Every provider, company and country of every board in the sector, ranked per board.</summary>
    [Benchmark]
    public int SweepSector()
    {
        var total = 0;
        Parallel.ForEach(sector, () => 0, (b, _, sum) => sum + ScenarioBoard.Prepare(b, knowledge).RunSweep().Rows.Count, sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary>Both collectors, as in <see cref="AnalysisBenchmarks"/>: the CLI runs with the workstation GC, the web app with the server GC.</summary>
    private sealed class GcModes : ManualConfig
    {
        public GcModes()
        {
            AddJob(Job.ShortRun.WithGcServer(false).WithId("WorkstationGC"));
            AddJob(Job.ShortRun.WithGcServer(true).WithId("ServerGC"));
        }
    }
}
