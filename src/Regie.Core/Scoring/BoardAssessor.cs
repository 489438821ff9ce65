using System.Buffers;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;

namespace Regie.Core.Scoring;

/// <summary>
/// Scores every service of a board: answers (board override, catalog answer, prefill rule, or unknown), objective
/// scores and SEAL, caps inherited through hosted-on and signs-in-through edges, the policy threshold, and
/// criticality, risk and urgency (docs/SCORING.md). Pure: the same inputs always give the same result.
/// </summary>
public static class BoardAssessor
{
    /// <param name="cache">Pass the same cache when assessing variants of one board, so unchanged services are not scored again.</param>
    public static BoardAssessment Assess(BoardLandscape landscape, RegieKnowledge knowledge, string? profileId = null, AssessmentCache? cache = null)
    {
        var model = knowledge.Model;
        var profile = model.Profile(profileId);
        using var board = ScoreBoard(landscape, knowledge, profile, cache, explain: true);
        var services = landscape.Services;
        var resolved = board.Resolved;
        var foreignPaths = new IReadOnlyList<ForeignAccessPath>[services.Count];
        ForeignAccess(resolved, board.Edges, board.Index, board.Catalog, foreignPaths);
        var (dependants, signInDependants) = Dependants(board);
        var processes = landscape.Processes.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var results = new ServiceAssessment[services.Count];
        for (var i = 0; i < services.Count; i++)
        {
            var objectives = board.ObjectiveResults(i);
            var sovereignty = Combine(objectives, board.Combined(i));
            var policy = Policy(resolved[i].Service, sovereignty, processes, model);
            var isIdentity = resolved[i].IsIdentityProvider || signInDependants[i] > 0;
            var criticality = Criticality(resolved[i].Service, processes, knowledge, dependants[i], isIdentity, model.Urgency);
            var risk = Risk(resolved[i].Service, sovereignty, foreignPaths[i], model.Urgency);
            var urgency = Urgency(criticality, risk, policy, board.CutoffAnsweredWorst(i), model.Urgency);
            results[i] = new ServiceAssessment(resolved[i], sovereignty, policy, criticality, risk, urgency, foreignPaths[i]);
        }

        Return((dependants, signInDependants));
        return new BoardAssessment(model.Version, profile, results);
    }

    /// <summary>
    /// Every figure <see cref="Assess"/> gives — scores, SEAL, policy, criticality, risk, urgency, foreign-law paths counted —
    /// by the same rules, without their explanations (no criterion answers, reasons or paths): what a sector aggregate reads.
    /// A tenth of the allocation of <see cref="Assess"/>; read a board's explanations by assessing it in full.
    /// </summary>
    /// <param name="shared">Pass one cache to every board of a sector run: a product's own scores are then computed once for all boards that use it as it is.</param>
    public static BoardFigures Figures(BoardLandscape landscape, RegieKnowledge knowledge, string? profileId = null, SectorScoreCache? shared = null)
    {
        if (shared is not null && !ReferenceEquals(shared.Knowledge, knowledge))
        {
            throw new ArgumentException("The sector's score cache was filled from other knowledge.", nameof(shared));
        }

        var model = knowledge.Model;
        var profile = model.Profile(profileId);
        using var board = ScoreBoard(landscape, knowledge, profile, null, explain: false, shared);
        var services = landscape.Services;
        var resolved = board.Resolved;
        var foreignCounts = ForeignAccess(resolved, board.Edges, board.Index, board.Catalog, null);
        var (dependants, signInDependants) = Dependants(board);
        var processes = landscape.Processes.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var results = new ServiceFigures[services.Count];
        for (var i = 0; i < services.Count; i++)
        {
            var service = resolved[i].Service;
            var combined = board.Combined(i);
            var policy = CheckPolicy(service, combined, processes, model, null);
            var isIdentity = resolved[i].IsIdentityProvider || signInDependants[i] > 0;
            var criticality = CriticalityOf(service, processes, knowledge, dependants[i], isIdentity, model.Urgency);
            var risk = RiskOf(service, combined.Score, combined.Seal, foreignCounts[i] > 0, model.Urgency);
            var urgency = UrgencyOf(criticality.Value, risk, policy.Applies && !policy.Passes, board.CutoffAnsweredWorst(i), model.Urgency);
            results[i] = new ServiceFigures(
                service.Id, resolved[i].Product?.Id, combined.Score, combined.OptimisticScore, combined.Seal, combined.OptimisticSeal, combined.Unknown,
                policy.Applies, policy.MinSeal, policy.MinScore, policy.Passes, policy.OptimisticPasses,
                criticality.Value, criticality.Impact, criticality.Data, criticality.Coupling,
                risk.Value, risk.Exposure, risk.Mitigation, risk.Floored,
                urgency.Value, urgency.Band, urgency.BandRank, urgency.Quadrant, foreignCounts[i]);
        }

        Return((dependants, signInDependants));
        return new BoardFigures(model.Version, profile, results, resolved);
    }

    /// <summary>
    /// Only each service's sovereignty score and SEAL, with its objectives and inherited caps; no policy, criticality, risk or
    /// urgency. The same scores <see cref="Assess"/> gives, for what-ifs that need the scores alone (the roadmap's
    /// projection after every quarter).
    /// </summary>
    public static IReadOnlyList<(ResolvedService Service, SovereigntyScore Sovereignty)> Sovereignty(
        BoardLandscape landscape, RegieKnowledge knowledge, string? profileId = null, AssessmentCache? cache = null)
    {
        using var board = ScoreBoard(landscape, knowledge, knowledge.Model.Profile(profileId), cache, explain: true);
        var result = new (ResolvedService, SovereigntyScore)[board.Resolved.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (board.Resolved[i], Combine(board.ObjectiveResults(i), board.Combined(i)));
        }

        return result;
    }

    /// <summary>How many services depend on each service, and how many sign in through it; pooled arrays, see <see cref="Return"/>.</summary>
    private static (int[] All, int[] SignIn) Dependants(ScoredBoard board)
    {
        var dependants = ArrayPool<int>.Shared.Rent(board.Resolved.Length);
        var signInDependants = ArrayPool<int>.Shared.Rent(board.Resolved.Length);
        Array.Clear(dependants, 0, board.Resolved.Length);
        Array.Clear(signInDependants, 0, board.Resolved.Length);
        foreach (var edge in board.Edges)
        {
            dependants[board.Index[edge.To]]++;
            if (edge.Kind == DependencyKind.SignsInThrough)
            {
                signInDependants[board.Index[edge.To]]++;
            }
        }

        return (dependants, signInDependants);
    }

    private static void Return((int[] All, int[] SignIn) dependants)
    {
        ArrayPool<int>.Shared.Return(dependants.All);
        ArrayPool<int>.Shared.Return(dependants.SignIn);
    }

    /// <summary>A service's scores over its objectives: the weighted score, the lowest SEAL, and the unknown answers.</summary>
    internal readonly record struct CombinedScore(double Score, double OptimisticScore, int Seal, int OptimisticSeal, int Unknown)
    {
        public int RoundedScore => (int)Math.Round(Score, MidpointRounding.AwayFromZero);
        public int RoundedOptimisticScore => (int)Math.Round(OptimisticScore, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// A board scored: per service (row) and scored objective (column), flat, the own score with its answers (answers only
    /// when explained), the capped score and SEAL, and the cap that set them.
    /// </summary>
    private sealed class ScoredBoard(
        KnowledgeCatalog catalog, Dictionary<ServiceId, int> index, ResolvedService[] resolved, Dependency[] edges, Objective[] objectives,
        double[] weights, OwnScore[]? own, double[] score, int[] seal, double[] optimistic, int[] optimisticSeal, InheritedCap?[] caps,
        int[] unknown, bool[] cutoffAnsweredWorst) : IDisposable
    {
        /// <summary>The working arrays go back to the shared pool: a sector run scores 1,600 boards a second and keeps none of them.</summary>
        public void Dispose()
        {
            ArrayPool<double>.Shared.Return(score);
            ArrayPool<double>.Shared.Return(optimistic);
            ArrayPool<int>.Shared.Return(seal);
            ArrayPool<int>.Shared.Return(optimisticSeal);
            ArrayPool<int>.Shared.Return(unknown);
            ArrayPool<bool>.Shared.Return(cutoffAnsweredWorst);
        }

        public KnowledgeCatalog Catalog => catalog;
        public Dictionary<ServiceId, int> Index => index;
        public ResolvedService[] Resolved => resolved;
        public Dependency[] Edges => edges;
        public Objective[] Objectives => objectives;

        public CombinedScore Combined(int service)
        {
            var n = objectives.Length;
            double totalWeight = 0, weighted = 0, weightedOptimistic = 0;
            int minSeal = int.MaxValue, minOptimisticSeal = int.MaxValue;
            for (var o = 0; o < n; o++)
            {
                var k = service * n + o;
                totalWeight += weights[o];
                weighted += weights[o] * score[k];
                weightedOptimistic += weights[o] * optimistic[k];
                minSeal = Math.Min(minSeal, seal[k]);
                minOptimisticSeal = Math.Min(minOptimisticSeal, optimisticSeal[k]);
            }

            return new CombinedScore(
                totalWeight <= 0 ? 0 : 100 * weighted / totalWeight, totalWeight <= 0 ? 0 : 100 * weightedOptimistic / totalWeight,
                n == 0 ? 0 : minSeal, n == 0 ? 0 : minOptimisticSeal, unknown[service]);
        }

        /// <summary>Whether the service's cut-off criterion is answered with its worst SEAL (urgency then rises to critical).</summary>
        public bool CutoffAnsweredWorst(int service) => cutoffAnsweredWorst[service];

        public ObjectiveResult[] ObjectiveResults(int service)
        {
            var result = new ObjectiveResult[objectives.Length];
            for (var o = 0; o < objectives.Length; o++)
            {
                var k = service * objectives.Length + o;
                var mine = own![k];
                result[o] = new ObjectiveResult(
                    objectives[o], weights[o], mine.Criteria, mine.Score, mine.Seal, score[k], seal[k], optimistic[k], optimisticSeal[k], caps[k]);
            }

            return result;
        }
    }

    /// <summary>Each service's own objective scores, capped along inheritance edges; answers kept only when <paramref name="explain"/>.</summary>
    private static ScoredBoard ScoreBoard(
        BoardLandscape landscape, RegieKnowledge knowledge, WeightProfile profile, AssessmentCache? cache, bool explain, SectorScoreCache? shared = null)
    {
        var model = knowledge.Model;
        var catalog = cache?.CatalogFor(landscape, knowledge) ?? knowledge.Catalog.For(landscape);
        if (shared is not null && (explain || cache is not null || !shared.Serves(catalog)))
        {
            shared = null;
        }

        var services = landscape.Services;
        var index = new Dictionary<ServiceId, int>(services.Count);
        for (var i = 0; i < services.Count; i++)
        {
            index[services[i].Id] = i;
        }

        var objectives = model.ScoredObjectives;
        var n = objectives.Count;
        OwnPart Score(Service service)
        {
            var r = ResolvedService.Resolve(service, catalog);
            var parts = new OwnScore[n];
            for (var o = 0; o < n; o++)
            {
                parts[o] = ScoreObjective(objectives[o], r, catalog, model, explain);
            }

            return new OwnPart(r, parts);
        }

        Func<Service, OwnPart>? scoreOwn = shared is null ? null : Score;
        var resolved = new ResolvedService[services.Count];
        var own = explain ? new OwnScore[services.Count * n] : null;
        var cells = services.Count * n;
        var score = ArrayPool<double>.Shared.Rent(cells);
        var seal = ArrayPool<int>.Shared.Rent(cells);
        var optimistic = ArrayPool<double>.Shared.Rent(cells);
        var optimisticSeal = ArrayPool<int>.Shared.Rent(cells);
        var unknown = ArrayPool<int>.Shared.Rent(services.Count);
        Array.Clear(unknown, 0, services.Count);
        var cutoffWorst = ArrayPool<bool>.Shared.Rent(services.Count);
        for (var i = 0; i < services.Count; i++)
        {
            OwnScore[]? parts = null;
            if (shared is not null && SectorScoreCache.InputOf(services[i]) is { } input)
            {
                (resolved[i], parts) = shared.Own(input, services[i], scoreOwn!);
            }
            else if (cache is null)
            {
                resolved[i] = ResolvedService.Resolve(services[i], catalog);
            }
            else
            {
                var part = cache.Own(services[i], Score);
                (resolved[i], parts) = (part.Resolved, part.Objectives);
            }

            bool? cutoff = null;
            for (var o = 0; o < n; o++)
            {
                var mine = parts?[o] ?? ScoreObjective(objectives[o], resolved[i], catalog, model, explain);
                var k = i * n + o;
                if (own is not null)
                {
                    own[k] = mine;
                }

                score[k] = mine.Score;
                seal[k] = mine.Seal;
                optimistic[k] = mine.OptimisticScore;
                optimisticSeal[k] = mine.OptimisticSeal;
                unknown[i] += mine.Unknown;
                cutoff ??= mine.CutoffAnsweredWorst;
            }

            cutoffWorst[i] = cutoff ?? false;
        }

        var edges = landscape.Dependencies.Where(d => index.ContainsKey(d.From) && index.ContainsKey(d.To) && d.From != d.To).ToArray();
        var inheritEdges = edges.Where(e => model.Inheritance.Edges.Contains(e.Kind)).ToArray();

        // Dependencies carry through: relax caps along inheritance edges until nothing changes (also ends on cycles).
        var caps = new InheritedCap?[explain ? cells : 0];
        var inherited = new bool[n];
        var weights = new double[n];
        for (var o = 0; o < n; o++)
        {
            inherited[o] = model.Inheritance.Objectives.Contains(objectives[o].Id);
            weights[o] = profile.Weights.GetValueOrDefault(objectives[o].Id);
        }

        for (var pass = 0; pass <= services.Count; pass++)
        {
            var changed = false;
            foreach (var edge in inheritEdges)
            {
                int from = index[edge.From] * n, to = index[edge.To] * n;
                for (var o = 0; o < n; o++)
                {
                    if (!inherited[o])
                    {
                        continue;
                    }

                    if (score[to + o] < score[from + o] - 1e-12 || seal[to + o] < seal[from + o])
                    {
                        score[from + o] = Math.Min(score[from + o], score[to + o]);
                        seal[from + o] = Math.Min(seal[from + o], seal[to + o]);
                        if (explain)
                        {
                            caps[from + o] = new InheritedCap(edge.To, services[to / n].Name, edge.Kind, score[from + o], seal[from + o]);
                        }

                        changed = true;
                    }

                    optimistic[from + o] = Math.Min(optimistic[from + o], optimistic[to + o]);
                    optimisticSeal[from + o] = Math.Min(optimisticSeal[from + o], optimisticSeal[to + o]);
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return new ScoredBoard(catalog, index, resolved, edges, [.. objectives], weights, own, score, seal, optimistic, optimisticSeal, caps, unknown, cutoffWorst);
    }

    private const string CutoffCriterion = "SOV1.cutoff";

    private static OwnScore ScoreObjective(Objective objective, ResolvedService service, KnowledgeCatalog catalog, SovereigntyModel model, bool explain)
    {
        var criteria = model.CriteriaByObjective[objective.Id];
        var results = explain ? new CriterionResult[criteria.Count] : [];
        double points = 0, best = 0;
        int seal = 4, bestSeal = 4, unknown = 0;
        bool? cutoffWorst = null;
        for (var c = 0; c < criteria.Count; c++)
        {
            var criterion = criteria[c];
            var picked = Pick(criterion, service, catalog);
            var option = picked.Option;
            var answerPoints = option is { } o ? criterion.PointsFor(o) : 0;
            var answerSeal = option is { } p ? criterion.Options[p].Seal : criterion.Options[0].Seal;
            if (explain)
            {
                results[c] = Explain(criterion, picked, answerPoints, answerSeal);
            }

            points += answerPoints;
            seal = Math.Min(seal, answerSeal);
            best += option is null ? 1.0 : answerPoints;
            bestSeal = Math.Min(bestSeal, option is null ? criterion.Options[^1].Seal : answerSeal);
            unknown += option is null ? 1 : 0;
            if (cutoffWorst is null && criterion.Id == CutoffCriterion)
            {
                cutoffWorst = option is not null && answerSeal == 0;
            }
        }

        return new OwnScore(results, points / criteria.Count, seal, best / criteria.Count, bestSeal, unknown, cutoffWorst);
    }

    // Shared: a sector run answers millions of criteria from the catalog or not at all.
    private static readonly AnsweredByCatalog FromCatalog = new();
    private static readonly NotYetAnswered Unanswered = new();

    /// <summary>Which answer counts for a criterion, with what its explanation needs; <see cref="Explain"/> builds that explanation.</summary>
    private readonly record struct Picked(
        int? Option, AnswerOrigin Origin, AnswerOverride? Board, Fact<int>? CatalogFact, StatedOption? Stated, PrefilledAnswer? Prefilled,
        (string? Source, DateOnly? Checked)? VendorStatement);

    /// <summary>
    /// Board override, then the catalog's sourced answer, then the vendor's current answer to the board's questionnaire, then
    /// the prefill rule (over facts that may themselves be the vendor's); otherwise unknown (worst answer).
    /// </summary>
    private static Picked Pick(Criterion criterion, ResolvedService service, KnowledgeCatalog catalog)
    {
        AnswerOverride? board = null;
        foreach (var candidate in service.Service.OverrideList)
        {
            board = string.Equals(candidate.CriterionId, criterion.Id, StringComparison.OrdinalIgnoreCase) ? candidate : board;
        }

        if (board is not null)
        {
            return new(board.Option is { } bo && bo >= 0 && bo < criterion.Options.Count ? bo : null, AnswerOrigin.Board, board, null, null, null, null);
        }

        if (service.Product?.Answers.GetValueOrDefault(criterion.Id) is { IsKnown: true } fact)
        {
            return new(fact.Value, AnswerOrigin.Catalog, null, fact, null, null, null);
        }

        if (service.Stated?.Answers.GetValueOrDefault(criterion.Id) is { } stated && stated.Option < criterion.Options.Count)
        {
            return new(stated.Option, AnswerOrigin.Vendor, null, null, stated, null, null);
        }

        if (criterion.Prefill is { } rule)
        {
            var answer = Prefill.Answer(rule, service, catalog);
            var vendor = answer.Option is null ? null : Prefill.Statement(rule, service);
            var origin = answer.Option is null ? AnswerOrigin.Unknown : vendor is null ? AnswerOrigin.Prefilled : AnswerOrigin.Vendor;
            return new(answer.Option, origin, null, null, null, answer, vendor);
        }

        return new(null, AnswerOrigin.Unknown, null, null, null, null, null);
    }

    private static CriterionResult Explain(Criterion criterion, Picked picked, double points, int seal)
    {
        var (why, source, checkedOn) = picked switch
        {
            { Board: { } board } => ((ScoringReason)new BoardNote(board.Reason), FactSources.Board, (DateOnly?)null),
            { CatalogFact: { } fact } => (FromCatalog, fact.Source, fact.Checked),
            { Stated: { } stated } => (new AnswerStatedByVendor(stated.Statement.VendorName, stated.Statement.AnsweredOn), stated.Statement.Source, stated.Statement.AnsweredOn),
            { Prefilled: { } answer } => (answer.Why, picked.VendorStatement?.Source ?? answer.Source, picked.VendorStatement?.Checked ?? answer.Checked),
            _ => (Unanswered, null, null),
        };
        // A prefill from a fact the board entered carries the board's own words as source, not the catalog's.
        return new(criterion, picked.Option, picked.Origin, why, source, checkedOn, points, seal)
        {
            SourceByBoard = picked.VendorStatement is null && picked.Prefilled is { SourceByBoard: true },
        };
    }

    private static SovereigntyScore Combine(ObjectiveResult[] objectives, CombinedScore combined)
    {
        var seal = combined.Seal;
        var binding = new List<BindingReason>();
        foreach (var objective in objectives.Where(o => o.Seal == seal))
        {
            if (objective.Cap is { } cap && cap.Seal == seal && objective.OwnSeal > seal)
            {
                binding.Add(new(objective, null, cap));
                continue;
            }

            foreach (var criterion in objective.Criteria.Where(c => c.Seal == seal))
            {
                binding.Add(new(objective, criterion, null));
            }
        }

        return new SovereigntyScore(combined.Score, combined.OptimisticScore, seal, combined.OptimisticSeal, objectives, binding, combined.Unknown);
    }

    private static readonly PolicyResult NoPolicy = new(false, 0, 0, true, true, [], [new NoEssentialProcess()]);

    internal readonly record struct PolicyCheck(bool Applies, int MinSeal, int MinScore, bool Passes, bool OptimisticPasses);

    /// <summary>The minimum of the service's strictest essential process; <paramref name="essential"/>, when given, receives those processes.</summary>
    private static PolicyCheck CheckPolicy(
        Service service, CombinedScore score, IReadOnlyDictionary<string, Process> processes, SovereigntyModel model, List<Process>? essential)
    {
        bool applies = false;
        int minSeal = 0, minScore = 0;
        var ids = service.ProcessIds;
        for (var p = 0; p < ids.Count; p++)
        {
            if (processes.TryGetValue(ids[p], out var process) && process.Essential)
            {
                applies = true;
                essential?.Add(process);
                minSeal = Math.Max(minSeal, process.MinSeal ?? model.EssentialPolicy.MinSeal);
                minScore = Math.Max(minScore, process.MinScore ?? model.EssentialPolicy.MinScore);
            }
        }

        return applies
            ? new(true, minSeal, minScore, score.Seal >= minSeal && score.RoundedScore >= minScore,
                score.OptimisticSeal >= minSeal && score.RoundedOptimisticScore >= minScore)
            : new(false, 0, 0, true, true);
    }

    internal static PolicyResult Policy(Service service, SovereigntyScore score, IReadOnlyDictionary<string, Process> processes, SovereigntyModel model)
    {
        var essential = new List<Process>();
        var check = CheckPolicy(service, new CombinedScore(score.Score, score.OptimisticScore, score.Seal, score.OptimisticSeal, score.UnknownAnswers),
            processes, model, essential);
        if (!check.Applies)
        {
            return NoPolicy;
        }

        var reasons = new List<ScoringReason>();
        if (score.Seal < check.MinSeal)
        {
            reasons.Add(new SealBelowMinimum(score.Seal, check.MinSeal));
        }

        if (score.RoundedScore < check.MinScore)
        {
            reasons.Add(new ScoreBelowMinimum(score.RoundedScore, check.MinScore));
        }

        var names = essential.Select(p => p.Name).ToArray();
        if (reasons.Count == 0)
        {
            reasons.Add(new MeetsMinimum(check.MinSeal, check.MinScore, [.. essential.Select(p => p.Name)]));
        }

        return new PolicyResult(true, check.MinSeal, check.MinScore, check.Passes, check.OptimisticPasses, names, reasons);
    }

    private readonly record struct CriticalityLevels(int Value, int Impact, Process? Top, int Data, DataCategory? Sensitive, int Coupling);

    private static CriticalityLevels CriticalityOf(
        Service service, IReadOnlyDictionary<string, Process> processes, RegieKnowledge knowledge, int dependants, bool isIdentity, UrgencySettings settings)
    {
        Process? top = null;
        var processIds = service.ProcessIds;
        for (var p = 0; p < processIds.Count; p++)
        {
            if (processes.TryGetValue(processIds[p], out var process) && process.Criticality > (top?.Criticality ?? 0))
            {
                top = process;
            }
        }

        var impact = top?.Criticality ?? 1;
        DataCategory? sensitive = null;
        var dataIds = service.DataCategoryIds;
        for (var d = 0; d < dataIds.Count; d++)
        {
            if (knowledge.DataCategoryById.TryGetValue(dataIds[d], out var category) && category.Level > (sensitive?.Level ?? 0))
            {
                sensitive = category;
            }
        }

        // The top level is for children's sensitive data: without pupils among the users it counts one lower.
        var dataLevel = sensitive is { Level: 5 } && service.Pupils is null or 0 ? 4 : sensitive?.Level ?? 1;
        var couplingLevel = 1;
        if (isIdentity)
        {
            couplingLevel = 5;
        }
        else
        {
            var thresholds = settings.CouplingThresholds;
            for (var t = 0; t < thresholds.Count; t++)
            {
                couplingLevel += dependants >= thresholds[t] ? 1 : 0;
            }
        }

        var total = settings.ImpactWeight + settings.DataWeight + settings.CouplingWeight;
        var value = (int)Math.Round(
            (settings.ImpactWeight * impact + settings.DataWeight * dataLevel + settings.CouplingWeight * couplingLevel) / total,
            MidpointRounding.AwayFromZero);
        return new CriticalityLevels(Math.Clamp(value, 1, 5), impact, top, dataLevel, sensitive, couplingLevel);
    }

    private static CriticalityResult Criticality(
        Service service, IReadOnlyDictionary<string, Process> processes, RegieKnowledge knowledge, int dependants, bool isIdentity, UrgencySettings settings)
    {
        var levels = CriticalityOf(service, processes, knowledge, dependants, isIdentity, settings);
        var impact = new Factor("impact", levels.Impact,
            levels.Top is { } top ? new MostCriticalProcess(top.Name, top.Criticality) : new NoProcessRecorded());
        var data = new Factor("data", levels.Data,
            levels.Sensitive is null ? new NoPersonalData() : new MostSensitiveData(levels.Sensitive.Name, levels.Data));
        var coupling = new Factor("coupling", levels.Coupling, isIdentity ? new IdentityService() : new ServicesDependOn(dependants, levels.Coupling));
        return new CriticalityResult(levels.Value, impact, data, coupling, settings);
    }

    private readonly record struct RiskLevels(double Value, double Exposure, double Mitigation, bool Floored, int Yes, int Partly);

    private static RiskLevels RiskOf(Service service, double score, int seal, bool underForeignLaw, UrgencySettings settings)
    {
        var exposure = 1 - score / 100;
        var floored = false;
        if ((underForeignLaw || seal <= 1) && exposure < settings.ExposureFloor)
        {
            exposure = settings.ExposureFloor;
            floored = true;
        }

        var m = service.MitigationOrNone;
        int yes = 0, partly = 0;
        foreach (var check in (ReadOnlySpan<Check>)[m.TestedExport, m.TestedExitPlan, m.AlternativeIdentified, m.IndependentBackup, m.ExitClause, m.InHouseKnowHow])
        {
            yes += check == Check.Yes ? 1 : 0;
            partly += check == Check.Partly ? 1 : 0;
        }

        var mitigation = (yes + 0.5 * partly) / 6;
        var value = 1 + 4 * exposure * (1 - settings.MaxMitigation * mitigation);
        return new RiskLevels(value, exposure, mitigation, floored, yes, partly);
    }

    private static RiskResult Risk(Service service, SovereigntyScore score, IReadOnlyList<ForeignAccessPath> foreign, UrgencySettings settings)
    {
        var levels = RiskOf(service, score.Score, score.Seal, foreign.Count > 0, settings);
        var reasons = new List<ScoringReason> { new ExposureFromScore(score.Score, 1 - score.Score / 100) };
        if (levels.Floored)
        {
            reasons.Add(foreign.Count > 0
                ? new ExposureRaisedForForeignLaw(settings.ExposureFloor, foreign[0].CompanyName, foreign[0].CountryCode)
                : new ExposureRaisedForLowSeal(settings.ExposureFloor, score.Seal));
        }

        reasons.Add(new MitigationCounted(levels.Yes, levels.Partly, 6, levels.Mitigation));
        return new RiskResult(levels.Value, levels.Exposure, levels.Mitigation, levels.Floored, reasons, settings.MaxMitigation);
    }

    private readonly record struct UrgencyLevels(double Value, string Computed, string Band, int BandRank, RiskQuadrant Quadrant, bool RaisedForPolicy, bool RaisedForCutoff);

    private static UrgencyLevels UrgencyOf(int criticality, RiskLevels risk, bool failsPolicy, bool cutoffAnsweredWorst, UrgencySettings settings)
    {
        var value = criticality * risk.Value;
        var computed = settings.BandFor(value);
        var band = computed;
        bool raisedForPolicy = false, raisedForCutoff = false;
        if (failsPolicy && settings.RankOf(band) < settings.RankOf("hoog"))
        {
            band = "hoog";
            raisedForPolicy = true;
        }

        if (cutoffAnsweredWorst && criticality >= 4 && band != "kritiek" && settings.RankOf("kritiek") >= 0)
        {
            band = "kritiek";
            raisedForCutoff = true;
        }

        var exposureAxis = risk.Exposure * criticality / 5;
        var quadrant = (exposureAxis >= 0.5, risk.Mitigation >= 0.5) switch
        {
            (true, false) => RiskQuadrant.Critical,
            (true, true) => RiskQuadrant.Manageable,
            (false, false) => RiskQuadrant.Attention,
            (false, true) => RiskQuadrant.Optimal,
        };
        return new UrgencyLevels(value, computed, band, settings.RankOf(band), quadrant, raisedForPolicy, raisedForCutoff);
    }

    private static UrgencyResult Urgency(CriticalityResult k, RiskResult r, PolicyResult policy, bool cutoffAnsweredWorst, UrgencySettings settings)
    {
        var levels = UrgencyOf(k.Value, new RiskLevels(r.Value, r.Exposure, r.Mitigation, r.ExposureFloored, 0, 0),
            policy.Applies && !policy.Passes, cutoffAnsweredWorst, settings);
        var reasons = new List<ScoringReason> { new UrgencyComputed(k.Value, r.Value, levels.Value, levels.Computed) };
        if (levels.RaisedForPolicy)
        {
            reasons.Add(new RaisedForFailedPolicy());
        }

        if (levels.RaisedForCutoff)
        {
            reasons.Add(new RaisedForCutoff());
        }

        return new UrgencyResult(levels.Value, levels.Band, levels.BandRank, levels.Quadrant, reasons, k.Value, r.Value);
    }

    private static readonly List<int> NoEdges = [];

    /// <summary>
    /// Who under foreign access law each service depends on, directly or through the services it stands on (hard edges):
    /// the number of such paths per service, and, when <paramref name="paths"/> is given, the paths themselves.
    /// </summary>
    private static int[] ForeignAccess(
        ResolvedService[] services, Dependency[] edges, Dictionary<ServiceId, int> index, KnowledgeCatalog catalog, IReadOnlyList<ForeignAccessPath>[]? paths)
    {
        // At most two parties of a service's own: its vendor's ultimate parent (unless its host operates it) and its host's.
        var vendorParty = ArrayPool<(Company Company, Country Country)?>.Shared.Rent(services.Length);
        var hostParty = ArrayPool<(Company Company, Country Country)?>.Shared.Rent(services.Length);
        var ownCount = ArrayPool<int>.Shared.Rent(services.Length);
        static (Company, Country)? UnderForeignLaw(KnowledgeCatalog catalog, Company? company) =>
            Jurisdiction.CountryOf(catalog, company) is { ExtraterritorialAccessLaw: Tri.Yes } country ? (company!, country) : null;
        for (var i = 0; i < services.Length; i++)
        {
            var s = services[i];
            vendorParty[i] = s.OperatedByHost ? null : UnderForeignLaw(catalog, s.VendorChain.UltimateParent);
            hostParty[i] = UnderForeignLaw(catalog, s.HostingChain.UltimateParent);
            ownCount[i] = (vendorParty[i] is null ? 0 : 1) + (hostParty[i] is null ? 0 : 1);
        }

        var outgoing = new List<int>?[services.Length];
        foreach (var edge in edges)
        {
            if (edge.IsHard)
            {
                (outgoing[index[edge.From]] ??= []).Add(index[edge.To]);
            }
        }

        void AddOwn(List<ForeignAccessPath> list, int service, string? via)
        {
            if (vendorParty[service] is { } vendor)
            {
                list.Add(new(vendor.Company.Name, vendor.Country.Code, ForeignAccessRole.Vendor, via));
            }

            if (hostParty[service] is { } host)
            {
                list.Add(new(host.Company.Name, host.Country.Code, ForeignAccessRole.Hosting, via));
            }
        }

        var counts = new int[services.Length];
        var seen = ArrayPool<bool>.Shared.Rent(services.Length);
        Array.Clear(seen, 0, services.Length);
        var order = new List<int>();
        for (var i = 0; i < services.Length; i++)
        {
            order.Clear();
            order.Add(i);
            seen[i] = true;
            var count = ownCount[i];
            List<ForeignAccessPath>? list = null;
            if (paths is not null && count > 0)
            {
                AddOwn(list = [], i, null);
            }

            for (var head = 0; head < order.Count; head++)
            {
                foreach (var next in outgoing[order[head]] ?? NoEdges)
                {
                    if (!seen[next])
                    {
                        seen[next] = true;
                        order.Add(next);
                        count += ownCount[next];
                        if (paths is not null && ownCount[next] > 0)
                        {
                            AddOwn(list ??= [], next, services[next].Name);
                        }
                    }
                }
            }

            foreach (var visited in order)
            {
                seen[visited] = false;
            }

            counts[i] = count;
            if (paths is not null)
            {
                paths[i] = list ?? (IReadOnlyList<ForeignAccessPath>)[];
            }
        }

        ArrayPool<(Company, Country)?>.Shared.Return(vendorParty, clearArray: true);
        ArrayPool<(Company, Country)?>.Shared.Return(hostParty, clearArray: true);
        ArrayPool<int>.Shared.Return(ownCount);
        ArrayPool<bool>.Shared.Return(seen);
        return counts;
    }
}
