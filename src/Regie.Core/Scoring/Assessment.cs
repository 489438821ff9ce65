using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

/// <summary>Who gave a criterion's answer. <see cref="Vendor"/>: the vendor's answer to the board's questionnaire, or a rule
/// applied to a fact the vendor stated there.</summary>
public enum AnswerOrigin { Unknown, Prefilled, Catalog, Board, Vendor }

/// <summary>One criterion's answer, its points and SEAL, and where the answer came from.</summary>
public sealed record CriterionResult(
    Criterion Criterion, int? Option, AnswerOrigin Origin, ScoringReason Why, string? Source, DateOnly? Checked, double Points, int Seal)
{
    /// <summary>The reason with who gave the answer and, for an unknown answer, what that costs (built on demand: most results are never read).</summary>
    public CriterionExplained Explained => new(Why, Origin, IsUnknown);

    public bool IsUnknown => Option is null;

    /// <summary>This answer as what keeps a SEAL down (built on demand).</summary>
    public CriterionBinds Binds => new(Criterion.Id, Criterion.Question, Option is { } o ? Criterion.Options[o].Label : null, Seal);

    /// <summary>The answer was prefilled from a fact the board entered itself, whose source is the board's own words.</summary>
    public bool SourceByBoard { get; init; }

    /// <summary>The board gave the answer, or the fact it was derived from.</summary>
    public bool AnsweredByBoard => Origin == AnswerOrigin.Board || Source == FactSources.Board || SourceByBoard;
    public string? AnswerLabel(string language) => Option is { } o ? Criterion.Options[o].Label.In(language) : null;
}

/// <summary>A cap that a dependency put on an objective: the service scores no higher than what it stands on.</summary>
public sealed record InheritedCap(ServiceId FromService, string FromName, DependencyKind Edge, double Score, int Seal)
{
    /// <summary>The cap as a reason, with the score on the 0–100 scale.</summary>
    public CapInherited Why => new(FromName, Edge, Math.Round(100 * Score, 1), Seal);
}

public sealed record ObjectiveResult(
    Objective Objective,
    double Weight,
    IReadOnlyList<CriterionResult> Criteria,
    double OwnScore,
    int OwnSeal,
    double Score,
    int Seal,
    double OptimisticScore,
    int OptimisticSeal,
    InheritedCap? Cap)
{
    /// <summary>
    /// Set when every answer of the objective's criteria carries the same SEAL level: its points move the score, never
    /// the SEAL. Built on demand, like <see cref="BindingReason.Why"/>.
    /// </summary>
    public ObjectiveNeverLowersSeal? SealNeverLowered
    {
        get
        {
            var seals = Criteria.SelectMany(c => c.Criterion.Options).Select(o => o.Seal).Distinct().Take(2).ToArray();
            // A cap from a dependency can still lower it; then the sentence would not be true.
            return seals.Length == 1 && (Cap is null || Cap.Seal >= seals[0]) ? new ObjectiveNeverLowersSeal(Objective.Id, Objective.Name, seals[0]) : null;
        }
    }
}

/// <summary>What keeps the overall SEAL down: a criterion, or a dependency that capped an objective.</summary>
public sealed record BindingReason(ObjectiveResult Objective, CriterionResult? Criterion, InheritedCap? Cap)
{
    public string ObjectiveId => Objective.Objective.Id;
    public string? CriterionId => Criterion?.Criterion.Id;

    // Built on demand: a sector run scores hundreds of thousands of services and reads few of these reasons.
    public ScoringReason Why => Cap is { } cap
        ? new SealInherited(ObjectiveId, Objective.Objective.Name, cap.Seal, cap.FromName, cap.Edge)
        : Criterion!.Binds;

}

public sealed record SovereigntyScore(
    double Score, double OptimisticScore, int Seal, int OptimisticSeal, IReadOnlyList<ObjectiveResult> Objectives,
    IReadOnlyList<BindingReason> Binding, int UnknownAnswers)
{
    public int RoundedScore => (int)Math.Round(Score, MidpointRounding.AwayFromZero);
    public int RoundedOptimisticScore => (int)Math.Round(OptimisticScore, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The minimum for essential processes. <paramref name="Passes"/> is the EC rule (unknown counts as the worst answer);
/// <paramref name="OptimisticPasses"/> is whether the service would pass if every unknown were answered at best, so a
/// service that fails the first but passes the second fails only for want of answers.
/// </summary>
public sealed record PolicyResult(
    bool Applies, int MinSeal, int MinScore, bool Passes, bool OptimisticPasses, IReadOnlyList<LocalizedText> EssentialProcesses, IReadOnlyList<ScoringReason> Why)
{
    public Standing Standing => Passes ? Standing.MeetsMinimum : OptimisticPasses ? Standing.Undetermined : Standing.FailsOnKnownFacts;
}

/// <summary>
/// Where a service stands against its minimum: it meets it (or none applies), it fails on known facts (it would fail even
/// if every unknown were answered best), or it is undetermined (it fails only because of unknowns).
/// </summary>
public enum Standing { MeetsMinimum, FailsOnKnownFacts, Undetermined }

/// <summary>A named factor of a figure and how it came about.</summary>
public sealed record Factor(string Name, double Value, ScoringReason Why);

public sealed record CriticalityResult(int Value, Factor Impact, Factor Data, Factor Coupling, UrgencySettings Settings)
{
    public CriticalityFormula Calculation =>
        new(Settings.ImpactWeight, Impact.Value, Settings.DataWeight, Data.Value, Settings.CouplingWeight, Coupling.Value, Value);
}

public sealed record RiskResult(double Value, double Exposure, double Mitigation, bool ExposureFloored, IReadOnlyList<ScoringReason> Why, double MaxMitigation)
{
    public RiskFormula Calculation => new(Exposure, MaxMitigation, Mitigation, Value);
}

/// <summary>Urgency; <paramref name="BandRank"/> orders the bands (0 = lowest) so that overrides rank as their band;
/// <paramref name="Band"/> is a band id of the model file.</summary>
public sealed record UrgencyResult(double Value, string Band, int BandRank, RiskQuadrant InQuadrant, IReadOnlyList<ScoringReason> Why, int Criticality, double Risk)
{
    public UrgencyFormula Calculation => new(Criticality, Risk, Value);
}

/// <summary>A party under foreign access law that a service depends on, possibly through another service.</summary>
public sealed record ForeignAccessPath(string CompanyName, string CountryCode, ForeignAccessRole Through, string? ViaService);

public sealed record ServiceAssessment(
    ResolvedService Service,
    SovereigntyScore Sovereignty,
    PolicyResult Policy,
    CriticalityResult Criticality,
    RiskResult Risk,
    UrgencyResult Urgency,
    IReadOnlyList<ForeignAccessPath> ForeignAccess)
{
    public Standing Standing => Policy.Standing;
}

public sealed record BoardAssessment(string ModelVersion, WeightProfile Profile, IReadOnlyList<ServiceAssessment> Services)
{
    public ServiceAssessment? For(ServiceId id) => Services.FirstOrDefault(s => s.Service.Id == id);

    /// <summary>"Where to start": by band (overrides included), then criticality, then the urgency figure.</summary>
    public IReadOnlyList<ServiceAssessment> ByUrgency() =>
        [.. Services.OrderByDescending(s => s.Urgency.BandRank).ThenByDescending(s => s.Criticality.Value).ThenByDescending(s => s.Urgency.Value).ThenBy(s => s.Service.Name)];
}
