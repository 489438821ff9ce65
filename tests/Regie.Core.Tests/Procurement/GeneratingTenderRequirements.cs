using Regie.Core.Landscape;
using Regie.Core.Procurement;
using static Regie.Core.Tests.Procurement.ProcurementWorld;

namespace Regie.Core.Tests.Procurement;

public class GeneratingTenderRequirements
{
    [Fact]
    public void RequirementsFollowTheBoardsPolicyForTheProcessesTheCategoryServes()
    {
        var tender = TenderGenerator.Generate("toetsing", Board(), Tenders);

        var seal = Assert.Single(tender.Requirements, r => r.Topic == RequirementTopic.MinimumSeal);
        var score = Assert.Single(tender.Requirements, r => r.Topic == RequirementTopic.MinimumScore);
        Assert.Equal(Tenders.Model.EssentialPolicy.MinSeal, seal.Threshold);
        Assert.Equal(Tenders.Model.EssentialPolicy.MinScore, score.Threshold);
        Assert.Contains("Toetsen en examineren", seal.Source);
        Assert.All(tender.Requirements, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Text));
            Assert.False(string.IsNullOrWhiteSpace(r.Verification));
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
        });
    }

    [Fact]
    public void KnockOutsAndWishesAreExplicitAndOpenSourceIsAWeightedWish()
    {
        var tender = TenderGenerator.Generate("toetsing", Board(), Tenders);

        foreach (var topic in new[] { RequirementTopic.ExitStrategy, RequirementTopic.DataPortability, RequirementTopic.EuJurisdiction, RequirementTopic.SubProcessors })
        {
            Assert.Equal(RequirementKind.KnockOut, Assert.Single(tender.Requirements, r => r.Topic == topic).Kind);
        }

        var openSource = Assert.Single(tender.Requirements, r => r.Topic == RequirementTopic.OpenSource);
        Assert.Equal(RequirementKind.Scored, openSource.Kind);
        Assert.True(openSource.Weight > 0);
        Assert.All(tender.Requirements, r => Assert.StartsWith(r.Kind switch { RequirementKind.KnockOut => "K-", RequirementKind.Scored => "W-", _ => "V-" }, r.Id));
    }

    [Fact]
    public void OpenStandardsAreThoseTheCategorysProductsAndAlternativesSpeak()
    {
        var tender = TenderGenerator.Generate("toetsing", Board(), Tenders);

        var standards = tender.Requirements.Where(r => r.Topic == RequirementTopic.OpenStandard).Select(r => r.Subject).ToList();
        Assert.Equal(["qti", "uwlr", "saml"], standards);
        var portability = Assert.Single(tender.Requirements, r => r.Topic == RequirementTopic.DataPortability);
        Assert.Contains("QTI 3.0", portability.Text);
        Assert.Contains("UWLR", portability.Text);
        Assert.DoesNotContain("SAML", portability.Text);
    }

    [Fact]
    public void CriteriaNoRequirementCoversAreAskedAsQuestionsWithTheirOptions()
    {
        var tender = TenderGenerator.Generate("toetsing", Board(), Tenders);

        var asked = tender.Requirements.Where(r => r.Kind == RequirementKind.Question).Select(r => r.Subject).ToHashSet();
        var expected = Tenders.Model.Criteria.Select(c => (string?)c.Id).Except(TenderEvaluator.MappedCriteria(Tenders)).ToHashSet();
        Assert.Equal(expected, asked);
        var keys = tender.Requirements.Single(r => r.Subject == "SOV3.keys");
        Assert.Equal(4, keys.Threshold);
        Assert.Contains("0 = Alleen de leverancier", keys.Text);
    }

    [Fact]
    public void ABoardsOwnMinimumForAProcessSetsTheThreshold()
    {
        Process[] processes = [Processes[0] with { MinSeal = 3, MinScore = 75 }, Processes[1]];

        var tender = TenderGenerator.Generate("toetsing", Board(processes), Tenders);

        Assert.Equal(3, tender.Requirements.Single(r => r.Topic == RequirementTopic.MinimumSeal).Threshold);
        Assert.Equal(75, tender.Requirements.Single(r => r.Topic == RequirementTopic.MinimumScore).Threshold);
    }

    [Fact]
    public void ACategoryWithoutAnEssentialProcessGetsNoThresholdAndSaysWhy()
    {
        var tender = TenderGenerator.Generate("website", Board(), Tenders);

        Assert.DoesNotContain(tender.Requirements, r => r.IsComputed);
        Assert.Contains(tender.Remarks, n => n is NoMinimumNotEssential { Processes: var processes } && processes.Any(p => p.Nl.Contains("Communicatie", StringComparison.Ordinal)));
    }

    [Fact]
    public void StoredRequirementsReadBackUnchanged()
    {
        var tender = TenderGenerator.Generate("toetsing", Board(), Tenders);

        var json = RequirementJson.Write(tender.Requirements);

        Assert.Equal(tender.Requirements, RequirementJson.Read(json));
        Assert.Contains("\"KnockOut\"", json);
    }

    [Fact]
    public void AnUnknownCategoryIsRefusedWithTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => TenderGenerator.Generate("bestaat-niet", Board(), Tenders));

        Assert.Contains("toetsing", error.Message);
    }

    [Fact]
    public void TheDocumentListsEveryRequirementWithItsKindAndAnAnswerTemplate()
    {
        var tender = TenderGenerator.Generate("toetsing", Board(), Tenders);

        var markdown = TenderDocument.Markdown("Toetsplatform 2027", "Testbestuur", new DateOnly(2026, 11, 23), tender);

        Assert.All(tender.Requirements, r => Assert.Contains($"| {r.Id} |", markdown));
        Assert.Contains("knock-out, berekend", markdown);
        Assert.Contains("wens (3 punten)", markdown);
        Assert.Contains("eis;antwoord;toelichting", markdown);
        Assert.DoesNotContain("K-01;onbekend", markdown);
    }

    [Fact]
    public void TheOpenFormatsToExportInAreFormatsNotAPseudonymOrALaunchProtocol()
    {
        var knowledge = ShippedData.Knowledge;

        var identity = TenderGenerator.Generate("identiteit", Regie.Core.Demo.DemoBoard.Create(knowledge), knowledge);
        var lms = TenderGenerator.Generate("elo", Regie.Core.Demo.DemoBoard.Create(knowledge), knowledge);

        var portability = Assert.Single(identity.Requirements, r => r.Topic == RequirementTopic.DataPortability).Text;
        Assert.Contains("EDEXML", portability);
        Assert.DoesNotContain("ECK iD", portability); // kind: identifier, a pseudonym, not a format
        Assert.DoesNotContain("LTI", Assert.Single(lms.Requirements, r => r.Topic == RequirementTopic.DataPortability).Text); // kind: exchange
    }

    [Fact]
    public void ABoardsWordsInTheDocumentAreTextNotMarkdown()
    {
        var tender = TenderGenerator.Generate("toetsing", Board(), Tenders);

        var markdown = TenderDocument.Markdown("<i>Toets</i> | [klik](https://x.example) *2027*\n# kop", "Bestuur & co", new DateOnly(2026, 11, 23), tender);

        Assert.StartsWith("# Eisen digitale autonomie: \\<i\\>Toets\\</i\\> \\| \\[klik\\](https://x.example) \\*2027\\* \\# kop" + Environment.NewLine, markdown);
        Assert.Contains("Bestuur: Bestuur \\& co  ", markdown);
        Assert.DoesNotContain("<i>", markdown);
    }

    [Theory]
    [InlineData("gewone tekst, 12,5%", "gewone tekst, 12,5%")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("regel 1\r\nregel 2", "regel 1  regel 2")]
    [InlineData("`code` ~x~ _y_ \\", "\\`code\\` \\~x\\~ \\_y\\_ \\\\")]
    public void MarkdownTextEscapesWhatStartsMarkupAndKeepsOneLine(string text, string expected) =>
        Assert.Equal(expected, Regie.Core.Exporting.MarkdownText.Inline(text));
}
