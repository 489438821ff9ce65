using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Verdict;

/// <summary>
/// How many services stand where against their minimum. <paramref name="Meets"/> counts only services that have a
/// minimum (an essential process); the others are <see cref="WithoutMinimum"/>.
/// </summary>
public sealed record StandingCounts(int Services, int WithMinimum, int Meets, int FailsOnKnownFacts, int Undetermined)
{
    public int WithoutMinimum => Services - WithMinimum;

    /// <summary>No services: what a record that was never computed holds.</summary>
    public static readonly StandingCounts None = new(0, 0, 0, 0, 0);

    public static StandingCounts Of(BoardAssessment assessment) => Of(assessment.Services.Select(s => s.Policy));

    /// <summary>The counts over each service's policy result, for a board scored without a full assessment (a roadmap projection).</summary>
    public static StandingCounts Of(IEnumerable<PolicyResult> policies)
    {
        int services = 0, with = 0, meets = 0, known = 0, undetermined = 0;
        foreach (var policy in policies)
        {
            services++;
            if (!policy.Applies)
            {
                continue;
            }

            with++;
            switch (policy.Standing)
            {
                case Standing.MeetsMinimum: meets++; break;
                case Standing.FailsOnKnownFacts: known++; break;
                default: undetermined++; break;
            }
        }

        return new(services, with, meets, known, undetermined);
    }
}

/// <summary>What the "begin hier" action asks the board to do; the edge turns it into a link.</summary>
public enum StartAction { RegisterServices, MarkEssentialProcesses, ReviewDependency, AskVendor, RecordArrangements, ReviewAlternatives }

/// <summary>The one action the verdict proposes, with what it is about (a service or a vendor).</summary>
public sealed record BeginHere(StartAction Action, RootCause? Cause, string? ServiceId, string? VendorId, string? Name);

/// <summary>
/// The board's verdict in a few sentences (reasons, rendered at the edge), the counts of the three standings, the root
/// causes and one action to begin with. Built only from the assessment and the root-cause report.
/// </summary>
public sealed record BoardVerdict(StandingCounts Counts, IReadOnlyList<VerdictReason> Sentences, BeginHere Start, RootCauseReport Causes)
{
    /// <summary>Assesses the board's root causes and writes its verdict.</summary>
    public static BoardVerdict For(BoardLandscape landscape, RegieKnowledge knowledge, BoardAssessment assessment, AssessmentCache? cache = null) =>
        From(assessment, RootCauseAnalysis.Analyse(landscape, knowledge, assessment, cache));

    public static BoardVerdict From(BoardAssessment assessment, RootCauseReport causes)
    {
        var counts = StandingCounts.Of(assessment);
        if (counts.Services == 0)
        {
            return new(counts, [new BoardIsEmpty()], new BeginHere(StartAction.RegisterServices, null, null, null, null), causes);
        }

        if (counts.WithMinimum == 0)
        {
            return new(counts, [new NoMinimumApplies(counts.Services)], new BeginHere(StartAction.MarkEssentialProcesses, null, null, null, null), causes);
        }

        var sentences = new List<VerdictReason> { new StandingSummary(counts) };
        var lever = causes.Causes.FirstOrDefault();
        if (counts.FailsOnKnownFacts + counts.Undetermined == 0 || lever is null)
        {
            sentences.Add(new AllMeetTheirMinimum(counts.WithMinimum));
        }
        else if (causes.Plan.Count > 0)
        {
            sentences.Add(new DecisionPlan(
                [.. causes.Plan.Select(p => new PlanStepSummary(p.Cause, p.Lift, p.Cleared, causes.Causes.First(c => c.Cause == p.Cause).Replacement?.ProductName))],
                causes.Failing));
        }
        else if (lever.LiftAtBest > 0)
        {
            sentences.Add(new BiggestLever(lever.Cause, lever.LiftAtBest, causes.Failing, lever.Replacement?.ProductName));
        }
        else
        {
            var widest = causes.Causes.OrderByDescending(c => c.Held.Count).First();
            sentences.Add(new NoSingleLever(widest.Cause, widest.Held.Count, causes.Failing));
        }

        // What holds services that fail on known facts: facts about parties and products, which only another choice changes.
        var known = causes.Causes
            .Where(c => c.Cause is VendorParty or HostingParty or ThroughDependency or ProductAnswers)
            .Select(c => (c.Cause, Services: c.Held.Count(h => h.Standing == Standing.FailsOnKnownFacts)))
            .Where(c => c.Services > 0)
            .OrderByDescending(c => c.Services)
            .Take(3)
            .Select(c => new CauseCount(c.Cause, c.Services))
            .ToList();
        if (known.Count > 0)
        {
            sentences.Add(new HeldOnKnownFacts(known, counts.FailsOnKnownFacts));
        }

        var open = causes.Causes.Where(c => c.Cause is OpenQuestions).OrderByDescending(c => c.OpenQuestionCount).ToList();
        if (open.Count > 0)
        {
            sentences.Add(new StillUnknown(
                open.Sum(c => c.OpenQuestionCount), counts.Undetermined,
                [.. open.Take(3).Select(c => new VendorQuestionCount(((OpenQuestions)c.Cause).VendorName, c.OpenQuestionCount))]));
        }

        return new(counts, sentences, BeginWith(counts, causes), causes);
    }

    /// <summary>The lever with the largest lift; without one, the vendor whose answers would settle most undetermined services.</summary>
    private static BeginHere BeginWith(StandingCounts counts, RootCauseReport causes)
    {
        var lever = causes.Plan.Count > 0
            ? causes.Causes.First(c => c.Cause == causes.Plan[0].Cause)
            : causes.Causes.FirstOrDefault(c => c.LiftAtBest > 0);
        if (lever is null && counts.Undetermined > 0)
        {
            lever = causes.Causes.Where(c => c.Cause is OpenQuestions { VendorId: not null })
                .OrderByDescending(c => c.Held.Count(h => h.Standing == Standing.Undetermined)).FirstOrDefault();
        }

        lever ??= causes.Causes.FirstOrDefault();
        if (lever is null)
        {
            return new BeginHere(StartAction.ReviewAlternatives, null, null, null, null);
        }

        var first = lever.Held[0];
        return lever.Cause switch
        {
            ThroughDependency d => new BeginHere(StartAction.ReviewDependency, d, d.Target.ToString(), null, d.TargetName),
            OpenQuestions { VendorId: { } vendor } q => new BeginHere(StartAction.AskVendor, q, null, vendor, q.VendorName),
            OpenQuestions q => new BeginHere(StartAction.RecordArrangements, q, first.Id.ToString(), null, first.Name),
            BoardGap g => new BeginHere(StartAction.RecordArrangements, g, first.Id.ToString(), null, first.Name),
            _ => new BeginHere(StartAction.ReviewAlternatives, lever.Cause, first.Id.ToString(), null, first.Name),
        };
    }
}

// The verdict's sentences and the what-if descriptions, rendered in ReasonText.Verdict.cs.
public sealed record BoardIsEmpty : VerdictReason;

public sealed record NoMinimumApplies(int Services) : VerdictReason;

public sealed record StandingSummary(StandingCounts Counts) : VerdictReason;

public sealed record AllMeetTheirMinimum(int WithMinimum) : VerdictReason;

public sealed record BiggestLever(RootCause Cause, int Lift, int Failing, string? Replacement) : VerdictReason;

public sealed record CauseCount(RootCause Cause, int Services);

public sealed record HeldOnKnownFacts(IReadOnlyList<CauseCount> Top, int Failing) : VerdictReason;

public sealed record PlanStepSummary(RootCause Cause, int LiftedSoFar, int ClearedSoFar, string? Replacement);

public sealed record DecisionPlan(IReadOnlyList<PlanStepSummary> Steps, int Failing) : VerdictReason;

public sealed record NoSingleLever(RootCause Cause, int Held, int Failing) : VerdictReason;

public sealed record VendorQuestionCount(string? Vendor, int Questions);

public sealed record StillUnknown(int Questions, int Undetermined, IReadOnlyList<VendorQuestionCount> TopVendors) : VerdictReason;

public sealed record LiftIfDependencyGone(DependencyKind Edge, string From) : VerdictReason;

public sealed record LiftIfMovedTo(DependencyKind Edge, string From, string Product) : VerdictReason;

public sealed record LiftIfAnsweredBest(RootCause Cause) : VerdictReason;

/// <summary>A service's standing as a phrase ("voldoet", "haalt het niet op bekende feiten", "nog niet te bepalen").</summary>
public sealed record StandingIs(Standing Standing) : VerdictReason;
