using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Graph;
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

public sealed record SecondMove(string Service, LocalizedText FirstTarget, LocalizedText SecondTarget) : PlanningReason;

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

public sealed record AlternativeNotAProduct(LocalizedText Alternative) : PlanningReason;

public sealed record NotInCatalog(string Id) : PlanningReason;

// Why no candidates are listed (ServiceAlternatives.Why).

public sealed record NoCatalogProduct : PlanningReason;

public sealed record NoAlternatives : PlanningReason;

// Why a candidate is listed for a service (AlternativeCandidate.Listed), and why a catalog alternative is not (NotProposed.Why).

/// <summary>The catalog names the candidate as an alternative to <paramref name="Product"/>.</summary>
public sealed record NamedByCatalog(LocalizedText Product) : PlanningReason;

public sealed record InSameCategory(LocalizedText Category) : PlanningReason;

/// <summary>The candidate's category serves <paramref name="Process"/>, which the service supports.</summary>
public sealed record ServesSameProcess(LocalizedText Process) : PlanningReason;

/// <summary>A sign-in candidate that admits pupils of <paramref name="Sectors"/> (PupilSector ids), as the catalog's source says.</summary>
public sealed record AdmitsPupils(IReadOnlyList<string> Sectors, string? Source) : PlanningReason;

/// <summary>Named by the catalog, but for another function: its category (null when unknown) shares no process with the service.</summary>
public sealed record OtherFunction(LocalizedText? Category, LocalizedText ServiceCategory) : PlanningReason;

/// <summary>
/// The service may sign in pupils of <paramref name="Sectors"/>, and the catalog does not say the candidate admits them;
/// <paramref name="Admitted"/> is what it does say, null when it says nothing.
/// </summary>
public sealed record PupilsNotAdmitted(LocalizedText Target, IReadOnlyList<string> Sectors, IReadOnlyList<string>? Admitted) : PlanningReason;

// What the roadmap does to concentration (Roadmap.Concentration).

/// <summary>
/// After the plan <paramref name="TopShare"/> of the board's weighted dependence lies with one party, <paramref name="Top"/>;
/// the index (HHI, 0–10,000) over <paramref name="Parties"/> rises from <paramref name="HhiBefore"/> to <paramref name="HhiAfter"/>.
/// </summary>
public sealed record ConcentrationRises(ConcentrationParties Parties, LocalizedText? Top, double TopShare, double HhiBefore, double HhiAfter) : PlanningReason;

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
