using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Verdict;

/// <summary>
/// What holds services below their minimum, named as the thing a board can act on (docs/VERDICT.md). The record is
/// both the grouping key and the reason the edge renders ("logt in via Microsoft Entra ID").
/// </summary>
public abstract record RootCause : VerdictReason;

/// <summary>Services sign in through, or are hosted on, another service of the board that caps them.</summary>
public sealed record ThroughDependency(DependencyKind Edge, ServiceId Target, string TargetName) : RootCause;

/// <summary>The vendor's ultimate parent: a party outside the EU or under a foreign access law that the vendor's answers follow.</summary>
public sealed record VendorParty(string CompanyId, string CompanyName, string? CountryCode) : RootCause;

/// <summary>The hosting provider's ultimate parent ("gehost bij Amazon").</summary>
public sealed record HostingParty(string CompanyId, string CompanyName, string? CountryCode) : RootCause;

/// <summary>Questions about a vendor's products that nobody has answered yet; unknown counts as the worst answer.
/// A null vendor means the board has not recorded who the vendor is.</summary>
public sealed record OpenQuestions(string? VendorId, string? VendorName) : RootCause;

/// <summary>
/// What the board itself records and has not, or not well: the exit clause, the export formats, the DPIA. One cause,
/// because one decision closes it: the board puts its own arrangements on record; the shortfalls name each criterion.
/// </summary>
public sealed record BoardGap : RootCause;

/// <summary>Known answers about the products themselves (certification, data location, …): what the vendor offers now.</summary>
public sealed record ProductAnswers(string? VendorId, string? VendorName) : RootCause;

/// <summary>One thing that holds a service below its minimum: a criterion's answer, or a cap inherited through an edge.</summary>
public sealed record Shortfall(RootCause Cause, string ObjectiveId, CriterionResult? Criterion, InheritedCap? Cap)
{
    public ScoringReason Why => Cap is { } cap
        ? cap.Why
        : Criterion!.Binds;
}

/// <summary>A failing service that a cause holds, with the shortfalls the cause explains.</summary>
public sealed record HeldService(ServiceId Id, string Name, Standing Standing, IReadOnlyList<Shortfall> Shortfalls);

/// <summary>The replacement a what-if assumed when it moved services off a dependency; null when the edge was simply removed.</summary>
public sealed record AssumedReplacement(string ProductId, string ProductName, int Seal, double Score);

/// <summary>What a what-if does to the failing services: those that then meet the minimum, and those that failed on known
/// facts and then no longer do (they wait only on answers).</summary>
public sealed record WhatIfOutcome(IReadOnlyList<ServiceId> Passing, IReadOnlyList<ServiceId> Cleared)
{
    public static readonly WhatIfOutcome Nothing = new([], []);

    /// <summary>More passing first, then more cleared.</summary>
    public bool BetterThan(WhatIfOutcome other) =>
        Passing.Count > other.Passing.Count || (Passing.Count == other.Passing.Count && Cleared.Count > other.Cleared.Count);

    /// <summary>As <see cref="BetterThan"/> for counts alone (a bound holds counts, not services).</summary>
    public static bool BetterThan((int Passing, int Cleared) counts, WhatIfOutcome other) =>
        counts.Passing > other.Passing.Count || (counts.Passing == other.Passing.Count && counts.Cleared > other.Cleared.Count);
}

/// <summary>
/// One root cause with its reach and its what-if lift: how many failing services would meet the minimum if the cause
/// were removed (and how many that fail on known facts would then only wait on answers). For open questions the lift is given at the best and at the worst answers (at worst nothing passes
/// that fails now: unknown already counts as the worst); <see cref="BecomeProvenAtWorst"/> counts the undetermined
/// services that would then fail on known facts.
/// </summary>
public sealed record RootCauseResult(
    RootCause Cause,
    IReadOnlyList<HeldService> Held,
    int PupilsAtLeast,
    int StaffAtLeast,
    IReadOnlyList<LocalizedText> EssentialProcesses,
    int OpenQuestionCount,
    IReadOnlyList<ServiceId> LiftedAtBest,
    IReadOnlyList<ServiceId> ClearedOfKnownFailures,
    int LiftAtWorst,
    int BecomeProvenAtWorst,
    AssumedReplacement? Replacement,
    VerdictReason WhatIf)
{
    public int LiftAtBest => LiftedAtBest.Count;
}

/// <summary>One step of the decision plan: a cause the board can act on, and the failing services that meet the minimum once
/// this and the steps before it are done.</summary>
public sealed record PlanStep(RootCause Cause, WhatIfOutcome SoFar)
{
    public int Lift => SoFar.Passing.Count;
    public int Cleared => SoFar.Cleared.Count;
}

/// <summary>
/// Every root cause of the board, ranked by lift at best, then by the services it holds; and the decision plan: the
/// causes the board itself can act on (its own records, a dependency to move, vendors to ask), chosen one after the
/// other for the largest combined lift, because causes usually hold services together.
/// </summary>
public sealed record RootCauseReport(IReadOnlyList<RootCauseResult> Causes, int Failing, IReadOnlyList<PlanStep> Plan)
{
    public static readonly RootCauseReport None = new([], 0, []);
}
