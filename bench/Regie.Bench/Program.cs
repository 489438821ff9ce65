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

// `-- --catalog-timing [FOLDER]`: loading and linting the data folder (the one found, or FOLDER) 21 times in one process, the first with JIT, beside
// reading the files only (the baseline) in the same run; `--grown` also times a copy whose products are doubled (issue 17).
if (args.Contains("--catalog-timing"))
{
    var folderAt = Array.IndexOf(args, "--catalog-timing") + 1;
    CatalogTiming.Run(folderAt < args.Length && !args[folderAt].StartsWith("--", StringComparison.Ordinal) ? Path.GetFullPath(args[folderAt]) : DataFolder.Locate(), args.Contains("--grown"));
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

// `-- --sector-from-database CONNECTION`: the sector end to end from PostgreSQL (bench/sector-bench.sh seeds and runs it).
if (Array.IndexOf(args, "--sector-from-database") is var at and >= 0 && at + 1 < args.Length)
{
    await SectorFromDatabase.RunAsync(args[at + 1]);
    return;
}

// `-- --sector-figures shared|plain`: the sector's figures path on both cores, five times, with or without the own scores
// shared across boards; one process per path, so two processes can be timed against each other (docs/PERFORMANCE.md, issue 15).
if (Array.IndexOf(args, "--sector-figures") is var figuresAt and >= 0 && figuresAt + 1 < args.Length)
{
    var knowledge = KnowledgeLoader.Load(DataFolder.Locate());
    var sector = SyntheticSector.Create(knowledge, 1600, 125);
    var sharing = args[figuresAt + 1] == "shared";
    for (var run = 1; run <= 5; run++)
    {
        var shared = sharing ? new SectorScoreCache(knowledge) : null;
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(sector, b => DependencyAnalysis.Figures(b, knowledge, BoardAssessor.Figures(b, knowledge, shared: shared).Resolved));
        Console.WriteLine($"{args[figuresAt + 1]} run {run}: {stopwatch.Elapsed.TotalMilliseconds:0} ms");
    }

    return;
}

// `-- --sector-allocations`: what the figures path allocates, by type, on one thread (docs/PERFORMANCE.md, issue 15).
if (args.Contains("--sector-allocations"))
{
    var knowledge = KnowledgeLoader.Load(DataFolder.Locate());
    var sector = SyntheticSector.Create(knowledge, 1600, 125);
    var shared = new SectorScoreCache(knowledge);
    var paths = new (string, Action<BoardLandscape>)[]
    {
        ("full path (Assess + Analyse)", b => { BoardAssessor.Assess(b, knowledge); DependencyAnalysis.Analyse(b, knowledge); }),
        ("figures path (both, resolved once)", b => DependencyAnalysis.Figures(b, knowledge, BoardAssessor.Figures(b, knowledge).Resolved)),
        ("  of which BoardAssessor.Figures", b => BoardAssessor.Figures(b, knowledge)),
        ("figures path, own scores shared across boards", b => DependencyAnalysis.Figures(b, knowledge, BoardAssessor.Figures(b, knowledge, shared: shared).Resolved)),
        ("  of which BoardAssessor.Figures, shared", b => BoardAssessor.Figures(b, knowledge, shared: shared)),
        ("  of which DependencyAnalysis.Figures", b => DependencyAnalysis.Figures(b, knowledge)),
        ("figures path, shared, session 9's graph (SessionNineGraphFigures)", b => SessionNineGraphFigures.Figures(b, knowledge, BoardAssessor.Figures(b, knowledge, shared: shared).Resolved)),
        ("  of which SessionNineGraphFigures.Figures", b => SessionNineGraphFigures.Figures(b, knowledge)),
    };
    foreach (var (name, run) in paths.Concat(paths))
    {
        shared = new SectorScoreCache(knowledge); // one cache per sector run, as the edges use it
        using var sampler = new AllocationSampler();
        Thread.Sleep(200);
        sampler.Counting = true;
        var before = GC.GetTotalAllocatedBytes(true);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        foreach (var b in sector) run(b);
        sampler.Counting = false;
        Console.WriteLine($"{name}: {stopwatch.Elapsed.TotalMilliseconds:0} ms wall, {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU on one thread, "
            + $"{(GC.GetTotalAllocatedBytes(true) - before) / 1e6:0} MB allocated");
        if (args.Contains("--by-type"))
        {
            foreach (var (type, bytes) in sampler.Top(15)) Console.WriteLine($"  {bytes / 1e6,8:0.0} MB  {type}");
        }
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
