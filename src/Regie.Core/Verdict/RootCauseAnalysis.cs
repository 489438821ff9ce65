using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;

namespace Regie.Core.Verdict;

/// <summary>
/// Groups what holds failing services below their minimum by root cause, and measures each cause's what-if lift: the
/// board is assessed again with the cause removed, and the failing services that would then meet the minimum are
/// counted (docs/VERDICT.md). Pure: the same board, knowledge and assessment always give the same report.
/// </summary>
public static class RootCauseAnalysis
{
    /// <summary>Criteria whose answer comes from what the board itself records (its contract and its own assessments).</summary>
    private static readonly HashSet<string> BoardHeldRules = new(StringComparer.Ordinal) { "exitClause", "dpiaStatus", "exportFormats" };

    /// <param name="assessment">The board's assessment with the same profile; its cache may be passed in <paramref name="cache"/>.</param>
    public static RootCauseReport Analyse(
        BoardLandscape landscape, RegieKnowledge knowledge, BoardAssessment assessment, AssessmentCache? cache = null)
    {
        var failing = assessment.Services.Where(s => !s.Policy.Passes).ToList();
        if (failing.Count == 0)
        {
            return RootCauseReport.None;
        }

        var model = knowledge.Model;
        var profileId = assessment.Profile.Id;
        cache ??= new AssessmentCache();
        var processes = landscape.Processes.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);

        // Every answer below the best, attributed to its cause, on every service: a what-if removes the cause everywhere,
        // also on services that pass but cap others.
        var answersByCause = new Dictionary<RootCause, Dictionary<ServiceId, List<CriterionResult>>>();
        foreach (var service in assessment.Services)
        {
            foreach (var criterion in service.Sovereignty.Objectives.SelectMany(o => o.Criteria))
            {
                if (CauseOf(criterion, service.Service) is { } cause)
                {
                    var perService = answersByCause.TryGetValue(cause, out var found) ? found : answersByCause[cause] = [];
                    (perService.TryGetValue(service.Service.Id, out var list) ? list : perService[service.Service.Id] = []).Add(criterion);
                }
            }
        }

        var byId = assessment.Services.ToDictionary(s => s.Service.Id);
        var standsOn = landscape.Dependencies
            .Where(d => model.Inheritance.Edges.Contains(d.Kind) && d.From != d.To && byId.ContainsKey(d.From) && byId.ContainsKey(d.To))
            .ToLookup(d => d.From, d => (d.Kind, byId[d.To]));
        var held = new Dictionary<RootCause, List<HeldService>>();
        foreach (var service in failing)
        {
            foreach (var group in Shortfalls(service, standsOn[service.Service.Id], model.Inheritance.Objectives).GroupBy(s => s.Cause))
            {
                (held.TryGetValue(group.Key, out var list) ? list : held[group.Key] = [])
                    .Add(new HeldService(service.Service.Id, service.Service.Name, service.Standing, [.. group]));
            }
        }

        // "N vragen aan leverancier X" counts what the vendor's questionnaire asks (a question can feed several criteria).
        var asked = VendorQuestionnaire.OpenQuestions(assessment).ToDictionary(v => v.VendorId, v => v.OpenCount, StringComparer.OrdinalIgnoreCase);
        var whatIf = new WhatIfBoard(landscape, knowledge, profileId, cache, assessment, processes);
        var results = new List<RootCauseResult>(held.Count);
        var removals = new Dictionary<RootCause, Removal>();
        foreach (var (cause, services) in held)
        {
            var answers = answersByCause.GetValueOrDefault(cause) ?? [];
            var (result, removal) = Measure(cause, services, answers, whatIf, landscape, byId, asked);
            results.Add(result);
            removals[cause] = removal;
        }

        var ranked = results
            .OrderByDescending(r => r.LiftAtBest)
            .ThenByDescending(r => r.ClearedOfKnownFailures.Count)
            .ThenByDescending(r => r.Held.Count)
            .ThenBy(r => KindOrder(r.Cause))
            .ThenBy(r => Label(r.Cause), StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new RootCauseReport(ranked, failing.Count, Plan(ranked, removals, whatIf));
    }

    /// <summary>At most this many steps: the verdict speaks of one or two decisions, the report of a few more.</summary>
    private const int PlanSteps = 3;

    /// <summary>
    /// Greedy: each step takes the actionable cause that, together with the steps before it, lifts the most failing
    /// services (then: clears the most of known failures). Causes usually hold services together, so when no single cause
    /// does either, the plan starts with the cause that holds the most services. Stops when a step adds nothing.
    /// </summary>
    private static IReadOnlyList<PlanStep> Plan(IReadOnlyList<RootCauseResult> ranked, Dictionary<RootCause, Removal> removals, WhatIfBoard whatIf)
    {
        var candidates = ranked.Where(r => r.Cause is BoardGap or ThroughDependency or OpenQuestions { VendorId: not null }).ToList();
        var plan = new List<PlanStep>();
        var done = Removal.Nothing;
        var reached = WhatIfOutcome.Nothing;
        if (candidates.Count > 0 && candidates.All(c => c.LiftAtBest == 0 && c.ClearedOfKnownFailures.Count == 0))
        {
            var anchor = candidates.OrderByDescending(c => c.Held.Count).First();
            plan.Add(new PlanStep(anchor.Cause, WhatIfOutcome.Nothing));
            done = removals[anchor.Cause];
            candidates.Remove(anchor);
        }

        while (plan.Count < PlanSteps && candidates.Count > 0)
        {
            (RootCauseResult Cause, WhatIfOutcome Outcome)? best = null;

            // Most promising first, so that the bound below skips most candidates: a cause can only change the services it
            // reaches, and the others keep what the steps before gave them.
            foreach (var (candidate, bound) in candidates
                .Select(c => (c, Bound: whatIf.Bound(removals[c.Cause], reached)))
                .OrderByDescending(c => c.Bound.Passing).ThenByDescending(c => c.Bound.Cleared))
            {
                if (best is { } leader && !WhatIfOutcome.BetterThan(bound, leader.Outcome))
                {
                    break;
                }

                var together = ReferenceEquals(done, Removal.Nothing)
                    ? new WhatIfOutcome(candidate.LiftedAtBest, candidate.ClearedOfKnownFailures)
                    : whatIf.Together(done, removals[candidate.Cause], reached);
                if (best is null || together.BetterThan(best.Value.Outcome))
                {
                    best = (candidate, together);
                }
            }

            if (best is not { } chosen || !chosen.Outcome.BetterThan(reached))
            {
                break;
            }

            plan.Add(new PlanStep(chosen.Cause.Cause, chosen.Outcome));
            done = done.With(removals[chosen.Cause.Cause]);
            reached = chosen.Outcome;
            candidates.Remove(chosen.Cause);
        }

        // An anchor that nothing completes is no plan.
        return plan.Count == 1 && plan[0].Lift == 0 && plan[0].Cleared == 0 ? [] : plan;
    }

    private static (RootCauseResult, Removal) Measure(
        RootCause cause, List<HeldService> services, Dictionary<ServiceId, List<CriterionResult>> answers, WhatIfBoard whatIf,
        BoardLandscape landscape, Dictionary<ServiceId, ServiceAssessment> assessed, Dictionary<string, int> asked)
    {
        var heldAssessments = services.Select(h => assessed[h.Id]).ToList();
        var pupils = heldAssessments.Max(s => s.Service.Service.Pupils ?? 0);
        var staff = heldAssessments.Max(s => s.Service.Service.Staff ?? 0);
        var essential = heldAssessments.SelectMany(s => s.Service.Service.ProcessIds)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id => landscape.Processes.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)))
            .Where(p => p is { Essential: true })
            .Select(p => p!.Name)
            .ToList();
        var openQuestions = cause is OpenQuestions q
            ? q.VendorId is { } vendor && asked.TryGetValue(vendor, out var count) ? count : answers.Values.Sum(list => list.Count)
            : 0;

        if (cause is ThroughDependency edge)
        {
            var (removal, replacement) = whatIf.MoveOff(edge);
            var lifted = whatIf.Lifted(removal);
            return (new RootCauseResult(cause, services, pupils, staff, essential, 0, lifted.Passing, lifted.Cleared, lifted.Passing.Count, 0, replacement,
                replacement is null ? new LiftIfDependencyGone(edge.Edge, edge.TargetName) : new LiftIfMovedTo(edge.Edge, edge.TargetName, replacement.ProductName)),
                removal);
        }

        var atBest = Removal.Answers(answers, worst: false);
        var best = whatIf.Lifted(atBest);
        if (cause is not OpenQuestions)
        {
            return (new RootCauseResult(cause, services, pupils, staff, essential, 0, best.Passing, best.Cleared, best.Passing.Count, 0, null, new LiftIfAnsweredBest(cause)), atBest);
        }

        // At worst an unknown is answered as the worst option, which is how the EC rule already counts it: computed all
        // the same, so the figure comes from the model and not from that knowledge.
        var worst = whatIf.Lifted(Removal.Answers(answers, worst: true));
        var provenAtWorst = whatIf.ProvenFailuresAtWorst(answers);
        return (new RootCauseResult(cause, services, pupils, staff, essential, openQuestions, best.Passing, best.Cleared, worst.Passing.Count, provenAtWorst, null, new LiftIfAnsweredBest(cause)),
            atBest);
    }

    /// <summary>What holds one service of the board below its minimum, grouped by cause (nothing when it passes).</summary>
    public static IReadOnlyList<IGrouping<RootCause, Shortfall>> ShortfallsOf(BoardLandscape landscape, BoardAssessment assessment, ServiceAssessment service, SovereigntyModel model)
    {
        var standsOn = landscape.Dependencies
            .Where(d => d.From == service.Service.Id && d.To != d.From && model.Inheritance.Edges.Contains(d.Kind))
            .Select(d => (d.Kind, Target: assessment.For(d.To)))
            .Where(d => d.Target is not null)
            .Select(d => (d.Kind, d.Target!));
        return [.. Shortfalls(service, standsOn, model.Inheritance.Objectives).GroupBy(s => s.Cause)];
    }

    /// <summary>
    /// What holds a failing service below its minimum, each with its cause: its own answers below what the minimum needs,
    /// and every service it stands on (hosted on, signs in through) that is itself below it on an inherited objective,
    /// whether or not that one is lower than the service's own answers: removing those would still leave the cap.
    /// </summary>
    public static IEnumerable<Shortfall> Shortfalls(
        ServiceAssessment service, IEnumerable<(DependencyKind Edge, ServiceAssessment Target)> standsOn, IReadOnlySet<string> inheritedObjectives)
    {
        var policy = service.Policy;
        if (!policy.Applies || policy.Passes)
        {
            yield break;
        }

        var sealShort = service.Sovereignty.Seal < policy.MinSeal;
        var scoreShort = service.Sovereignty.RoundedScore < policy.MinScore;
        foreach (var objective in service.Sovereignty.Objectives)
        {
            if (inheritedObjectives.Contains(objective.Objective.Id))
            {
                foreach (var (edge, target) in standsOn)
                {
                    var theirs = target.Sovereignty.Objectives.FirstOrDefault(o => o.Objective.Id == objective.Objective.Id);
                    if (theirs is not null
                        && ((sealShort && theirs.Seal < policy.MinSeal) || (scoreShort && theirs.Score < objective.OwnScore - 1e-9)))
                    {
                        var cap = new InheritedCap(target.Service.Id, target.Service.Name, edge, theirs.Score, theirs.Seal);
                        yield return new Shortfall(new ThroughDependency(edge, target.Service.Id, target.Service.Name), objective.Objective.Id, null, cap);
                    }
                }
            }

            foreach (var criterion in objective.Criteria)
            {
                var belowNeed = (sealShort && criterion.Seal < policy.MinSeal) || (scoreShort && criterion.Points < 1 - 1e-9);
                if (belowNeed && CauseOf(criterion, service.Service) is { } cause)
                {
                    yield return new Shortfall(cause, objective.Objective.Id, criterion, null);
                }
            }
        }
    }

    /// <summary>The cause of an answer below the best; null for the best answer.</summary>
    public static RootCause? CauseOf(CriterionResult criterion, ResolvedService service)
    {
        if (criterion.Option == criterion.Criterion.BestOption)
        {
            return null;
        }

        var vendor = service.VendorChain.Vendor;
        if (criterion.Origin != AnswerOrigin.Board && criterion.Criterion.Prefill is { } rule && BoardHeldRules.Contains(rule)
            && criterion.Origin is AnswerOrigin.Prefilled or AnswerOrigin.Unknown)
        {
            return new BoardGap();
        }

        if (criterion.IsUnknown)
        {
            return new OpenQuestions(vendor?.Id, vendor?.Name);
        }

        return criterion.Why switch
        {
            ParentUnderForeignAccessLaw or ParentOutsideEu or RunUnderForeignControl or RunByEuBranchOfForeignParty
                or PartyUnderForeignLaw { Role: ControllingRole.VendorParent } or PartyCanBeForcedToStop { Role: ControllingRole.VendorParent }
                => Party(service.VendorChain, (id, name, country) => new VendorParty(id, name, country)) ?? new ProductAnswers(vendor?.Id, vendor?.Name),
            HostedUnderForeignControl or EuVendorForeignHost or OpenSourceRunOutsideEu
                or PartyUnderForeignLaw { Role: ControllingRole.HostingParent } or PartyCanBeForcedToStop { Role: ControllingRole.HostingParent }
                => Party(service.HostingChain, (id, name, country) => new HostingParty(id, name, country)) ?? new ProductAnswers(vendor?.Id, vendor?.Name),
            _ => new ProductAnswers(vendor?.Id, vendor?.Name),
        };
    }

    private static RootCause? Party(OwnershipChain chain, Func<string, string, string?, RootCause> make) =>
        (chain.UltimateParent ?? chain.Top) is { } company ? make(company.Id, company.Name, company.Country.Value) : null;

    private static int KindOrder(RootCause cause) => cause switch
    {
        ThroughDependency => 0,
        VendorParty => 1,
        HostingParty => 2,
        BoardGap => 3,
        OpenQuestions => 4,
        _ => 5,
    };

    private static string Label(RootCause cause) => cause switch
    {
        ThroughDependency d => d.TargetName,
        VendorParty p => p.CompanyName,
        HostingParty p => p.CompanyName,
        OpenQuestions q => q.VendorName ?? "",
        ProductAnswers p => p.VendorName ?? "",
        _ => "",
    };

    /// <summary>
    /// A cause taken away: answers set as the board's own (the best, or at worst the worst option), and edges moved to a
    /// replacement (or removed). Removals add up, so the plan can take several causes away at once. A changed service is
    /// made once per removal and reused by the sums, so the assessment cache scores it once.
    /// </summary>
    private sealed class Removal(
        IReadOnlyDictionary<ServiceId, IReadOnlyList<AnswerOverride>> overrides, IReadOnlyList<(Dependency Old, Dependency? New)> edges,
        IReadOnlyList<Service> added)
    {
        private readonly Dictionary<ServiceId, Service> changed = [];

        private IReadOnlyDictionary<ServiceId, Service> Changed => changed;

        public static readonly Removal Nothing = new(new Dictionary<ServiceId, IReadOnlyList<AnswerOverride>>(), [], []);

        public IReadOnlyDictionary<ServiceId, IReadOnlyList<AnswerOverride>> Overrides => overrides;
        public IReadOnlyList<(Dependency Old, Dependency? New)> Edges => edges;
        public IReadOnlyList<Service> Added => added;

        /// <summary>Where the change starts: the services answered differently and those whose edges moved.</summary>
        public IEnumerable<ServiceId> Seeds => overrides.Keys.Concat(edges.Select(e => e.Old.From));

        public static Removal Answers(Dictionary<ServiceId, List<CriterionResult>> answers, bool worst) => new(
            answers.ToDictionary(
                a => a.Key,
                a => (IReadOnlyList<AnswerOverride>)[.. a.Value.Select(c => new AnswerOverride(c.Criterion.Id, worst ? 0 : c.Criterion.BestOption, WhatIfNote))]),
            [], []);

        /// <summary>The service as this removal has it.</summary>
        public Service Apply(Service service)
        {
            if (!overrides.TryGetValue(service.Id, out var answers))
            {
                return service;
            }

            if (!changed.TryGetValue(service.Id, out var made))
            {
                changed[service.Id] = made = service with { Overrides = [.. service.OverrideList, .. answers] };
            }

            return made;
        }

        public Removal With(Removal other)
        {
            var merged = overrides.ToDictionary(o => o.Key, o => o.Value);
            foreach (var (id, list) in other.Overrides)
            {
                merged[id] = merged.TryGetValue(id, out var mine) ? [.. mine, .. list] : list;
            }

            // An edge moved by both keeps the first move.
            var moved = edges.Select(e => e.Old).ToHashSet();
            var sum = new Removal(merged, [.. edges, .. other.Edges.Where(e => !moved.Contains(e.Old))], [.. added, .. other.Added.Where(a => added.All(b => b.Id != a.Id))]);
            foreach (var (id, service) in changed)
            {
                if (!other.Overrides.ContainsKey(id))
                {
                    sum.changed[id] = service;
                }
            }

            foreach (var (id, service) in other.Changed)
            {
                if (!overrides.ContainsKey(id))
                {
                    sum.changed[id] = service;
                }
            }

            return sum;
        }
    }

    private const string WhatIfNote = "what-if";

    /// <summary>
    /// The board re-assessed with causes removed. Only the services a removal can reach are scored again: the changed
    /// services, everything that inherits from them, and what those stand on.
    /// </summary>
    private sealed class WhatIfBoard(
        BoardLandscape landscape, RegieKnowledge knowledge, string profileId, AssessmentCache cache, BoardAssessment assessment,
        Dictionary<string, Process> processes)
    {
        private readonly Dictionary<ServiceId, ServiceAssessment> now = assessment.Services.ToDictionary(s => s.Service.Id);
        private readonly Dictionary<string, AssumedReplacement?> standalone = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<Dependency> inheritEdges = [.. landscape.Dependencies.Where(d => knowledge.Model.Inheritance.Edges.Contains(d.Kind) && d.From != d.To)];

        /// <summary>Undetermined services that would fail on known facts if the open questions were answered at worst.</summary>
        public int ProvenFailuresAtWorst(Dictionary<ServiceId, List<CriterionResult>> answers) =>
            answers.Keys.Count(id => now.GetValueOrDefault(id) is { Standing: Standing.Undetermined } s
                && s.Sovereignty.Objectives.SelectMany(o => o.Criteria).Where(c => c.IsUnknown).All(c => answers[id].Contains(c)));

        /// <summary>Services moved off a dependency onto the best replacement of the same function in the catalog, or, when the
        /// catalog has none better, the dependency removed.</summary>
        public (Removal Removal, AssumedReplacement? Replacement) MoveOff(ThroughDependency cause)
        {
            var target = now.GetValueOrDefault(cause.Target);
            var replacement = target is null ? null : BestReplacement(cause.Edge, target);
            var moved = landscape.Dependencies.Where(d => d.Kind == cause.Edge && d.To == cause.Target).ToList();
            var none = new Dictionary<ServiceId, IReadOnlyList<AnswerOverride>>();
            if (replacement is null)
            {
                return (new Removal(none, [.. moved.Select(d => (d, (Dependency?)null))], []), null);
            }

            var stand = Hypothetical(replacement.ProductId, replacement.ProductName);
            return (new Removal(none, [.. moved.Select(d => (d, (Dependency?)(d with { To = stand.Id })))], [stand]), replacement);
        }

        private AssumedReplacement? BestReplacement(DependencyKind edge, ServiceAssessment target)
        {
            var catalog = knowledge.Catalog.For(landscape);
            var category = target.Service.Product?.Category;
            var candidates = edge == DependencyKind.SignsInThrough
                ? catalog.Products.Where(p => p.IdentityProvider)
                : catalog.Products.Where(p => category is not null && p.Category == category);
            // Only what serves the same function, as the alternatives page proposes it (a pupils' sign-in only to a service
            // the catalog says admits those pupils).
            var function = target.Service.Product is { } own ? SameFunction.Of(landscape, target.Service.Service, own, catalog, knowledge) : null;
            AssumedReplacement? best = null;
            foreach (var product in candidates.Where(p => p.Id != target.Service.Product?.Id).OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                if (function is not null && !function.Judge(new MoveTarget(product.Id, product.Name, product, null), namedByCatalog: false).Proposed)
                {
                    continue;
                }

                if (Standalone(product) is { } scored
                    && (best is null || scored.Seal > best.Seal || (scored.Seal == best.Seal && scored.Score > best.Score)))
                {
                    best = scored;
                }
            }

            var current = target.Sovereignty;
            return best is not null && (best.Seal > current.Seal || best.Score > current.Score + 0.5) ? best : null;
        }

        /// <summary>A product scored on its own, with the board's own arrangements (exit clause, DPIA, export) taken as made:
        /// a new contract is where the board arranges them.</summary>
        private AssumedReplacement? Standalone(Product product)
        {
            if (!standalone.TryGetValue(product.Id, out var scored))
            {
                var service = Hypothetical(product.Id, product.Name);
                var alone = BoardAssessor.Sovereignty(landscape with { Services = [service], Dependencies = [] }, knowledge, profileId, cache);
                var score = alone[0].Sovereignty;
                standalone[product.Id] = scored = new AssumedReplacement(product.Id, product.Name, score.Seal, score.Score);
            }

            return scored;
        }

        private readonly Dictionary<string, Service> hypothetical = new(StringComparer.OrdinalIgnoreCase);

        // One instance per product, so the assessment cache scores it once for its standalone score and every what-if.
        private Service Hypothetical(string productId, string name)
        {
            if (hypothetical.TryGetValue(productId, out var made))
            {
                return made;
            }

            var id = new ServiceId(new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("regie-whatif:" + productId))));
            var arranged = knowledge.Model.Criteria
                .Where(c => c.Prefill is { } rule && BoardHeldRules.Contains(rule))
                .Select(c => new AnswerOverride(c.Id, c.BestOption, WhatIfNote))
                .ToList();
            return hypothetical[productId] = new Service(id, name, productId, [], Overrides: arranged);
        }

        /// <summary>The failing services that meet the minimum once the removal is made, and those that then no longer fail on known facts.</summary>
        public WhatIfOutcome Lifted(Removal removal) => Evaluate(removal, removal.Seeds);

        /// <summary>
        /// The outcome of <paramref name="done"/> and <paramref name="next"/> together, given <paramref name="before"/>, the
        /// outcome of <paramref name="done"/> alone: only what <paramref name="next"/> reaches is assessed again.
        /// </summary>
        public WhatIfOutcome Together(Removal done, Removal next, WhatIfOutcome before)
        {
            var both = done.With(next);
            var reach = Reach(next.Seeds, Dependencies(both));
            var inside = Evaluate(both, next.Seeds);
            return new WhatIfOutcome(
                [.. before.Passing.Where(id => !reach.Contains(id)), .. inside.Passing],
                [.. before.Cleared.Where(id => !reach.Contains(id)), .. inside.Cleared]);
        }

        /// <summary>The most a removal can add to <paramref name="before"/>: every failing service it reaches passing and cleared.</summary>
        public (int Passing, int Cleared) Bound(Removal removal, WhatIfOutcome before)
        {
            var reach = Reach(removal.Seeds, Dependencies(removal));
            var passing = before.Passing.ToHashSet();
            var cleared = before.Cleared.ToHashSet();
            return (
                passing.Count + reach.Count(id => now.GetValueOrDefault(id) is { Policy.Passes: false } && !passing.Contains(id)),
                cleared.Count + reach.Count(id => now.GetValueOrDefault(id) is { Standing: Standing.FailsOnKnownFacts } && !cleared.Contains(id)));
        }

        private List<Dependency> Dependencies(Removal removal)
        {
            if (removal.Edges.Count == 0)
            {
                return inheritEdges;
            }

            var oldEdges = removal.Edges.Select(e => e.Old).ToHashSet();
            return [.. inheritEdges.Where(d => !oldEdges.Contains(d)).Concat(removal.Edges.Where(e => e.New is not null).Select(e => e.New!))];
        }

        /// <summary>The seeds and everything that inherits from them, directly or through others.</summary>
        private static HashSet<ServiceId> Reach(IEnumerable<ServiceId> seeds, List<Dependency> dependencies)
        {
            var reached = new HashSet<ServiceId>(seeds);
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var edge in dependencies)
                {
                    grew |= reached.Contains(edge.To) && reached.Add(edge.From);
                }
            }

            return reached;
        }

        private WhatIfOutcome Evaluate(Removal removal, IEnumerable<ServiceId> seeds)
        {
            var dependencies = Dependencies(removal);
            var reached = Reach(seeds, dependencies);

            // What the reached services stand on, transitively, so that their caps come out right.
            var needed = new HashSet<ServiceId>(reached);
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var edge in dependencies)
                {
                    grew |= needed.Contains(edge.From) && needed.Add(edge.To);
                }
            }

            var services = new List<Service>(needed.Count);
            foreach (var service in landscape.Services)
            {
                if (needed.Contains(service.Id))
                {
                    services.Add(removal.Apply(service));
                }
            }

            services.AddRange(removal.Added.Where(a => needed.Contains(a.Id)));
            var scored = BoardAssessor.Sovereignty(
                landscape with { Services = services, Dependencies = [.. dependencies.Where(d => needed.Contains(d.From) && needed.Contains(d.To))] },
                knowledge, profileId, cache);
            var lifted = new List<ServiceId>();
            var cleared = new List<ServiceId>();
            foreach (var (resolved, sovereignty) in scored)
            {
                if (reached.Contains(resolved.Id) && now.GetValueOrDefault(resolved.Id) is { Policy.Passes: false } before)
                {
                    var after = BoardAssessor.Policy(resolved.Service, sovereignty, processes, knowledge.Model);
                    if (after.Passes)
                    {
                        lifted.Add(resolved.Id);
                    }

                    if (before.Standing == Standing.FailsOnKnownFacts && after.OptimisticPasses)
                    {
                        cleared.Add(resolved.Id);
                    }
                }
            }

            return new WhatIfOutcome(lifted, cleared);
        }
    }
}
