using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

// The reasons of the scoring core. Each is rendered in Explaining/ReasonText.Scoring.cs; company, product and chain
// names, ids and country codes are arguments as they are, LocalizedText arguments render in the reader's language.

/// <summary>Which party of a service's chain a jurisdiction reason is about.</summary>
public enum ControllingRole { VendorParent, HostingParent, SelfHosted }

/// <summary>Through whom a service is exposed to a foreign access law.</summary>
public enum ForeignAccessRole { Vendor, Hosting }

/// <summary>Where a service sits between exposure (after criticality) and mitigation.</summary>
public enum RiskQuadrant { Critical, Manageable, Attention, Optimal }

// --- Why a criterion has its answer -------------------------------------------------------------------------------

/// <summary>A criterion's answer explained: its own reason, who gave it, and whether it is unknown (which counts as the worst answer).</summary>
public sealed record CriterionExplained(ScoringReason Why, AnswerOrigin Origin, bool Unknown) : ScoringReason;

/// <summary>The board's own words for the answer it chose.</summary>
public sealed record BoardNote(string Note) : ScoringReason;

public sealed record AnsweredByCatalog : ScoringReason;

public sealed record NotYetAnswered : ScoringReason;

public sealed record UnknownPrefillRule(string Rule) : ScoringReason;

public sealed record KeysHeldByBoard : ScoringReason;

public sealed record KeyControlUnknown : ScoringReason;

public sealed record ExitClauseRecorded(bool HasClause) : ScoringReason;

public sealed record ExitClauseUnknown : ScoringReason;

/// <summary>The vendor stated in the board's questionnaire whether the contract arranges exit and transition.</summary>
public sealed record ExitTermsStated(bool HasTerms) : ScoringReason;

/// <summary>The vendor answered a criterion of the model in the board's questionnaire, on this date.</summary>
public sealed record AnswerStatedByVendor(string Vendor, DateOnly Date) : ScoringReason;

public sealed record OpenSourceRecorded(bool IsOpenSource) : ScoringReason;

public sealed record OpenSourceUnknown : ScoringReason;

/// <summary>The DPIA status the board recorded (Done, NotNeeded, InProgress or NotStarted).</summary>
public sealed record DpiaRecorded(AssessmentStatus Status) : ScoringReason;

public sealed record DpiaUnknown : ScoringReason;

public sealed record VendorUnknown : ScoringReason;

public sealed record UltimateParentUnknown(LocalizedText Chain) : ScoringReason;

public sealed record ParentInEu(LocalizedText Chain, string CountryCode, LocalizedText Country) : ScoringReason;

public sealed record ParentUnderForeignAccessLaw(LocalizedText Chain, string CountryCode, LocalizedText Country) : ScoringReason;

public sealed record ParentOutsideEu(LocalizedText Chain, string CountryCode, LocalizedText Country) : ScoringReason;

/// <summary>A party of the chain falls under a law of its country that can compel access to data; <paramref name="LawNote"/> is the catalog's note.</summary>
public sealed record PartyUnderForeignLaw(ControllingRole Role, string Company, string CountryCode, LocalizedText Country, LocalizedText? LawNote) : ScoringReason;

public sealed record OpenSourceRunByEuParty(LocalizedText Provider) : ScoringReason;

public sealed record ChainOwnedInEu : ScoringReason;

/// <summary>The jurisdiction cannot be determined because a party of the chain is missing.</summary>
public sealed record ChainIncomplete(bool VendorParentKnown, bool HostingProviderKnown) : ScoringReason;

public sealed record PartyCanBeForcedToStop(ControllingRole Role, string Company, string CountryCode, LocalizedText Country) : ScoringReason;

public sealed record WholeChainInEu : ScoringReason;

public sealed record DataLocationRecorded(DataLocation Location) : ScoringReason;

public sealed record DataLocationUnknown : ScoringReason;

public sealed record NoExportFormats : ScoringReason;

/// <summary>The vendor stated that the data cannot be exported.</summary>
public sealed record NoExportOffered : ScoringReason;

public sealed record OpenExportFormats(IReadOnlyList<string> Formats) : ScoringReason;

public sealed record ProprietaryExportFormats(IReadOnlyList<string> Formats) : ScoringReason;

public sealed record OpenSourceRunInEu(LocalizedText Provider) : ScoringReason;

public sealed record OpenSourceRunOutsideEu(LocalizedText Provider, string CountryCode, LocalizedText Country) : ScoringReason;

public sealed record RunByEuBranchOfForeignParty(string Vendor, string CountryCode, LocalizedText Country) : ScoringReason;

public sealed record RunUnderForeignControl(string Vendor, string CountryCode, LocalizedText Country) : ScoringReason;

public sealed record EuVendorHostingUnknown : ScoringReason;

public sealed record EuVendorAndHost : ScoringReason;

public sealed record EuVendorForeignHost(LocalizedText Provider, string CountryCode, LocalizedText Country) : ScoringReason;

public sealed record HostingProviderUnknown : ScoringReason;

public sealed record SelfHostedAt(LocalizedText Provider) : ScoringReason;

public sealed record HostingOwnerUnknown(LocalizedText Provider) : ScoringReason;

public sealed record HostedInEuHands(LocalizedText Provider, LocalizedText Chain) : ScoringReason;

public sealed record HostedUnderForeignControl(LocalizedText Provider, string CountryCode, LocalizedText Country, LocalizedText Chain) : ScoringReason;

// --- What keeps the SEAL down -------------------------------------------------------------------------------------

/// <summary>An objective's SEAL capped by a service it depends on.</summary>
public sealed record SealInherited(string ObjectiveId, LocalizedText Objective, int Seal, string FromService, DependencyKind Edge) : ScoringReason;

/// <summary>A criterion whose answer sets the SEAL; <paramref name="Answer"/> is null for an unknown answer.</summary>
public sealed record CriterionBinds(string CriterionId, LocalizedText Question, LocalizedText? Answer, int Seal) : ScoringReason;

/// <summary>
/// Every answer of the objective's criteria belongs to one SEAL level (SOV8 in the shipped model: all SEAL-4), so its
/// points count in the score but it never lowers the SEAL: a score of 0 beside SEAL-4 is no contradiction.
/// </summary>
public sealed record ObjectiveNeverLowersSeal(string ObjectiveId, LocalizedText Objective, int Seal) : ScoringReason;

/// <summary>An objective no higher than the service it depends on; <paramref name="Score"/> on the 0–100 scale.</summary>
public sealed record CapInherited(string FromService, DependencyKind Edge, double Score, int Seal) : ScoringReason;

// --- The policy threshold -----------------------------------------------------------------------------------------

public sealed record NoEssentialProcess : ScoringReason;

public sealed record SealBelowMinimum(int Seal, int MinSeal) : ScoringReason;

public sealed record ScoreBelowMinimum(int Score, int MinScore) : ScoringReason;

public sealed record MeetsMinimum(int MinSeal, int MinScore, IReadOnlyList<LocalizedText> Processes) : ScoringReason;

// --- Criticality, risk and urgency --------------------------------------------------------------------------------

public sealed record NoProcessRecorded : ScoringReason;

public sealed record MostCriticalProcess(LocalizedText Process, int Criticality) : ScoringReason;

public sealed record NoPersonalData : ScoringReason;

public sealed record MostSensitiveData(LocalizedText Category, int Level) : ScoringReason;

public sealed record IdentityService : ScoringReason;

public sealed record ServicesDependOn(int Dependants, int Level) : ScoringReason;

public sealed record ExposureFromScore(double Score, double Exposure) : ScoringReason;

public sealed record ExposureRaisedForForeignLaw(double Floor, string Company, string CountryCode) : ScoringReason;

public sealed record ExposureRaisedForLowSeal(double Floor, int Seal) : ScoringReason;

public sealed record MitigationCounted(int Yes, int Partly, int Checks, double Mitigation) : ScoringReason;

/// <summary>Urgency as criticality times risk, with the band (an id of the model file) it falls in.</summary>
public sealed record UrgencyComputed(int Criticality, double Risk, double Urgency, string Band) : ScoringReason;

public sealed record RaisedForFailedPolicy : ScoringReason;

public sealed record RaisedForCutoff : ScoringReason;

public sealed record CriticalityFormula(
    double ImpactWeight, double Impact, double DataWeight, double Data, double CouplingWeight, double Coupling, int Value) : ScoringReason;

public sealed record RiskFormula(double Exposure, double MaxMitigation, double Mitigation, double Value) : ScoringReason;

public sealed record UrgencyFormula(int Criticality, double Risk, double Value) : ScoringReason;
