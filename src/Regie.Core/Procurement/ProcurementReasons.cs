using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Scoring;

namespace Regie.Core.Procurement;

// How one requirement was judged (RequirementResult.Judgement); Explanation is the vendor's own words, shown as given.

public sealed record CriterionGone(string? Criterion) : ProcurementReason;

public sealed record QuestionOpen(bool Answered, string? Explanation) : ProcurementReason;

public sealed record QuestionAnswered(LocalizedText Option, int Seal, string? Explanation) : ProcurementReason;

public sealed record NotAnswered : ProcurementReason;

public sealed record MetByVendor(string? Explanation) : ProcurementReason;

public sealed record PartlyMet(bool Scored, string? Explanation) : ProcurementReason;

public sealed record NotMetByVendor(string? Explanation) : ProcurementReason;

public sealed record AnswerUnknown(string? Explanation) : ProcurementReason;

/// <summary>A company in an ownership chain with its country code (null when unknown).</summary>
public sealed record ChainLink(string Company, string? Country);

/// <summary><paramref name="Contradicted"/> is the vendor's answer when the catalog says otherwise.</summary>
public sealed record ChainInEuEea(IReadOnlyList<string> Chain, AnswerValue? Contradicted) : ProcurementReason;

public sealed record ChainOutsideEuEea(IReadOnlyList<string> Chain, IReadOnlyList<ChainLink> Outside, AnswerValue? Contradicted) : ProcurementReason;

/// <summary>
/// A computed minimum (SEAL when <paramref name="IsSeal"/>, else score) against the offer's value, with what binds the SEAL
/// (the first three) and how many criteria are unknown.
/// </summary>
public sealed record ComputedMinimum(bool IsSeal, int Value, int Threshold, IReadOnlyList<BindingReason> Binding, int UnknownAnswers) : ProcurementReason
{
    public bool Passed => Value >= Threshold;
}

// What an answer became in the score (RequirementResult.Mapping).

public sealed record ComputedWithModel : ProcurementReason;

public sealed record ParentFromChain : ProcurementReason;

public sealed record AnswerBecomes(string Criterion, LocalizedText Option, bool AllStandards = false) : ProcurementReason;

// The verdict on an offer (TenderEvaluation.Why).

public sealed record AllKnockOutsMet : ProcurementReason;

public sealed record KnockOutsFailed(IReadOnlyList<string> Requirements) : ProcurementReason;

public sealed record WishPointsEarned(double Points, double Maximum) : ProcurementReason;

/// <summary><paramref name="Product"/> is the catalog product's name, null when the offer is not one.</summary>
public sealed record OfferSovereignty(int Score, int Seal, string? Product) : ProcurementReason;

public sealed record RequirementsOpen(int Count) : ProcurementReason;

public sealed record QuestionsOpen(int Count) : ProcurementReason;

// Remarks on generated requirements (TenderRequirements.Remarks).

public sealed record NoMinimumWithoutProcesses : ProcurementReason;

public sealed record NoMinimumNotEssential(IReadOnlyList<LocalizedText> Processes) : ProcurementReason;

public sealed record NoOpenStandardsKnown : ProcurementReason;

// Problems in the answer rows (AnswerError.Problem).

public sealed record RequirementIdMissing : ProcurementReason;

public sealed record RequirementNotInTender(string Id, IReadOnlyList<string> Existing) : ProcurementReason;

public sealed record RequirementComputed(string Id) : ProcurementReason;

public sealed record AnsweredTwice(string Id, int Line) : ProcurementReason;

public sealed record NotAnOption(string? Answer, string Id, int Last) : ProcurementReason;

public sealed record NotAnAnswer(string? Answer) : ProcurementReason;

public sealed record ExplanationTooLong(int MaxCharacters) : ProcurementReason;

// Problems of an answer file as a whole (the CSV reader, the upload form).

/// <summary>The header row lacks a column; <paramref name="Column"/> is its Dutch header name ("eis", "antwoord").</summary>
public sealed record AnswerColumnMissing(string Column) : ProcurementReason;

public sealed record AnswerFileEmpty : ProcurementReason;

public sealed record NoAnswerFileChosen : ProcurementReason;

public sealed record VendorNameMissing(int MaxCharacters) : ProcurementReason;

/// <summary>The offer names a product the catalog does not hold.</summary>
public sealed record OfferedProductUnknown(string Product) : ProcurementReason;
