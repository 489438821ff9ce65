using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Scoring;

/// <summary>
/// The graph's figures (<see cref="DependencyAnalysis.Figures"/>, walked by entity index) against the definition written out
/// plainly here, by strings and sets, as docs/GRAPH.md states it: a service depends on its own ultimate parent and hosting
/// provider (with that provider's parent) and, transitively, on those of every service it is hosted on or signs in through.
/// <see cref="FiguresEqualTheFullAssessment"/> checks the figures against <see cref="DependencyAnalysis.Analyse"/>, which
/// shares the walk; this checks the walk itself.
/// </summary>
public class GraphFiguresFollowTheirDefinition
{
    private static readonly RegieKnowledge Shipped = ShippedData.Knowledge;

    public static TheoryData<string> Boards() => [.. FiguresEqualTheFullAssessment.BoardNames];

    [Theory]
    [MemberData(nameof(Boards))]
    public void EveryEntityFigureAndBothIndicesFollowTheDefinition(string name)
    {
        var board = FiguresEqualTheFullAssessment.Board(name);
        AssertFollowsTheDefinition(board, Shipped);
    }

    [Fact]
    public void ProcessIdsCountOnceWhateverTheirSpellingAndUnknownIdsCountNot()
    {
        // S1 names p1 twice (in two spellings) and a process the board does not have; S2 signs in through S1.
        var s1 = Service("S1", "us-idp", ["P1", "p1", "p9"], 200);
        var s2 = Service("S2", "eu-app", ["p3"], 40);
        var board = Board([s1, s2], new Dependency(s2.Id, DependencyKind.SignsInThrough, s1.Id));

        var us = DependencyAnalysis.Figures(board, World).ByParent.Single(e => e.Name.Nl == "US Corp Inc.");

        Assert.Equal(["P1", "p3"], us.ProcessIds);   // the spelling of the first service that names it
        Assert.Equal(7.0 / 7, us.ProcessShare);      // p1 (5) and p3 (2) of the 7 the board's services support
        Assert.Equal((2, 1), (us.Services, us.DirectServices));
        AssertFollowsTheDefinition(board, World);
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void TheBenchmarksFrozenSessionNineGraphGivesTheSameFigures(string name)
    {
        // The benchmark's baseline (bench/Regie.Bench/SessionNineGraphFigures.cs) must compute what the indexed walk computes, or the ratio compares unlike work.
        var board = FiguresEqualTheFullAssessment.Board(name);
        var (now, then) = (DependencyAnalysis.Figures(board, Shipped), Regie.Bench.SessionNineGraphFigures.Figures(board, Shipped));

        Assert.Equal(then.ByParent.Select(Row), now.ByParent.Select(Row));
        Assert.Equal(then.ByProvider.Select(Row), now.ByProvider.Select(Row));
        Assert.Equal((then.ParentIndex.Hhi, then.ParentIndex.UnattributedShare, then.ParentIndex.Why), (now.ParentIndex.Hhi, now.ParentIndex.UnattributedShare, now.ParentIndex.Why));
        Assert.Equal(then.ParentIndex.Shares, now.ParentIndex.Shares);
        Assert.Equal((then.ProviderIndex.Hhi, then.ProviderIndex.UnattributedShare, then.ProviderIndex.Why), (now.ProviderIndex.Hhi, now.ProviderIndex.UnattributedShare, now.ProviderIndex.Why));
        Assert.Equal(then.ProviderIndex.Shares, now.ProviderIndex.Shares);
    }

    private static string Row(EntityFigures e) =>
        $"{e.EntityId}|{e.Name}|{e.Kind}|{e.Country}|{e.ProcessShare:R}|{string.Join(",", e.ProcessIds)}|{e.PupilShare:R}|{e.StaffShare:R}|{e.ServiceShare:R}|{e.Services}|{e.DirectServices}";

    private static void AssertFollowsTheDefinition(BoardLandscape board, RegieKnowledge knowledge)
    {
        var catalog = knowledge.Catalog.For(board);
        var services = board.Services;
        var own = services.Select(s => OwnEntities(ResolvedService.Resolve(s, catalog))).ToArray();
        var closures = services.Select((_, i) => Closure(board, i)).ToArray();
        var entities = own.SelectMany(e => e).DistinctBy(e => e.Id).ToDictionary(e => e.Id);
        var processes = board.Processes.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var supported = services.SelectMany(s => s.ProcessIds).Where(processes.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var totalWeight = supported.Sum(p => processes[p].Criticality);
        var pupils = Math.Max(board.Organisation.Pupils, services.Max(s => s.Pupils ?? 0));
        var staff = Math.Max(board.Organisation.Staff, services.Max(s => s.Staff ?? 0));
        var weights = services.Select(s => (double)s.ProcessIds.Where(processes.ContainsKey).Select(p => processes[p].Criticality).Append(1).Max()).ToArray();

        var figures = DependencyAnalysis.Figures(board, knowledge);

        foreach (var (kind, actual, index) in new[] { (NodeKind.Parent, figures.ByParent, figures.ParentIndex), (NodeKind.Provider, figures.ByProvider, figures.ProviderIndex) })
        {
            var expected = new Dictionary<string, EntityFigures>();
            foreach (var entity in entities.Values.Where(e => e.Kind == kind))
            {
                var dependents = Enumerable.Range(0, services.Count).Where(i => closures[i].Any(r => own[r].Any(e => e.Id == entity.Id))).ToList();
                if (dependents.Count == 0)
                {
                    continue;
                }

                var processIds = dependents.SelectMany(i => services[i].ProcessIds).Where(processes.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                expected[entity.Id] = new EntityFigures(
                    entity.Id, entity.Name, kind, entity.Country,
                    totalWeight == 0 ? 0 : (double)processIds.Sum(p => processes[p].Criticality) / totalWeight, processIds,
                    pupils <= 0 ? 0 : Math.Min(1.0, (double)dependents.Max(i => services[i].Pupils ?? 0) / pupils),
                    staff <= 0 ? 0 : Math.Min(1.0, (double)dependents.Max(i => services[i].Staff ?? 0) / staff),
                    (double)dependents.Count / services.Count, dependents.Count, dependents.Count(i => own[i].Any(e => e.Id == entity.Id)));
            }

            Assert.Equal(expected.Keys.Order(), actual.Select(e => e.EntityId).Order());
            foreach (var e in actual)
            {
                var x = expected[e.EntityId];
                Assert.Equal(
                    (x.Name, x.Kind, x.Country, x.ProcessShare, x.PupilShare, x.StaffShare, x.ServiceShare, x.Services, x.DirectServices),
                    (e.Name, e.Kind, e.Country, e.ProcessShare, e.PupilShare, e.StaffShare, e.ServiceShare, e.Services, e.DirectServices));
                Assert.Equal(x.ProcessIds, e.ProcessIds);
            }

            Assert.Equal(actual.OrderByDescending(e => e.ProcessShare).ThenByDescending(e => e.ServiceShare), actual);

            // Each service's weight split equally over the distinct entities of this kind in its closure, summed in the board's order.
            var parts = new Dictionary<string, double>();
            double unattributed = 0;
            for (var i = 0; i < services.Count; i++)
            {
                var mine = closures[i].SelectMany(r => own[r]).Where(e => e.Kind == kind).Select(e => e.Id).Distinct().ToList();
                unattributed += mine.Count == 0 ? weights[i] : 0;
                foreach (var id in mine)
                {
                    parts[id] = parts.GetValueOrDefault(id) + weights[i] / mine.Count;
                }
            }

            var attributed = weights.Sum() - unattributed;
            var shares = parts.Select(kv => (entities[kv.Key].Name, Share: attributed <= 0 ? 0 : kv.Value / attributed)).OrderByDescending(s => s.Share).ThenBy(s => s.Name.Nl).ToList();
            Assert.Equal(shares, index.Shares.OrderByDescending(s => s.Share).ThenBy(s => s.Name.Nl));
            Assert.Equal(10_000 * shares.Sum(s => s.Share * s.Share), index.Hhi);
            Assert.Equal(weights.Sum() <= 0 ? 0 : unattributed / weights.Sum(), index.UnattributedShare);
        }
    }

    private sealed record OwnEntity(string Id, LocalizedText Name, NodeKind Kind, string? Country);

    private static List<OwnEntity> OwnEntities(ResolvedService r)
    {
        var parent = r.VendorChain.UltimateParent;
        var provider = r.HostingProvider;
        var hostParent = provider is null ? null : r.HostingChain.UltimateParent;
        var list = new List<OwnEntity>();
        if (parent is not null)
        {
            list.Add(new("parent:" + parent.Id, LocalizedText.Same(parent.Name), NodeKind.Parent, parent.Country.Value));
        }

        if (provider is not null)
        {
            list.Add(new("provider:" + provider.Id, provider.Name, NodeKind.Provider, hostParent?.Country.Value));
            if (hostParent is not null)
            {
                list.Add(new("parent:" + hostParent.Id, LocalizedText.Same(hostParent.Name), NodeKind.Parent, hostParent.Country.Value));
            }
        }

        return list;
    }

    /// <summary>The service itself and every service it reaches over hosted-on and signs-in-through edges.</summary>
    private static HashSet<int> Closure(BoardLandscape board, int start)
    {
        var ids = board.Services.Select(s => s.Id).ToList();
        var reached = new HashSet<int> { start };
        var stack = new Stack<int>([start]);
        while (stack.Count > 0)
        {
            var from = ids[stack.Pop()];
            foreach (var d in board.Dependencies.Where(d => d.IsHard && d.From == from && ids.Contains(d.To)))
            {
                if (reached.Add(ids.IndexOf(d.To)))
                {
                    stack.Push(ids.IndexOf(d.To));
                }
            }
        }

        return reached;
    }
}
