using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Planning;

// Why a move got its quarter (RoadmapStep.Why).

public sealed record PinnedByBoard(Quarter Quarter) : PlanningReason;

/// <summary>A warning that also stands as a problem of the roadmap, shown among a step's reasons.</summary>
public sealed record Caution(PlanningReason Problem) : PlanningReason;

public sealed record AlreadyInProgress : PlanningReason;

/// <summary>The move waits for the move of a service it signs in through or runs on.</summary>
public sealed record AfterPrerequisite(string Prerequisite, DependencyKind Edge, Quarter Quarter) : PlanningReason;

/// <summary>Services that sign in through or run on this one move after it; <paramref name="Dependants"/> in display order.</summary>
public sealed record BeforeDependants(IReadOnlyList<string> Dependants, bool SignInAmongThem) : PlanningReason;

/// <summary>The contract had already ended before the roadmap starts; <paramref name="CapacityFull"/> when capacity held it back.</summary>
public sealed record ContractEndedBeforeStart(DateOnly ContractEnd, IReadOnlyList<string> After, int? CapacityFull) : PlanningReason;

public sealed record AtContractEnd(DateOnly ContractEnd) : PlanningReason;

public sealed record EarlierForDependant(DateOnly ContractEnd, string Dependant) : PlanningReason;

public sealed record BeforeContractEnd(DateOnly ContractEnd) : PlanningReason;

public sealed record LaterThanContractEndWaiting(DateOnly ContractEnd, Quarter ContractQuarter, string Prerequisite) : PlanningReason;

public sealed record LaterThanContractEndCapacity(DateOnly ContractEnd, Quarter ContractQuarter, int Capacity) : PlanningReason;

public sealed record DueForDependant(Quarter Due, string Dependant) : PlanningReason;

/// <summary>No contract end: placed by urgency; <paramref name="Band"/> is the model's band name.</summary>
public sealed record NoContractEnd(string Band, double Urgency) : PlanningReason;

public sealed record WaitedForCapacity(Quarter ReadyFrom, int Capacity) : PlanningReason;

public sealed record SlotInQuarter(int Slot, int Capacity, Quarter Quarter) : PlanningReason;

// What the board should fix (RoadmapProblem.Problem).

public sealed record SecondMove(string Service, string FirstTarget, string SecondTarget) : PlanningReason;

public sealed record DependencyCycle(IReadOnlyList<string> Services) : PlanningReason;

public sealed record PinBeforeStart(string Service, Quarter Pinned, Quarter Start) : PlanningReason;

public sealed record PinsOverCapacity(Quarter Quarter, int Pinned, int Capacity) : PlanningReason;

/// <summary><paramref name="PrerequisiteQuarter"/> is null when the prerequisite moves in a quarter not yet placed.</summary>
public sealed record PinBreaksDependency(string Service, Quarter Pinned, string Prerequisite, DependencyKind Edge, Quarter? PrerequisiteQuarter) : PlanningReason;

// Why a move was left out (SetAside.Why).

public sealed record ServiceGone : PlanningReason;

public sealed record MoveDropped : PlanningReason;

public sealed record MoveDone : PlanningReason;

public sealed record MoveDoneEffectUnknown(PlanningReason Unknown) : PlanningReason;

public sealed record SecondMoveForService : PlanningReason;

// Why the effect of a target is unknown (MoveTarget.Unknown).

public sealed record AlternativeNotAProduct(string Alternative) : PlanningReason;

public sealed record NotInCatalog(string Id) : PlanningReason;

// Why no candidates are listed (ServiceAlternatives.Why).

public sealed record NoCatalogProduct : PlanningReason;

public sealed record NoAlternatives : PlanningReason;

// The parts of an effort estimate (EffortPart.Why); numbers are the rule's own.

/// <summary><paramref name="Category"/> is null when the product or its category is unknown.</summary>
public sealed record SetUpAndMove(LocalizedText? Category) : PlanningReason;

public sealed record InstructUsers(int Users, int UsersPerHalfDay, double MaxDays) : PlanningReason;

public sealed record ReconnectDependants(int Services) : PlanningReason;

public sealed record CheckIntegrations(int Integrations) : PlanningReason;

public sealed record MoveData(int Kinds) : PlanningReason;

/// <summary>No open export known: moving the data costs <paramref name="ExtraShare"/> more (0.5 = half as much again).</summary>
public sealed record NoOpenExport(double ExtraShare) : PlanningReason;

public sealed record SharedStandards(IReadOnlyList<string> Standards) : PlanningReason;

public sealed record NoSharedStandard : PlanningReason;
