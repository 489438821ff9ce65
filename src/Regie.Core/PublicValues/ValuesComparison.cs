using Regie.Core.Explaining;

namespace Regie.Core.PublicValues;

/// <summary>
/// The sovereignty score and SEAL of an option, shown beside its public values and never mixed into their total: the two
/// measure different things on different scales (docs/PUBLIC-VALUES.md). Null figures with <paramref name="Why"/> when
/// Regie has no score for the subject (a facility known only by name).
/// </summary>
public sealed record SovereigntyBeside(double? Score, int? Seal, PublicValueReason? Why)
{
    public static SovereigntyBeside Of(SubjectFacts facts) => facts.Sovereignty?.Sovereignty is { } s
        ? new(s.Score, s.Seal, null)
        : new(null, null, new NoSovereigntyScore());
}

/// <summary>One option of a comparison: its public-values result and, apart, its sovereignty.</summary>
public sealed record ComparedOption(ValuesResult Values, SovereigntyBeside Sovereignty);

/// <summary>Two or more options side by side, value by value, with the values in the model's order.</summary>
public sealed record ValuesComparison(IReadOnlyList<PublicValue> Values, IReadOnlyList<ComparedOption> Options, IReadOnlyList<PublicValueReason> Why)
{
    /// <summary>Options side by side; the same weights for all, so the totals compare. Fewer than two options is no comparison.</summary>
    public static ValuesComparison Of(PublicValuesModel model, IReadOnlyList<ComparedOption> options)
    {
        if (options.Count < 2)
        {
            throw new ArgumentException("Een vergelijking heeft minstens twee beoordelingen.", nameof(options));
        }

        var why = new List<PublicValueReason> { new SovereigntyKeptApart() };
        var answeredByAll = model.Values.Where(v => options.All(o => o.Values.For(v.Id) is { LeftOut: false })).ToList();
        if (answeredByAll.Count < model.Values.Count)
        {
            why.Add(new ComparedOnDifferentValues(model.Values.Count - answeredByAll.Count));
        }

        return new(model.Values, options, why);
    }
}
