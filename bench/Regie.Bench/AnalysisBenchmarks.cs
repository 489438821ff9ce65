using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Bench;

/// <summary>Score plus graph analysis: one board of 200 services, and a synthetic sector of 1,600 boards.</summary>
[MemoryDiagnoser]
[Config(typeof(GcModes))]
public class AnalysisBenchmarks
{
    private RegieKnowledge knowledge = null!;
    private BoardLandscape board = null!;
    private IReadOnlyList<BoardLandscape> sector = null!;

    /// <summary>60 services a board (the demo board has 40), and 125 (≈200,000 service usages over the sector).</summary>
    [Params(60, 125)]
    public int ServicesPerBoard { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        knowledge = KnowledgeLoader.Load(DataFolder.Locate());
        board = SyntheticSector.Create(knowledge, 1, 200, seed: 7)[0];
        sector = SyntheticSector.Create(knowledge, 1600, ServicesPerBoard);
    }

    /// <summary>Baseline: resolving every service's facts, the least any analysis must do.</summary>
    [Benchmark(Baseline = true)]
    public int ResolveOnlyOneBoard() => board.Services.Count(s => ResolvedService.Resolve(s, knowledge.Catalog).VendorChain.ReachesUltimateParent);

    [Benchmark]
    public int ScoreAndGraphOneBoard() => BoardAssessor.Assess(board, knowledge).Services.Count + DependencyAnalysis.Analyse(board, knowledge).Nodes.Count;

    [Benchmark]
    public int ScoreAndGraphSector()
    {
        var total = 0;
        Parallel.ForEach(sector, () => 0, (b, _, sum) => sum + BoardAssessor.Assess(b, knowledge).Services.Count + DependencyAnalysis.Analyse(b, knowledge).Nodes.Count,
            sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary>
    /// Both garbage collectors: the CLI runs with the workstation GC, the web app (ASP.NET Core) with the server GC.
    /// The analysis allocates its explanations, so the collector sets much of the pace at sector scale.
    /// </summary>
    private sealed class GcModes : ManualConfig
    {
        public GcModes()
        {
            AddJob(Job.ShortRun.WithGcServer(false).WithId("WorkstationGC"));
            AddJob(Job.ShortRun.WithGcServer(true).WithId("ServerGC"));
        }
    }
}
