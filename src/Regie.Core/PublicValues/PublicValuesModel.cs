using Regie.Core.Common;

namespace Regie.Core.PublicValues;

/// <summary>The framework's four headings: the essential public values, market failure, strategic control, economics.</summary>
public enum ValueGroup { Essential, Market, Strategic, Economic }

/// <summary>One step of an ordinal answer scale: higher is better for the public interest.</summary>
public sealed record ScaleStep(int Score, LocalizedText Label);

/// <summary>An ordinal scale from 0 to <see cref="Max"/>, with a label per step.</summary>
public sealed record AnswerScale(string Id, IReadOnlyList<ScaleStep> Steps)
{
    public int Max => Steps.Count == 0 ? 0 : Steps.Max(s => s.Score);

    public bool Allows(int score) => Steps.Any(s => s.Score == score);

    public LocalizedText? LabelOf(int? score) => Steps.FirstOrDefault(s => s.Score == score)?.Label;
}

/// <summary>A question that makes a value answerable; <paramref name="Prefill"/> names the rule that can answer it from facts.</summary>
public sealed record ValueQuestion(string Id, string ValueId, LocalizedText Text, AnswerScale Scale, string? Prefill);

/// <summary>A public value of the framework, in Regie's words, with the framework's own question and Regie's default weight.</summary>
public sealed record PublicValue(
    string Id, ValueGroup Group, LocalizedText Name, string FrameworkQuestion, double DefaultWeight, IReadOnlyList<ValueQuestion> Questions);

/// <summary>The public-values model of <c>data/models/public-values.yaml</c>.</summary>
public sealed record PublicValuesModel(string Version, string Source, DateOnly? Read, IReadOnlyList<PublicValue> Values)
{
    public static readonly PublicValuesModel Empty = new("", "", null, []);

    /// <summary>The rules a question may name in <c>prefill:</c> (<see cref="ValuePrefill"/>).</summary>
    public static readonly IReadOnlySet<string> PrefillRules = new HashSet<string>
    {
        ValuePrefill.SinglePointOfFailure, ValuePrefill.SovereigntySeal, ValuePrefill.ExitFacts, ValuePrefill.PersonalDataJurisdiction, ValuePrefill.DpiaStatus,
    };

    private Dictionary<string, ValueQuestion>? questions;

    public IReadOnlyDictionary<string, ValueQuestion> QuestionById =>
        questions ??= Values.SelectMany(v => v.Questions).ToDictionary(q => q.Id, StringComparer.OrdinalIgnoreCase);

    public PublicValue? ValueById(string id) => Values.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The scale every value's mean is on: every scale runs from 0 to this top (the lint checks it).</summary>
    public int Max => Values.SelectMany(v => v.Questions).Select(q => q.Scale.Max).DefaultIfEmpty(0).Max();
}
