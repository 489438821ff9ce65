using System.Diagnostics;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;

namespace Regie.Bench;

/// <summary>
/// The sector end to end (`-- --sector-from-database CONNECTION`, run by bench/sector-bench.sh): load every board's
/// landscape from PostgreSQL in one query per table, analyse each with the figures path, and aggregate per ultimate
/// parent. Then the same analysis by the full path (Assess + Analyse) on the same landscapes, for the ratio.
/// </summary>
public static class SectorFromDatabase
{
    public static async Task RunAsync(string connection)
    {
        var total = Stopwatch.StartNew();
        var knowledge = KnowledgeLoader.Load(DataFolder.Locate());
        var knowledgeTime = total.Elapsed;

        var step = Stopwatch.StartNew();
        IReadOnlyList<BoardLandscape> sector;
        await using (var db = RegieDatabase.Create(DatabaseSettings.Postgres(connection), TenantContext.System))
        {
            sector = await db.LoadSectorLandscapesAsync(TimeProvider.System);
        }

        var loadTime = step.Elapsed;
        step.Restart();
        var boards = new (BoardFigures Scores, GraphFigures Graph)[sector.Count];
        var shared = new SectorScoreCache(knowledge);
        Parallel.For(0, sector.Count, b =>
        {
            var scores = BoardAssessor.Figures(sector[b], knowledge, shared: shared);
            boards[b] = (scores, DependencyAnalysis.Figures(sector[b], knowledge, scores.Resolved));
        });
        var analyseTime = step.Elapsed;

        step.Restart();
        var byParent = new Dictionary<string, (string Name, int Boards, int Services, double Pupils)>();
        var seals = new int[5];
        for (var b = 0; b < sector.Count; b++)
        {
            foreach (var parent in boards[b].Graph.ByParent)
            {
                var sum = byParent.GetValueOrDefault(parent.EntityId, (Name: parent.Name.Nl, Boards: 0, Services: 0, Pupils: 0.0));
                byParent[parent.EntityId] = (parent.Name.Nl, sum.Boards + 1, sum.Services + parent.Services, sum.Pupils + parent.PupilShare * sector[b].Organisation.Pupils);
            }

            foreach (var service in boards[b].Scores.Services)
            {
                seals[Math.Clamp(service.Seal, 0, 4)]++;
            }
        }

        var aggregateTime = step.Elapsed;
        var endToEnd = total.Elapsed;
        var services = sector.Sum(b => b.Services.Count);
        Console.WriteLine($"boards {sector.Count:N0}, services {services:N0}");
        Console.WriteLine($"knowledge  {knowledgeTime.TotalSeconds,6:0.00} s");
        Console.WriteLine($"load       {loadTime.TotalSeconds,6:0.00} s  (LoadSectorLandscapesAsync, one query per table)");
        Console.WriteLine($"analyse    {analyseTime.TotalSeconds,6:0.00} s  (BoardAssessor.Figures + DependencyAnalysis.Figures, own scores shared: {shared.Distinct:N0} distinct inputs, both cores)");
        Console.WriteLine($"aggregate  {aggregateTime.TotalSeconds,6:0.00} s  (per ultimate parent, SEAL distribution)");
        Console.WriteLine($"end to end {endToEnd.TotalSeconds,6:0.00} s  (target < 10 s)");
        Console.WriteLine($"SEAL 0–4 of all services: {string.Join(" / ", seals)}");
        foreach (var (id, sum) in byParent.OrderByDescending(kv => kv.Value.Boards).Take(5))
        {
            Console.WriteLine($"  {sum.Name}: {sum.Boards:N0} boards, {sum.Services:N0} services, ≥ {sum.Pupils:N0} pupils");
        }

        step.Restart();
        Parallel.For(0, sector.Count, b =>
        {
            var scores = BoardAssessor.Figures(sector[b], knowledge);
            DependencyAnalysis.Figures(sector[b], knowledge, scores.Resolved);
        });
        var unsharedTime = step.Elapsed;
        Console.WriteLine($"same landscapes by the figures path without the shared scores: {unsharedTime.TotalSeconds:0.00} s; shared/unshared = {analyseTime / unsharedTime:0.00}");

        step.Restart();
        var check = 0;
        Parallel.For(0, sector.Count, b => Interlocked.Add(ref check,
            BoardAssessor.Assess(sector[b], knowledge).Services.Count + DependencyAnalysis.Analyse(sector[b], knowledge).ByParent.Count));
        var fullTime = step.Elapsed;
        Console.WriteLine($"same landscapes by the full path (Assess + Analyse): {fullTime.TotalSeconds:0.00} s; figures/full = {analyseTime / fullTime:0.00}");
    }
}
