using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Planning;

/// <summary>Where a chosen move stands (past tense where it is over).</summary>
public enum MoveState { Planned, InProgress, Done, Dropped }

/// <summary>A move the board chose: one service to one alternative, optionally pinned to a quarter.</summary>
public sealed record PlannedMove(
    Guid Id, ServiceId Service, string AlternativeId, MoveState State = MoveState.Planned, Quarter? Pinned = null,
    int? EffortDays = null, decimal? OneOffCost = null);

/// <summary>What the sequencer needs besides the catalog and the model.</summary>
public sealed record RoadmapRequest(BoardLandscape Landscape, IReadOnlyList<PlannedMove> Moves, int MovesPerQuarter, Quarter Start);

/// <summary>One placed move, the quarter it got, every reason for that quarter and Regie's indicative effort for it.</summary>
public sealed record RoadmapStep(int Number, PlannedMove Move, string ServiceName, MoveTarget Target, Quarter Quarter, IReadOnlyList<PlanningReason> Why)
{
    /// <summary>Regie's rule-of-thumb effort; the board's own <see cref="PlannedMove.EffortDays"/> replaces it where given.</summary>
    public EffortEstimate? Effort { get; init; }

    /// <summary>The board's estimate as a range of one, else the indicative range.</summary>
    public (int Low, int High) EffortRange => Move.EffortDays is { } own ? (own, own) : Effort is { } e ? (e.LowDays, e.HighDays) : (0, 0);
}

/// <summary>The moves of one quarter and the board as it would stand once they are done.</summary>
public sealed record QuarterPlan(Quarter Quarter, IReadOnlyList<RoadmapStep> Steps, Projection After)
{
    public int? EffortDays => Steps.All(s => s.Move.EffortDays is not null) ? Steps.Sum(s => s.Move.EffortDays!.Value) : null;

    /// <summary>The quarter's effort with the board's estimates where given and the indicative ranges elsewhere.</summary>
    public (int Low, int High) EffortRange => (Steps.Sum(s => s.EffortRange.Low), Steps.Sum(s => s.EffortRange.High));
}

/// <summary>Something the board should fix or know: a pin that breaks a dependency, a cycle, a second move for one service.</summary>
public sealed record RoadmapProblem(Guid? MoveId, PlanningReason Problem);

/// <summary>A move the sequencer left out, and why (done, dropped, or its service is gone).</summary>
public sealed record SetAside(PlannedMove Move, string ServiceName, MoveTarget Target, PlanningReason Why);

public sealed record Roadmap(
    Quarter Start, int MovesPerQuarter, Projection Before, IReadOnlyList<QuarterPlan> Quarters,
    IReadOnlyList<RoadmapProblem> Problems, IReadOnlyList<SetAside> SetAside)
{
    public IEnumerable<RoadmapStep> Steps => Quarters.SelectMany(q => q.Steps);

    /// <summary>The board after the last quarter, or as it stands when nothing is planned.</summary>
    public Projection After => Quarters.Count > 0 ? Quarters[^1].After : Before;

    /// <summary>Where the whole plan raises a concentration index notably (everything to one party), in words.</summary>
    public IReadOnlyList<ConcentrationRises> Concentration => Projection.ConcentrationRisesBetween(Before, After);

    public RoadmapStep? StepFor(Guid moveId) => Steps.FirstOrDefault(s => s.Move.Id == moveId);
}
