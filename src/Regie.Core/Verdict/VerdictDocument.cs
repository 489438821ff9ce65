using System.Globalization;
using System.Text.Json.Serialization;
using Regie.Core.Explaining;
using Regie.Core.Scoring;

namespace Regie.Core.Verdict;

// The one JSON contract of a verdict: `regie verdict --format json` and the API's /verdict write these records. Every
// reason is {code, args, text} with the text in the reader's language; every figure comes with the services behind it.

public sealed record VerdictDocument(
    AssessedOrganisation? Organisation,
    string? CatalogVersion,
    string ModelVersion,
    string Language,
    StandingCounts Counts,
    IReadOnlyList<ReasonDocument> Verdict,
    BeginHereDocument BeginHere,
    int Failing,
    IReadOnlyList<RootCauseDocument> RootCauses)
{
    public static VerdictDocument From(
        BoardVerdict verdict, BoardAssessment assessment, CultureInfo culture, AssessedOrganisation? organisation = null, string? catalogVersion = null)
    {
        ReasonDocument R(Reason reason) => ReasonDocument.From(reason, culture);
        return new(
            organisation, catalogVersion, assessment.ModelVersion, culture.Name, verdict.Counts, [.. verdict.Sentences.Select(R)],
            new BeginHereDocument(verdict.Start.Action, verdict.Start.Cause is { } c ? R(c) : null, verdict.Start.ServiceId, verdict.Start.VendorId, verdict.Start.Name),
            verdict.Causes.Failing,
            [.. verdict.Causes.Causes.Select((cause, i) => new RootCauseDocument(
                i + 1, R(cause.Cause), cause.Held.Count, cause.PupilsAtLeast, cause.StaffAtLeast,
                [.. cause.EssentialProcesses.Select(p => p.In(culture.TwoLetterISOLanguageName))], cause.OpenQuestionCount,
                cause.LiftAtBest, cause.LiftAtWorst, cause.BecomeProvenAtWorst, [.. cause.LiftedAtBest.Select(id => id.Value)],
                [.. cause.ClearedOfKnownFailures.Select(id => id.Value)],
                cause.Replacement, R(cause.WhatIf),
                [.. cause.Held.Select(h => new HeldServiceDocument(
                    h.Id.Value, h.Name, h.Standing, [.. h.Shortfalls.Select(s => new ShortfallDocument(s.ObjectiveId, s.Criterion?.Criterion.Id, R(s.Why)))]))]))]);
    }
}

public sealed record BeginHereDocument(
    [property: JsonConverter(typeof(CamelCaseEnumConverter<StartAction>))] StartAction Action, ReasonDocument? Cause, string? ServiceId, string? VendorId, string? Name);

/// <summary>One root cause: how far it reaches (services held, pupils and staff at least, essential processes) and its lift.</summary>
public sealed record RootCauseDocument(
    int Rank, ReasonDocument Cause, int ServicesHeld, int PupilsAtLeast, int StaffAtLeast, IReadOnlyList<string> EssentialProcesses,
    int OpenQuestions, int LiftAtBest, int LiftAtWorst, int BecomeProvenAtWorst, IReadOnlyList<Guid> LiftedServices,
    IReadOnlyList<Guid> ClearedOfKnownFailures,
    AssumedReplacement? Replacement, ReasonDocument WhatIf, IReadOnlyList<HeldServiceDocument> Held);

public sealed record HeldServiceDocument(
    Guid Id, string Name, [property: JsonConverter(typeof(CamelCaseEnumConverter<Standing>))] Standing Standing, IReadOnlyList<ShortfallDocument> Shortfalls);

public sealed record ShortfallDocument(string Objective, string? Criterion, ReasonDocument Reason);
