using Regie.Core.Common;
using Regie.Core.PublicValues;

namespace Regie.Core.Tests.PublicValues;

/// <summary>The computation of docs/PUBLIC-VALUES.md on a small model, by hand: per value the mean of the answered questions, the weighted mean of the answered values.</summary>
public sealed class WeighingPublicValues
{
    private static readonly AnswerScale Scale = new("s", [.. Enumerable.Range(0, 4).Select(i => new ScaleStep(i, new($"stap {i}", $"step {i}")))]);

    private static PublicValue Value(string id, params string[] questions) =>
        new(id, ValueGroup.Essential, new(id, id), "?", 1, [.. questions.Select(q => new ValueQuestion($"{id}.{q}", id, new(q, q), Scale, null))]);

    internal static readonly PublicValuesModel Model = new("t", "test", new DateOnly(2026, 12, 6),
        [Value("a", "1", "2"), Value("b", "1", "2", "3"), Value("c", "1")]);

    private static readonly PublicValueWeights Weights = new(new Dictionary<string, double> { ["a"] = 2, ["b"] = 1, ["c"] = 3 });

    private static GivenAnswer A(string question, int? score) => new(question, score, "bewijs", "FG", new DateOnly(2026, 12, 1));

    internal static ValuesResult Teams() => ValueAssessment.Compute(Model, new(SubjectKind.Service, "x", "Microsoft Teams"),
        [A("a.1", 3), A("a.2", 2), A("b.1", 1), A("b.2", null), A("b.3", 2), A("c.1", 0)], [], Weights);

    internal static ValuesResult Nextcloud() => ValueAssessment.Compute(Model, new(SubjectKind.Facility, "", "Nextcloud bij SURF"),
        [A("a.1", 1), A("c.1", 3)], [], Weights);

    [Fact]
    public void EachValueIsTheMeanOfItsAnsweredQuestionsAndTheTotalTheWeightedMeanOfTheValues()
    {
        var teams = Teams();

        Assert.Equal(2.5, teams.For("a")!.Mean);
        Assert.Equal(1.5, teams.For("b")!.Mean);
        Assert.Equal(0.0, teams.For("c")!.Mean);
        // (2 × 2.5 + 1 × 1.5 + 3 × 0) / (2 + 1 + 3) = 6.5 / 6
        Assert.Equal(1.0833, teams.Total!.Value, 4);
        Assert.Equal(1.0 / 6, teams.UnknownShare, 6);
        Assert.Empty(teams.LeftOut);
    }

    [Fact]
    public void AValueWithoutAnswersIsLeftOutOfTheTotalNotCountedAsZero()
    {
        var nextcloud = Nextcloud();

        Assert.Equal(1.0, nextcloud.For("a")!.Mean);
        Assert.Null(nextcloud.For("b")!.Mean);
        // (2 × 1 + 3 × 3) / (2 + 3) = 2.2; counting b as 0 would give 11 / 6 = 1.83.
        Assert.Equal(2.2, nextcloud.Total!.Value, 6);
        Assert.Equal(4.0 / 6, nextcloud.UnknownShare, 6);
        Assert.Equal(["b"], nextcloud.LeftOut.Select(v => v.Id));
        Assert.Contains(nextcloud.Why, r => r is ValuesLeftOut l && l.Values.Single().Nl == "b");
    }

    [Fact]
    public void ZeroIsAnAnswerAndUnknownIsNot()
    {
        var zero = ValueAssessment.Compute(Model, new(SubjectKind.Facility, "", "x"), [A("c.1", 0)], [], Weights);
        var unknown = ValueAssessment.Compute(Model, new(SubjectKind.Facility, "", "x"), [A("c.1", null)], [], Weights);

        Assert.Equal(0.0, zero.Total);
        Assert.Null(unknown.Total);
        Assert.Equal(1.0, unknown.UnknownShare);
        Assert.Contains(unknown.Why, r => r is NoValueAnswered);
    }

    [Fact]
    public void AValueWeighingZeroDoesNotCountAndDefaultWeightsAreTheModels()
    {
        var weights = new PublicValueWeights(new Dictionary<string, double> { ["c"] = 0 });
        var result = ValueAssessment.Compute(Model, new(SubjectKind.Facility, "", "x"), [A("a.1", 3), A("c.1", 0)], [], weights);

        Assert.Equal(3.0, result.Total);
        Assert.Equal(["c"], result.NotWeighed.Select(v => v.Id));
        Assert.Equal(1.0, result.For("a")!.Weight);
    }

    [Fact]
    public void TwoOptionsSideBySideKeepTheirSovereigntyApartFromTheTotal()
    {
        var comparison = ValuesComparison.Of(Model,
            [new ComparedOption(Teams(), new SovereigntyBeside(38.5, 1, null)), new ComparedOption(Nextcloud(), new SovereigntyBeside(null, null, new NoSovereigntyScore()))]);

        Assert.Equal([1.0833, 2.2], comparison.Options.Select(o => Math.Round(o.Values.Total!.Value, 4)));
        Assert.Equal(38.5, comparison.Options[0].Sovereignty.Score);
        Assert.Contains(comparison.Why, r => r is SovereigntyKeptApart);
        Assert.Contains(comparison.Why, r => r is ComparedOnDifferentValues { Values: 1 });
        Assert.Throws<ArgumentException>(() => ValuesComparison.Of(Model, [comparison.Options[0]]));
    }
}
