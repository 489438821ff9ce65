using Regie.Core.Landscape;
using Regie.Core.Planning;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Planning;

/// <summary>Small landscapes and moves for the roadmap tests, on the hand-made <see cref="TestWorld"/>.</summary>
internal static class PlanningWorld
{
    public static readonly Quarter Start = new(2027, 1);

    public static PlannedMove Move(Service service, string to = "eu-app", MoveState state = MoveState.Planned, string? pin = null) =>
        new(Guid.NewGuid(), service.Id, to, state, pin is null ? null : Quarter.Parse(pin));

    public static Roadmap Plan(BoardLandscape board, int capacity, params PlannedMove[] moves) =>
        RoadmapSequencer.Sequence(new RoadmapRequest(board, moves, capacity, Start), World);

    public static Quarter QuarterOf(Roadmap roadmap, Service service) =>
        roadmap.Steps.Single(s => s.Move.Service == service.Id).Quarter;

    public static RoadmapStep StepOf(Roadmap roadmap, Service service) => roadmap.Steps.Single(s => s.Move.Service == service.Id);
}
