using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Bench;

/// <summary>
/// The sector analysis of issue 15 (point 7): 1,600 boards of 125 services, scored and graphed on both cores. Baseline: the
/// full, explained path the sector took before (<see cref="BoardAssessor.Assess"/> + <see cref="DependencyAnalysis.Analyse"/>);
/// against it the figures path a sector aggregate calls (<see cref="BoardAssessor.Figures"/> + <see cref="DependencyAnalysis.Figures"/>,
/// services resolved once). Both in one run, so the ratio holds on a machine shared with other work.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GcModes))]
public class SectorAnalysisBenchmarks
{
    private RegieKnowledge knowledge = null!;
    private IReadOnlyList<BoardLandscape> sector = null!;

    [GlobalSetup]
    public void Setup()
    {
        knowledge = KnowledgeLoader.Load(DataFolder.Locate());
        sector = SyntheticSector.Create(knowledge, 1600, 125);
    }

    [Benchmark(Baseline = true)]
    public int AssessAndAnalyse()
    {
        var total = 0;
        Parallel.ForEach(sector, () => 0, (b, _, sum) => sum + BoardAssessor.Assess(b, knowledge).Services.Count + DependencyAnalysis.Analyse(b, knowledge).ByParent.Count,
            sum => Interlocked.Add(ref total, sum));
        return total;
    }

    [Benchmark]
    public int Figures()
    {
        var total = 0;
        Parallel.ForEach(sector, () => 0, (b, _, sum) =>
        {
            var figures = BoardAssessor.Figures(b, knowledge);
            return sum + figures.Services.Count + DependencyAnalysis.Figures(b, knowledge, figures.Resolved).ByParent.Count;
        }, sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary>The figures path with one <see cref="SectorScoreCache"/> for the run: a product's own scores computed once for all boards.</summary>
    [Benchmark]
    public int FiguresSharedAcrossBoards()
    {
        var total = 0;
        var shared = new SectorScoreCache(knowledge);
        Parallel.ForEach(sector, () => 0, (b, _, sum) =>
        {
            var figures = BoardAssessor.Figures(b, knowledge, shared: shared);
            return sum + figures.Services.Count + DependencyAnalysis.Figures(b, knowledge, figures.Resolved).ByParent.Count;
        }, sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary>
    /// Today's path before session 10, the baseline of issue 15's point 7 in the same run: the own scores shared as in
    /// <see cref="FiguresSharedAcrossBoards"/>, the graph's figures by the frozen string-keyed closure (<see cref="SessionNineGraphFigures"/>).
    /// </summary>
    [Benchmark]
    public int FiguresSharedAcrossBoardsSessionNineGraph()
    {
        var total = 0;
        var shared = new SectorScoreCache(knowledge);
        Parallel.ForEach(sector, () => 0, (b, _, sum) =>
        {
            var figures = BoardAssessor.Figures(b, knowledge, shared: shared);
            return sum + figures.Services.Count + SessionNineGraphFigures.Figures(b, knowledge, figures.Resolved).ByParent.Count;
        }, sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary>The CLI runs with the workstation GC, the web app (ASP.NET Core) with the server GC.</summary>
    private sealed class GcModes : ManualConfig
    {
        public GcModes()
        {
            // Building the benchmark's two processes takes longer than the default two minutes on a shared 2-core machine.
            WithBuildTimeout(TimeSpan.FromMinutes(10));
            AddJob(Job.ShortRun.WithGcServer(false).WithId("WorkstationGC"));
            AddJob(Job.ShortRun.WithGcServer(true).WithId("ServerGC"));
        }
    }
}
