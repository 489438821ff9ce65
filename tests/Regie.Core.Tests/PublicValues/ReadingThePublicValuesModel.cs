using Regie.Core.PublicValues;

namespace Regie.Core.Tests.PublicValues;

/// <summary>data/models/public-values.yaml: the framework's values with their questions, and a broken field named by file and field.</summary>
public sealed class ReadingThePublicValuesModel
{
    private static IReadOnlyList<string> LintChanged(string from, string to)
    {
        using var data = new DataCopy();
        var path = Path.Combine(data.Folder, "models", "public-values.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return data.LintIssues();
    }

    [Fact]
    public void TheShippedModelHoldsTheFrameworksValuesWithQuestionsInBothLanguages()
    {
        var model = ShippedData.Knowledge.PublicValues;

        Assert.Equal("regie-values-1", model.Version);
        Assert.Contains("seeds/004", model.Source, StringComparison.Ordinal);
        Assert.Equal(
            ["quality", "equalOpportunity", "transparency", "sustainability", "privacySecurity", "wellBeing", "continuity", "autonomy", "feasibility",
             "effectiveness", "marketFailure", "strategicControl", "cost"],
            model.Values.Select(v => v.Id));
        Assert.Equal(10, model.Values.Count(v => v.Group == ValueGroup.Essential));
        Assert.All(model.Values.SelectMany(v => v.Questions), q => Assert.True(q.Text.Nl.Length > 0 && q.Text.En.Length > 0 && q.Scale.Max == 3));
        Assert.Equal(3, model.Max);
    }

    [Fact]
    public void AScoreOutOfOrderIsNamedByFileAndField() =>
        Assert.Contains(LintChanged("{score: 2, nl: \"Grotendeels\"", "{score: 5, nl: \"Grotendeels\""),
            i => i.StartsWith("models/public-values.yaml: scales.degree[2].score", StringComparison.Ordinal));

    [Fact]
    public void AnUnknownPrefillRuleAndAWeightOutOfRangeAreNamed()
    {
        var issues = LintChanged("prefill: dpiaStatus", "prefill: guesswork");
        Assert.Contains(issues, i => i.Contains("'privacySecurity', questions[1], prefill", StringComparison.Ordinal) && i.Contains("guesswork", StringComparison.Ordinal));
        Assert.Contains(LintChanged("id: quality\n    group: essential\n    weight: 1", "id: quality\n    group: essential\n    weight: 11"),
            i => i.Contains("'quality', weight", StringComparison.Ordinal));
    }
}
