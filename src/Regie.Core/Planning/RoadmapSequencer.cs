using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Planning;

/// <summary>
/// Puts the board's chosen moves in quarters (docs/ROADMAP.md): what others sign in through or run on moves first (the
/// policy letter puts identity first), a move is due by the quarter its contract ends, no quarter takes more than the
/// capacity, and the board's pins hold. Done moves count as already applied; dropped moves are left out. After every
/// quarter the board is re-assessed with all moves so far applied. Pure: the same inputs always give the same plan.
/// </summary>
public static class RoadmapSequencer
{
    public static Roadmap Sequence(RoadmapRequest request, RegieKnowledge knowledge, string? profileId = null)
    {
        if (request.MovesPerQuarter < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "Verhuizingen per kwartaal: kies 1 of meer.");
        }

        var catalog = knowledge.Catalog.For(request.Landscape);
        var services = request.Landscape.Services.ToDictionary(s => s.Id);
        var problems = new List<RoadmapProblem>();
        var setAside = new List<SetAside>();

        // Done moves are the starting point; dropped ones and moves of services the board no longer has play no part.
        var start = request.Landscape;
        var active = new List<Candidate>();
        var activeByService = new Dictionary<ServiceId, Candidate>();
        foreach (var move in request.Moves)
        {
            var target = MoveTarget.Resolve(move.AlternativeId, catalog);
            if (!services.TryGetValue(move.Service, out var service))
            {
                setAside.Add(new(move, "?", target, new ServiceGone()));
                continue;
            }

            switch (move.State)
            {
                case MoveState.Dropped:
                    setAside.Add(new(move, service.Name, target, new MoveDropped()));
                    continue;
                case MoveState.Done:
                    setAside.Add(new(move, service.Name, target, target.Unknown is { } unknown ? new MoveDoneEffectUnknown(unknown) : new MoveDone()));
                    if (target.Product is { } product)
                    {
                        start = Replacement.Apply(start, move.Service, product);
                    }

                    continue;
            }

            if (activeByService.TryGetValue(move.Service, out var first))
            {
                problems.Add(new(move.Id, new SecondMove(service.Name, first.Target.FullName, target.FullName)));
                setAside.Add(new(move, service.Name, target, new SecondMoveForService()));
                continue;
            }

            var m = new Candidate(active.Count, move, service, target);
            active.Add(m);
            activeByService[move.Service] = m;
        }

        var cache = new AssessmentCache();
        var baseAssessment = BoardAssessor.Assess(start, knowledge, profileId, cache);
        var before = Projection.Of(baseAssessment, start);
        var rank = baseAssessment.ByUrgency().Select((a, i) => (a, i)).ToDictionary(x => x.a.Service.Id, x => (x.i, x.a.Urgency));
        foreach (var m in active)
        {
            (m.UrgencyRank, m.Urgency) = rank[m.Move.Service];
        }

        // Hard edges between two moving services: the one stood on moves first.
        foreach (var edge in request.Landscape.Dependencies)
        {
            if (edge.IsHard && edge.From != edge.To && activeByService.TryGetValue(edge.From, out var dependant) && activeByService.TryGetValue(edge.To, out var prerequisite)
                && !dependant.Before.Any(b => b.Move == prerequisite))
            {
                dependant.Before.Add((prerequisite, edge.Kind));
                prerequisite.After.Add((dependant, edge.Kind));
            }
        }

        BreakCycles(active, problems);
        var order = TopologicalOrder(active);
        Deadlines(active, order, request.Start, problems);

        var steps = Schedule(active, request.Start, request.MovesPerQuarter, problems)
            .Select(s => s with { Effort = MigrationEffort.Estimate(request.Landscape, activeByService[s.Move.Service].Service, s.Target, catalog, knowledge.EffortRules) }).ToList();
        var quarters = Project(steps, start, before, knowledge, profileId, cache);
        return new Roadmap(request.Start, request.MovesPerQuarter, before, quarters, problems, setAside);
    }

    /// <summary>A move while it is being sequenced.</summary>
    private sealed class Candidate(int index, PlannedMove move, Service service, MoveTarget target)
    {
        public int Index { get; } = index;
        public PlannedMove Move { get; } = move;
        public Service Service { get; } = service;
        public MoveTarget Target { get; } = target;
        public List<(Candidate Move, DependencyKind Kind)> Before { get; } = [];
        public List<(Candidate Move, DependencyKind Kind)> After { get; } = [];
        public int UrgencyRank { get; set; }
        public UrgencyResult Urgency { get; set; } = null!;
        public Quarter? Pin { get; set; }
        public Quarter? ContractQuarter { get; set; }
        /// <summary>The quarter it must be done by: its own contract end or pin, or earlier when a move that waits for it is due sooner.</summary>
        public Quarter? Due { get; set; }
        public Candidate? DueBecause { get; set; }
        public Quarter? Placed { get; set; }
    }

    /// <summary>Tarjan's strongly connected components; within a cycle no order follows from the edges, so those edges are dropped and reported.</summary>
    private static void BreakCycles(List<Candidate> moves, List<RoadmapProblem> problems)
    {
        var index = new int[moves.Count];
        var low = new int[moves.Count];
        var onStack = new bool[moves.Count];
        Array.Fill(index, -1);
        var stack = new Stack<Candidate>();
        var counter = 0;
        var components = new List<List<Candidate>>();

        void Visit(Candidate v)
        {
            index[v.Index] = low[v.Index] = counter++;
            stack.Push(v);
            onStack[v.Index] = true;
            foreach (var (w, _) in v.Before)
            {
                if (index[w.Index] < 0)
                {
                    Visit(w);
                    low[v.Index] = Math.Min(low[v.Index], low[w.Index]);
                }
                else if (onStack[w.Index])
                {
                    low[v.Index] = Math.Min(low[v.Index], index[w.Index]);
                }
            }

            if (low[v.Index] == index[v.Index])
            {
                var component = new List<Candidate>();
                Candidate w;
                do
                {
                    w = stack.Pop();
                    onStack[w.Index] = false;
                    component.Add(w);
                }
                while (w != v);

                if (component.Count > 1)
                {
                    components.Add(component);
                }
            }
        }

        foreach (var m in moves)
        {
            if (index[m.Index] < 0)
            {
                Visit(m);
            }
        }

        foreach (var component in components)
        {
            var members = component.ToHashSet();
            foreach (var m in component)
            {
                m.Before.RemoveAll(b => members.Contains(b.Move));
                m.After.RemoveAll(a => members.Contains(a.Move));
            }

            var names = component.OrderBy(m => m.Index).Select(m => m.Service.Name).ToList();
            problems.Add(new(component.OrderBy(m => m.Index).First().Move.Id, new DependencyCycle(names)));
        }
    }

    private static List<Candidate> TopologicalOrder(List<Candidate> moves)
    {
        var waiting = moves.Select(m => m.Before.Count).ToArray();
        var queue = new Queue<Candidate>(moves.Where(m => m.Before.Count == 0));
        var order = new List<Candidate>(moves.Count);
        while (queue.Count > 0)
        {
            var m = queue.Dequeue();
            order.Add(m);
            foreach (var (next, _) in m.After)
            {
                if (--waiting[next.Index] == 0)
                {
                    queue.Enqueue(next);
                }
            }
        }

        return order;
    }

    /// <summary>A move is due by its pin or contract end; a move others wait for is due a quarter before the soonest of them.</summary>
    private static void Deadlines(List<Candidate> moves, List<Candidate> order, Quarter start, List<RoadmapProblem> problems)
    {
        foreach (var m in moves)
        {
            if (m.Move.Pinned is { } pin)
            {
                if (pin < start)
                {
                    problems.Add(new(m.Move.Id, new PinBeforeStart(m.Service.Name, pin, start)));
                }
                else
                {
                    m.Pin = pin;
                }
            }

            m.ContractQuarter = m.Service.ContractEnd is { } end ? Quarter.Of(end) : null;
            m.Due = m.Pin ?? (m.ContractQuarter is { } c ? (c < start ? start : c) : null);
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var m = order[i];
            foreach (var (dependant, _) in m.After)
            {
                if (dependant.Due is { } d && m.Pin is null && (m.Due is null || d.Plus(-1) < m.Due.Value))
                {
                    m.Due = d.Plus(-1) < start ? start : d.Plus(-1);
                    m.DueBecause = dependant;
                }
            }
        }
    }

    private static List<RoadmapStep> Schedule(List<Candidate> moves, Quarter start, int capacity, List<RoadmapProblem> problems)
    {
        var steps = new List<RoadmapStep>(moves.Count);
        var readySince = new Quarter?[moves.Count];
        var latestPin = moves.Where(m => m.Pin is not null).Select(m => m.Pin!.Value.Index).DefaultIfEmpty(start.Index).Max();
        var guard = Math.Max(latestPin, start.Index) + moves.Count + 1;
        for (var q = start; steps.Count < moves.Count && q.Index <= guard; q = q.Plus(1))
        {
            var quarter = q;
            bool Ready(Candidate m) => m.Before.All(b => b.Move.Placed is { } p && p < quarter);
            foreach (var m in moves)
            {
                if (m.Placed is null && m.Pin is null && readySince[m.Index] is null && Ready(m))
                {
                    readySince[m.Index] = quarter;
                }
            }

            var pinned = moves.Where(m => m.Placed is null && m.Pin == quarter).OrderBy(m => m.Index).ToList();
            var open = moves.Where(m => m.Placed is null && m.Pin is null && Ready(m))
                .OrderByDescending(m => m.Move.State == MoveState.InProgress)
                .ThenBy(m => m.Due?.Index ?? int.MaxValue)
                .ThenBy(m => m.UrgencyRank)
                .Take(Math.Max(0, capacity - pinned.Count))
                .ToList();
            if (pinned.Count > capacity)
            {
                problems.Add(new(pinned[capacity].Move.Id, new PinsOverCapacity(quarter, pinned.Count, capacity)));
            }

            foreach (var m in pinned.Concat(open))
            {
                m.Placed = quarter;
            }

            var slot = 0;
            foreach (var m in pinned.Concat(open))
            {
                slot++;
                steps.Add(new RoadmapStep(steps.Count + 1, m.Move, m.Service.Name, m.Target, quarter, Reasons(m, quarter, start, readySince[m.Index], capacity, slot, problems)));
            }
        }

        return steps;
    }

    private static readonly StringComparer DutchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), false);

    private static List<PlanningReason> Reasons(Candidate m, Quarter q, Quarter start, Quarter? readySince, int capacity, int slot, List<RoadmapProblem> problems)
    {
        var reasons = new List<PlanningReason>();
        if (m.Pin is not null)
        {
            reasons.Add(new PinnedByBoard(q));
            foreach (var (before, kind) in m.Before.Where(b => b.Move.Placed is not { } p || p >= q))
            {
                var broken = new PinBreaksDependency(m.Service.Name, q, before.Service.Name, kind, before.Placed);
                problems.Add(new(m.Move.Id, broken));
                reasons.Add(new Caution(broken));
            }
        }

        if (m.Move.State == MoveState.InProgress)
        {
            reasons.Add(new AlreadyInProgress());
        }

        foreach (var (before, kind) in m.Before.Where(b => b.Move.Placed < q))
        {
            reasons.Add(new AfterPrerequisite(before.Service.Name, kind, before.Placed!.Value));
        }

        if (m.After.Count > 0)
        {
            var names = m.After.Select(a => a.Move.Service.Name).Order(DutchOrder).ToList();
            reasons.Add(new BeforeDependants(names, m.After.Any(a => a.Kind == DependencyKind.SignsInThrough)));
        }

        var capacityNamed = false;
        if (m.Service.ContractEnd is { } end && m.ContractQuarter is { } cq)
        {
            if (cq < start)
            {
                var waitingFor = m.Before.Where(b => b.Move.Placed < q).Select(b => b.Move.Service.Name).ToList();
                var full = waitingFor.Count == 0 && q > start && m.Pin is null;
                capacityNamed = full;
                reasons.Add(new ContractEndedBeforeStart(end, waitingFor, full ? capacity : null));
            }
            else if (q == cq)
            {
                reasons.Add(new AtContractEnd(end));
            }
            else if (q < cq)
            {
                reasons.Add(m.DueBecause is { } waiting && m.Due < cq ? new EarlierForDependant(end, waiting.Service.Name) : new BeforeContractEnd(end));
            }
            else if (m.Pin is null)
            {
                var blocker = m.Before.Where(b => b.Move.Placed >= cq).Select(b => b.Move.Service.Name).FirstOrDefault();
                capacityNamed = blocker is null;
                reasons.Add(blocker is not null ? new LaterThanContractEndWaiting(end, cq, blocker) : new LaterThanContractEndCapacity(end, cq, capacity));
            }
        }
        else if (m.Pin is null)
        {
            if (m.DueBecause is { } waiting && m.Due is { } due)
            {
                reasons.Add(new DueForDependant(due, waiting.Service.Name));
            }

            reasons.Add(new NoContractEnd(m.Urgency.Band, m.Urgency.Value));
        }

        if (m.Pin is null && readySince is { } ready && ready < q && !(m.ContractQuarter is { } c && c >= q) && !capacityNamed)
        {
            reasons.Add(new WaitedForCapacity(ready, capacity));
        }

        reasons.Add(new SlotInQuarter(slot, capacity, q));
        return reasons;
    }

    /// <summary>Applies each quarter's moves to the landscape so far and re-assesses the board.</summary>
    private static List<QuarterPlan> Project(
        List<RoadmapStep> steps, BoardLandscape start, Projection before, RegieKnowledge knowledge, string? profileId, AssessmentCache cache)
    {
        var groups = steps.GroupBy(s => s.Quarter).OrderBy(g => g.Key).ToList();
        var landscapes = new BoardLandscape?[groups.Count];
        var current = start;
        for (var i = 0; i < groups.Count; i++)
        {
            var changed = false;
            foreach (var step in groups[i])
            {
                if (step.Target.Product is { } product)
                {
                    current = Replacement.Apply(current, step.Move.Service, product);
                    changed = true;
                }
            }

            // A quarter of moves whose effect is unknown changes nothing that can be computed: it keeps the previous projection.
            landscapes[i] = changed ? current : null;
        }

        // One after the other with one cache: a quarter scores only the services its moves replaced.
        var projections = new Projection?[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            projections[i] = landscapes[i] is { } l ? Projection.Of(l, knowledge, profileId, cache) : null;
        }
        for (var i = 0; i < projections.Length; i++)
        {
            projections[i] ??= i == 0 ? before : projections[i - 1];
        }

        return [.. groups.Select((g, i) => new QuarterPlan(g.Key, [.. g], projections[i]!))];
    }
}
