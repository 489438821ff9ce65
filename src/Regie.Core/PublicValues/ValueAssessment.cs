using Regie.Core.Explaining;

namespace Regie.Core.PublicValues;

/// <summary>What is assessed: one of the board's services, a catalog alternative, or a public facility named in words.</summary>
public enum SubjectKind { Service, Alternative, Facility }

/// <summary>
/// The subject of an assessment. <paramref name="Key"/> is the service's id, the catalog alternative's id, or empty for a
/// facility, which is known only by its <paramref name="Name"/> ("Nextcloud bij SURF").
/// </summary>
public sealed record AssessmentSubject(SubjectKind Kind, string Key, string Name);

/// <summary>An assessor's answer to one question: a score on the question's scale, or unknown (null), with the evidence.</summary>
public sealed record GivenAnswer(string QuestionId, int? Score, string? Evidence, string? Assessor, DateOnly? Date);

/// <summary>An answer Regie derived from what it knows, with the reason and the source of the fact behind it.</summary>
public sealed record PrefilledValueAnswer(string QuestionId, int? Score, PublicValueReason Why, string? Source = null, DateOnly? Checked = null)
{
    /// <summary>The fact the prefill rests on was entered by the board: its source is the board's own words, not the catalog's.</summary>
    public bool SourceByBoard { get; init; }
}

/// <summary>Where the answer that counts came from.</summary>
public enum ValueAnswerOrigin { Unknown, Prefilled, Assessor }

/// <summary>
/// The answer that counts for a question: the assessor's when given (also an explicit unknown), else the pre-fill, else
/// unknown. Both are kept, so a page can show the pre-fill beside an assessor's different answer.
/// </summary>
public sealed record CountedAnswer(ValueQuestion Question, int? Score, ValueAnswerOrigin Origin, GivenAnswer? Given, PrefilledValueAnswer? Prefilled)
{
    public bool IsKnown => Score is not null;
}

/// <summary>
/// One value's result: the mean of its answered questions (null when none is answered: the value is left out of the total,
/// never counted as 0) and the weight it carries.
/// </summary>
public sealed record ValueResult(PublicValue Value, double Weight, double? Mean, IReadOnlyList<CountedAnswer> Answers)
{
    public int Answered => Answers.Count(a => a.IsKnown);
    public int Unknown => Answers.Count - Answered;
    public bool LeftOut => Mean is null;
}

/// <summary>
/// A subject's public-values result. <paramref name="Total"/> is the weighted mean of the answered values (null when no value
/// with a weight is answered); <paramref name="UnknownShare"/> the share of questions left unknown; <paramref name="LeftOut"/>
/// the values without any answer, which the total leaves out; <paramref name="NotWeighed"/> the values the board gave weight 0.
/// </summary>
public sealed record ValuesResult(
    AssessmentSubject Subject, IReadOnlyList<ValueResult> Values, double? Total, double UnknownShare, int Max,
    IReadOnlyList<PublicValue> LeftOut, IReadOnlyList<PublicValue> NotWeighed, IReadOnlyList<PublicValueReason> Why)
{
    public ValueResult? For(string valueId) => Values.FirstOrDefault(v => string.Equals(v.Value.Id, valueId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The board's weights per value; a value without one weighs its default from the model.</summary>
public sealed record PublicValueWeights(IReadOnlyDictionary<string, double> ByValue)
{
    /// <summary>Weights run from 0 (leave the value out) to this.</summary>
    public const double MaxWeight = 10;

    public static readonly PublicValueWeights Defaults = new(new Dictionary<string, double>());

    public double Of(PublicValue value) => ByValue.TryGetValue(value.Id, out var w) ? w : value.DefaultWeight;

    public bool IsSet(PublicValue value) => ByValue.ContainsKey(value.Id);
}

public static class ValueAssessment
{
    /// <summary>
    /// The result of one assessment: per question the answer that counts (the assessor's over the pre-fill), per value the mean
    /// of the answered questions, and the weighted mean of the answered values. Unknowns are left out, never counted as 0.
    /// </summary>
    public static ValuesResult Compute(
        PublicValuesModel model, AssessmentSubject subject, IEnumerable<GivenAnswer> given, IEnumerable<PrefilledValueAnswer> prefilled, PublicValueWeights weights)
    {
        var byQuestion = given.GroupBy(a => a.QuestionId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        var derived = prefilled.GroupBy(a => a.QuestionId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        var values = new List<ValueResult>();
        foreach (var value in model.Values)
        {
            var answers = value.Questions.Select(q =>
            {
                var own = byQuestion.GetValueOrDefault(q.Id);
                var pre = derived.GetValueOrDefault(q.Id);
                return own is not null
                    ? new CountedAnswer(q, own.Score, own.Score is null ? ValueAnswerOrigin.Unknown : ValueAnswerOrigin.Assessor, own, pre)
                    : pre is { Score: not null }
                        ? new CountedAnswer(q, pre.Score, ValueAnswerOrigin.Prefilled, null, pre)
                        : new CountedAnswer(q, null, ValueAnswerOrigin.Unknown, null, pre);
            }).ToList();
            var known = answers.Where(a => a.IsKnown).Select(a => (double)a.Score!.Value).ToList();
            values.Add(new ValueResult(value, weights.Of(value), known.Count == 0 ? null : known.Average(), answers));
        }

        var counted = values.Where(v => !v.LeftOut && v.Weight > 0).ToList();
        var weightSum = counted.Sum(v => v.Weight);
        double? total = weightSum > 0 ? counted.Sum(v => v.Weight * v.Mean!.Value) / weightSum : null;
        var questions = values.Sum(v => v.Answers.Count);
        var unknownShare = questions == 0 ? 1 : (double)values.Sum(v => v.Unknown) / questions;
        var leftOut = values.Where(v => v.LeftOut).Select(v => v.Value).ToList();
        var notWeighed = values.Where(v => v.Weight <= 0).Select(v => v.Value).ToList();
        var why = new List<PublicValueReason>
        {
            total is { } t
                ? new TotalOverAnsweredValues(t, model.Max, counted.Count, values.Count, weightSum)
                : new NoValueAnswered(values.Count),
        };
        if (leftOut.Count > 0)
        {
            why.Add(new ValuesLeftOut([.. leftOut.Select(v => v.Name)]));
        }

        return new ValuesResult(subject, values, total, unknownShare, model.Max, leftOut, notWeighed, why);
    }
}
