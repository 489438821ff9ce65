using System.Globalization;
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
                setAside.Add(new(move, "?", target, "De dienst bestaat niet (meer) bij dit bestuur."));
                continue;
            }

            switch (move.State)
            {
                case MoveState.Dropped:
                    setAside.Add(new(move, service.Name, target, "Geschrapt: telt niet mee in de planning."));
                    continue;
                case MoveState.Done:
                    setAside.Add(new(move, service.Name, target, target.Product is { } done
                        ? "Afgerond: telt als uitgevoerd in de uitgangssituatie."
                        : "Afgerond; " + target.UnknownReason));
                    if (target.Product is { } product)
                    {
                        start = Replacement.Apply(start, move.Service, product);
                    }

                    continue;
            }

            if (activeByService.TryGetValue(move.Service, out var first))
            {
                problems.Add(new(move.Id, $"{service.Name} heeft al een verhuizing naar {first.Target.Name}; deze tweede ({target.Name}) is niet ingepland. Schrap er één."));
                setAside.Add(new(move, service.Name, target, "Tweede verhuizing voor dezelfde dienst."));
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
            problems.Add(new(component.OrderBy(m => m.Index).First().Move.Id,
                $"Kringloop in de afhankelijkheden tussen {string.Join(", ", names)}: geen volgorde volgt daaruit, ze zijn op urgentie ingepland. Controleer de koppelingen."));
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
                    problems.Add(new(m.Move.Id, $"{m.Service.Name} is vastgezet op {pin}, vóór de start van de routekaart ({start}): de vastzetting telt niet."));
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
                problems.Add(new(pinned[capacity].Move.Id,
                    $"In {quarter} zijn {pinned.Count} verhuizingen vastgezet, meer dan de capaciteit van {capacity} per kwartaal."));
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

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static List<string> Reasons(Candidate m, Quarter q, Quarter start, Quarter? readySince, int capacity, int slot, List<RoadmapProblem> problems)
    {
        var reasons = new List<string>();
        if (m.Pin is not null)
        {
            reasons.Add($"Vastgezet door het bestuur op {q}.");
            foreach (var (before, kind) in m.Before.Where(b => b.Move.Placed is not { } p || p >= q))
            {
                var text = $"{m.Service.Name} is vastgezet op {q}, maar {before.Service.Name} ({Edge(kind)}) verhuist pas in {before.Placed?.ToString() ?? "een later kwartaal"}: de vastzetting breekt een afhankelijkheid. Zet {before.Service.Name} eerder of {m.Service.Name} later.";
                problems.Add(new(m.Move.Id, text));
                reasons.Add("Let op: " + text);
            }
        }

        if (m.Move.State == MoveState.InProgress)
        {
            reasons.Add("Loopt al: gaat voor op wat nog gepland is.");
        }

        foreach (var (before, kind) in m.Before.Where(b => b.Move.Placed < q))
        {
            reasons.Add(kind == DependencyKind.SignsInThrough
                ? $"Na {before.Service.Name} (logt in via), dat in {before.Placed} verhuist: identiteit eerst."
                : $"Na {before.Service.Name} (gehost op), dat in {before.Placed} verhuist: eerst waar de dienst op draait.");
        }

        if (m.After.Count > 0)
        {
            var names = m.After.Select(a => a.Move.Service.Name).Order(StringComparer.Create(Dutch, false)).ToList();
            var shown = string.Join(", ", names.Take(5)) + (names.Count > 5 ? $" en {names.Count - 5} meer" : "");
            reasons.Add(m.After.Any(a => a.Kind == DependencyKind.SignsInThrough)
                ? $"Gaat vóór {shown}: die loggen erdoor in of draaien erop."
                : $"Gaat vóór {shown}: die draaien erop.");
        }

        if (m.Service.ContractEnd is { } end && m.ContractQuarter is { } cq)
        {
            var date = end.ToString("d MMM yyyy", Dutch);
            if (cq < start)
            {
                var waitingFor = m.Before.Where(b => b.Move.Placed < q).Select(b => b.Move.Service.Name).ToList();
                reasons.Add($"Het contract liep al af op {date}, vóór de start van de routekaart: zo vroeg mogelijk" +
                    (waitingFor.Count > 0 ? $", na {string.Join(", ", waitingFor)}." : q > start && m.Pin is null ? $"; de capaciteit van {capacity} per kwartaal was tot dan vol." : "."));
            }
            else if (q == cq)
            {
                reasons.Add($"Op het natuurlijke moment: het contract loopt af op {date}.");
            }
            else if (q < cq)
            {
                reasons.Add(m.DueBecause is { } waiting && m.Due < cq
                    ? $"Eerder dan het contracteinde ({date}): {waiting.Service.Name} wacht erop."
                    : $"Vóór het contracteinde ({date}): er was plaats in dit kwartaal.");
            }
            else if (m.Pin is null)
            {
                var blocker = m.Before.Where(b => b.Move.Placed >= cq).Select(b => b.Move.Service.Name).FirstOrDefault();
                reasons.Add(blocker is not null
                    ? $"Later dan het contracteinde ({date}, {cq}): wacht op {blocker}. Verleng het contract zo kort mogelijk."
                    : $"Later dan het contracteinde ({date}, {cq}): de capaciteit van {capacity} verhuizing(en) per kwartaal was vol. Verleng het contract zo kort mogelijk of verhoog de capaciteit.");
            }
        }
        else if (m.Pin is null)
        {
            if (m.DueBecause is { } waiting && m.Due is { } due)
            {
                reasons.Add($"Uiterlijk in {due}: {waiting.Service.Name} wacht erop.");
            }

            reasons.Add($"Geen contracteinde bekend: ingepland op urgentie ({m.Urgency.Band}, U = {m.Urgency.Value.ToString("0.0", Dutch)}).");
        }

        if (m.Pin is null && readySince is { } ready && ready < q && !(m.ContractQuarter is { } c && c >= q))
        {
            if (!reasons.Any(r => r.Contains("capaciteit", StringComparison.Ordinal)))
            {
                reasons.Add($"Kon vanaf {ready}; de capaciteit van {capacity} per kwartaal was tot dan vol met wat eerder moest of urgenter was.");
            }
        }

        reasons.Add($"Plaats {slot} van {capacity} in {q}.");
        return reasons;
    }

    private static string Edge(DependencyKind kind) => BoardAssessor.EdgeText(kind);

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
