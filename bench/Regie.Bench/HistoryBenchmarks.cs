using BenchmarkDotNet.Attributes;
using Regie.Core.Graph;
using Regie.Core.History;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Bench;

/// <summary>
/// The comparison of two snapshots of a board of 200 services (target &lt; 100 ms), from the stored JSON as the web app
/// reads it, against the simplest baseline: comparing a snapshot with itself. The later snapshot has ten services removed,
/// ten added, every tenth renumbered (pupils) and every seventh given another vendor, so scores move and must say why.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[ShortRunJob]
public class HistoryBenchmarks
{
    private RegieKnowledge knowledge = null!;
    private BoardSnapshot before = null!;
    private BoardSnapshot after = null!;
    private byte[] beforeJson = [];
    private byte[] afterJson = [];

    [GlobalSetup]
    public void Setup()
    {
        knowledge = KnowledgeLoader.Load(DataFolder.Locate());
        var board = SyntheticSector.Create(knowledge, 1, 200, seed: 7)[0];
        var later = board with
        {
            Services = [.. board.Services.Skip(10).Select((s, i) =>
                    i % 10 == 0 ? s with { Pupils = (s.Pupils ?? 0) + 50 }
                    : i % 7 == 0 ? s with { VendorId = "microsoft" }
                    : s)
                .Concat(board.Services.Take(10).Select(s => s with { Id = ServiceId.New(), Name = s.Name + " (nieuw)" }))],
        };
        var kept = later.Services.Select(s => s.Id).ToHashSet();
        later = later with { Dependencies = [.. later.Dependencies.Where(d => kept.Contains(d.From) && kept.Contains(d.To))] };
        before = Take(board, new DateOnly(2026, 3, 1));
        after = Take(later, new DateOnly(2026, 3, 12));
        beforeJson = SnapshotJson.Write(before);
        afterJson = SnapshotJson.Write(after);
    }

    private BoardSnapshot Take(BoardLandscape landscape, DateOnly date)
    {
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(landscape, knowledge, null, cache);
        return BoardSnapshot.Take(new SnapshotInputs(landscape, knowledge, assessment, BoardVerdict.For(landscape, knowledge, assessment, cache),
            DependencyAnalysis.Analyse(landscape, knowledge), [], date));
    }

    /// <summary>Baseline: a snapshot compared with itself (every service matched, nothing moved).</summary>
    [Benchmark(Baseline = true)]
    public int CompareWithItself() => SnapshotDiff.Compare(before, before, knowledge.Model).ScoresMoved.Count;

    /// <summary>The comparison of two different dates, from snapshots already read.</summary>
    [Benchmark]
    public int CompareTwoDates() => SnapshotDiff.Compare(before, after, knowledge.Model).ScoresMoved.Count;

    /// <summary>What /history/compare does after the two rows are read: parse both JSON documents, then compare.</summary>
    [Benchmark]
    public int ReadAndCompareTwoDates() => SnapshotDiff.Compare(SnapshotJson.Read(beforeJson), SnapshotJson.Read(afterJson), knowledge.Model).ScoresMoved.Count;
}
