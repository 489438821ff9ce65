using Regie.Core.Explaining;
using Regie.Core.Questionnaires;
using static Regie.Core.Tests.Questionnaires.QuestionnaireWorld;

namespace Regie.Core.Tests.Questionnaires;

/// <summary>Per vendor, one questionnaire with every open question over the board's services from that vendor.</summary>
public sealed class AskingAVendorItsOpenQuestions
{
    private static readonly IReadOnlyList<VendorQuestions> Open = VendorQuestionnaire.OpenQuestions(Assess());

    [Fact]
    public void AVendorWhoseOwnerTheCatalogDoesNotKnowIsAskedForItsUltimateParentWhichFeedsTheJurisdictionCriteria()
    {
        var zermelo = Vendor(Open, "zermelo");

        var parent = zermelo.Questions.Single(q => q.Fact == FactTopic.UltimateParent);
        Assert.Equal("zermelo/ultimateParent", parent.Id.ToString());
        Assert.Equal(["SOV1.cutoff", "SOV1.parent", "SOV2.extraterritorial", "SOV4.operator"], parent.Feeds);
        Assert.Equal(["Zermelo"], parent.Services.Select(s => s.Name));
        Assert.Contains(zermelo.Questions, q => q.Id.ToString() == "zermelo/hostingProvider" && q.Feeds.Contains("SOV5.hosting"));
        Assert.Contains(zermelo.Questions, q => q.Id.ToString() == "zermelo/hostingRegion");
    }

    [Fact]
    public void ACriterionNoFactFeedsIsAskedDirectlyWithTheModelsOptions()
    {
        var zermelo = Vendor(Open, "zermelo");

        var law = zermelo.Questions.Single(q => q.Id.ToString() == "zermelo/SOV2.law");
        Assert.Equal("SOV2.law", law.Criterion!.Id);
        Assert.Equal(QuestionStatus.Open, law.Status);
        Assert.Null(law.Answer);
    }

    [Fact]
    public void OneQuestionnaireBundlesEveryServiceOfTheVendorOnTheBoard()
    {
        var microsoft = Vendor(Open, "microsoft");

        Assert.Equal(
            ["Exchange Online (Microsoft 365 A3)", "Microsoft Copilot Chat", "Microsoft Entra ID", "Microsoft Intune", "Microsoft Teams", "OneDrive", "SharePoint Online"],
            microsoft.OpenServices.Select(s => s.Name));
        Assert.Contains(microsoft.Questions, q => q.Id.ToString() == "microsoft-teams/SOV2.law");
        Assert.Contains(microsoft.Questions, q => q.Id.ToString() == "onedrive/SOV2.law");
    }

    [Fact]
    public void WhatTheCatalogOrTheBoardKnowsIsNotAsked()
    {
        var microsoft = Vendor(Open, "microsoft");
        var nextcloud = Vendor(Open, "nextcloud-gmbh");

        // The catalog knows Microsoft's parent and where Teams keeps its data; the board answered Nextcloud's contract law itself.
        Assert.DoesNotContain(microsoft.Questions, q => q.Fact == FactTopic.UltimateParent);
        Assert.DoesNotContain(microsoft.Questions, q => q.Id.ToString() == "microsoft-teams/dataLocation");
        Assert.DoesNotContain(nextcloud.Questions, q => q.Criterion?.Id == "SOV2.law");
        // The board recorded Exchange's export formats; the DPIA is the board's own work, never the vendor's.
        Assert.DoesNotContain(microsoft.Questions, q => q.Id.ToString() == "exchange-online/exportFormats");
        Assert.DoesNotContain(Open.SelectMany(v => v.Questions), q => q.Criterion?.Id == "SOV7.dpia");
    }

    [Fact]
    public void SubProcessorsAreAskedBesideTheCriterionTheyExplain()
    {
        var kennisnet = Vendor(Open, "kennisnet");

        Assert.Contains(kennisnet.Questions, q => q.Id.ToString() == "wikiwijs/SOV5.subprocessors");
        Assert.Contains(kennisnet.Questions, q => q.Id.ToString() == "wikiwijs/subProcessors");
    }

    [Fact]
    public void VendorsWithMostOpenQuestionsComeFirst() =>
        Assert.Equal(Open.OrderByDescending(v => v.OpenCount).Select(v => v.OpenCount), Open.Select(v => v.OpenCount));

    [Fact]
    public void TheDocumentListsEveryOpenQuestionWithHowToAnswerIt()
    {
        var zermelo = Vendor(Open, "zermelo");

        var markdown = QuestionnaireDocument.Markdown(zermelo, "Stichting Voorbeeld", Today, Shipped.Catalog, ReasonText.Dutch);

        Assert.StartsWith("# Vragenlijst digitale autonomie voor Zermelo Software B.V.", markdown);
        Assert.All(zermelo.Questions, q => Assert.Contains($"| `{q.Id}` |", markdown));
        Assert.Contains("Wie is het uiteindelijke moederbedrijf van uw organisatie", markdown);
        Assert.Contains("Welk recht geldt voor het contract", markdown);
        Assert.Contains("0 = Recht van een land buiten de EU; 1 = EU-recht, maar geschillen (deels) buiten de EU", markdown);
        Assert.Contains("## Hostingpartijen", markdown);
        Assert.Contains("| aws |", markdown);
    }

    [Fact]
    public void TheDocumentIsEnglishInEnglish()
    {
        var markdown = QuestionnaireDocument.Markdown(Vendor(Open, "zermelo"), "Example Board", Today, Shipped.Catalog, ReasonText.English);

        Assert.StartsWith("# Digital autonomy questionnaire for Zermelo Software B.V.", markdown);
        Assert.Contains("Which law governs the contract", markdown);
        Assert.Contains("Who is your organisation's ultimate parent company", markdown);
        Assert.DoesNotContain("Vraag", markdown);
        Assert.DoesNotContain("leverancier", markdown);
    }
}
