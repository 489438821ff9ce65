using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Scenarios;

/// <summary>What a scenario is, in a few words ("Microsoft Corporation valt weg").</summary>
public sealed record ScenarioHeadline(ScenarioKind Kind, LocalizedText Target, double Percent) : ScenarioReason;

// The path that explains why a service is hit (AffectedService.Route).

/// <summary>How a company stands in an ownership chain as a path shows it.</summary>
public enum ChainRole { Vendor, OwnedBy, UltimateParent, SubProcessor }

public sealed record ChainStep(ChainRole Role, string Company);

/// <summary>One edge walked back: the service leans on <paramref name="Service"/> through <paramref name="Edge"/>.</summary>
public sealed record PathLink(DependencyKind Edge, string Service);

/// <summary>
/// The service, the edges from it to the service hit first, and why that one was hit; <paramref name="HostingPassedOn"/>
/// when a price rise of the host is assumed to reach the board through the vendor.
/// </summary>
public sealed record ServicePath(string Service, IReadOnlyList<PathLink> Links, ScenarioReason Cause, bool HostingPassedOn = false) : ScenarioReason;

/// <summary>Hit through a chain of companies (the vendor's, or a sub-processor's); <paramref name="Country"/> of the last one shown.</summary>
public sealed record ChainHit(IReadOnlyList<ChainStep> Chain, string? Country) : ScenarioReason;

/// <summary>Hit through its hosting provider and, when a company above it is the target, the provider's owners.</summary>
public sealed record HostingHit(LocalizedText Provider, IReadOnlyList<ChainStep> Owners, string? Country) : ScenarioReason;

/// <summary>Hit because the top of a chain is seated in the country; <paramref name="Provider"/> when the chain is the host's.</summary>
public sealed record CountryHit(LocalizedText? Provider, IReadOnlyList<ChainStep> Chain, LocalizedText? CountryName, string Country) : ScenarioReason;

public sealed record ProductEndsHit(string Product) : ScenarioReason;

public sealed record PartOfProductHit(string Whole) : ScenarioReason;

// Notes on a result (ScenarioResult.Remarks).

/// <summary>A cycle met while walking: <paramref name="Start"/> and the edges that lead back to it.</summary>
public sealed record DependencyRing(string Start, IReadOnlyList<PathLink> Ring) : ScenarioReason;

public sealed record ServicesWithoutParty(int Services) : ScenarioReason;

/// <summary>Whether the country has a law that compels access abroad, as the catalog records it.</summary>
public sealed record CountryAccessLaw(LocalizedText Country, Tri Law, LocalizedText? LawNote, string? Source) : ScenarioReason;

public sealed record ExposureScope : ScenarioReason;

public sealed record SubProcessorsUnknown(int Services) : ScenarioReason;

public sealed record ContractValuesUnknown(int Unknown, int Services) : ScenarioReason;

// How people, money and harm were counted (PeopleAffected.Why, CostImpact.Why, Harm.Why, Sweep.Why).

public sealed record PeopleCounted(int PupilsAtLeast, int StaffAtLeast, int PupilsAtMost, int StaffAtMost, int BoardPupils, int BoardStaff, int ServicesWithoutCounts) : ScenarioReason;

public sealed record DownContractValue(int Known, int Down) : ScenarioReason;

public sealed record NoCostForAccess : ScenarioReason;

public sealed record ExtraCostRule(double Percent, int Known) : ScenarioReason;

public sealed record DisruptionHarmFormula(
    double ProcessWeight, double PeopleWeight, double ProcessShare, double PeopleShare, double Harm,
    double StoppedFactor, double DisruptedFactor, double DegradedFactor, int TotalCriticality,
    int Pupils, int Staff, int BoardPupils, int BoardStaff) : ScenarioReason;

public sealed record ExposureHarmFormula(double Exposed, double Board, double Harm) : ScenarioReason;

public sealed record PriceHarmFormula(decimal Extra, decimal BoardCost, double Harm) : ScenarioReason;

/// <summary>A price rise hits services none of whose contract values is known: the harm cannot be computed, and 0 would be a guess.</summary>
public sealed record PriceHarmUnknown(int Services) : ScenarioReason;

public sealed record SweepHarmFormula(double ProcessWeight, double PeopleWeight) : ScenarioReason;

public sealed record SweepNotRun : ScenarioReason;
