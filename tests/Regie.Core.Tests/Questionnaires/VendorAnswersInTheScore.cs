using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;
using static Regie.Core.Tests.Questionnaires.QuestionnaireWorld;

namespace Regie.Core.Tests.Questionnaires;

/// <summary>
/// A vendor's answers run through the same path as the catalog's facts and the board's answers: a criterion answered directly,
/// or a fact a prefill rule reads. The answer shows as "stated by vendor" and the score moves with it.
/// </summary>
public sealed class VendorAnswersInTheScore
{
    private static readonly BoardAssessment Before = Assess();

    [Fact]
    public void ACriterionTheVendorAnswersCountsWithOriginVendorAndItsScoreAndGapMove()
    {
        var after = Assess(Said("zermelo/SOV2.law", "2", new DateOnly(2026, 11, 20)));

        var law = Criterion(Service(after, "Zermelo"), "SOV2.law");
        Assert.Equal(AnswerOrigin.Vendor, law.Origin);
        Assert.Equal(2, law.Option);
        Assert.Equal("antwoord van Zermelo Software B.V., 2026-11-20", law.Source);
        Assert.Equal(new DateOnly(2026, 11, 20), law.Checked);
        Assert.Equal(new AnswerStatedByVendor("Zermelo Software B.V.", new DateOnly(2026, 11, 20)), law.Why);
        var was = Service(Before, "Zermelo").Sovereignty;
        var now = Service(after, "Zermelo").Sovereignty;
        Assert.True(now.Score > was.Score, $"{was.Score} → {now.Score}");
        Assert.True(now.OptimisticScore - now.Score < was.OptimisticScore - was.Score);
        Assert.Equal(was.UnknownAnswers - 1, now.UnknownAnswers);
        // Other services are untouched: the answer is about Zermelo's product.
        Assert.Equal(Criterion(Service(Before, "Magister"), "SOV2.law"), Criterion(Service(after, "Magister"), "SOV2.law"));
    }

    [Fact]
    public void AnAnsweredQuestionIsNoLongerOpen()
    {
        var statement = Said("zermelo/SOV2.law", "2");
        var after = Assess(statement);

        var all = Vendor(VendorQuestionnaire.All(after, [statement], Today), "zermelo");
        var law = all.Questions.Single(q => q.Id.ToString() == "zermelo/SOV2.law");
        Assert.Equal(QuestionStatus.Answered, law.Status);
        Assert.Equal(statement, law.Answer);
        Assert.DoesNotContain(Vendor(VendorQuestionnaire.OpenQuestions(after), "zermelo").Questions, q => q.Id.ToString() == "zermelo/SOV2.law");
        Assert.Equal(Vendor(VendorQuestionnaire.OpenQuestions(Before), "zermelo").OpenCount - 1, all.OpenCount);
    }

    [Fact]
    public void AStatedUltimateParentCompletesTheChainAndDecidesTheJurisdictionCriteria()
    {
        var after = Assess(Said("zermelo/ultimateParent", "Zermelo Holding B.V. (NL)"));

        var zermelo = Service(after, "Zermelo");
        Assert.Equal("Zermelo Software B.V. → Zermelo Holding B.V.", zermelo.Service.VendorChain.Describe().Nl);
        Assert.Equal(Confidence.StatedByVendor, zermelo.Service.VendorChain.UltimateParent!.Country.Confidence);
        var parent = Criterion(zermelo, "SOV1.parent");
        Assert.Equal(AnswerOrigin.Vendor, parent.Origin);
        Assert.Equal(3, parent.Option);
        Assert.IsType<ParentInEu>(parent.Why);
        Assert.StartsWith("antwoord van Zermelo Software B.V.", parent.Source);
        Assert.True(Criterion(Service(Before, "Zermelo"), "SOV1.parent").IsUnknown);
    }

    [Fact]
    public void AVendorThatIsItsOwnTopSaysSoWithGeen()
    {
        var after = Assess(Said("zermelo/ultimateParent", "geen (NL)"));

        var zermelo = Service(after, "Zermelo");
        Assert.Equal("Zermelo Software B.V.", zermelo.Service.VendorChain.Describe().Nl);
        Assert.True(zermelo.Service.VendorChain.ReachesUltimateParent);
        Assert.Equal(3, Criterion(zermelo, "SOV1.parent").Option);
    }

    [Fact]
    public void StatedProductFactsFeedThePrefillRulesAndShowAsStatedByVendor()
    {
        var after = Assess(
            Said("wikiwijs/dataLocation", "EuOnly", vendor: "kennisnet", name: "Stichting Kennisnet"),
            Said("wikiwijs/hostingProvider", "eigen datacentrum", vendor: "kennisnet", name: "Stichting Kennisnet"),
            Said("wikiwijs/exitTerms", "Yes", vendor: "kennisnet", name: "Stichting Kennisnet"),
            Said("wikiwijs/exportFormats", "geen", vendor: "kennisnet", name: "Stichting Kennisnet"));

        var wikiwijs = Service(after, "Wikiwijs");
        Assert.Equal(DataLocation.EuOnly, wikiwijs.Service.DataLocation.Value);
        Assert.Equal(Confidence.StatedByVendor, wikiwijs.Service.DataLocation.Confidence);
        Assert.Equal((2, AnswerOrigin.Vendor), (Criterion(wikiwijs, "SOV3.location").Option, Criterion(wikiwijs, "SOV3.location").Origin));
        // Its own data centre: the host is Kennisnet itself, a Dutch foundation.
        Assert.Equal("Stichting Kennisnet", wikiwijs.Service.HostingChain.Describe().Nl);
        Assert.Equal((2, AnswerOrigin.Vendor), (Criterion(wikiwijs, "SOV5.hosting").Option, Criterion(wikiwijs, "SOV5.hosting").Origin));
        Assert.Equal(3, Criterion(wikiwijs, "SOV1.cutoff").Option);
        Assert.Equal(new ExitTermsStated(true), Criterion(wikiwijs, "SOV4.exit").Why);
        Assert.Equal((0, new NoExportOffered()), (Criterion(wikiwijs, "SOV4.export").Option, (ScoringReason)Criterion(wikiwijs, "SOV4.export").Why));
        Assert.True(Criterion(Service(Before, "Wikiwijs"), "SOV3.location").IsUnknown);
    }

    [Fact]
    public void AServiceWithoutACatalogProductIsAskedAndAnsweredOnItsOwn()
    {
        var own = new Regie.Core.Landscape.Service(Regie.Core.Landscape.ServiceId.New(), "Eigen roosterapp", null, ["roostering"], VendorId: "zermelo");
        var board = Board with { Services = [.. Board.Services, own] };
        var subject = QuestionId.ServiceSubject(own.Id);

        var zermelo = Vendor(VendorQuestionnaire.OpenQuestions(BoardAssessor.Assess(board, Shipped)), "zermelo");
        var after = BoardAssessor.Assess(board with { VendorStatements = [Said($"{subject}/dataLocation", "EuOnly")] }, Shipped);

        Assert.Equal(["Eigen roosterapp"], zermelo.Questions.Single(q => q.Id == new QuestionId(subject, "dataLocation")).Services.Select(s => s.Name));
        Assert.Equal(["Eigen roosterapp", "Zermelo"], zermelo.Questions.Single(q => q.Fact == FactTopic.UltimateParent).Services.Select(s => s.Name));
        Assert.Equal((DataLocation.EuOnly, AnswerOrigin.Vendor),
            (Service(after, "Eigen roosterapp").Service.DataLocation.Value, Criterion(Service(after, "Eigen roosterapp"), "SOV3.location").Origin));
        Assert.False(Service(after, "Zermelo").Service.DataLocation.IsKnown);
    }

    [Fact]
    public void AVendorAnswerNeverOverrulesWhatTheCatalogKnows()
    {
        var after = Assess(Said("microsoft-teams/dataLocation", "EuOnly", vendor: "microsoft", name: "Microsoft Corporation"));

        var teams = Service(after, "Microsoft Teams");
        Assert.Equal(DataLocation.EuDefault, teams.Service.DataLocation.Value);
        Assert.Equal(AnswerOrigin.Prefilled, Criterion(teams, "SOV3.location").Origin);
    }

    [Fact]
    public void TheBoardsOwnAnswerWinsOverTheVendors()
    {
        var after = Assess(Said("nextcloud/SOV2.law", "0", vendor: "nextcloud-gmbh", name: "Nextcloud GmbH"));

        var law = Criterion(Service(after, "Nextcloud documentarchief (ICT-partner)"), "SOV2.law");
        Assert.Equal((AnswerOrigin.Board, 2), (law.Origin, law.Option));
    }

    [Fact]
    public void AnAnswerOlderThanTwelveMonthsIsExpiredAndTheCriterionUnknownAgain()
    {
        var statement = Said("zermelo/SOV2.law", "2", new DateOnly(2025, 11, 1));

        var current = VendorStatements.Current([statement], Today);
        var after = Assess([.. current]);

        Assert.Empty(current);
        Assert.True(Criterion(Service(after, "Zermelo"), "SOV2.law").IsUnknown);
        var law = Vendor(VendorQuestionnaire.All(after, [statement], Today), "zermelo").Questions.Single(q => q.Id.ToString() == "zermelo/SOV2.law");
        Assert.Equal(QuestionStatus.Expired, law.Status);
        Assert.Equal(new DateOnly(2026, 11, 1), law.Answer!.ExpiresOn);
    }

    [Theory]
    [InlineData("2025-12-07", true)]
    [InlineData("2025-12-06", false)]
    [InlineData("2026-12-06", true)]
    [InlineData("2026-12-07", false)]
    public void AnAnswerCountsFromItsDateForTwelveMonths(string answeredOn, bool current) =>
        Assert.Equal(current, VendorStatements.IsCurrent(DateOnly.Parse(answeredOn, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void ForTheSameQuestionTheNewestCurrentAnswerCounts()
    {
        var older = Said("zermelo/SOV2.law", "0", new DateOnly(2026, 6, 1));
        var newer = Said("zermelo/SOV2.law", "2", new DateOnly(2026, 10, 1));

        Assert.Equal([newer], VendorStatements.Current([older, newer], Today));
    }
}
