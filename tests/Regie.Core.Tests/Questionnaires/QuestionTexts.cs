using Regie.Core.Explaining;
using Regie.Core.Questionnaires;

namespace Regie.Core.Tests.Questionnaires;

/// <summary>Every fact question and its answer form read in Dutch and in English.</summary>
public sealed class QuestionTexts
{
    public static TheoryData<FactTopic> Topics() => [.. Enum.GetValues<FactTopic>()];

    [Theory]
    [MemberData(nameof(Topics))]
    public void EveryFactIsAskedAndExplainedInBothLanguages(FactTopic topic)
    {
        var texts = new[] { new FactAsked(topic), (QuestionnaireReason)new FactAnswerFormat(topic) }
            .SelectMany(r => new[] { ReasonText.Render(r, ReasonText.Dutch), ReasonText.Render(r, ReasonText.English) }).ToList();

        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.Equal(4, texts.Distinct().Count());
        Assert.DoesNotContain(new[] { texts[1], texts[3] }, t => t.Contains(" het ", StringComparison.Ordinal) || t.Contains(" de ", StringComparison.Ordinal) || t.Contains("geen", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuestionIdReadsBackAsWritten()
    {
        Assert.True(QuestionId.TryParse(" microsoft-teams/SOV2.law ", out var id));
        Assert.Equal(new QuestionId("microsoft-teams", "SOV2.law"), id);
        Assert.Equal(FactTopic.HostingRegion, QuestionId.For("x", FactTopic.HostingRegion).Fact);
        Assert.Equal("x/hostingRegion", QuestionId.For("x", FactTopic.HostingRegion).ToString());
        Assert.Null(id.Fact);
        Assert.False(QuestionId.TryParse("SOV2.law", out _));
        Assert.False(QuestionId.TryParse("teams/", out _));
    }
}
