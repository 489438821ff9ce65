using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

public enum AnswerOrigin { Unknown, Prefilled, Catalog, Board }

/// <summary>One criterion's answer, its points and SEAL, and where the answer came from.</summary>
public sealed record CriterionResult(
    Criterion Criterion, int? Option, AnswerOrigin Origin, string Reason, string? Source, DateOnly? Checked, double Points, int Seal)
{
    /// <summary>The reason, and for an unknown answer what that costs (composed on demand: most results are never read).</summary>
    public string Explanation => Origin switch
    {
        AnswerOrigin.Board => "Aangepast door het bestuur: " + Reason + (IsUnknown ? " (onbekend telt als het slechtste antwoord)" : ""),
        _ when IsUnknown => Reason + " Onbekend telt als het slechtste antwoord.",
        _ => Reason,
    };

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
public sealed record BindingReason(ObjectiveResult Objective, CriterionResult? Criterion, InheritedCap? Cap)
{
    public string ObjectiveId => Objective.Objective.Id;
    public string? CriterionId => Criterion?.Criterion.Id;

    // Built on demand: a sector run scores hundreds of thousands of services and reads few of these texts.
    public string Text => Cap is { } cap
        ? $"{Objective.Objective.Name.Nl}: SEAL-{cap.Seal} geërfd van {cap.FromName} ({BoardAssessor.EdgeText(cap.Edge)})."
        : $"{Criterion!.Criterion.Question.Nl} — {(Criterion.IsUnknown ? "onbekend" : Criterion.AnswerLabel("nl"))} (SEAL-{Criterion.Seal}).";
}

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

public sealed record CriticalityResult(int Value, Factor Impact, Factor Data, Factor Coupling, UrgencySettings Settings)
{
    public string Formula =>
        $"K = afronding van ({Settings.ImpactWeight}·{Impact.Value} + {Settings.DataWeight}·{Data.Value} + {Settings.CouplingWeight}·{Coupling.Value}) / " +
        $"{Settings.ImpactWeight + Settings.DataWeight + Settings.CouplingWeight} = {Value}";
}

public sealed record RiskResult(double Value, double Exposure, double Mitigation, bool ExposureFloored, IReadOnlyList<string> Reasons, double MaxMitigation)
{
    public string Formula => $"R = 1 + 4 · {Exposure:0.00} · (1 − {MaxMitigation:0.0} · {Mitigation:0.00}) = {Value:0.00}";
}

/// <summary>Urgency; <paramref name="BandRank"/> orders the bands (0 = lowest) so that overrides rank as their band.</summary>
public sealed record UrgencyResult(double Value, string Band, int BandRank, string Quadrant, IReadOnlyList<string> Reasons, int Criticality, double Risk)
{
    public string Formula => $"U = K × R = {Criticality} × {Risk:0.00} = {Value:0.0}";
}

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
