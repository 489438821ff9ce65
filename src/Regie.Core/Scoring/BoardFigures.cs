using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

/// <summary>
/// One service's figures from <see cref="BoardAssessor.Figures"/>: the numbers of its <see cref="ServiceAssessment"/>,
/// computed by the same rules, without the explanations (answers, reasons, paths) that a sector aggregate never reads.
/// </summary>
public readonly record struct ServiceFigures(
    ServiceId Id,
    string? ProductId,
    double Score,
    double OptimisticScore,
    int Seal,
    int OptimisticSeal,
    int UnknownAnswers,
    bool PolicyApplies,
    int MinSeal,
    int MinScore,
    bool Passes,
    bool OptimisticPasses,
    int Criticality,
    int Impact,
    int Data,
    int Coupling,
    double Risk,
    double Exposure,
    double Mitigation,
    bool ExposureFloored,
    double Urgency,
    string Band,
    int BandRank,
    RiskQuadrant Quadrant,
    int ForeignAccessPaths)
{
    public int RoundedScore => (int)Math.Round(Score, MidpointRounding.AwayFromZero);
    public int RoundedOptimisticScore => (int)Math.Round(OptimisticScore, MidpointRounding.AwayFromZero);
    public Standing Standing => Passes ? Standing.MeetsMinimum : OptimisticPasses ? Standing.Undetermined : Standing.FailsOnKnownFacts;
}

/// <summary>
/// A board's figures, per service in the landscape's order. The resolved services are kept so the graph's figures
/// (<see cref="Graph.DependencyAnalysis.Figures"/>) need not resolve them again.
/// </summary>
public sealed record BoardFigures(string ModelVersion, WeightProfile Profile, IReadOnlyList<ServiceFigures> Services, IReadOnlyList<ResolvedService> Resolved);
