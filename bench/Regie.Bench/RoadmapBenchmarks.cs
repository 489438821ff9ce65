using BenchmarkDotNet.Attributes;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;

namespace Regie.Bench;

/// <summary>
/// Roadmap sequencing for one board of 200 services (target &lt; 100 ms including the projections), against the simplest
/// plan: sort the moves by urgency and cut them into quarters.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[ShortRunJob]
public class RoadmapBenchmarks
{
    private RegieKnowledge knowledge = null!;
    private RoadmapRequest request = null!;

    [Params(50, 200)]
    public int Moves { get; set; }

    /// <summary>Moves per quarter: 2 gives the longest plan (most projections), 8 a short one.</summary>
    [Params(2, 8)]
    public int Capacity { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        knowledge = KnowledgeLoader.Load(DataFolder.Locate());
        var board = SyntheticSector.Create(knowledge, 1, 200, seed: 7)[0];
        var random = new Random(11);
        var start = new Quarter(2027, 1);

        // Half the services get a contract end within three years, so deadlines and capacity both bind.
        board = board with
        {
            Services = [.. board.Services.Select(s => random.NextDouble() < 0.5
                ? s with { ContractEnd = start.FirstDay.AddDays(random.Next(0, 3 * 365)) }
                : s)],
        };

        var catalog = knowledge.Catalog;
        var moves = new List<PlannedMove>();
        foreach (var service in board.Services.OrderBy(_ => random.Next()).Take(Moves))
        {
            var product = service.CatalogProductId is { } id ? catalog.ProductById.GetValueOrDefault(id) : null;
            var target = (product is null ? null : catalog.AlternativesFor(product.Id).FirstOrDefault(a => a.Product is not null)?.Id)
                ?? catalog.Products.Where(p => p.Category == product?.Category && p.Id != product?.Id).Select(p => p.Id).FirstOrDefault()
                ?? catalog.Products[random.Next(catalog.Products.Count)].Id;
            var pin = random.NextDouble() < 0.05 ? start.Plus(random.Next(0, 8)) : (Quarter?)null;
            moves.Add(new PlannedMove(Guid.NewGuid(), service.Id, target, Pinned: pin));
        }

        request = new RoadmapRequest(board, moves, Capacity, start);
    }

    /// <summary>Baseline: assess once, sort the moves by urgency and fill the quarters in that order; no dependencies, deadlines or projections.</summary>
    [Benchmark(Baseline = true)]
    public int UrgencyOnly()
    {
        var ranked = BoardAssessor.Assess(request.Landscape, knowledge).ByUrgency().Select((a, i) => (a.Service.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return request.Moves.OrderBy(m => ranked[m.Service]).Select((m, i) => request.Start.Plus(i / request.MovesPerQuarter)).Last().Index;
    }

    /// <summary>One projection (assess + dependency analysis of the 200 services): the unit the sequencer repeats once per quarter.</summary>
    [Benchmark]
    public double OneProjection() => Projection.Of(request.Landscape, knowledge, null).MeanScore;

    /// <summary>The sequencer with every rule and a re-assessed projection (score, SEAL, HHI) after each quarter.</summary>
    [Benchmark]
    public int Sequence() => RoadmapSequencer.Sequence(request, knowledge).Quarters.Count;
}
