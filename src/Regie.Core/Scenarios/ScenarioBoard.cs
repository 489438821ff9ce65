using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Scenarios;

/// <summary>
/// One board prepared for scenarios: every service's facts resolved once (ownership chains come memoised from the
/// catalog), an index from each company, provider, country and product to the services that have it in their chain,
/// and the dependency edges turned round. A scenario is then a walk from the services it hits first along those edges:
/// a hard edge (hosted on, signs in through) takes the dependant down, a soft one (integrates with) degrades it, and a
/// degraded service degrades whatever leans on it. Each service is visited once, so a cycle ends where it closes
/// (docs/SCENARIOS.md).
/// </summary>
public sealed class ScenarioBoard
{
    private enum Via : byte { Vendor, HostingProvider, HostingOwner, VendorCountry, HostingCountry, Product, PartOfProduct, SubProcessor }

    /// <summary>Why a service is hit first: through its vendor chain at Position, its hosting, its product or a sub-processor.</summary>
    private readonly record struct Hit(int Service, Via Via, int Position, OwnershipChain? SubProcessor = null);

    private const byte None = 0, DownState = 1, DegradedState = 2;

    // The harm weights: Regie's own model in data/models/scenario-harm.yaml (docs/SCENARIOS.md), shown with every score.
    private double ProcessWeight => knowledge.HarmWeights.ProcessWeight;
    private double PeopleWeight => knowledge.HarmWeights.PeopleWeight;
    private double StoppedFactor => knowledge.HarmWeights.StoppedFactor;
    private double DisruptedFactor => knowledge.HarmWeights.DisruptedFactor;
    private double DegradedFactor => knowledge.HarmWeights.DegradedFactor;

    private readonly BoardLandscape landscape;
    private readonly RegieKnowledge knowledge;
    private readonly KnowledgeCatalog catalog;
    private readonly Service[] services;
    private readonly ResolvedService[] resolved;
    private readonly (int Service, DependencyKind Kind)[][] hardDependants;
    private readonly (int Service, DependencyKind Kind)[][] softDependants;
    private readonly Dictionary<TargetKey, List<Hit>> hits = new(TargetKey.Comparer);
    private readonly Dictionary<TargetKey, List<Hit>> compelled = new(TargetKey.Comparer);

    /// <summary>A target without its name or the string key: preparing 1,600 boards should not build strings nobody reads.</summary>
    private readonly record struct TargetKey(TargetKind Kind, string Id)
    {
        public static readonly IEqualityComparer<TargetKey> Comparer = new KeyComparer();

        private sealed class KeyComparer : IEqualityComparer<TargetKey>
        {
            public bool Equals(TargetKey x, TargetKey y) => x.Kind == y.Kind && string.Equals(x.Id, y.Id, StringComparison.OrdinalIgnoreCase);

            public int GetHashCode(TargetKey key) => HashCode.Combine(key.Kind, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Id));
        }
    }
    private readonly Process[] processes;
    private readonly int[][] serviceProcesses;
    private readonly int[] supporters;
    private readonly int totalWeight;
    private readonly int boardPupils, boardStaff;
    private int servicesWithoutParty;

    private ScenarioBoard(BoardLandscape landscape, RegieKnowledge knowledge)
    {
        this.landscape = landscape;
        this.knowledge = knowledge;
        catalog = knowledge.Catalog.For(landscape);
        services = [.. landscape.Services];
        resolved = new ResolvedService[services.Length];
        var index = new Dictionary<ServiceId, int>(services.Length);
        for (var i = 0; i < services.Length; i++)
        {
            resolved[i] = ResolvedService.Resolve(services[i], catalog);
            index[services[i].Id] = i;
        }

        var hard = new List<(int, DependencyKind)>?[services.Length];
        var soft = new List<(int, DependencyKind)>?[services.Length];
        foreach (var d in landscape.Dependencies)
        {
            if (d.From != d.To && index.TryGetValue(d.From, out var from) && index.TryGetValue(d.To, out var to))
            {
                var lists = d.IsHard ? hard : soft;
                (lists[to] ??= []).Add((from, d.Kind));
            }
        }

        hardDependants = [.. hard.Select(l => l is null ? [] : l.ToArray())];
        softDependants = [.. soft.Select(l => l is null ? [] : l.ToArray())];

        var processIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var used = new List<Process>();
        var lookup = landscape.Processes.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        serviceProcesses = new int[services.Length][];
        for (var i = 0; i < services.Length; i++)
        {
            var own = new List<int>(services[i].ProcessIds.Count);
            foreach (var id in services[i].ProcessIds)
            {
                if (!lookup.TryGetValue(id, out var process))
                {
                    continue;
                }

                if (!processIndex.TryGetValue(id, out var p))
                {
                    p = processIndex[id] = used.Count;
                    used.Add(process);
                }

                if (!own.Contains(p))
                {
                    own.Add(p);
                }
            }

            serviceProcesses[i] = [.. own];
        }

        processes = [.. used];
        supporters = new int[processes.Length];
        foreach (var own in serviceProcesses)
        {
            foreach (var p in own)
            {
                supporters[p]++;
            }
        }

        totalWeight = processes.Sum(p => p.Criticality);
        boardPupils = Math.Max(landscape.Organisation.Pupils, services.Select(s => s.Pupils ?? 0).DefaultIfEmpty(0).Max());
        boardStaff = Math.Max(landscape.Organisation.Staff, services.Select(s => s.Staff ?? 0).DefaultIfEmpty(0).Max());

        for (var i = 0; i < services.Length; i++)
        {
            IndexService(i);
        }
    }

    /// <summary>Prepares a board once; runs and the sweep then reuse what was resolved.</summary>
    public static ScenarioBoard Prepare(BoardLandscape landscape, RegieKnowledge knowledge) => new(landscape, knowledge);

    public BoardLandscape Landscape => landscape;

    /// <summary>Every provider, company, country and product that a scenario can name on this board, most used first.</summary>
    public IReadOnlyList<ScenarioTarget> Targets
    {
        get
        {
            var ws = new Workspace(services.Length, processes.Length);
            return [.. hits.Keys.Concat(compelled.Keys).Distinct(TargetKey.Comparer).Select(k => TargetOf(k, ws))
                .OrderBy(t => t.Kind).ThenByDescending(t => t.Services).ThenBy(t => t.Name, StringComparer.CurrentCulture)];
        }
    }

    private ScenarioTarget TargetOf(TargetKey key) => TargetOf(key, new Workspace(services.Length, processes.Length));

    /// <param name="ws">Where to walk what goes down; null leaves <see cref="ScenarioTarget.ServicesDown"/> to the caller.</param>
    private ScenarioTarget TargetOf(TargetKey key, Workspace? ws)
    {
        var name = key.Kind switch
        {
            TargetKind.Company => catalog.CompanyById.GetValueOrDefault(key.Id)?.Name,
            TargetKind.Provider => catalog.ProviderById.GetValueOrDefault(key.Id)?.Name.Nl,
            TargetKind.Country => CountryName(key.Id),
            _ => catalog.ProductById.GetValueOrDefault(key.Id)?.Name,
        };
        var country = key.Kind == TargetKind.Country ? catalog.CountryByCode.GetValueOrDefault(key.Id)?.Name : null;
        var down = 0;
        if (hits.TryGetValue(key, out var seeds) && ws is not null)
        {
            Propagate(seeds, ws, null);
            down = ws.Queue.Count(i => ws.State[i] == DownState);
        }

        return new ScenarioTarget(key.Kind, key.Id, name ?? key.Id, Math.Max(seeds?.Count ?? 0, compelled.GetValueOrDefault(key)?.Count ?? 0), country, down)
        {
            Names = key.Kind == TargetKind.Provider ? catalog.ProviderById.GetValueOrDefault(key.Id)?.Name : null,
        };
    }

    public IReadOnlyList<ScenarioTarget> TargetsFor(ScenarioKind kind) =>
        [.. Targets.Where(t => Scenario.TargetKindsOf(kind).Contains(t.Kind))];

    /// <summary>
    /// The target a user named: "company:microsoft", "microsoft", "US" or a name, looked up among the board's own
    /// targets first and then in the catalog (a party the board does not use is a scenario that touches nothing).
    /// </summary>
    public ScenarioTarget? FindTarget(ScenarioKind kind, string text)
    {
        var wanted = text.Trim();
        var kinds = Scenario.TargetKindsOf(kind);
        var colon = wanted.IndexOf(':');
        if (colon > 0 && Enum.TryParse<TargetKind>(wanted[..colon], true, out var named))
        {
            kinds = kinds.Contains(named) ? [named] : [];
            wanted = wanted[(colon + 1)..];
        }

        foreach (var k in kinds)
        {
            var key = new TargetKey(k, wanted);
            if (hits.ContainsKey(key) || compelled.ContainsKey(key))
            {
                return TargetOf(key);
            }
        }

        foreach (var k in kinds)
        {
            if (Targets.FirstOrDefault(t => t.Kind == k && string.Equals(t.Name, wanted, StringComparison.OrdinalIgnoreCase)) is { } byName)
            {
                return byName;
            }
        }

        foreach (var k in kinds)
        {
            var fromCatalog = k switch
            {
                TargetKind.Company => catalog.CompanyById.TryGetValue(wanted, out var c) ? new ScenarioTarget(k, c.Id, c.Name, 0) : null,
                TargetKind.Provider => catalog.ProviderById.TryGetValue(wanted, out var p) ? new ScenarioTarget(k, p.Id, p.Name.Nl, 0) { Names = p.Name } : null,
                TargetKind.Country => catalog.CountryByCode.TryGetValue(wanted, out var n) ? new ScenarioTarget(k, n.Code, n.Name.Nl, 0, n.Name) : null,
                _ => catalog.ProductById.TryGetValue(wanted, out var d) ? new ScenarioTarget(k, d.Id, d.Name, 0) : null,
            };
            if (fromCatalog is not null)
            {
                return fromCatalog;
            }
        }

        return null;
    }

    /// <summary>One scenario with everything it touches and why.</summary>
    public ScenarioResult Run(Scenario scenario)
    {
        var key = new TargetKey(scenario.Target.Kind, scenario.Target.Id);
        var notes = new List<ScenarioReason>();
        var ws = new Workspace(services.Length, processes.Length);
        switch (scenario.Kind)
        {
            case ScenarioKind.CompelledAccess:
                return Exposure(scenario, compelled.GetValueOrDefault(key) ?? [], notes);
            case ScenarioKind.PriceRise:
                return PriceRise(scenario, hits.GetValueOrDefault(key) ?? [], notes);
        }

        var seeds = hits.GetValueOrDefault(key) ?? [];
        if (scenario.Kind == ScenarioKind.ProductEnds)
        {
            seeds = [.. seeds.Where(h => h.Via is Via.Product or Via.PartOfProduct)];
        }

        var cycles = new List<DependencyRing>();
        Propagate(seeds, ws, cycles);
        notes.AddRange(cycles.DistinctBy(c => string.Join('\u001f', c.Ring.Select(l => $"{l.Edge}:{l.Service}").Prepend(c.Start))));
        if (scenario.Kind == ScenarioKind.Unavailable && servicesWithoutParty > 0)
        {
            notes.Add(new ServicesWithoutParty(servicesWithoutParty));
        }

        var down = new List<AffectedService>();
        var degraded = new List<AffectedService>();
        foreach (var i in ws.Queue)
        {
            var affected = Affected(i, ws.State[i] == DownState ? Impact.Down : Impact.Degraded, PathOf(i, ws, seeds), null);
            (ws.State[i] == DownState ? down : degraded).Add(affected);
        }

        var affectedProcesses = Processes(ws);
        var people = People(ws.Queue);
        var weight = affectedProcesses.Sum(p => p.Weight);
        var harm = DisruptionHarm(weight, people.PupilsAtLeast, people.StaffAtLeast);
        var costed = down.Where(s => s.AnnualCost is not null).ToArray();
        var cost = new CostImpact(costed.Sum(s => s.AnnualCost!.Value), costed.Length, down.Count - costed.Length, new DownContractValue(costed.Length, down.Count));
        var formula = new DisruptionHarmFormula(
            ProcessWeight, PeopleWeight, Share(weight, totalWeight), Share(people.PupilsAtLeast + people.StaffAtLeast, boardPupils + boardStaff), harm,
            StoppedFactor, DisruptedFactor, DegradedFactor, totalWeight, people.PupilsAtLeast, people.StaffAtLeast, boardPupils, boardStaff);
        return new ScenarioResult(scenario, [.. down.OrderBy(s => s.Name, StringComparer.CurrentCulture)], [.. degraded.OrderBy(s => s.Name, StringComparer.CurrentCulture)], [], [],
            affectedProcesses, people, [], cost, new Harm(harm, formula), notes);
    }

    /// <summary>Every provider, company and country of the board falling away, ranked by harm; paths are not built here.</summary>
    public Sweep RunSweep()
    {
        var ws = new Workspace(services.Length, processes.Length);
        var rows = new List<SweepRow>(hits.Count);
        foreach (var (key, seeds) in hits)
        {
            if (key.Kind == TargetKind.Product)
            {
                continue;
            }

            var target = TargetOf(key, null);
            Propagate(seeds, ws, null);
            int down = 0, degradedCount = 0, pupils = 0, staff = 0;
            foreach (var i in ws.Queue)
            {
                if (ws.State[i] == DownState)
                {
                    down++;
                }
                else
                {
                    degradedCount++;
                }

                pupils = Math.Max(pupils, services[i].Pupils ?? 0);
                staff = Math.Max(staff, services[i].Staff ?? 0);
            }

            var (weight, stopped, touched) = ProcessWeightOf(ws);
            rows.Add(new SweepRow(new Scenario(ScenarioKind.Unavailable, target with { ServicesDown = down }), DisruptionHarm(weight, pupils, staff),
                down, degradedCount, stopped, touched, pupils, staff, seeds.Count));
        }

        rows.Sort((a, b) => b.Harm.CompareTo(a.Harm) is var c and not 0 ? c
            : b.ServicesDown.CompareTo(a.ServicesDown) is var d and not 0 ? d
            : string.Compare(a.Scenario.Target.Name, b.Scenario.Target.Name, StringComparison.Ordinal));
        return new Sweep(rows, new SweepHarmFormula(ProcessWeight, PeopleWeight));
    }

    private double DisruptionHarm(double weight, int pupils, int staff) =>
        100 * ((ProcessWeight * Share(weight, totalWeight)) + (PeopleWeight * Share(pupils + staff, boardPupils + boardStaff)));

    private static double Share(double part, double total) => total <= 0 ? 0 : Math.Min(1.0, part / total);

    private sealed class Workspace(int services, int processes)
    {
        public readonly byte[] State = new byte[services];
        public readonly int[] Pred = new int[services];
        public readonly DependencyKind[] PredKind = new DependencyKind[services];
        public readonly int[] Root = new int[services];
        public readonly List<int> Queue = new(services);
        public readonly int[] ProcessDown = new int[processes];
        public readonly int[] ProcessDegraded = new int[processes];
        public readonly List<int> TouchedProcesses = new(processes);
    }

    private void Propagate(List<Hit> seeds, Workspace ws, List<DependencyRing>? cycles)
    {
        foreach (var i in ws.Queue)
        {
            ws.State[i] = None;
        }

        ws.Queue.Clear();
        for (var s = 0; s < seeds.Count; s++)
        {
            var i = seeds[s].Service;
            if (ws.State[i] == None)
            {
                (ws.State[i], ws.Pred[i], ws.Root[i]) = (DownState, -1, s);
                ws.Queue.Add(i);
            }
        }

        for (var head = 0; head < ws.Queue.Count; head++)
        {
            var i = ws.Queue[head];
            foreach (var (j, kind) in hardDependants[i])
            {
                Visit(ws, i, j, kind, DownState, cycles);
            }
        }

        var downCount = ws.Queue.Count;
        for (var head = 0; head < ws.Queue.Count; head++)
        {
            var i = ws.Queue[head];
            foreach (var (j, kind) in softDependants[i])
            {
                Visit(ws, i, j, kind, DegradedState, cycles);
            }

            if (head >= downCount)
            {
                // What stands on a degraded service is degraded too, not down.
                foreach (var (j, kind) in hardDependants[i])
                {
                    Visit(ws, i, j, kind, DegradedState, cycles);
                }
            }
        }
    }

    private void Visit(Workspace ws, int from, int to, DependencyKind kind, byte state, List<DependencyRing>? cycles)
    {
        if (ws.State[to] == None)
        {
            (ws.State[to], ws.Pred[to], ws.PredKind[to], ws.Root[to]) = (state, from, kind, ws.Root[from]);
            ws.Queue.Add(to);
        }
        else if (cycles is not null && IsAncestor(ws, to, from))
        {
            cycles.Add(CycleOf(ws, to, from, kind));
        }
    }

    private static bool IsAncestor(Workspace ws, int candidate, int of)
    {
        for (var x = of; x >= 0; x = ws.Pred[x])
        {
            if (x == candidate)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Kring: A → koppelt met B → koppelt met A": <paramref name="start"/> leans on <paramref name="next"/>, which leans back on it.</summary>
    private DependencyRing CycleOf(Workspace ws, int start, int next, DependencyKind kind)
    {
        var ring = new List<PathLink> { new(kind, services[next].Name) };
        for (var x = next; x != start && ws.Pred[x] >= 0; x = ws.Pred[x])
        {
            ring.Add(new(ws.PredKind[x], services[ws.Pred[x]].Name));
        }

        return new DependencyRing(services[start].Name, ring);
    }

    private ServicePath PathOf(int i, Workspace ws, List<Hit> seeds)
    {
        var links = new List<PathLink>();
        var x = i;
        for (; ws.Pred[x] >= 0; x = ws.Pred[x])
        {
            links.Add(new(ws.PredKind[x], services[ws.Pred[x]].Name));
        }

        return new ServicePath(services[i].Name, links, CauseOf(seeds[ws.Root[x]]));
    }

    private ScenarioReason CauseOf(Hit hit)
    {
        var r = resolved[hit.Service];
        return hit.Via switch
        {
            Via.Vendor => new ChainHit(Chain(r.VendorChain, hit.Position, ChainRole.Vendor), CountryAt(r.VendorChain, hit.Position)),
            Via.HostingProvider => new HostingHit(r.HostingProvider!.Name, [], null),
            Via.HostingOwner => new HostingHit(r.HostingProvider!.Name, Chain(r.HostingChain, hit.Position, ChainRole.OwnedBy), CountryAt(r.HostingChain, hit.Position)),
            Via.VendorCountry => Seated(null, r.VendorChain, ChainRole.Vendor),
            Via.HostingCountry => Seated(r.HostingProvider!.Name, r.HostingChain, ChainRole.OwnedBy),
            Via.Product => new ProductEndsHit(r.Product!.Name),
            Via.PartOfProduct => new PartOfProductHit(catalog.ProductById.GetValueOrDefault(r.Product!.PartOf!)?.Name ?? r.Product!.PartOf!),
            _ => new ChainHit(Chain(hit.SubProcessor!, hit.SubProcessor!.Companies.Count - 1, ChainRole.SubProcessor, firstRoleWins: true),
                CountryAt(hit.SubProcessor!, hit.SubProcessor!.Companies.Count - 1)),
        };
    }

    private CountryHit Seated(LocalizedText? provider, OwnershipChain chain, ChainRole firstRole)
    {
        var code = chain.Top!.Country.Value!;
        var country = catalog.CountryByCode.GetValueOrDefault(code);
        return new CountryHit(provider, Chain(chain, chain.Companies.Count - 1, firstRole), country?.Name, country?.Code ?? code);
    }

    /// <summary>"leverancier Microsoft Ireland → moederbedrijf Microsoft Corporation", up to and including position <paramref name="upTo"/>.</summary>
    private static List<ChainStep> Chain(OwnershipChain chain, int upTo, ChainRole firstRole, bool firstRoleWins = false)
    {
        var steps = new List<ChainStep>(upTo + 1);
        for (var m = 0; m <= upTo; m++)
        {
            var role = m == 0 && firstRoleWins ? firstRole
                : chain.ReachesUltimateParent && m == chain.Companies.Count - 1 ? ChainRole.UltimateParent : m == 0 ? firstRole : ChainRole.OwnedBy;
            steps.Add(new(role, chain.Companies[m].Name));
        }

        return steps;
    }

    private static string? CountryAt(OwnershipChain chain, int position) => chain.Companies[position].Country.Value;

    /// <summary>A country target's name as the drop-downs list it.</summary>
    private string CountryName(string code) => catalog.CountryByCode.TryGetValue(code, out var c) ? $"{c.Name.Nl} ({c.Code})" : code;

    private AffectedService Affected(int i, Impact impact, ServicePath path, decimal? extra)
    {
        var s = services[i];
        return new AffectedService(s.Id, s.Name, impact, path, s.ProcessIds, s.Pupils, s.Staff, s.DataCategoryIds, s.AnnualCost, extra);
    }

    private (double Weight, int Stopped, int Touched) ProcessWeightOf(Workspace ws)
    {
        foreach (var p in ws.TouchedProcesses)
        {
            (ws.ProcessDown[p], ws.ProcessDegraded[p]) = (0, 0);
        }

        ws.TouchedProcesses.Clear();
        foreach (var i in ws.Queue)
        {
            foreach (var p in serviceProcesses[i])
            {
                if (ws.ProcessDown[p] == 0 && ws.ProcessDegraded[p] == 0)
                {
                    ws.TouchedProcesses.Add(p);
                }

                if (ws.State[i] == DownState)
                {
                    ws.ProcessDown[p]++;
                }
                else
                {
                    ws.ProcessDegraded[p]++;
                }
            }
        }

        double weight = 0;
        var stopped = 0;
        foreach (var p in ws.TouchedProcesses)
        {
            var impact = ImpactOf(ws, p);
            stopped += impact == ProcessImpact.Stopped ? 1 : 0;
            weight += processes[p].Criticality * Factor(impact);
        }

        return (weight, stopped, ws.TouchedProcesses.Count);
    }

    private ProcessImpact ImpactOf(Workspace ws, int p) =>
        ws.ProcessDown[p] == supporters[p] ? ProcessImpact.Stopped : ws.ProcessDown[p] > 0 ? ProcessImpact.Disrupted : ProcessImpact.Degraded;

    private double Factor(ProcessImpact impact) => impact switch
    {
        ProcessImpact.Stopped => StoppedFactor,
        ProcessImpact.Disrupted => DisruptedFactor,
        _ => DegradedFactor,
    };

    private List<AffectedProcess> Processes(Workspace ws)
    {
        ProcessWeightOf(ws);
        return [.. ws.TouchedProcesses.Select(p =>
            {
                var impact = ImpactOf(ws, p);
                return new AffectedProcess(processes[p], impact, ws.ProcessDown[p], ws.ProcessDegraded[p], supporters[p], processes[p].Criticality * Factor(impact));
            })
            .OrderBy(p => p.Impact).ThenByDescending(p => p.Weight).ThenBy(p => p.Process.Name.Nl, StringComparer.CurrentCulture)];
    }

    private PeopleAffected People(IReadOnlyCollection<int> affected)
    {
        int pupilsMax = 0, staffMax = 0, without = 0;
        long pupilsSum = 0, staffSum = 0;
        foreach (var i in affected)
        {
            var s = services[i];
            pupilsMax = Math.Max(pupilsMax, s.Pupils ?? 0);
            staffMax = Math.Max(staffMax, s.Staff ?? 0);
            pupilsSum += s.Pupils ?? 0;
            staffSum += s.Staff ?? 0;
            without += s.Pupils is null && s.Staff is null ? 1 : 0;
        }

        var pupilsAtMost = (int)Math.Min(pupilsSum, boardPupils);
        var staffAtMost = (int)Math.Min(staffSum, boardStaff);
        return new PeopleAffected(pupilsMax, pupilsAtMost, staffMax, staffAtMost, without,
            new PeopleCounted(pupilsMax, staffMax, pupilsAtMost, staffAtMost, boardPupils, boardStaff, without));
    }

    private ScenarioResult Exposure(Scenario scenario, List<Hit> seeds, List<ScenarioReason> notes)
    {
        var exposed = new List<AffectedService>();
        var indices = new List<int>();
        foreach (var hit in seeds)
        {
            if (!indices.Contains(hit.Service))
            {
                indices.Add(hit.Service);
                exposed.Add(Affected(hit.Service, Impact.Exposed, new ServicePath(services[hit.Service].Name, [], CauseOf(hit)), null));
            }
        }

        if (catalog.CountryByCode.TryGetValue(scenario.Target.Id, out var country))
        {
            notes.Add(new CountryAccessLaw(country.Name, country.ExtraterritorialAccessLaw, country.LawNote, country.Source));
        }

        notes.Add(new ExposureScope());
        var unknownSubProcessors = indices.Count(i => resolved[i].Product is { } p && !p.SubProcessors.IsKnown);
        if (unknownSubProcessors > 0)
        {
            notes.Add(new SubProcessorsUnknown(unknownSubProcessors));
        }

        var categories = ExposedCategories(indices);
        var boardCategories = ExposedCategories(Enumerable.Range(0, services.Length).ToList());
        double exposedWeight = categories.Sum(c => (double)c.Level * (c.PupilsAtLeast + c.StaffAtLeast));
        double boardWeight = boardCategories.Sum(c => (double)c.Level * (c.PupilsAtLeast + c.StaffAtLeast));
        var harm = 100 * Share(exposedWeight, boardWeight);
        var people = People(indices);
        return new ScenarioResult(scenario, [], [], [.. exposed.OrderBy(s => s.Name, StringComparer.CurrentCulture)], [], [], people, categories,
            new CostImpact(0, 0, 0, new NoCostForAccess()),
            new Harm(harm, new ExposureHarmFormula(exposedWeight, boardWeight, harm)),
            notes);
    }

    private List<ExposedCategory> ExposedCategories(List<int> indices)
    {
        var byCategory = new Dictionary<string, (int Pupils, int Staff, List<string> Services)>(StringComparer.OrdinalIgnoreCase);
        foreach (var i in indices)
        {
            var s = services[i];
            foreach (var c in s.DataCategoryIds)
            {
                var current = byCategory.TryGetValue(c, out var found) ? found : (Pupils: 0, Staff: 0, Services: new List<string>());
                current.Services.Add(s.Name);
                byCategory[c] = (Math.Max(current.Pupils, s.Pupils ?? 0), Math.Max(current.Staff, s.Staff ?? 0), current.Services);
            }
        }

        return [.. byCategory.Select(kv =>
            {
                var category = knowledge.DataCategoryById.GetValueOrDefault(kv.Key);
                return new ExposedCategory(kv.Key, category?.Name ?? new LocalizedText(kv.Key, kv.Key), category?.Level ?? 3, kv.Value.Pupils, kv.Value.Staff, kv.Value.Services);
            })
            .OrderByDescending(c => c.Level).ThenByDescending(c => c.PupilsAtLeast + c.StaffAtLeast).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    private ScenarioResult PriceRise(Scenario scenario, List<Hit> seeds, List<ScenarioReason> notes)
    {
        var raised = new List<AffectedService>();
        var indices = new List<int>();
        var factor = (decimal)scenario.Percent / 100m;
        foreach (var hit in seeds)
        {
            if (hit.Via is Via.VendorCountry or Via.HostingCountry || indices.Contains(hit.Service))
            {
                continue;
            }

            indices.Add(hit.Service);
            var cost = services[hit.Service].AnnualCost;
            var passedOn = hit.Via is Via.HostingProvider or Via.HostingOwner && services[hit.Service].HostingProviderId is null;
            raised.Add(Affected(hit.Service, Impact.PriceRaised, new ServicePath(services[hit.Service].Name, [], CauseOf(hit), passedOn),
                cost is { } c ? Math.Round(c * factor, 2) : null));
        }

        var withCost = raised.Where(s => s.ExtraCost is not null).ToArray();
        var extra = withCost.Sum(s => s.ExtraCost!.Value);
        var boardCost = services.Sum(s => s.AnnualCost ?? 0);
        var harm = 100 * Share((double)extra, (double)boardCost);
        if (raised.Count > withCost.Length)
        {
            notes.Add(new ContractValuesUnknown(raised.Count - withCost.Length, raised.Count));
        }

        return new ScenarioResult(scenario, [], [], [], [.. raised.OrderBy(s => s.Name, StringComparer.CurrentCulture)], [], People(indices), [],
            new CostImpact(extra, withCost.Length, raised.Count - withCost.Length, new ExtraCostRule(scenario.Percent, withCost.Length)),
            new Harm(harm, raised.Count > 0 && withCost.Length == 0 ? new PriceHarmUnknown(raised.Count) : new PriceHarmFormula(extra, boardCost, harm)),
            notes);
    }

    private void IndexService(int i)
    {
        var r = resolved[i];
        var vendor = r.VendorChain;
        for (var k = 0; k < vendor.Companies.Count; k++)
        {
            Add(hits, TargetKind.Company, vendor.Companies[k].Id, new Hit(i, Via.Vendor, k));
        }

        if (r.HostingProvider is { } provider)
        {
            Add(hits, TargetKind.Provider, provider.Id, new Hit(i, Via.HostingProvider, 0));
            for (var k = 0; k < r.HostingChain.Companies.Count; k++)
            {
                Add(hits, TargetKind.Company, r.HostingChain.Companies[k].Id, new Hit(i, Via.HostingOwner, k));
            }
        }

        if (vendor.UltimateParent?.Country.Value is { } vendorCountry)
        {
            AddCountry(vendorCountry, new Hit(i, Via.VendorCountry, 0));
        }

        if (r.HostingProvider is not null && r.HostingChain.UltimateParent?.Country.Value is { } hostCountry)
        {
            AddCountry(hostCountry, new Hit(i, Via.HostingCountry, 0));
        }

        if (r.Product is { } product)
        {
            Add(hits, TargetKind.Product, product.Id, new Hit(i, Via.Product, 0));
            if (product.PartOf is { } whole && catalog.ProductById.TryGetValue(whole, out var wholeProduct))
            {
                Add(hits, TargetKind.Product, wholeProduct.Id, new Hit(i, Via.PartOfProduct, 0));
            }

            foreach (var id in product.SubProcessors.Value ?? [])
            {
                if (catalog.CompanyById.ContainsKey(id) && OwnershipChain.Resolve(catalog, id) is { UltimateParent.Country.Value: { } code } chain)
                {
                    Add(compelled, TargetKind.Country, code, new Hit(i, Via.SubProcessor, 0, chain));
                }
            }
        }

        if (vendor.Companies.Count == 0 || r.HostingProvider is null)
        {
            servicesWithoutParty++;
        }
    }

    private void AddCountry(string code, Hit hit)
    {
        Add(hits, TargetKind.Country, code, hit);
        Add(compelled, TargetKind.Country, code, hit);
    }

    private static void Add(Dictionary<TargetKey, List<Hit>> into, TargetKind kind, string id, Hit hit)
    {
        var key = new TargetKey(kind, id);
        if (!into.TryGetValue(key, out var list))
        {
            into[key] = list = [];
        }

        // One hit per service and target: the first reason found (vendor before hosting) explains it.
        if (list.Count > 0 && list[^1].Service == hit.Service)
        {
            return;
        }

        list.Add(hit);
    }
}
