using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

public enum AnswerOrigin { Unknown, Prefilled, Catalog, Board }

/// <summary>One criterion's answer, its points and SEAL, and where the answer came from.</summary>
public sealed record CriterionResult(
    Criterion Criterion, int? Option, AnswerOrigin Origin, string Explanation, string? Source, DateOnly? Checked, double Points, int Seal)
{
    public bool IsUnknown => Option is null;
    public string? AnswerLabel(string language) => Option is { } o ? Criterion.Options[o].Label.In(language) : null;
}

/// <summary>A cap that a dependency put on an objective: the service scores no higher than what it stands on.</summary>
public sealed record InheritedCap(ServiceId FromService, string FromName, DependencyKind Edge, double Score, int Seal);

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
    InheritedCap? Cap);

/// <summary>What keeps the overall SEAL down: a criterion, or a dependency that capped an objective.</summary>
public sealed record BindingReason(string ObjectiveId, string? CriterionId, InheritedCap? Cap, string Text);

public sealed record SovereigntyScore(
    double Score, double OptimisticScore, int Seal, int OptimisticSeal, IReadOnlyList<ObjectiveResult> Objectives,
    IReadOnlyList<BindingReason> Binding, int UnknownAnswers)
{
    public int RoundedScore => (int)Math.Round(Score, MidpointRounding.AwayFromZero);
    public int RoundedOptimisticScore => (int)Math.Round(OptimisticScore, MidpointRounding.AwayFromZero);
}

public sealed record PolicyResult(bool Applies, int MinSeal, int MinScore, bool Passes, IReadOnlyList<string> EssentialProcesses, IReadOnlyList<string> Reasons);

/// <summary>A named factor of a figure and how it came about.</summary>
public sealed record Factor(string Name, double Value, string Explanation);

public sealed record CriticalityResult(int Value, Factor Impact, Factor Data, Factor Coupling, string Formula);

public sealed record RiskResult(double Value, double Exposure, double Mitigation, bool ExposureFloored, IReadOnlyList<string> Reasons, string Formula);

/// <summary>Urgency; <paramref name="BandRank"/> orders the bands (0 = lowest) so that overrides rank as their band.</summary>
public sealed record UrgencyResult(double Value, string Band, int BandRank, string Quadrant, IReadOnlyList<string> Reasons, string Formula);

/// <summary>A party under foreign access law that a service depends on, possibly through another service.</summary>
public sealed record ForeignAccessPath(string CompanyName, string CountryCode, string Role, string? ViaService);

public sealed record ServiceAssessment(
    ResolvedService Service,
    SovereigntyScore Sovereignty,
    PolicyResult Policy,
    CriticalityResult Criticality,
    RiskResult Risk,
    UrgencyResult Urgency,
    IReadOnlyList<ForeignAccessPath> ForeignAccess);

public sealed record BoardAssessment(string ModelVersion, WeightProfile Profile, IReadOnlyList<ServiceAssessment> Services)
{
    public ServiceAssessment? For(ServiceId id) => Services.FirstOrDefault(s => s.Service.Id == id);

    /// <summary>"Where to start": by band (overrides included), then criticality, then the urgency figure.</summary>
    public IReadOnlyList<ServiceAssessment> ByUrgency() =>
        [.. Services.OrderByDescending(s => s.Urgency.BandRank).ThenByDescending(s => s.Criticality.Value).ThenByDescending(s => s.Urgency.Value).ThenBy(s => s.Service.Name)];
}
