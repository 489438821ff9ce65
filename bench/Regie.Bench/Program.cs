using System.Diagnostics;
using BenchmarkDotNet.Running;
using Regie.Bench;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

// `-- --snapshot-size` measures a history snapshot of the demo board and of a 200-service board (docs/PERFORMANCE.md).
if (args.Contains("--snapshot-size"))
{
    var knowledge = KnowledgeLoader.Load(DataFolder.Locate());
    foreach (var (name, board) in new[] { ("demo", Regie.Core.Demo.DemoBoard.Create(knowledge)), ("200 services", SyntheticSector.Create(knowledge, 1, 200, seed: 7)[0]) })
    {
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(board, knowledge, null, cache);
        var snapshot = Regie.Core.History.BoardSnapshot.Take(new(board, knowledge, assessment, Regie.Core.Verdict.BoardVerdict.For(board, knowledge, assessment, cache),
            DependencyAnalysis.Analyse(board, knowledge), [], new DateOnly(2026, 12, 6)));
        var json = Regie.Core.History.SnapshotJson.Write(snapshot);
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(json);
        }

        Console.WriteLine($"{name}: {board.Services.Count} services, JSON {json.Length:N0} bytes, gzipped {buffer.Length:N0} bytes");
    }

    return;
}

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

if (args.Contains("--sector-allocations"))
{
    var knowledge = KnowledgeLoader.Load(DataFolder.Locate());
    var sector = SyntheticSector.Create(knowledge, 1600, 125);
    foreach (var (name, run) in new (string, Action<BoardLandscape>)[] { ("figures", b => BoardAssessor.Figures(b, knowledge)), ("graph figures", b => DependencyAnalysis.Figures(b, knowledge)), ("both, resolved once", b => DependencyAnalysis.Figures(b, knowledge, BoardAssessor.Figures(b, knowledge).Resolved)) })
    {
        using var sampler = new AllocationSampler();
        Thread.Sleep(200);
        sampler.Counting = true;
        var before = GC.GetTotalAllocatedBytes(true);
        var stopwatch = Stopwatch.StartNew();
        foreach (var b in sector) run(b);
        sampler.Counting = false;
        Console.WriteLine($"{name}: {stopwatch.Elapsed.TotalMilliseconds:0} ms on one thread, {(GC.GetTotalAllocatedBytes(true) - before) / 1e6:0} MB allocated");
        foreach (var (type, bytes) in sampler.Top(15)) Console.WriteLine($"  {bytes / 1e6,8:0.0} MB  {type}");
    }

    return;
}

if (args.Contains("--split"))
{
    var knowledge = KnowledgeLoader.Load(DataFolder.Locate());
    var sector = SyntheticSector.Create(knowledge, 1600, 125);
    for (var round = 0; round < 3; round++)
    {
        var a0 = GC.GetTotalAllocatedBytes(true); var sw = Stopwatch.StartNew();
        foreach (var b in sector) BoardAssessor.Assess(b, knowledge);
        var a1 = GC.GetTotalAllocatedBytes(true); var t1 = sw.Elapsed.TotalMilliseconds; sw.Restart();
        foreach (var b in sector) DependencyAnalysis.Analyse(b, knowledge);
        var a2 = GC.GetTotalAllocatedBytes(true);
        var t2 = sw.Elapsed.TotalMilliseconds; sw.Restart();
        var r0 = GC.GetTotalAllocatedBytes(true);
        foreach (var b in sector) { var c = knowledge.Catalog.For(b); foreach (var sv in b.Services) ResolvedService.Resolve(sv, c); }
        var r1 = GC.GetTotalAllocatedBytes(true);
        foreach (var b in sector) { var c = knowledge.Catalog.For(b); foreach (var sv in b.Services) { var rs = ResolvedService.Resolve(sv, c); foreach (var cr in knowledge.Model.Criteria) if (cr.Prefill is { } rule) Prefill.Answer(rule, rs, c); } }
        var r2 = GC.GetTotalAllocatedBytes(true);
        Console.WriteLine($"resolve {(r1 - r0) / 1e6:0} MB, resolve+all prefill {(r2 - r1) / 1e6:0} MB");
        a2 = GC.GetTotalAllocatedBytes(true); sw.Restart();
        foreach (var b in sector) BoardAssessor.Figures(b, knowledge);
        var a3 = GC.GetTotalAllocatedBytes(true);
        Console.WriteLine($"assess {t1:0} ms {(a1 - a0) / 1e6:0} MB; analyse {t2:0} ms {(a2 - a1) / 1e6:0} MB; figures {sw.Elapsed.TotalMilliseconds:0} ms {(a3 - a2) / 1e6:0} MB");
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
