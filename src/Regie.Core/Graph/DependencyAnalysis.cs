using Regie.Core.Catalog;
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
    string Name,
    NodeKind Kind,
    string? Country,
    double ProcessShare,
    IReadOnlyList<string> Processes,
    double PupilShare,
    double StaffShare,
    IReadOnlyList<string> DataCategories,
    double ServiceShare,
    IReadOnlyList<DependentService> Services);

/// <summary>An entity whose failure stops a process: every service that supports it depends on the entity.</summary>
public sealed record SinglePointOfFailure(string EntityId, string Name, NodeKind Kind, IReadOnlyList<string> Processes);

/// <summary>Herfindahl–Hirschman index (0–10,000) over the shares in <paramref name="Shares"/>.</summary>
public sealed record ConcentrationIndex(double Hhi, IReadOnlyList<(string Name, double Share)> Shares, double UnattributedShare, HhiExplained Why);

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
    string EntityId, string Name, NodeKind Kind, string? Country, double ProcessShare, IReadOnlyList<string> ProcessIds, double PupilShare,
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
        var (index, deps, _, _, entityInfo, processes, weights) = prepared;
        var closure = Close(services, prepared, explain: true);

        Concentration Explain(EntityFigures figures)
        {
            var list = closure.Dependents[figures.EntityId];
            return new Concentration(
                figures.EntityId, figures.Name, figures.Kind, figures.Country, figures.ProcessShare,
                [.. figures.ProcessIds.Select(p => processes[p].Name.Nl)], figures.PupilShare, figures.StaffShare,
                [.. list.SelectMany(d => services[d.Service].DataCategoryIds).Distinct(StringComparer.OrdinalIgnoreCase).Order()],
                figures.ServiceShare,
                [.. list.Select(d => new DependentService(services[d.Service].Id, services[d.Service].Name, d.Direct, d.Path!))]);
        }

        var totals = Totals(landscape, processes);
        var byParent = Measure(landscape, prepared, closure, totals, NodeKind.Parent).Select(Explain).ToArray();
        var byProvider = Measure(landscape, prepared, closure, totals, NodeKind.Provider).Select(Explain).ToArray();
        var dependents = closure.Dependents.ToDictionary(kv => kv.Key, kv => kv.Value.Select(d => d.Service).ToList());
        var spofs = SinglePointsOfFailure(services, dependents, closure.ServiceDependents!, entityInfo, processes);
        var parentIndex = Hhi(closure.Entities, weights, NodeKind.Parent, entityInfo);
        var providerIndex = Hhi(closure.Entities, weights, NodeKind.Provider, entityInfo);
        var serviceNodeIds = services.ToDictionary(s => s.Id, s => "service:" + s.Id);
        var (nodes, edges) = BuildGraph(landscape, resolved, catalog, deps, processes, serviceNodeIds);
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
                            .Add(new Dependent(i, reachedService == i, explain ? $"{pathTo![reachedService]} → {entity.Name}" : null));
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

        var (_, _, hard, ownEntities, entityInfo, _, weights) = Prepare(landscape, resolved);
        var reach = new HardReach(hard);
        var reached = new HashSet<string>();
        var closureEntities = new string[resolved.Count][];
        for (var i = 0; i < resolved.Count; i++)
        {
            reached.Clear();
            foreach (var reachedService in reach.From(i))
            {
                foreach (var entity in ownEntities[reachedService])
                {
                    reached.Add(entity.Id);
                }
            }

            closureEntities[i] = [.. reached];
        }

        return (Hhi(closureEntities, weights, NodeKind.Parent, entityInfo), Hhi(closureEntities, weights, NodeKind.Provider, entityInfo));
    }

    private static readonly List<int> NoEdges = [];

    private readonly record struct Prepared(
        Dictionary<ServiceId, int> Index, Dependency[] Dependencies, List<int>[] Hard, Entity[][] OwnEntities,
        Dictionary<string, (string Name, NodeKind Kind, string? Country)> EntityInfo, Dictionary<string, Process> Processes, double[] Weights);

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
        var entityInfo = new Dictionary<string, (string Name, NodeKind Kind, string? Country)>(entityCache.Entities.Count);
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
    private sealed record Entity(string Id, string Name, NodeKind Kind, string? Country);

    /// <summary>Entities repeat across services (one Microsoft for forty services): each entity and each combination is built once a board.</summary>
    private sealed class EntityCache
    {
        public readonly Dictionary<(string, NodeKind), Entity> Entities = [];
        public readonly Dictionary<(string?, string?, string?), Entity[]> Combinations = [];

        public Entity Get(string id, NodeKind kind, string name, string? country) =>
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
            list.Add(cache.Get(parent.Id, NodeKind.Parent, parent.Name, parent.Country.Value));
        }

        if (provider is not null)
        {
            list.Add(cache.Get(provider.Id, NodeKind.Provider, provider.Name, hostParent?.Country.Value));
            if (hostParent is not null && hostParent.Id != parent?.Id)
            {
                list.Add(cache.Get(hostParent.Id, NodeKind.Parent, hostParent.Name, hostParent.Country.Value));
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

    private static List<SinglePointOfFailure> SinglePointsOfFailure(
        IReadOnlyList<Service> services,
        Dictionary<string, List<int>> dependents, Dictionary<int, HashSet<int>> serviceDependents,
        Dictionary<string, (string Name, NodeKind Kind, string? Country)> entityInfo, Dictionary<string, Process> processes)
    {
        var supporters = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < services.Count; i++)
        {
            foreach (var p in services[i].ProcessIds.Where(processes.ContainsKey))
            {
                (supporters.TryGetValue(p, out var set) ? set : supporters[p] = []).Add(i);
            }
        }

        List<string> Stopped(HashSet<int> failing) =>
            [.. supporters.Where(kv => kv.Value.All(failing.Contains)).Select(kv => processes[kv.Key].Name.Nl).Order()];

        var result = new List<SinglePointOfFailure>();
        foreach (var (id, list) in dependents)
        {
            var stopped = Stopped([.. list]);
            if (stopped.Count > 0)
            {
                result.Add(new(id, entityInfo[id].Name, entityInfo[id].Kind, stopped));
            }
        }

        for (var i = 0; i < services.Count; i++)
        {
            var failing = serviceDependents.TryGetValue(i, out var set) ? new HashSet<int>(set) { i } : [i];
            var stopped = Stopped(failing);
            // A service counts only when others lean on it: a process with one service is already visible on the processes page.
            if (stopped.Count > 0 && failing.Count > 1)
            {
                result.Add(new("service:" + services[i].Id, services[i].Name, NodeKind.Service, stopped));
            }
        }

        return [.. result.OrderByDescending(s => s.Processes.Count).ThenBy(s => s.Name)];
    }

    /// <summary>
    /// HHI over entity shares: each service weighs as its most critical process, split equally over the distinct
    /// entities of the kind it depends on (transitively over hard edges). Services with none known are reported apart.
    /// </summary>
    private static ConcentrationIndex Hhi(
        string[][] closureEntities, double[] weights, NodeKind kind,
        Dictionary<string, (string Name, NodeKind Kind, string? Country)> info)
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

    private static (List<GraphNode>, List<GraphEdge>) BuildGraph(
        BoardLandscape landscape, ResolvedService[] resolved, KnowledgeCatalog catalog, Dependency[] deps, Dictionary<string, Process> processes,
        Dictionary<ServiceId, string> serviceNodeIds)
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

        foreach (var r in resolved)
        {
            var id = serviceNodeIds[r.Id];
            var control = Jurisdiction.AsFarAsKnown(catalog, r.VendorChain);
            var criticality = MostCritical(r.Service, processes);
            nodes[id] = new GraphNode(id, NodeKind.Service, r.Name, control.Country?.Code, control.Country?.InEuEea ?? false, criticality, !control.ParentKnown);
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
                nodes.TryAdd(providerId, new GraphNode(providerId, NodeKind.Provider, provider.Name, hostControl.Country?.Code,
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
