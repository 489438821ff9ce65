using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Graph;

public enum NodeKind { Process, Service, Vendor, Parent, Provider, Country }

public enum EdgeKind { Supports, SuppliedBy, OwnedBy, HostedOn, SignsInThrough, IntegratesWith, EstablishedIn }

/// <summary>
/// A node of the dependency graph. Jurisdiction is the country code of whoever controls it as far as is known (null =
/// unknown): the ultimate parent's, or, when <paramref name="ParentUnknown"/>, the highest known country up its chain
/// (<see cref="Scoring.Jurisdiction.AsFarAsKnown"/>).
/// </summary>
public sealed record GraphNode(string Id, NodeKind Kind, string Label, string? Jurisdiction, bool InEuEea, int Criticality, bool ParentUnknown = false);

public sealed record GraphEdge(string From, string To, EdgeKind Kind);

/// <summary>A service that depends on an entity, and through which chain.</summary>
public sealed record DependentService(ServiceId Service, string Name, bool Direct, string Path);

/// <summary>How much of the board depends on one provider or ultimate parent, directly or transitively.</summary>
public sealed record Concentration(
    string EntityId,
    LocalizedText Name,
    NodeKind Kind,
    string? Country,
    double ProcessShare,
    IReadOnlyList<LocalizedText> Processes,
    double PupilShare,
    double StaffShare,
    IReadOnlyList<string> DataCategories,
    double ServiceShare,
    IReadOnlyList<DependentService> Services);

/// <summary>An entity whose failure stops a process: every service that supports it depends on the entity.</summary>
public sealed record SinglePointOfFailure(string EntityId, LocalizedText Name, NodeKind Kind, IReadOnlyList<LocalizedText> Processes);

/// <summary>Herfindahl–Hirschman index (0–10,000) over the shares in <paramref name="Shares"/>.</summary>
public sealed record ConcentrationIndex(double Hhi, IReadOnlyList<(LocalizedText Name, double Share)> Shares, double UnattributedShare, HhiExplained Why);

/// <summary>The kind of party a concentration index is measured over.</summary>
public enum ConcentrationParties { UltimateParents, HostingProviders }

/// <summary>How the HHI over <paramref name="Count"/> parties was computed and how much weight had no known party.</summary>
public sealed record HhiExplained(ConcentrationParties Parties, int Count, double UnattributedShare) : ScoringReason;

/// <summary>
/// The figures of one ultimate parent or hosting provider from <see cref="DependencyAnalysis.Figures"/>: what its
/// <see cref="Concentration"/> says in numbers, with the ids of the processes that depend on it and the count of services
/// (all, and those that depend on it directly) instead of their list.
/// </summary>
public sealed record EntityFigures(
    string EntityId, LocalizedText Name, NodeKind Kind, string? Country, double ProcessShare, IReadOnlyList<string> ProcessIds, double PupilShare,
    double StaffShare, double ServiceShare, int Services, int DirectServices);

/// <summary>A board's dependency figures: per ultimate parent and hosting provider, and the two concentration indices.</summary>
public sealed record GraphFigures(
    IReadOnlyList<EntityFigures> ByParent, IReadOnlyList<EntityFigures> ByProvider, ConcentrationIndex ParentIndex, ConcentrationIndex ProviderIndex);

public sealed record GraphAnalysis(
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphEdge> Edges,
    IReadOnlyList<Concentration> ByParent,
    IReadOnlyList<Concentration> ByProvider,
    IReadOnlyList<SinglePointOfFailure> SinglePointsOfFailure,
    ConcentrationIndex ParentIndex,
    ConcentrationIndex ProviderIndex);

/// <summary>
/// The dependency graph of a board: processes → services → vendors → ultimate parents → countries, services →
/// hosting providers, and service-to-service edges. A service depends on an entity when the entity is its vendor's
/// ultimate parent or its hosting provider (direct), or is such for a service it is hosted on or signs in through,
/// transitively (indirect). Integrations are soft and do not carry dependency (docs/GRAPH.md).
/// </summary>
public static class DependencyAnalysis
{
    public static GraphAnalysis Analyse(BoardLandscape landscape, RegieKnowledge knowledge)
    {
        var catalog = knowledge.Catalog.For(landscape);
        var services = landscape.Services;
        var resolved = services.Select(s => ResolvedService.Resolve(s, catalog)).ToArray();
        var prepared = Prepare(landscape, resolved);
        var processes = landscape.Processes.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var paths = new DependencyPaths(services, prepared.Entities.Length);
        var tally = Close(services, prepared, paths);
        var entityIndex = prepared.Entities.ToDictionary(e => e.Id, e => e.Index);

        Concentration Explain(EntityFigures figures)
        {
            var list = paths.Dependents[entityIndex[figures.EntityId]];
            return new Concentration(
                figures.EntityId, figures.Name, figures.Kind, figures.Country, figures.ProcessShare,
                [.. figures.ProcessIds.Select(p => processes[p].Name)], figures.PupilShare, figures.StaffShare,
                [.. list.SelectMany(d => services[d.Service].DataCategoryIds).Distinct(StringComparer.OrdinalIgnoreCase).Order()],
                figures.ServiceShare,
                [.. list.Select(d => new DependentService(services[d.Service].Id, services[d.Service].Name, d.Direct, d.Path))]);
        }

        var totals = Totals(landscape, prepared);
        var byParent = Measure(landscape.Services.Count, tally, totals, NodeKind.Parent).Select(Explain).ToArray();
        var byProvider = Measure(landscape.Services.Count, tally, totals, NodeKind.Provider).Select(Explain).ToArray();
        var spofs = SinglePointsOfFailure(services, tally.FirstReached, paths, processes);
        var parentIndex = Hhi(tally, prepared.Entities, NodeKind.Parent);
        var providerIndex = Hhi(tally, prepared.Entities, NodeKind.Provider);
        var serviceNodeIds = services.ToDictionary(s => s.Id, s => "service:" + s.Id);
        var (nodes, edges) = BuildGraph(landscape, resolved, catalog, prepared.Dependencies, processes, prepared.MostCritical, serviceNodeIds);
        return new GraphAnalysis(nodes, edges, byParent, byProvider, spofs, parentIndex, providerIndex);
    }

    /// <summary>
    /// The figures of <see cref="Analyse"/> that a sector aggregate reads — each ultimate parent's and hosting provider's
    /// shares and the two concentration indices — by the same rules, without the graph, paths, names of processes and data
    /// or single points of failure. Pass <paramref name="resolved"/> (e.g. <see cref="BoardFigures.Resolved"/>) to skip
    /// resolving the services again.
    /// </summary>
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
        var tally = Close(landscape.Services, prepared, paths: null);
        var totals = Totals(landscape, prepared);
        return new GraphFigures(
            Measure(landscape.Services.Count, tally, totals, NodeKind.Parent), Measure(landscape.Services.Count, tally, totals, NodeKind.Provider),
            Hhi(tally, prepared.Entities, NodeKind.Parent), Hhi(tally, prepared.Entities, NodeKind.Provider));
    }

    /// <summary>
    /// Only the two concentration indices (ultimate parents and hosting providers), the same figures as
    /// <see cref="Analyse"/> gives, without paths, graph or single points of failure: for callers that measure many
    /// variants of one board, such as the roadmap's projection after every quarter.
    /// </summary>
    public static (ConcentrationIndex Parent, ConcentrationIndex Provider) ConcentrationIndices(BoardLandscape landscape, IReadOnlyList<ResolvedService> resolved)
    {
        if (resolved.Count != landscape.Services.Count)
        {
            throw new ArgumentException("Eén opgezochte dienst per dienst van het bestuur, in dezelfde volgorde.", nameof(resolved));
        }

        var prepared = Prepare(landscape, resolved);
        var tally = Close(landscape.Services, prepared, paths: null);
        return (Hhi(tally, prepared.Entities, NodeKind.Parent), Hhi(tally, prepared.Entities, NodeKind.Provider));
    }

    /// <summary>
    /// The closure over hard edges, walked once a board: every service reaches itself and what it is hosted on or signs in
    /// through, transitively, and so depends on their entities. Entities are marked by index (one <c>int</c> per entity,
    /// stamped with the service being walked), and what the sector reads is added up on the way in <see cref="EntityTally"/>;
    /// the chains behind each dependency are written only when <paramref name="paths"/> asks for them (the explained analysis).
    /// </summary>
    private static EntityTally Close(IReadOnlyList<Service> services, Prepared prepared, DependencyPaths? paths)
    {
        var tally = new EntityTally(prepared);
        var reach = new HardReach(prepared.Hard);
        var reachedBy = new int[prepared.Entities.Length];
        Array.Fill(reachedBy, -1);
        var reached = new List<Entity>(8);
        for (var i = 0; i < services.Count; i++)
        {
            reached.Clear();
            foreach (var reachedService in reach.From(i))
            {
                paths?.Reached(i, reachedService, reach.ReachedFrom(reachedService));
                foreach (var entity in prepared.OwnEntities[reachedService])
                {
                    if (reachedBy[entity.Index] != i)
                    {
                        reachedBy[entity.Index] = i;
                        reached.Add(entity);
                        tally.Depends(entity, i, direct: reachedService == i);
                        paths?.Depends(entity, i, reachedService);
                    }
                }
            }

            tally.Attribute(reached, prepared.MostCritical[i]);
        }

        return tally;
    }

    /// <summary>
    /// Per entity what the services depending on it add up to — how many, how many directly, the largest user groups, the
    /// processes they support — and its weight in the concentration index, filled service by service in the board's order.
    /// </summary>
    private sealed class EntityTally(Prepared prepared)
    {
        private readonly IReadOnlyList<Service> services = prepared.Services;
        private readonly int processCount = prepared.ProcessCriticality.Length;
        private readonly bool[] processSeen = new bool[prepared.Entities.Length * prepared.ProcessCriticality.Length];

        public readonly int[] Services = new int[prepared.Entities.Length];
        public readonly int[] DirectServices = new int[prepared.Entities.Length];
        public readonly int[] Pupils = new int[prepared.Entities.Length];
        public readonly int[] Staff = new int[prepared.Entities.Length];
        public readonly int[] ProcessWeight = new int[prepared.Entities.Length];
        public readonly List<string>?[] ProcessIds = new List<string>?[prepared.Entities.Length];

        /// <summary>Entities in the order the walk first reached them; ties in every ranking keep this order.</summary>
        public readonly List<Entity> FirstReached = new(prepared.Entities.Length);

        /// <summary>Each entity's part of the services' weights, split equally among the entities of its kind a service depends on.</summary>
        public readonly double[] Weight = new double[prepared.Entities.Length];
        public double TotalWeight;
        public double UnattributedParents;
        public double UnattributedProviders;

        public void Depends(Entity entity, int service, bool direct)
        {
            var e = entity.Index;
            if (Services[e] == 0)
            {
                FirstReached.Add(entity);
            }

            Services[e]++;
            DirectServices[e] += direct ? 1 : 0;
            var dependent = services[service];
            Pupils[e] = Math.Max(Pupils[e], dependent.Pupils ?? 0);
            Staff[e] = Math.Max(Staff[e], dependent.Staff ?? 0);
            var slots = prepared.ProcessSlots.Of(service);
            for (var p = 0; p < slots.Length; p++)
            {
                if (slots[p] >= 0 && !processSeen[e * processCount + slots[p]])
                {
                    processSeen[e * processCount + slots[p]] = true;
                    (ProcessIds[e] ??= []).Add(dependent.ProcessIds[p]);
                    ProcessWeight[e] += prepared.ProcessCriticality[slots[p]];
                }
            }
        }

        /// <summary>The HHI's rule: a service weighs as its most critical process, split over the distinct entities of each kind it depends on.</summary>
        public void Attribute(List<Entity> reached, double weight)
        {
            TotalWeight += weight;
            UnattributedParents += Split(reached, weight, NodeKind.Parent) ? 0 : weight;
            UnattributedProviders += Split(reached, weight, NodeKind.Provider) ? 0 : weight;
        }

        private bool Split(List<Entity> reached, double weight, NodeKind kind)
        {
            var count = 0;
            foreach (var entity in reached)
            {
                count += entity.Kind == kind ? 1 : 0;
            }

            foreach (var entity in reached)
            {
                if (entity.Kind == kind)
                {
                    Weight[entity.Index] += weight / count;
                }
            }

            return count > 0;
        }
    }

    /// <summary>What only the explained analysis reads: per entity the services depending on it with the chain through which, per service the services leaning on it.</summary>
    private sealed class DependencyPaths(IReadOnlyList<Service> services, int entityCount)
    {
        private readonly string[] pathTo = new string[services.Count];
        public readonly List<Dependent>[] Dependents = [.. Enumerable.Range(0, entityCount).Select(_ => new List<Dependent>())];
        public readonly Dictionary<int, HashSet<int>> ServiceDependents = [];

        public void Reached(int start, int service, int via)
        {
            pathTo[service] = via < 0 ? services[start].Name : pathTo[via] + " → " + services[service].Name;
            if (service != start)
            {
                (ServiceDependents.TryGetValue(service, out var set) ? set : ServiceDependents[service] = []).Add(start);
            }
        }

        public void Depends(Entity entity, int start, int service) =>
            Dependents[entity.Index].Add(new Dependent(start, service == start, $"{pathTo[service]} → {entity.Name.Nl}"));
    }

    /// <summary>A service that depends on an entity: by index, directly or not, and through which chain.</summary>
    private readonly record struct Dependent(int Service, bool Direct, string Path);

    /// <summary>Every entity of one kind with the shares that depend on it, by share of processes, then of services.</summary>
    private static EntityFigures[] Measure(int serviceCount, EntityTally tally, BoardTotals totals, NodeKind kind)
    {
        var result = new List<EntityFigures>();
        foreach (var entity in tally.FirstReached)
        {
            if (entity.Kind != kind)
            {
                continue;
            }

            var e = entity.Index;
            result.Add(new EntityFigures(
                entity.Id, entity.Name, entity.Kind, entity.Country,
                totals.ProcessWeight == 0 ? 0 : (double)tally.ProcessWeight[e] / totals.ProcessWeight, (IReadOnlyList<string>?)tally.ProcessIds[e] ?? [],
                Share(tally.Pupils[e], totals.Pupils), Share(tally.Staff[e], totals.Staff),
                serviceCount == 0 ? 0 : (double)tally.Services[e] / serviceCount, tally.Services[e], tally.DirectServices[e]));
        }

        return [.. result.OrderByDescending(c => c.ProcessShare).ThenByDescending(c => c.ServiceShare)];
    }

    private static readonly List<int> NoEdges = [];

    private readonly record struct Prepared(
        IReadOnlyList<Service> Services, Dependency[] Dependencies, List<int>[] Hard, Entity[] Entities, Entity[][] OwnEntities,
        ProcessSlots ProcessSlots, int[] ProcessCriticality, int[] MostCritical);

    /// <summary>What every path starts from: hard edges by index, each service's own entities, its processes by index and its weight.</summary>
    private static Prepared Prepare(BoardLandscape landscape, IReadOnlyList<ResolvedService> resolved)
    {
        var services = landscape.Services;
        var index = new Dictionary<ServiceId, int>(services.Count);
        for (var i = 0; i < services.Count; i++)
        {
            index[services[i].Id] = i;
        }

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
        var ownEntities = new Entity[resolved.Count][];
        for (var i = 0; i < ownEntities.Length; i++)
        {
            ownEntities[i] = OwnEntities(resolved[i], entityCache);
        }

        var slots = ProcessSlots.Of(landscape);
        var criticality = landscape.Processes.Select(p => p.Criticality).ToArray();
        var mostCritical = new int[services.Count];
        for (var i = 0; i < services.Count; i++)
        {
            mostCritical[i] = MostCritical(slots.Of(i), criticality);
        }

        return new Prepared(services, deps, hard, [.. entityCache.Entities], ownEntities, slots, criticality, mostCritical);
    }

    /// <summary>
    /// Each service's process ids as indexes into the board's processes (−1 for an id the board does not know), in one array:
    /// the ids are looked up once a board, not once per entity a service depends on.
    /// </summary>
    private sealed class ProcessSlots(int[] start, int[] process)
    {
        public ReadOnlySpan<int> Of(int service) => process.AsSpan(start[service], start[service + 1] - start[service]);

        public static ProcessSlots Of(BoardLandscape landscape)
        {
            var index = new Dictionary<string, int>(landscape.Processes.Count, StringComparer.OrdinalIgnoreCase);
            for (var p = 0; p < landscape.Processes.Count; p++)
            {
                index.Add(landscape.Processes[p].Id, p);
            }

            var services = landscape.Services;
            var start = new int[services.Count + 1];
            for (var i = 0; i < services.Count; i++)
            {
                start[i + 1] = start[i] + services[i].ProcessIds.Count;
            }

            var process = new int[start[^1]];
            for (var i = 0; i < services.Count; i++)
            {
                var ids = services[i].ProcessIds;
                for (var p = 0; p < ids.Count; p++)
                {
                    process[start[i] + p] = index.TryGetValue(ids[p], out var at) ? at : -1;
                }
            }

            return new ProcessSlots(start, process);
        }
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
    private static int MostCritical(ReadOnlySpan<int> processes, int[] criticality)
    {
        var max = 1;
        foreach (var p in processes)
        {
            if (p >= 0)
            {
                max = Math.Max(max, criticality[p]);
            }
        }

        return max;
    }

    /// <summary>An ultimate parent or hosting provider; made once per board and shared by every service that has it. <paramref name="Index"/> is its place in the board's entities.</summary>
    private sealed record Entity(int Index, string Id, LocalizedText Name, NodeKind Kind, string? Country);

    /// <summary>Entities repeat across services (one Microsoft for forty services): each entity and each combination is built once a board.</summary>
    private sealed class EntityCache
    {
        private readonly Dictionary<(string, NodeKind), Entity> byId = [];
        public readonly List<Entity> Entities = [];
        public readonly Dictionary<(string?, string?, string?), Entity[]> Combinations = [];

        public Entity Get(string id, NodeKind kind, LocalizedText name, string? country)
        {
            if (!byId.TryGetValue((id, kind), out var entity))
            {
                entity = byId[(id, kind)] = new(Entities.Count, (kind == NodeKind.Parent ? "parent:" : "provider:") + id, name, kind, country);
                Entities.Add(entity);
            }

            return entity;
        }
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
    private static BoardTotals Totals(BoardLandscape landscape, Prepared prepared)
    {
        var used = new bool[prepared.ProcessCriticality.Length];
        int weight = 0, pupils = 0, staff = 0;
        for (var i = 0; i < landscape.Services.Count; i++)
        {
            foreach (var p in prepared.ProcessSlots.Of(i))
            {
                if (p >= 0 && !used[p])
                {
                    used[p] = true;
                    weight += prepared.ProcessCriticality[p];
                }
            }

            var service = landscape.Services[i];
            pupils = Math.Max(pupils, service.Pupils ?? 0);
            staff = Math.Max(staff, service.Staff ?? 0);
        }

        return new BoardTotals(weight, Math.Max(landscape.Organisation.Pupils, pupils), Math.Max(landscape.Organisation.Staff, staff));
    }

    /// <summary>Users of different services overlap, so the largest dependent user group is the lower bound of those affected.</summary>
    private static double Share(int part, int total) => total <= 0 ? 0 : Math.Min(1.0, (double)part / total);

    private static List<SinglePointOfFailure> SinglePointsOfFailure(
        IReadOnlyList<Service> services, List<Entity> firstReached, DependencyPaths paths, Dictionary<string, Process> processes)
    {
        var supporters = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < services.Count; i++)
        {
            foreach (var p in services[i].ProcessIds.Where(processes.ContainsKey))
            {
                (supporters.TryGetValue(p, out var set) ? set : supporters[p] = []).Add(i);
            }
        }

        // In Dutch alphabetical order, the order the pages have always shown; each name comes in both languages.
        List<LocalizedText> Stopped(HashSet<int> failing) =>
            [.. supporters.Where(kv => kv.Value.All(failing.Contains)).Select(kv => processes[kv.Key].Name).OrderBy(n => n.Nl)];

        var result = new List<SinglePointOfFailure>();
        foreach (var entity in firstReached)
        {
            var stopped = Stopped([.. paths.Dependents[entity.Index].Select(d => d.Service)]);
            if (stopped.Count > 0)
            {
                result.Add(new(entity.Id, entity.Name, entity.Kind, stopped));
            }
        }

        for (var i = 0; i < services.Count; i++)
        {
            var failing = paths.ServiceDependents.TryGetValue(i, out var set) ? new HashSet<int>(set) { i } : [i];
            var stopped = Stopped(failing);
            // A service counts only when others lean on it: a process with one service is already visible on the processes page.
            if (stopped.Count > 0 && failing.Count > 1)
            {
                result.Add(new("service:" + services[i].Id, LocalizedText.Same(services[i].Name), NodeKind.Service, stopped));
            }
        }

        return [.. result.OrderByDescending(s => s.Processes.Count).ThenBy(s => s.Name.Nl)];
    }

    /// <summary>
    /// HHI over entity shares: each service weighs as its most critical process, split equally over the distinct
    /// entities of the kind it depends on (transitively over hard edges). Services with none known are reported apart.
    /// </summary>
    private static ConcentrationIndex Hhi(EntityTally tally, Entity[] entities, NodeKind kind)
    {
        var total = tally.TotalWeight;
        var unattributed = kind == NodeKind.Parent ? tally.UnattributedParents : tally.UnattributedProviders;
        var attributed = total - unattributed;
        var shares = tally.FirstReached.Where(e => e.Kind == kind)
            .Select(e => (e.Name, Share: attributed <= 0 ? 0 : tally.Weight[e.Index] / attributed))
            .OrderByDescending(s => s.Share).ToArray();
        var hhi = 10_000 * shares.Sum(s => s.Share * s.Share);
        var unattributedShare = total <= 0 ? 0 : unattributed / total;
        return new ConcentrationIndex(hhi, shares, unattributedShare,
            new HhiExplained(kind == NodeKind.Parent ? ConcentrationParties.UltimateParents : ConcentrationParties.HostingProviders, shares.Length, unattributedShare));
    }

    private static (List<GraphNode>, List<GraphEdge>) BuildGraph(
        BoardLandscape landscape, ResolvedService[] resolved, KnowledgeCatalog catalog, Dependency[] deps, Dictionary<string, Process> processes,
        int[] mostCritical, Dictionary<ServiceId, string> serviceNodeIds)
    {
        var nodes = new Dictionary<string, GraphNode>();
        var edges = new HashSet<GraphEdge>();
        GraphNode CountryNode(string? code)
        {
            var country = code is null ? null : catalog.CountryByCode.GetValueOrDefault(code);
            var id = "country:" + (code ?? "onbekend");
            return nodes.TryGetValue(id, out var n) ? n : nodes[id] = new GraphNode(id, NodeKind.Country, country?.Name.Nl ?? code ?? "onbekend", code, country?.InEuEea ?? false, 1);
        }

        var builtChains = new Dictionary<string, string>();
        string CompanyChain(OwnershipChain chain, NodeKind firstKind)
        {
            // A chain depends only on its first company; many services share a vendor, so build each chain once.
            if (builtChains.TryGetValue(chain.Companies[0].Id, out var built))
            {
                return built;
            }

            string? previous = null;
            string? first = null;
            for (var c = 0; c < chain.Companies.Count; c++)
            {
                var company = chain.Companies[c];
                var isTop = c == chain.Companies.Count - 1 && chain.ReachesUltimateParent;
                var id = (isTop ? "parent:" : "vendor:") + company.Id;
                var control = Jurisdiction.AsFarAsKnown(catalog, chain, c);
                nodes.TryAdd(id, new GraphNode(id, isTop ? NodeKind.Parent : (c == 0 ? firstKind : NodeKind.Vendor), company.Name,
                    control.Country?.Code, control.Country?.InEuEea ?? false, 1, !control.ParentKnown));
                if (previous is not null)
                {
                    edges.Add(new GraphEdge(previous, id, EdgeKind.OwnedBy));
                }

                if (isTop)
                {
                    edges.Add(new GraphEdge(id, CountryNode(company.Country.Value).Id, EdgeKind.EstablishedIn));
                }

                first ??= id;
                previous = id;
            }

            builtChains[chain.Companies[0].Id] = first!;
            return first!;
        }

        var processNodeIds = processes.ToDictionary(kv => kv.Key, kv => "process:" + kv.Value.Id, StringComparer.OrdinalIgnoreCase);
        var usedProcesses = landscape.Services.SelectMany(s => s.ProcessIds).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var p in landscape.Processes.Where(p => usedProcesses.Contains(p.Id)))
        {
            nodes[processNodeIds[p.Id]] = new GraphNode(processNodeIds[p.Id], NodeKind.Process, p.Name.Nl, null, true, p.Criticality);
        }

        for (var i = 0; i < resolved.Length; i++)
        {
            var r = resolved[i];
            var id = serviceNodeIds[r.Id];
            var control = Jurisdiction.AsFarAsKnown(catalog, r.VendorChain);
            nodes[id] = new GraphNode(id, NodeKind.Service, r.Name, control.Country?.Code, control.Country?.InEuEea ?? false, mostCritical[i], !control.ParentKnown);
            foreach (var p in r.Service.ProcessIds.Where(processes.ContainsKey))
            {
                edges.Add(new GraphEdge(id, processNodeIds[p], EdgeKind.Supports));
            }

            if (r.VendorChain.Companies.Count > 0)
            {
                edges.Add(new GraphEdge(id, CompanyChain(r.VendorChain, NodeKind.Vendor), EdgeKind.SuppliedBy));
            }

            if (r.HostingProvider is { } provider)
            {
                var providerId = "provider:" + provider.Id;
                var hostControl = Jurisdiction.AsFarAsKnown(catalog, r.HostingChain);
                nodes.TryAdd(providerId, new GraphNode(providerId, NodeKind.Provider, provider.Name.Nl, hostControl.Country?.Code,
                    hostControl.Country?.InEuEea ?? false, 1, !hostControl.ParentKnown));
                edges.Add(new GraphEdge(id, providerId, EdgeKind.HostedOn));
                if (r.HostingChain.Companies.Count > 0)
                {
                    edges.Add(new GraphEdge(providerId, CompanyChain(r.HostingChain, NodeKind.Vendor), EdgeKind.OwnedBy));
                }
            }
        }

        foreach (var d in deps)
        {
            var kind = d.Kind switch
            {
                DependencyKind.HostedOn => EdgeKind.HostedOn,
                DependencyKind.SignsInThrough => EdgeKind.SignsInThrough,
                _ => EdgeKind.IntegratesWith,
            };
            edges.Add(new GraphEdge(serviceNodeIds[d.From], serviceNodeIds[d.To], kind));
        }

        // A node's size follows the most critical process that leans on it, so propagate criticality down the edges.
        var list = nodes.Values.ToList();
        var byId = nodes;
        for (var pass = 0; pass < 6; pass++)
        {
            var changed = false;
            foreach (var e in edges.Where(e => e.Kind != EdgeKind.Supports))
            {
                if (byId.TryGetValue(e.From, out var from) && byId.TryGetValue(e.To, out var to) && from.Criticality > to.Criticality)
                {
                    byId[e.To] = to with { Criticality = from.Criticality };
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return ([.. byId.Values], [.. edges]);
    }
}
