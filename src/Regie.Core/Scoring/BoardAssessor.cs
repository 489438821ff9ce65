using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

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
        var (catalog, index, resolved, edges, objectiveResults, sovereignties) = ScoreBoard(landscape, knowledge, profile, cache);
        var services = landscape.Services;

        var foreignAccess = ForeignAccess(resolved, edges.Where(e => e.IsHard).ToArray(), index, catalog);
        var dependants = new int[services.Count];
        var signInDependants = new int[services.Count];
        foreach (var edge in edges)
        {
            dependants[index[edge.To]]++;
            if (edge.Kind == DependencyKind.SignsInThrough)
            {
                signInDependants[index[edge.To]]++;
            }
        }

        var processes = landscape.Processes.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var results = new ServiceAssessment[services.Count];
        for (var i = 0; i < services.Count; i++)
        {
            var sovereignty = sovereignties[i];
            var policy = Policy(resolved[i].Service, sovereignty, processes, model);
            var isIdentity = resolved[i].IsIdentityProvider || signInDependants[i] > 0;
            var criticality = Criticality(resolved[i].Service, processes, knowledge, dependants[i], isIdentity, model.Urgency);
            var risk = Risk(resolved[i].Service, sovereignty, foreignAccess[i], model.Urgency);
            var urgency = Urgency(criticality, risk, policy, objectiveResults[i], model.Urgency);
            results[i] = new ServiceAssessment(resolved[i], sovereignty, policy, criticality, risk, urgency, foreignAccess[i]);
        }

        return new BoardAssessment(model.Version, profile, results);
    }

    /// <summary>
    /// Only each service's sovereignty score and SEAL, with its objectives and inherited caps; no policy, criticality, risk or
    /// urgency. The same scores <see cref="Assess"/> gives, for what-ifs that need the scores alone (the roadmap's
    /// projection after every quarter).
    /// </summary>
    public static IReadOnlyList<(ResolvedService Service, SovereigntyScore Sovereignty)> Sovereignty(
        BoardLandscape landscape, RegieKnowledge knowledge, string? profileId = null, AssessmentCache? cache = null)
    {
        var scored = ScoreBoard(landscape, knowledge, knowledge.Model.Profile(profileId), cache);
        return [.. scored.Resolved.Zip(scored.Sovereignty)];
    }

    private sealed record ScoredBoard(
        KnowledgeCatalog Catalog, Dictionary<ServiceId, int> Index, ResolvedService[] Resolved, Dependency[] Edges,
        ObjectiveResult[][] Objectives, SovereigntyScore[] Sovereignty);

    /// <summary>Each service's own objective scores, capped along inheritance edges, combined with the profile's weights.</summary>
    private static ScoredBoard ScoreBoard(BoardLandscape landscape, RegieKnowledge knowledge, WeightProfile profile, AssessmentCache? cache)
    {
        var model = knowledge.Model;
        var catalog = cache?.CatalogFor(landscape, knowledge) ?? knowledge.Catalog.For(landscape);
        var services = landscape.Services;
        var index = new Dictionary<ServiceId, int>(services.Count);
        for (var i = 0; i < services.Count; i++)
        {
            index[services[i].Id] = i;
        }

        var objectives = model.Objectives.Where(o => model.CriteriaByObjective[o.Id].Count > 0).ToArray();
        OwnPart Score(Service service)
        {
            var r = ResolvedService.Resolve(service, catalog);
            return new OwnPart(r, [.. objectives.Select(o => ScoreObjective(o, r, catalog, model))]);
        }

        var parts = services.Select(s => cache is null ? Score(s) : cache.Own(s, Score)).ToArray();
        var resolved = parts.Select(p => p.Resolved).ToArray();
        var own = parts.Select(p => p.Objectives).ToArray();
        var edges = landscape.Dependencies.Where(d => index.ContainsKey(d.From) && index.ContainsKey(d.To) && d.From != d.To).ToArray();
        var inheritEdges = edges.Where(e => model.Inheritance.Edges.Contains(e.Kind)).ToArray();

        // Dependencies carry through: relax caps along inheritance edges until nothing changes (also ends on cycles).
        var score = own.Select(row => row.Select(o => o.Score).ToArray()).ToArray();
        var seal = own.Select(row => row.Select(o => o.Seal).ToArray()).ToArray();
        var optimistic = own.Select(row => row.Select(o => o.OptimisticScore).ToArray()).ToArray();
        var optimisticSeal = own.Select(row => row.Select(o => o.OptimisticSeal).ToArray()).ToArray();
        var caps = new InheritedCap?[services.Count * objectives.Length];
        var inherited = objectives.Select(o => model.Inheritance.Objectives.Contains(o.Id)).ToArray();
        for (var pass = 0; pass <= services.Count; pass++)
        {
            var changed = false;
            foreach (var edge in inheritEdges)
            {
                int from = index[edge.From], to = index[edge.To];
                for (var o = 0; o < objectives.Length; o++)
                {
                    if (!inherited[o])
                    {
                        continue;
                    }

                    if (score[to][o] < score[from][o] - 1e-12 || seal[to][o] < seal[from][o])
                    {
                        score[from][o] = Math.Min(score[from][o], score[to][o]);
                        seal[from][o] = Math.Min(seal[from][o], seal[to][o]);
                        caps[from * objectives.Length + o] = new InheritedCap(edge.To, services[to].Name, edge.Kind, score[from][o], seal[from][o]);
                        changed = true;
                    }

                    optimistic[from][o] = Math.Min(optimistic[from][o], optimistic[to][o]);
                    optimisticSeal[from][o] = Math.Min(optimisticSeal[from][o], optimisticSeal[to][o]);
                }
            }

            if (!changed)
            {
                break;
            }
        }

        var objectiveResults = new ObjectiveResult[services.Count][];
        var sovereignty = new SovereigntyScore[services.Count];
        for (var i = 0; i < services.Count; i++)
        {
            objectiveResults[i] = new ObjectiveResult[objectives.Length];
            for (var o = 0; o < objectives.Length; o++)
            {
                var weight = profile.Weights.GetValueOrDefault(objectives[o].Id);
                var mine = own[i][o];
                objectiveResults[i][o] = new ObjectiveResult(
                    objectives[o], weight, mine.Criteria, mine.Score, mine.Seal, score[i][o], seal[i][o], optimistic[i][o], optimisticSeal[i][o],
                    caps[i * objectives.Length + o]);
            }

            sovereignty[i] = Combine(objectiveResults[i]);
        }

        return new ScoredBoard(catalog, index, resolved, edges, objectiveResults, sovereignty);
    }

    private static OwnScore ScoreObjective(Objective objective, ResolvedService service, KnowledgeCatalog catalog, SovereigntyModel model)
    {
        var criteria = model.CriteriaByObjective[objective.Id];
        var results = new CriterionResult[criteria.Count];
        double points = 0, best = 0;
        int seal = 4, bestSeal = 4;
        for (var c = 0; c < criteria.Count; c++)
        {
            var result = Answer(criteria[c], service, catalog);
            results[c] = result;
            points += result.Points;
            seal = Math.Min(seal, result.Seal);
            best += result.IsUnknown ? 1.0 : result.Points;
            bestSeal = Math.Min(bestSeal, result.IsUnknown ? criteria[c].Options[^1].Seal : result.Seal);
        }

        return new OwnScore(results, points / criteria.Count, seal, best / criteria.Count, bestSeal);
    }

    // Shared: a sector run answers millions of criteria from the catalog or not at all.
    private static readonly AnsweredByCatalog FromCatalog = new();
    private static readonly NotYetAnswered Unanswered = new();

    /// <summary>
    /// Board override, then the catalog's sourced answer, then the vendor's current answer to the board's questionnaire, then
    /// the prefill rule (over facts that may themselves be the vendor's); otherwise unknown (worst answer).
    /// </summary>
    private static CriterionResult Answer(Criterion criterion, ResolvedService service, KnowledgeCatalog catalog)
    {
        AnswerOverride? board = null;
        foreach (var candidate in service.Service.OverrideList)
        {
            board = string.Equals(candidate.CriterionId, criterion.Id, StringComparison.OrdinalIgnoreCase) ? candidate : board;
        }

        if (board is not null)
        {
            return Result(criterion, board.Option is { } bo && bo >= 0 && bo < criterion.Options.Count ? bo : null,
                AnswerOrigin.Board, new BoardNote(board.Reason), "bestuur", null);
        }

        if (service.Product?.Answers.GetValueOrDefault(criterion.Id) is { IsKnown: true } fact)
        {
            return Result(criterion, fact.Value, AnswerOrigin.Catalog, FromCatalog, fact.Source, fact.Checked);
        }

        if (service.Stated?.Answers.GetValueOrDefault(criterion.Id) is { } stated && stated.Option < criterion.Options.Count)
        {
            var statement = stated.Statement;
            return Result(criterion, stated.Option, AnswerOrigin.Vendor, new AnswerStatedByVendor(statement.VendorName, statement.AnsweredOn), statement.Source, statement.AnsweredOn);
        }

        if (criterion.Prefill is { } rule)
        {
            var answer = Prefill.Answer(rule, service, catalog);
            var vendor = answer.Option is null ? null : Prefill.Statement(rule, service);
            var origin = answer.Option is null ? AnswerOrigin.Unknown : vendor is null ? AnswerOrigin.Prefilled : AnswerOrigin.Vendor;
            return Result(criterion, answer.Option, origin, answer.Why, vendor?.Source ?? answer.Source, vendor?.Checked ?? answer.Checked);
        }

        return Result(criterion, null, AnswerOrigin.Unknown, Unanswered, null, null);
    }

    private static CriterionResult Result(Criterion criterion, int? option, AnswerOrigin origin, ScoringReason why, string? source, DateOnly? checkedOn) =>
        option is { } o
            ? new(criterion, o, origin, why, source, checkedOn, criterion.PointsFor(o), criterion.Options[o].Seal)
            : new(criterion, null, origin, why, source, checkedOn, 0, criterion.Options[0].Seal);

    private static SovereigntyScore Combine(ObjectiveResult[] objectives)
    {
        var totalWeight = objectives.Sum(o => o.Weight);
        double Weighted(Func<ObjectiveResult, double> value) =>
            totalWeight <= 0 ? 0 : 100 * objectives.Sum(o => o.Weight * value(o)) / totalWeight;

        var seal = objectives.Length == 0 ? 0 : objectives.Min(o => o.Seal);
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

        return new SovereigntyScore(
            Weighted(o => o.Score), Weighted(o => o.OptimisticScore), seal,
            objectives.Length == 0 ? 0 : objectives.Min(o => o.OptimisticSeal), objectives, binding,
            objectives.Sum(o => o.Criteria.Count(c => c.IsUnknown)));
    }


    private static readonly PolicyResult NoPolicy = new(false, 0, 0, true, true, [], [new NoEssentialProcess()]);

    internal static PolicyResult Policy(Service service, SovereigntyScore score, IReadOnlyDictionary<string, Process> processes, SovereigntyModel model)
    {
        List<Process>? essential = null;
        foreach (var id in service.ProcessIds)
        {
            if (processes.TryGetValue(id, out var process) && process.Essential)
            {
                (essential ??= []).Add(process);
            }
        }

        if (essential is null)
        {
            return NoPolicy;
        }

        int minSeal = 0, minScore = 0;
        foreach (var process in essential)
        {
            minSeal = Math.Max(minSeal, process.MinSeal ?? model.EssentialPolicy.MinSeal);
            minScore = Math.Max(minScore, process.MinScore ?? model.EssentialPolicy.MinScore);
        }

        var reasons = new List<ScoringReason>();
        if (score.Seal < minSeal)
        {
            reasons.Add(new SealBelowMinimum(score.Seal, minSeal));
        }

        if (score.RoundedScore < minScore)
        {
            reasons.Add(new ScoreBelowMinimum(score.RoundedScore, minScore));
        }

        var names = essential.Select(p => p.Name.Nl).ToArray();
        if (reasons.Count == 0)
        {
            reasons.Add(new MeetsMinimum(minSeal, minScore, [.. essential.Select(p => p.Name)]));
        }

        return new PolicyResult(
            true, minSeal, minScore, score.Seal >= minSeal && score.RoundedScore >= minScore,
            score.OptimisticSeal >= minSeal && score.RoundedOptimisticScore >= minScore, names, reasons);
    }

    private static CriticalityResult Criticality(
        Service service, IReadOnlyDictionary<string, Process> processes, RegieKnowledge knowledge, int dependants, bool isIdentity, UrgencySettings settings)
    {
        Process? top = null;
        foreach (var id in service.ProcessIds)
        {
            if (processes.TryGetValue(id, out var process) && process.Criticality > (top?.Criticality ?? 0))
            {
                top = process;
            }
        }

        var impact = new Factor("impact", top?.Criticality ?? 1,
            top is null ? new NoProcessRecorded() : new MostCriticalProcess(top.Name, top.Criticality));

        DataCategory? sensitive = null;
        foreach (var id in service.DataCategoryIds)
        {
            if (knowledge.DataCategoryById.TryGetValue(id, out var category) && category.Level > (sensitive?.Level ?? 0))
            {
                sensitive = category;
            }
        }

        // The top level is for children's sensitive data: without pupils among the users it counts one lower.
        var dataLevel = sensitive is { Level: 5 } && service.Pupils is null or 0 ? 4 : sensitive?.Level ?? 1;
        var data = new Factor("data", dataLevel,
            sensitive is null ? new NoPersonalData() : new MostSensitiveData(sensitive.Name, dataLevel));

        var thresholds = settings.CouplingThresholds;
        var couplingLevel = isIdentity ? 5 : 1 + thresholds.Count(t => dependants >= t);
        var coupling = new Factor("coupling", couplingLevel, isIdentity ? new IdentityService() : new ServicesDependOn(dependants, couplingLevel));

        var total = settings.ImpactWeight + settings.DataWeight + settings.CouplingWeight;
        var value = (int)Math.Round(
            (settings.ImpactWeight * impact.Value + settings.DataWeight * data.Value + settings.CouplingWeight * coupling.Value) / total,
            MidpointRounding.AwayFromZero);
        return new CriticalityResult(Math.Clamp(value, 1, 5), impact, data, coupling, settings);
    }

    private static RiskResult Risk(Service service, SovereigntyScore score, IReadOnlyList<ForeignAccessPath> foreign, UrgencySettings settings)
    {
        var reasons = new List<ScoringReason>();
        var exposure = 1 - score.Score / 100;
        reasons.Add(new ExposureFromScore(score.Score, exposure));
        var floored = false;
        if ((foreign.Count > 0 || score.Seal <= 1) && exposure < settings.ExposureFloor)
        {
            exposure = settings.ExposureFloor;
            floored = true;
            reasons.Add(foreign.Count > 0
                ? new ExposureRaisedForForeignLaw(settings.ExposureFloor, foreign[0].CompanyName, foreign[0].CountryCode)
                : new ExposureRaisedForLowSeal(settings.ExposureFloor, score.Seal));
        }

        var m = service.MitigationOrNone;
        int yes = 0, partly = 0;
        foreach (var check in (ReadOnlySpan<Check>)[m.TestedExport, m.TestedExitPlan, m.AlternativeIdentified, m.IndependentBackup, m.ExitClause, m.InHouseKnowHow])
        {
            yes += check == Check.Yes ? 1 : 0;
            partly += check == Check.Partly ? 1 : 0;
        }

        var mitigation = (yes + 0.5 * partly) / 6;
        reasons.Add(new MitigationCounted(yes, partly, 6, mitigation));
        var value = 1 + 4 * exposure * (1 - settings.MaxMitigation * mitigation);
        return new RiskResult(value, exposure, mitigation, floored, reasons, settings.MaxMitigation);
    }

    private static UrgencyResult Urgency(CriticalityResult k, RiskResult r, PolicyResult policy, ObjectiveResult[] objectives, UrgencySettings settings)
    {
        var value = k.Value * r.Value;
        var band = settings.BandFor(value);
        var reasons = new List<ScoringReason> { new UrgencyComputed(k.Value, r.Value, value, band) };
        var bandOrder = settings.Bands.Select(b => b.Id).ToList();
        if (policy.Applies && !policy.Passes && bandOrder.IndexOf(band) < bandOrder.IndexOf("hoog"))
        {
            band = "hoog";
            reasons.Add(new RaisedForFailedPolicy());
        }

        var cutoff = objectives.SelectMany(o => o.Criteria).FirstOrDefault(c => c.Criterion.Id == "SOV1.cutoff");
        if (cutoff is { IsUnknown: false, Seal: 0 } && k.Value >= 4 && band != "kritiek" && bandOrder.Contains("kritiek"))
        {
            band = "kritiek";
            reasons.Add(new RaisedForCutoff());
        }

        var exposureAxis = r.Exposure * k.Value / 5;
        var quadrant = (exposureAxis >= 0.5, r.Mitigation >= 0.5) switch
        {
            (true, false) => RiskQuadrant.Critical,
            (true, true) => RiskQuadrant.Manageable,
            (false, false) => RiskQuadrant.Attention,
            (false, true) => RiskQuadrant.Optimal,
        };
        return new UrgencyResult(value, band, bandOrder.IndexOf(band), quadrant, reasons, k.Value, r.Value);
    }

    /// <summary>Who under foreign access law each service depends on, directly or through the services it stands on (hard edges).</summary>
    private static IReadOnlyList<ForeignAccessPath>[] ForeignAccess(
        ResolvedService[] services, Dependency[] hardEdges, Dictionary<ServiceId, int> index, KnowledgeCatalog catalog)
    {
        var own = services.Select(s =>
        {
            var paths = new List<ForeignAccessPath>();
            void Add(Company? company, ForeignAccessRole role)
            {
                if (Jurisdiction.CountryOf(catalog, company) is { ExtraterritorialAccessLaw: Tri.Yes } country)
                {
                    paths.Add(new(company!.Name, country.Code, role, null));
                }
            }

            if (!s.OperatedByHost)
            {
                Add(s.VendorChain.UltimateParent, ForeignAccessRole.Vendor);
            }

            Add(s.HostingChain.UltimateParent, ForeignAccessRole.Hosting);
            return paths;
        }).ToArray();

        var outgoing = new List<int>?[services.Length];
        foreach (var edge in hardEdges)
        {
            (outgoing[index[edge.From]] ??= []).Add(index[edge.To]);
        }

        var result = new IReadOnlyList<ForeignAccessPath>[services.Length];
        var seen = new bool[services.Length];
        var order = new List<int>();
        for (var i = 0; i < services.Length; i++)
        {
            order.Clear();
            order.Add(i);
            seen[i] = true;
            var paths = own[i].Count > 0 ? new List<ForeignAccessPath>(own[i]) : null;
            for (var head = 0; head < order.Count; head++)
            {
                foreach (var next in outgoing[order[head]] ?? [])
                {
                    if (!seen[next])
                    {
                        seen[next] = true;
                        order.Add(next);
                        if (own[next].Count > 0)
                        {
                            (paths ??= []).AddRange(own[next].Select(p => p with { ViaService = services[next].Name }));
                        }
                    }
                }
            }

            foreach (var visited in order)
            {
                seen[visited] = false;
            }

            result[i] = paths ?? (IReadOnlyList<ForeignAccessPath>)[];
        }

        return result;
    }
}
