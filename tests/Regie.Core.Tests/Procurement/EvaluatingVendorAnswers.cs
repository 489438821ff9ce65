using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Procurement;
using static Regie.Core.Tests.Procurement.ProcurementWorld;

namespace Regie.Core.Tests.Procurement;

public class EvaluatingVendorAnswers
{
    private static readonly TenderRequirements Tender = TenderGenerator.Generate("toetsing", Board(), Tenders);

    private static VendorOffer Offer(string? product, Func<Requirement, AnswerValue?> answer) =>
        new("Leverancier", product, [.. Tender.Requirements.Where(r => !r.IsComputed)
            .Select(r => (Requirement: r, Value: answer(r)))
            .Where(x => x.Value is not null)
            .Select(x => x.Requirement.Kind == RequirementKind.Question && x.Value is AnswerValue.Yes or AnswerValue.No
                ? new VendorAnswer(x.Requirement.Id, AnswerValue.Yes, null, x.Value == AnswerValue.Yes ? x.Requirement.Threshold : 0)
                : new VendorAnswer(x.Requirement.Id, x.Value!.Value, null))]);

    private static TenderEvaluation Evaluate(VendorOffer offer, TenderRequirements? tender = null, BoardLandscape? board = null) =>
        TenderEvaluator.Evaluate(tender ?? Tender, offer, board ?? Board(), Tenders);

    private static RequirementResult Result(TenderEvaluation evaluation, RequirementTopic topic) =>
        evaluation.Results.First(r => r.Requirement.Topic == topic);

    [Fact]
    public void AnUnknownAnswerFails()
    {
        var evaluation = Evaluate(Offer("eu-toets", r => r.Topic == RequirementTopic.ExitStrategy ? AnswerValue.Unknown : AnswerValue.Yes));

        var exit = Result(evaluation, RequirementTopic.ExitStrategy);
        Assert.False(exit.Passed);
        Assert.IsType<AnswerUnknown>(exit.Judgement);
        Assert.Equal(TenderVerdict.FailsKnockOut, evaluation.Verdict);
        Assert.Equal(1, evaluation.UnknownAnswers);
    }

    [Fact]
    public void OneFailingKnockOutFailsTheWholeOffer()
    {
        var evaluation = Evaluate(Offer("eu-toets", r => r.Topic == RequirementTopic.SubProcessors ? AnswerValue.No : AnswerValue.Yes));

        Assert.Equal(TenderVerdict.FailsKnockOut, evaluation.Verdict);
        Assert.Equal([Tender.Requirements.Single(r => r.Topic == RequirementTopic.SubProcessors).Id], evaluation.FailedKnockOuts.Select(f => f.Requirement.Id));
        Assert.Equal(evaluation.WishMaximum, evaluation.WishPoints);
        Assert.Equal([Tender.Requirements.Single(r => r.Topic == RequirementTopic.SubProcessors).Id], Assert.IsType<KnockOutsFailed>(evaluation.Why[0]).Requirements);
    }

    [Fact]
    public void AFailedWishCostsPointsButNotTheVerdict()
    {
        var all = Evaluate(Offer("eu-toets", _ => AnswerValue.Yes));
        var closed = Evaluate(Offer("eu-toets", r => r.Topic == RequirementTopic.OpenSource ? AnswerValue.No : AnswerValue.Yes));

        Assert.Equal(TenderVerdict.Meets, all.Verdict);
        Assert.Equal(TenderVerdict.Meets, closed.Verdict);
        Assert.Equal(all.WishPoints - 3, closed.WishPoints);
        Assert.True(closed.Assessment.Sovereignty.Score < all.Assessment.Sovereignty.Score);
    }

    [Fact]
    public void APartlyAnsweredOfferCountsTheRestAsFailing()
    {
        var answered = new HashSet<RequirementTopic> { RequirementTopic.ExitStrategy, RequirementTopic.OpenSource };
        var evaluation = Evaluate(Offer("eu-toets", r => answered.Contains(r.Topic) ? AnswerValue.Yes : null));

        Assert.Equal(2, evaluation.Answered);
        Assert.Equal(Tender.Requirements.Count(r => !r.IsComputed) - 2, evaluation.Unanswered);
        var portability = Result(evaluation, RequirementTopic.DataPortability);
        Assert.False(portability.Passed);
        Assert.Null(portability.Answer);
        Assert.IsType<NotAnswered>(portability.Judgement);
        Assert.Equal(TenderVerdict.FailsKnockOut, evaluation.Verdict);
    }

    [Fact]
    public void AQuestionAnswerBecomesThatRungOfTheCriterion()
    {
        var keys = Tender.Requirements.Single(r => r.Subject == "SOV3.keys");
        var evaluation = Evaluate(Offer("eu-toets", r => r == keys ? AnswerValue.No : AnswerValue.Yes));

        var result = evaluation.Results.Single(r => r.Requirement == keys);
        Assert.Equal(RequirementKind.Question, keys.Kind);
        Assert.True(result.Passed);
        Assert.Equal(0, Assert.IsType<QuestionAnswered>(result.Judgement).Seal);
        Assert.Equal(0, evaluation.Assessment.Sovereignty.Seal);
        Assert.False(evaluation.Results.Single(r => r.Requirement.Topic == RequirementTopic.MinimumSeal).Passed);
    }

    [Fact]
    public void PartlyFailsAWishButEarnsHalfItsPoints()
    {
        var evaluation = Evaluate(Offer("eu-toets", r => r.Topic == RequirementTopic.OpenSource ? AnswerValue.Partly : AnswerValue.Yes));

        var openSource = Result(evaluation, RequirementTopic.OpenSource);
        Assert.False(openSource.Passed);
        Assert.Equal(1.5, openSource.Points);
    }

    [Fact]
    public void AThresholdExactlyMetPassesAndOneAboveFails()
    {
        var offer = Offer("eu-toets", _ => AnswerValue.Yes);
        var first = Evaluate(offer);
        var seal = first.Assessment.Sovereignty.Seal;
        var score = first.Assessment.Sovereignty.RoundedScore;

        BoardLandscape WithMinimum(int minSeal, int minScore) => Board([Processes[0] with { MinSeal = minSeal, MinScore = minScore }, Processes[1]]);
        var exactBoard = WithMinimum(seal, score);
        var exact = Evaluate(offer, TenderGenerator.Generate("toetsing", exactBoard, Tenders), exactBoard);
        var aboveBoard = WithMinimum(seal + 1, score + 1);
        var above = Evaluate(offer, TenderGenerator.Generate("toetsing", aboveBoard, Tenders), aboveBoard);

        Assert.True(Result(exact, RequirementTopic.MinimumSeal).Passed, ReasonText.Render(Result(exact, RequirementTopic.MinimumSeal).Judgement));
        Assert.True(Result(exact, RequirementTopic.MinimumScore).Passed, ReasonText.Render(Result(exact, RequirementTopic.MinimumScore).Judgement));
        Assert.False(Result(above, RequirementTopic.MinimumSeal).Passed);
        Assert.False(Result(above, RequirementTopic.MinimumScore).Passed);
        var minimum = Assert.IsType<ComputedMinimum>(Result(above, RequirementTopic.MinimumScore).Judgement);
        Assert.Equal((false, score, score + 1), (minimum.IsSeal, minimum.Value, minimum.Threshold));
    }

    [Fact]
    public void AnOwnershipChainThroughANonEuParentFailsEvenWithAnEuTopAndAYes()
    {
        var evaluation = Evaluate(Offer("chain-toets", _ => AnswerValue.Yes));

        var eu = Result(evaluation, RequirementTopic.EuJurisdiction);
        Assert.False(eu.Passed);
        var outside = Assert.IsType<ChainOutsideEuEea>(eu.Judgement);
        Assert.Equal(["Keten Toets B.V.", "US Mid Inc.", "NL Holding N.V."], outside.Chain);
        Assert.Contains(new ChainLink("US Mid Inc.", "US"), outside.Outside);
        Assert.Equal(AnswerValue.Yes, outside.Contradicted);
        Assert.Equal(TenderVerdict.FailsKnockOut, evaluation.Verdict);
    }

    [Fact]
    public void AnAllEuChainPassesFromTheCatalogEvenWhenTheVendorLeftItOpen()
    {
        var evaluation = Evaluate(Offer("eu-toets", r => r.Topic == RequirementTopic.EuJurisdiction ? null : AnswerValue.Yes));

        var eu = Result(evaluation, RequirementTopic.EuJurisdiction);
        Assert.True(eu.Passed, ReasonText.Render(eu.Judgement));
        Assert.IsType<ChainInEuEea>(eu.Judgement);
    }

    [Fact]
    public void WithoutACatalogProductTheVendorsAnswerOnJurisdictionCounts()
    {
        var yes = Evaluate(Offer(null, _ => AnswerValue.Yes));
        var no = Evaluate(Offer(null, r => r.Topic == RequirementTopic.EuJurisdiction ? AnswerValue.No : AnswerValue.Yes));

        Assert.True(Result(yes, RequirementTopic.EuJurisdiction).Passed);
        Assert.False(Result(no, RequirementTopic.EuJurisdiction).Passed);
        Assert.Equal("SOV1.parent", Assert.IsType<AnswerBecomes>(Result(yes, RequirementTopic.EuJurisdiction).Mapping).Criterion);
    }

    [Fact]
    public void AnswersBecomeTheBoardsAnswersToTheMatchingCriteria()
    {
        var evaluation = Evaluate(Offer("eu-toets", r => r.Topic == RequirementTopic.ExitStrategy ? AnswerValue.Yes : AnswerValue.No));

        var criteria = evaluation.Assessment.Sovereignty.Objectives.SelectMany(o => o.Criteria).ToDictionary(c => c.Criterion.Id);
        Assert.Equal(Regie.Core.Scoring.AnswerOrigin.Board, criteria["SOV4.exit"].Origin);
        Assert.Equal(1, criteria["SOV4.exit"].Option);
        Assert.Equal(0, criteria["SOV4.export"].Option);
        Assert.Equal(0, criteria["SOV6.standards"].Option);
        var mapping = Assert.IsType<AnswerBecomes>(Result(evaluation, RequirementTopic.ExitStrategy).Mapping);
        Assert.Equal(("SOV4.exit", "Ja"), (mapping.Criterion, mapping.Option.Nl));
    }
}

public class ReadingAnswerRows
{
    private static readonly TenderRequirements Tender = TenderGenerator.Generate("toetsing", Board(), Tenders);
    private static readonly string Exit = Tender.Requirements.Single(r => r.Topic == RequirementTopic.ExitStrategy).Id;

    [Fact]
    public void AnAnswerToARequirementNotInTheTenderNamesItsLineAndNothingIsTaken()
    {
        var (answers, errors) = AnswerValues.FromRows(Tender, [new(2, Exit, "ja", "art. 14"), new(3, "K-99", "ja", null)]);

        Assert.Empty(answers);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("eis", error.Field);
        Assert.Equal("K-99", Assert.IsType<RequirementNotInTender>(error.Problem).Id);
    }

    [Fact]
    public void AnAnswerOutsideTheAllowedWordsNamesTheAnswerField()
    {
        var (_, errors) = AnswerValues.FromRows(Tender, [new(2, Exit, "misschien", null)]);

        var error = Assert.Single(errors);
        Assert.Equal("antwoord", error.Field);
        Assert.Equal(new NotAnAnswer("misschien"), error.Problem);
    }

    [Fact]
    public void AComputedRequirementOrASecondAnswerIsRefused()
    {
        var computed = Tender.Requirements.First(r => r.IsComputed).Id;

        var (_, errors) = AnswerValues.FromRows(Tender, [new(2, Exit, "ja", null), new(3, Exit.ToLowerInvariant(), "nee", null), new(4, computed, "ja", null)]);

        Assert.Equal([3, 4], errors.Select(e => e.Line!.Value));
        Assert.Equal(new AnsweredTwice(Exit, 2), errors[0].Problem);
    }

    [Fact]
    public void ValidRowsBecomeAnswersWithTheirExplanation()
    {
        var (answers, errors) = AnswerValues.FromRows(Tender, [new(2, $" {Exit} ", "Ja", " art. 14 "), new(3, "W-01", "", null)]);

        Assert.Empty(errors);
        Assert.Equal([new VendorAnswer(Exit, AnswerValue.Yes, "art. 14"), new VendorAnswer("W-01", AnswerValue.Unknown, null)], answers);
    }
}
