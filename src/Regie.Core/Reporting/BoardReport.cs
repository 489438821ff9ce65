using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Questionnaires;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.Reporting;

/// <summary>Where a service's exit plan stands: none, written, tested in the last twelve months, or tested longer ago.</summary>
public enum ExitPlanState { None, Written, Tested, TestExpired }

/// <summary>A stored exit plan as the report needs it: that it exists and when it was last tested.</summary>
public sealed record ExitPlanRecord(ServiceId Service, DateOnly? LastTested);

/// <summary>What the report is about and what it was computed with; printed on every page.</summary>
/// <summary>What the report is of; <paramref name="ProfileName"/> is the weighting profile as the pages name it ("EU-calculator 2026 (standaard)").</summary>
public sealed record ReportHeader(string Board, bool IsDemo, DateOnly Date, string CatalogVersion, string ModelVersion, string Profile, LocalizedText ProfileName);

/// <summary>Services per SEAL level (index 0–4): as proven (unknown counts as worst) and if every unknown were answered at best.</summary>
public sealed record SealDistribution(IReadOnlyList<int> Proven, IReadOnlyList<int> Optimistic);

/// <summary>The board's planned moves by state; a dropped move does not count towards the total to do.</summary>
public sealed record RoadmapProgress(int Planned, int InProgress, int Done, int Dropped)
{
    public int Total => Planned + InProgress + Done;

    /// <summary>Share of the moves still meant to happen that are done (0–1); 0 when nothing is planned.</summary>
    public double DoneShare => Total == 0 ? 0 : (double)Done / Total;
}

/// <summary>An edge of a service, seen from that service: what it stands on (outgoing) or what stands on it.</summary>
public sealed record ServiceLink(DependencyKind Kind, string Other, bool Outgoing);

/// <summary>An open question to a vendor that concerns a service.</summary>
public sealed record OpenVendorQuestion(string VendorName, Question Question);

/// <summary>The report's appendix for one service: its assessment with the reasons, its edges, its exit plan and open questions.</summary>
public sealed record ServiceAppendix(
    ServiceAssessment Assessment, IReadOnlyList<ServiceLink> Links, ExitPlanState ExitPlan, DateOnly? ExitPlanTested, IReadOnlyList<OpenVendorQuestion> OpenQuestions);

/// <summary>One source the report's answers rest on, with the date it was read and how many answers use it.</summary>
public sealed record FactSourceUse(string Source, DateOnly? Checked, int Answers, int Services);

/// <summary>
/// The figures one report is compared by when the next is made: kept small so that a stored report (or a history
/// snapshot) can give them back without the whole analysis.
/// </summary>
public sealed record ReportFigures(
    DateOnly Date, int Services, double AverageScore, double AverageOptimisticScore, int Meets, int FailsOnKnownFacts, int Undetermined,
    IReadOnlyList<int> ProvenSeals, int UnknownAnswers, IReadOnlyList<string> ServiceNames);

/// <summary>What changed since the previous report: services added and removed, and how the headline figures moved.</summary>
public sealed record ReportComparison(
    ReportFigures Previous, IReadOnlyList<string> Added, IReadOnlyList<string> Removed,
    double ScoreChange, int MeetsChange, int FailsChange, int UndeterminedChange, int UnknownAnswersChange);

/// <summary>
/// The board report ("bestuursrapportage", docs/REPORT.md): everything the bestuurder reads, as values taken from the one
/// analysis — the verdict, the score and SEAL distribution, what fails the minimum, the most urgent services, concentration,
/// the scenarios that hurt most, the roadmap's progress, what changed — and an appendix per service with the sources used.
/// The edges render it (HTML, then PDF); the report itself never computes a figure the analysis does not give.
/// </summary>
public sealed record BoardReport(
    ReportHeader Header,
    BoardLandscape Landscape,
    BoardVerdict Verdict,
    ReportFigures Figures,
    SealDistribution Seals,
    IReadOnlyList<ServiceAssessment> Failing,
    IReadOnlyList<ServiceAssessment> MostUrgent,
    IReadOnlyList<Concentration> ByParent,
    IReadOnlyList<Concentration> ByProvider,
    ConcentrationIndex ParentIndex,
    ConcentrationIndex ProviderIndex,
    IReadOnlyList<SweepRow> WorstScenarios,
    RoadmapProgress Roadmap,
    ReportComparison? SincePrevious,
    IReadOnlyList<ServiceAppendix> Services,
    IReadOnlyList<FactSourceUse> Sources)
{
    /// <summary>The board's public-values assessments (docs/PUBLIC-VALUES.md), each with its sovereignty apart; empty when none.</summary>
    public IReadOnlyList<ReportedPublicValues> PublicValues { get; init; } = [];

    /// <summary>How many of the most urgent services page one lists.</summary>
    public const int UrgentShown = 5;

    /// <summary>How many parties each concentration chart shows.</summary>
    public const int ConcentrationShown = 8;

    /// <summary>How many scenarios page one lists: the ones that would hurt most.</summary>
    public const int ScenariosShown = 3;

    public bool IsEmpty => Landscape.Services.Count == 0;

    /// <summary>The DPIA and KIA registers in short (docs/IMPACT-ASSESSMENTS.md); null when the caller did not read them.</summary>
    public Privacy.ImpactReportSection? ImpactAssessments { get; init; }
    /// <summary>The processing register in figures (docs/PROCESSING-REGISTER.md), laid on by the edge that loads the board's own fields; null when not loaded.</summary>
    public Privacy.ProcessingRegisterSummary? ProcessingRegister { get; init; }

    /// <summary>Builds the report from the board's analysis, computed once by the caller and passed in.</summary>
    public static BoardReport Build(ReportInputs inputs)
    {
        var (landscape, assessment, verdict, graph, sweep) = (inputs.Landscape, inputs.Assessment, inputs.Verdict, inputs.Graph, inputs.Sweep);
        var proven = new int[5];
        var optimistic = new int[5];
        foreach (var s in assessment.Services)
        {
            proven[Math.Clamp(s.Sovereignty.Seal, 0, 4)]++;
            optimistic[Math.Clamp(s.Sovereignty.OptimisticSeal, 0, 4)]++;
        }

        var figures = FiguresOf(inputs.Date, assessment, verdict, proven);
        var failing = assessment.Services.Where(s => s.Policy.Applies && !s.Policy.Passes)
            .OrderBy(s => s.Standing).ThenBy(s => s.Sovereignty.Score).ThenBy(s => s.Service.Name, StringComparer.Ordinal).ToList();

        return new BoardReport(
            new ReportHeader(landscape.Organisation.Name, landscape.Organisation.IsDemo, inputs.Date, inputs.Knowledge.Catalog.Version,
                assessment.ModelVersion, assessment.Profile.Id, assessment.Profile.Name),
            landscape,
            verdict,
            figures,
            new SealDistribution(proven, optimistic),
            failing,
            [.. assessment.ByUrgency().Take(UrgentShown)],
            [.. graph.ByParent.Take(ConcentrationShown)],
            [.. graph.ByProvider.Take(ConcentrationShown)],
            graph.ParentIndex,
            graph.ProviderIndex,
            [.. sweep.Rows.Where(r => r.Harm > 0).Take(ScenariosShown)],
            Progress(inputs.Moves),
            inputs.Previous is { } previous ? Compare(previous, figures) : null,
            Appendix(landscape, assessment, inputs.ExitPlans, inputs.Questions, inputs.Date),
            SourcesOf(assessment));
    }

    /// <summary>The headline figures of a report, the ones the next report compares against.</summary>
    public static ReportFigures FiguresOf(DateOnly date, BoardAssessment assessment, BoardVerdict verdict, IReadOnlyList<int> provenSeals)
    {
        var services = assessment.Services;
        return new ReportFigures(
            date,
            services.Count,
            services.Count == 0 ? 0 : services.Average(s => s.Sovereignty.Score),
            services.Count == 0 ? 0 : services.Average(s => s.Sovereignty.OptimisticScore),
            verdict.Counts.Meets,
            verdict.Counts.FailsOnKnownFacts,
            verdict.Counts.Undetermined,
            [.. provenSeals],
            services.Sum(s => s.Sovereignty.UnknownAnswers),
            [.. services.Select(s => s.Service.Name).Order(StringComparer.Ordinal)]);
    }

    /// <summary>What moved between two reports; names compared exactly, as the register stores one service per name.</summary>
    public static ReportComparison Compare(ReportFigures previous, ReportFigures now)
    {
        var before = previous.ServiceNames.ToHashSet(StringComparer.Ordinal);
        var after = now.ServiceNames.ToHashSet(StringComparer.Ordinal);
        return new ReportComparison(
            previous,
            [.. now.ServiceNames.Where(n => !before.Contains(n))],
            [.. previous.ServiceNames.Where(n => !after.Contains(n))],
            now.AverageScore - previous.AverageScore,
            now.Meets - previous.Meets,
            now.FailsOnKnownFacts - previous.FailsOnKnownFacts,
            now.Undetermined - previous.Undetermined,
            now.UnknownAnswers - previous.UnknownAnswers);
    }

    internal static RoadmapProgress Progress(IReadOnlyList<PlannedMove> moves) => new(
        moves.Count(m => m.State == MoveState.Planned),
        moves.Count(m => m.State == MoveState.InProgress),
        moves.Count(m => m.State == MoveState.Done),
        moves.Count(m => m.State == MoveState.Dropped));

    private static List<ServiceAppendix> Appendix(
        BoardLandscape landscape, BoardAssessment assessment, IReadOnlyList<ExitPlanRecord> exitPlans, IReadOnlyList<VendorQuestions> questions, DateOnly today)
    {
        var names = landscape.Services.ToDictionary(s => s.Id, s => s.Name);
        var links = new Dictionary<ServiceId, List<ServiceLink>>();
        foreach (var d in landscape.Dependencies)
        {
            if (!names.TryGetValue(d.From, out var from) || !names.TryGetValue(d.To, out var to))
            {
                continue;
            }

            Add(d.From, new ServiceLink(d.Kind, to, Outgoing: true));
            Add(d.To, new ServiceLink(d.Kind, from, Outgoing: false));
        }

        var plans = exitPlans.GroupBy(p => p.Service).ToDictionary(g => g.Key, g => g.Max(p => p.LastTested));
        var open = new Dictionary<ServiceId, List<OpenVendorQuestion>>();
        foreach (var vendor in questions)
        {
            foreach (var question in vendor.Questions.Where(q => q.IsOpen))
            {
                foreach (var service in question.Services)
                {
                    (open.TryGetValue(service.Id, out var list) ? list : open[service.Id] = []).Add(new OpenVendorQuestion(vendor.VendorName, question));
                }
            }
        }

        return [.. assessment.Services.OrderBy(s => s.Service.Name, StringComparer.Ordinal).Select(s =>
        {
            var hasPlan = plans.TryGetValue(s.Service.Id, out var tested);
            var state = !hasPlan ? ExitPlanState.None
                : tested is null ? ExitPlanState.Written
                : Exit.ExitPlans.IsTestCurrent(tested, today) ? ExitPlanState.Tested : ExitPlanState.TestExpired;
            return new ServiceAppendix(
                s,
                links.TryGetValue(s.Service.Id, out var l) ? [.. l.OrderBy(x => !x.Outgoing).ThenBy(x => x.Kind).ThenBy(x => x.Other, StringComparer.Ordinal)] : [],
                state,
                tested,
                open.TryGetValue(s.Service.Id, out var q) ? q : []);
        })];

        void Add(ServiceId id, ServiceLink link) => (links.TryGetValue(id, out var list) ? list : links[id] = []).Add(link);
    }

    /// <summary>
    /// Every outside source behind an answer (catalog, vendor, prefill), cited by the web pages it names (<see cref="FactSources.Cited"/>),
    /// with how many answers rest on each and in how many services; an answer whose source names two pages counts at both.
    /// The board's own entries are not a source.
    /// </summary>
    private static List<FactSourceUse> SourcesOf(BoardAssessment assessment)
    {
        var uses = new Dictionary<(string, DateOnly?), (int Answers, HashSet<ServiceId> Services)>();
        foreach (var service in assessment.Services)
        {
            foreach (var criterion in service.Sovereignty.Objectives.SelectMany(o => o.Criteria))
            {
                if (criterion.IsUnknown || criterion.AnsweredByBoard || string.IsNullOrWhiteSpace(criterion.Source))
                {
                    continue;
                }

                foreach (var cited in FactSources.Cited(criterion.Source))
                {
                    var key = (cited, criterion.Checked);
                    if (!uses.TryGetValue(key, out var use))
                    {
                        use = (0, []);
                    }

                    use.Services.Add(service.Service.Id);
                    uses[key] = (use.Answers + 1, use.Services);
                }
            }
        }

        return [.. uses.Select(u => new FactSourceUse(u.Key.Item1, u.Key.Item2, u.Value.Answers, u.Value.Services.Count))
            .OrderBy(u => u.Source, StringComparer.Ordinal).ThenBy(u => u.Checked)];
    }
}

/// <summary>
/// What the report is built from: the board's landscape and its analysis (computed once by the edge, shared with the pages),
/// the planned moves, the stored exit plans, the vendor questions, the date, and the figures of the previous report if any.
/// </summary>
public sealed record ReportInputs(
    BoardLandscape Landscape,
    RegieKnowledge Knowledge,
    BoardAssessment Assessment,
    BoardVerdict Verdict,
    GraphAnalysis Graph,
    Sweep Sweep,
    IReadOnlyList<PlannedMove> Moves,
    IReadOnlyList<ExitPlanRecord> ExitPlans,
    IReadOnlyList<VendorQuestions> Questions,
    DateOnly Date,
    ReportFigures? Previous = null);
