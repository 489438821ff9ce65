using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Bench;

/// <summary>
/// The graph's figures as session 9 computed them (commit 5ca2c81): the closure by strings, a set of entity ids per service,
/// dependents listed per entity before they are added up. Frozen here, unchanged but for what the copy needs, as the
/// baseline of <see cref="SectorAnalysisBenchmarks"/>, so the indexed walk in <see cref="DependencyAnalysis.Figures"/> is
/// measured against it in the same run; <c>tests/Regie.Core.Tests/Scoring/GraphFiguresFollowTheirDefinition.cs</c> checks that both
/// give the same figures.
/// </summary>
public static class SessionNineGraphFigures
{
    public static GraphFigures Figures(BoardLandscape landscape, RegieKnowledge knowledge, IReadOnlyList<ResolvedService>? resolved = null)
    {
        if (resolved is null)
        {
            var catalog = knowledge.Catalog.For(landscape);
            resolved = [.. landscape.Services.Select(s => ResolvedService.Resolve(s, catalog))];
        }
        else if (resolved.Count != landscape.Services.Count)
        {
            throw new ArgumentException("Eén opgezochte dienst per dienst van het bestuur, in dezelfde volgorde.", nameof(resolved));
        }

        var prepared = Prepare(landscape, resolved);
        var closure = Close(landscape.Services, prepared, explain: false);
        var totals = Totals(landscape, prepared.Processes);
        return new GraphFigures(
            Measure(landscape, prepared, closure, totals, NodeKind.Parent), Measure(landscape, prepared, closure, totals, NodeKind.Provider),
            Hhi(closure.Entities, prepared.Weights, NodeKind.Parent, prepared.EntityInfo),
            Hhi(closure.Entities, prepared.Weights, NodeKind.Provider, prepared.EntityInfo));
    }

    /// <summary>A service that depends on an entity: by index, directly or not, and (explained only) the chain through which.</summary>
    private readonly record struct Dependent(int Service, bool Direct, string? Path);

    /// <summary>Per entity the services that depend on it; per service the entities it depends on and (explained only) the services that depend on it.</summary>
    private sealed record Closure(Dictionary<string, List<Dependent>> Dependents, Dictionary<int, HashSet<int>>? ServiceDependents, string[][] Entities);

    /// <summary>Closure over hard edges, remembering (when explained) the first path that reached each service.</summary>
    private static Closure Close(IReadOnlyList<Service> services, Prepared prepared, bool explain)
    {
        var dependents = new Dictionary<string, List<Dependent>>(prepared.EntityInfo.Count);
        var serviceDependents = explain ? new Dictionary<int, HashSet<int>>() : null;
        var pathTo = explain ? new string?[services.Count] : null;
        var reach = new HardReach(prepared.Hard);
        var reached = new HashSet<string>();
        var closureEntities = new string[services.Count][];
        for (var i = 0; i < services.Count; i++)
        {
            reached.Clear();
            foreach (var reachedService in reach.From(i))
            {
                if (explain)
                {
                    var via = reach.ReachedFrom(reachedService);
                    pathTo![reachedService] = via < 0 ? services[i].Name : pathTo[via] + " → " + services[reachedService].Name;
                    if (reachedService != i)
                    {
                        (serviceDependents!.TryGetValue(reachedService, out var set) ? set : serviceDependents[reachedService] = []).Add(i);
                    }
                }

                foreach (var entity in prepared.OwnEntities[reachedService])
                {
                    if (reached.Add(entity.Id))
                    {
                        (dependents.TryGetValue(entity.Id, out var list) ? list : dependents[entity.Id] = [])
                            .Add(new Dependent(i, reachedService == i, explain ? $"{pathTo![reachedService]} → {entity.Name.Nl}" : null));
                    }
                }
            }

            closureEntities[i] = [.. reached];
        }

        return new Closure(dependents, serviceDependents, closureEntities);
    }

    /// <summary>Every entity of one kind with the shares that depend on it, by share of processes, then of services.</summary>
    private static EntityFigures[] Measure(BoardLandscape landscape, Prepared prepared, Closure closure, BoardTotals totals, NodeKind kind)
    {
        var services = landscape.Services;
        var processes = prepared.Processes;
        var seenProcesses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var processIds = new List<string>();
        EntityFigures Of(string id, List<Dependent> list)
        {
            var info = prepared.EntityInfo[id];
            seenProcesses.Clear();
            processIds.Clear();
            int processWeight = 0, pupils = 0, staff = 0, direct = 0;
            foreach (var d in list)
            {
                var service = services[d.Service];
                var ids = service.ProcessIds;
                for (var p = 0; p < ids.Count; p++)
                {
                    if (processes.TryGetValue(ids[p], out var process) && seenProcesses.Add(ids[p]))
                    {
                        processIds.Add(ids[p]);
                        processWeight += process.Criticality;
                    }
                }

                pupils = Math.Max(pupils, service.Pupils ?? 0);
                staff = Math.Max(staff, service.Staff ?? 0);
                direct += d.Direct ? 1 : 0;
            }

            return new EntityFigures(
                id, info.Name, info.Kind, info.Country,
                totals.ProcessWeight == 0 ? 0 : (double)processWeight / totals.ProcessWeight, [.. processIds],
                Share(pupils, totals.Pupils), Share(staff, totals.Staff),
                services.Count == 0 ? 0 : (double)list.Count / services.Count, list.Count, direct);
        }

        return [.. closure.Dependents.Where(kv => prepared.EntityInfo[kv.Key].Kind == kind).Select(kv => Of(kv.Key, kv.Value))
            .OrderByDescending(c => c.ProcessShare).ThenByDescending(c => c.ServiceShare)];
    }

    private static readonly List<int> NoEdges = [];

    private readonly record struct Prepared(
        Dictionary<ServiceId, int> Index, Dependency[] Dependencies, List<int>[] Hard, Entity[][] OwnEntities,
        Dictionary<string, (LocalizedText Name, NodeKind Kind, string? Country)> EntityInfo, Dictionary<string, Process> Processes, double[] Weights);

    /// <summary>What both the full analysis and the indices start from: hard edges by index, each service's own entities and its weight.</summary>
    private static Prepared Prepare(BoardLandscape landscape, IReadOnlyList<ResolvedService> resolved)
    {
        var services = landscape.Services;
        var index = new Dictionary<ServiceId, int>(services.Count);
        for (var i = 0; i < services.Count; i++)
        {
            index[services[i].Id] = i;
        }

        var processes = landscape.Processes.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var deps = landscape.Dependencies.Where(d => index.ContainsKey(d.From) && index.ContainsKey(d.To) && d.From != d.To).ToArray();
        // Most services stand on nothing: they share one empty list.
        var hard = new List<int>[services.Count];
        Array.Fill(hard, NoEdges);
        foreach (var d in deps)
        {
            if (d.IsHard)
            {
                var from = index[d.From];
                (hard[from] = ReferenceEquals(hard[from], NoEdges) ? new List<int>(1) : hard[from]).Add(index[d.To]);
            }
        }

        // Each service's own entities: its vendor's ultimate parent and its hosting provider (with that provider's parent).
        var entityCache = new EntityCache();
        var ownEntities = resolved.Select(r => OwnEntities(r, entityCache)).ToArray();
        var entityInfo = new Dictionary<string, (LocalizedText Name, NodeKind Kind, string? Country)>(entityCache.Entities.Count);
        foreach (var e in entityCache.Entities.Values)
        {
            entityInfo[e.Id] = (e.Name, e.Kind, e.Country);
        }

        var weights = services.Select(s => (double)MostCritical(s, processes)).ToArray();
        return new Prepared(index, deps, hard, ownEntities, entityInfo, processes, weights);
    }

    /// <summary>Breadth first over hard edges, so each reached service keeps its shortest explaining path; buffers are reused per start.</summary>
    private sealed class HardReach(List<int>[] hard)
    {
        private const int Unseen = -2, Start = -1;
        private readonly List<int> order = [];
        private readonly int[] from = [.. Enumerable.Repeat(Unseen, hard.Length)];

        /// <summary>The services reached from <paramref name="start"/>, itself first, in breadth-first order.</summary>
        public List<int> From(int start)
        {
            foreach (var seen in order)
            {
                from[seen] = Unseen;
            }

            order.Clear();
            from[start] = Start;
            order.Add(start);
            for (var head = 0; head < order.Count; head++)
            {
                foreach (var next in hard[order[head]])
                {
                    if (from[next] == Unseen)
                    {
                        from[next] = order[head];
                        order.Add(next);
                    }
                }
            }

            return order;
        }

        /// <summary>The service the last walk reached <paramref name="service"/> from; negative for the start.</summary>
        public int ReachedFrom(int service) => from[service];
    }

    /// <summary>The criticality of the most critical process a service supports (1 when it supports none we know).</summary>
    private static int MostCritical(Service service, Dictionary<string, Process> processes)
    {
        var max = 1;
        var ids = service.ProcessIds;
        for (var p = 0; p < ids.Count; p++)
        {
            if (processes.TryGetValue(ids[p], out var process))
            {
                max = Math.Max(max, process.Criticality);
            }
        }

        return max;
    }

    /// <summary>An ultimate parent or hosting provider; made once per board and shared by every service that has it.</summary>
    private sealed record Entity(string Id, LocalizedText Name, NodeKind Kind, string? Country);

    /// <summary>Entities repeat across services (one Microsoft for forty services): each entity and each combination is built once a board.</summary>
    private sealed class EntityCache
    {
        public readonly Dictionary<(string, NodeKind), Entity> Entities = [];
        public readonly Dictionary<(string?, string?, string?), Entity[]> Combinations = [];

        public Entity Get(string id, NodeKind kind, LocalizedText name, string? country) =>
            Entities.TryGetValue((id, kind), out var e) ? e : Entities[(id, kind)] = new((kind == NodeKind.Parent ? "parent:" : "provider:") + id, name, kind, country);
    }

    private static Entity[] OwnEntities(ResolvedService r, EntityCache cache)
    {
        var parent = r.VendorChain.UltimateParent;
        var provider = r.HostingProvider;
        var hostParent = provider is null ? null : r.HostingChain.UltimateParent;
        var key = (parent?.Id, provider?.Id, hostParent?.Id);
        if (cache.Combinations.TryGetValue(key, out var known))
        {
            return known;
        }

        var list = new List<Entity>(3);
        if (parent is not null)
        {
            list.Add(cache.Get(parent.Id, NodeKind.Parent, LocalizedText.Same(parent.Name), parent.Country.Value));
        }

        if (provider is not null)
        {
            list.Add(cache.Get(provider.Id, NodeKind.Provider, provider.Name, hostParent?.Country.Value));
            if (hostParent is not null && hostParent.Id != parent?.Id)
            {
                list.Add(cache.Get(hostParent.Id, NodeKind.Parent, LocalizedText.Same(hostParent.Name), hostParent.Country.Value));
            }
        }

        return cache.Combinations[key] = [.. list];
    }

    private readonly record struct BoardTotals(int ProcessWeight, int Pupils, int Staff);

    /// <summary>Shares are of the processes the board's services support, and of the board's pupils and staff.</summary>
    private static BoardTotals Totals(BoardLandscape landscape, Dictionary<string, Process> processes)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int weight = 0, pupils = 0, staff = 0;
        foreach (var service in landscape.Services)
        {
            var ids = service.ProcessIds;
            for (var p = 0; p < ids.Count; p++)
            {
                if (processes.TryGetValue(ids[p], out var process) && used.Add(ids[p]))
                {
                    weight += process.Criticality;
                }
            }

            pupils = Math.Max(pupils, service.Pupils ?? 0);
            staff = Math.Max(staff, service.Staff ?? 0);
        }

        return new BoardTotals(weight, Math.Max(landscape.Organisation.Pupils, pupils), Math.Max(landscape.Organisation.Staff, staff));
    }

    /// <summary>Users of different services overlap, so the largest dependent user group is the lower bound of those affected.</summary>
    private static double Share(int part, int total) => total <= 0 ? 0 : Math.Min(1.0, (double)part / total);

    /// <summary>
    /// HHI over entity shares: each service weighs as its most critical process, split equally over the distinct
    /// entities of the kind it depends on (transitively over hard edges). Services with none known are reported apart.
    /// </summary>
    private static ConcentrationIndex Hhi(
        string[][] closureEntities, double[] weights, NodeKind kind,
        Dictionary<string, (LocalizedText Name, NodeKind Kind, string? Country)> info)
    {
        var totals = new Dictionary<string, double>();
        double total = 0, unattributed = 0;
        for (var i = 0; i < closureEntities.Length; i++)
        {
            total += weights[i];
            var count = 0;
            foreach (var e in closureEntities[i])
            {
                count += info[e].Kind == kind ? 1 : 0;
            }

            if (count == 0)
            {
                unattributed += weights[i];
                continue;
            }

            foreach (var e in closureEntities[i])
            {
                if (info[e].Kind == kind)
                {
                    totals[e] = totals.GetValueOrDefault(e) + weights[i] / count;
                }
            }
        }

        var attributed = total - unattributed;
        var shares = totals.Select(kv => (info[kv.Key].Name, Share: attributed <= 0 ? 0 : kv.Value / attributed))
            .OrderByDescending(s => s.Share).ToArray();
        var hhi = 10_000 * shares.Sum(s => s.Share * s.Share);
        var unattributedShare = total <= 0 ? 0 : unattributed / total;
        return new ConcentrationIndex(hhi, shares, unattributedShare,
            new HhiExplained(kind == NodeKind.Parent ? ConcentrationParties.UltimateParents : ConcentrationParties.HostingProviders, shares.Length, unattributedShare));
    }
}
