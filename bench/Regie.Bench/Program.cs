using System.Diagnostics;
using BenchmarkDotNet.Running;
using Regie.Bench;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Scoring;

// `dotnet run -c Release --project bench/Regie.Bench -- --timing` gives a quick whole-process figure;
// anything else is passed to BenchmarkDotNet (e.g. `--filter '*' --job short`).
if (args.Contains("--timing"))
{
    var knowledge = KnowledgeLoader.Load(DataFolder.Locate());
    var sector = SyntheticSector.Create(knowledge, 1600, 60);
    var stopwatch = Stopwatch.StartNew();
    int services = 0, nodes = 0;
    Parallel.ForEach(sector, b =>
    {
        Interlocked.Add(ref services, BoardAssessor.Assess(b, knowledge).Services.Count);
        Interlocked.Add(ref nodes, DependencyAnalysis.Analyse(b, knowledge).Nodes.Count);
    });
    Console.WriteLine($"sector: {sector.Count} boards, {services} services scored, {nodes} graph nodes, in {stopwatch.Elapsed.TotalMilliseconds:0} ms (first run, JIT included)");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
