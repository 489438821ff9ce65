using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;

namespace Regie.Core.PublicValues;

/// <summary>
/// What Regie already knows about a subject, gathered from the analysis the edge computed: the resolved service with its
/// sovereignty result and, for one of the board's own services, the board's dependency graph. A facility known only by
/// name has none of it.
/// </summary>
public sealed record SubjectFacts(
    ResolvedService? Service, ServiceAssessment? Sovereignty, GraphAnalysis? Graph, BoardLandscape? Landscape, KnowledgeCatalog? Catalog,
    IReadOnlyDictionary<string, DataCategory> DataCategories)
{
    public static SubjectFacts None { get; } = new(null, null, null, null, null, new Dictionary<string, DataCategory>());

    /// <summary>One of the board's services, with the board's assessment and graph.</summary>
    public static SubjectFacts ForService(BoardLandscape landscape, BoardAssessment assessment, GraphAnalysis graph, RegieKnowledge knowledge, ServiceId id) =>
        assessment.For(id) is { } scored
            ? new(scored.Service, scored, graph, landscape, knowledge.Catalog.For(landscape), knowledge.DataCategoryById)
            : None;

    /// <summary>
    /// A catalog alternative scored as a one-service landscape of the board (as a tender's offer is): only the catalog's facts
    /// count, so its continuity and personal data stay the assessor's to answer.
    /// </summary>
    public static SubjectFacts ForAlternative(BoardLandscape landscape, RegieKnowledge knowledge, string alternativeId)
    {
        var catalog = knowledge.Catalog.For(landscape);
        if (MoveTarget.Resolve(alternativeId, catalog).Product is not { } product)
        {
            return None;
        }

        var offered = new Service(new ServiceId(Guid.Empty), product.Name, product.Id, []);
        var scored = BoardAssessor.Assess(landscape with { Services = [offered], Dependencies = [] }, knowledge).Services[0];
        return new(scored.Service, scored, null, null, catalog, knowledge.DataCategoryById);
    }
}

/// <summary>
/// The rules that answer a public-values question from facts Regie already has (named in the model's <c>prefill:</c>). A rule
/// that lacks its facts answers unknown and says which fact is missing; an assessor's own answer always overrides a pre-fill.
/// </summary>
public static class ValuePrefill
{
    public const string SinglePointOfFailure = "singlePointOfFailure";
    public const string SovereigntySeal = "sovereigntySeal";
    public const string ExitFacts = "exitFacts";
    public const string PersonalDataJurisdiction = "personalDataJurisdiction";
    public const string DpiaStatus = "dpiaStatus";

    /// <summary>Every question of the model that names a rule, answered (or not) from <paramref name="facts"/>.</summary>
    public static IReadOnlyList<PrefilledValueAnswer> For(PublicValuesModel model, SubjectFacts facts) =>
        facts.Service is null
            ? []
            : [.. model.Values.SelectMany(v => v.Questions).Where(q => q.Prefill is not null).Select(q => Answer(q, facts))];

    public static PrefilledValueAnswer Answer(ValueQuestion question, SubjectFacts facts) => question.Prefill switch
    {
        SinglePointOfFailure => Continuity(question.Id, facts),
        SovereigntySeal => Sovereignty(question.Id, facts),
        ExitFacts => Exit(question.Id, facts),
        PersonalDataJurisdiction => PersonalData(question.Id, facts),
        DpiaStatus => Dpia(question.Id, facts),
        _ => new(question.Id, null, new UnknownValuePrefillRule(question.Prefill ?? "")),
    };

    private static PrefilledValueAnswer Continuity(string id, SubjectFacts facts)
    {
        if (facts is not { Service: { } s, Graph: { } graph, Landscape: { } landscape })
        {
            return new(id, null, new NotABoardService());
        }

        var own = s.Service.ProcessIds.Select(p => landscape.Processes.FirstOrDefault(x => x.Id == p)?.Name.Nl).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (own.Count == 0)
        {
            return new(id, null, new SupportsNoProcess());
        }

        var dependsOn = graph.ByParent.Concat(graph.ByProvider).Where(c => c.Services.Any(d => d.Service == s.Id)).Select(c => c.EntityId)
            .Append("service:" + s.Id.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hit = graph.SinglePointsOfFailure
            .Where(p => dependsOn.Contains(p.EntityId) || p.EntityId == "service:" + s.Id)
            .Select(p => (p.Name, Stopped: p.Processes.Where(n => own.Contains(n.Nl)).ToList()))
            .FirstOrDefault(p => p.Stopped.Count > 0);
        if (hit.Name is not null)
        {
            return new(id, 0, new StopsWhenPartyFalls(hit.Name, hit.Stopped));
        }

        return s.VendorChain.UltimateParent is null
            ? new(id, null, new ChainUnknownForContinuity())
            : new(id, 2, new NoSinglePointOfFailureFound(own.Count));
    }

    private static PrefilledValueAnswer Sovereignty(string id, SubjectFacts facts)
    {
        if (facts.Sovereignty?.Sovereignty is not { } score)
        {
            return new(id, null, new NotABoardService());
        }

        // A SEAL that unknowns hold down is no finding about the subject: unknowns are never counted as the lowest answer here.
        if (score.Seal != score.OptimisticSeal)
        {
            return new(id, null, new SealUndetermined(score.Seal, score.OptimisticSeal));
        }

        return new(id, Math.Min(3, score.Seal), new AnsweredFromSeal(score.Seal, score.Score));
    }

    private static PrefilledValueAnswer Exit(string id, SubjectFacts facts)
    {
        if (facts.Service is not { } s)
        {
            return new(id, null, new NotABoardService());
        }

        if (!s.ExportFormats.IsKnown || s.ExitTerms is { IsKnown: false } or { Value: Tri.Unknown })
        {
            return new(id, null, new ExitFactsMissing(!s.ExportFormats.IsKnown, s.ExitTerms is { IsKnown: false } or { Value: Tri.Unknown }));
        }

        var openExport = (s.ExportFormats.Value ?? []).Any(Prefill.IsOpenFormat);
        var clause = s.ExitTerms.Value == Tri.Yes;
        var tested = s.Service.MitigationOrNone.TestedExitPlan == Check.Yes;
        var score = (openExport ? 1 : 0) + (clause ? 1 : 0) + (tested ? 1 : 0);
        var fact = s.ExitTerms.Source is not null ? (IFactView)s.ExitTerms : s.ExportFormats;
        return new(id, score, new ExitFactsCounted(openExport, clause, tested), fact.Source, fact.Checked) { SourceByBoard = fact.EnteredByBoard };
    }

    private static PrefilledValueAnswer PersonalData(string id, SubjectFacts facts)
    {
        if (facts is not { Service: { } s, Sovereignty: { } scored, Catalog: { } catalog })
        {
            return new(id, null, new NotABoardService());
        }

        var categories = s.Service.DataCategoryIds.Select(c => facts.DataCategories.GetValueOrDefault(c)).OfType<DataCategory>().ToList();
        if (categories.Count == 0)
        {
            return new(id, null, new NoDataCategoriesRecorded());
        }

        var most = categories.OrderByDescending(c => c.Level).First();
        if (scored.ForeignAccess.FirstOrDefault() is { } path)
        {
            // Pupil data at scale and special categories (level 4 and up) under a foreign access law is the framework's "high risk".
            return new(id, most.Level >= 4 ? 0 : 1, new PersonalDataUnderForeignLaw(most.Name, most.Level, path.CompanyName, path.CountryCode));
        }

        var parent = s.VendorChain.UltimateParent;
        if (parent is null || Jurisdiction.CountryOf(catalog, parent) is not { } country)
        {
            return new(id, null, new JurisdictionUnknownForPrivacy());
        }

        var euOnly = s.DataLocation is { IsKnown: true, Value: DataLocation.EuOnly };
        return new(id, euOnly ? 3 : 2, new PersonalDataWithoutForeignLaw(most.Name, most.Level, country.Code, euOnly), parent.Country.Source, parent.Country.Checked)
        {
            SourceByBoard = parent.Country.EnteredByBoard,
        };
    }

    private static PrefilledValueAnswer Dpia(string id, SubjectFacts facts) => facts.Service?.Service.Dpia switch
    {
        null => new(id, null, new NotABoardService()),
        AssessmentStatus.Done or AssessmentStatus.NotNeeded => new(id, 3, new DpiaStatusRecorded(facts.Service.Service.Dpia)),
        AssessmentStatus.InProgress => new(id, 1, new DpiaStatusRecorded(AssessmentStatus.InProgress)),
        AssessmentStatus.NotStarted => new(id, 0, new DpiaStatusRecorded(AssessmentStatus.NotStarted)),
        _ => new(id, null, new DpiaStatusUnknown()),
    };
}
