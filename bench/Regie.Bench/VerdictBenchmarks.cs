using BenchmarkDotNet.Attributes;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Bench;

/// <summary>
/// Root causes with every what-if lift and the decision plan for one board of 200 services (target &lt; 50 ms), against
/// the simplest baseline: assessing the board once.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[ShortRunJob]
public class VerdictBenchmarks
{
    private RegieKnowledge knowledge = null!;
    private BoardLandscape board = null!;

    [Params(40, 200)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        knowledge = KnowledgeLoader.Load(DataFolder.Locate());
        board = SyntheticSector.Create(knowledge, 1, Services, seed: 7)[0];
    }

    /// <summary>Baseline: the assessment alone, as the dashboard needs it anyway.</summary>
    [Benchmark(Baseline = true)]
    public int Assess() => BoardAssessor.Assess(board, knowledge).Services.Count;

    /// <summary>The assessment, then every root cause with its lifts and the plan, sharing one cache as the web app does.</summary>
    [Benchmark]
    public int AssessAndVerdict()
    {
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(board, knowledge, null, cache);
        return BoardVerdict.For(board, knowledge, assessment, cache).Causes.Causes.Count;
    }
}
