using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.PublicValues;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.PublicValues;

/// <summary>Regie answers what it already knows, with the reason; the facts change the answer, the assessor's own answer overrides it.</summary>
public sealed class PrefilledAnswersFollowTheirFacts
{
    private static readonly PublicValuesModel Model = ShippedData.Knowledge.PublicValues;

    private static PrefilledValueAnswer Prefilled(BoardLandscape board, Service service, string question)
    {
        var facts = SubjectFacts.ForService(board, BoardAssessor.Assess(board, TestWorld.World), DependencyAnalysis.Analyse(board, TestWorld.World), TestWorld.World, service.Id);
        return ValuePrefill.For(Model, facts).Single(a => a.QuestionId == question);
    }

    private static PrefilledValueAnswer Alone(Service service, string question) => Prefilled(TestWorld.Board([service]), service, question);

    [Fact]
    public void PupilDataUnderAForeignAccessLawIsAHighRiskAndLessSensitiveDataAConsiderableOne()
    {
        var pupils = TestWorld.Service("Teams", "us-idp", ["p1"], tweak: s => s with { DataCategories = ["leerlinggegevens"] });
        var contacts = pupils with { DataCategories = ["contact"] };

        var high = Alone(pupils, "privacySecurity.foreignAccess");
        Assert.Equal(0, high.Score);
        Assert.Equal("US", Assert.IsType<PersonalDataUnderForeignLaw>(high.Why).Country);
        Assert.Equal(1, Alone(contacts, "privacySecurity.foreignAccess").Score);
    }

    [Fact]
    public void AnEuVendorWithoutForeignAccessLawLowersTheRiskAndNoDataCategoriesLeaveItUnknown()
    {
        var eu = TestWorld.Service("Rooster", "eu-app", ["p1"], tweak: s => s with { DataCategories = ["leerlinggegevens"] });

        Assert.Equal(2, Alone(eu, "privacySecurity.foreignAccess").Score);
        Assert.Equal(3, Alone(eu with { DataLocation = DataLocation.EuOnly }, "privacySecurity.foreignAccess").Score);
        var none = Alone(eu with { DataCategories = [] }, "privacySecurity.foreignAccess");
        Assert.Null(none.Score);
        Assert.IsType<NoDataCategoriesRecorded>(none.Why);
    }

    [Fact]
    public void ContinuityIsLowWhenTheVendorsLossStopsAProcessAndHigherWhenAnotherServiceCarriesIt()
    {
        var only = TestWorld.Service("Rooster", "eu-app", ["p1"]);
        var hit = Alone(only, "continuity.outage");
        Assert.Equal(0, hit.Score);
        Assert.Contains("Proces 1", Assert.IsType<StopsWhenPartyFalls>(hit.Why).Processes.Select(p => p.Nl));

        var second = TestWorld.Service("Ander rooster", "us-app-nl", ["p1"]);
        var carried = Prefilled(TestWorld.Board([only, second]), only, "continuity.outage");
        Assert.Equal(2, carried.Score);
        Assert.IsType<NoSinglePointOfFailureFound>(carried.Why);
    }

    [Fact]
    public void TheDpiaStatusAndTheExitFactsAnswerTheirQuestions()
    {
        var service = TestWorld.Service("Rooster", "eu-app", ["p1"]);

        Assert.Equal(3, Alone(service with { Dpia = AssessmentStatus.Done }, "privacySecurity.dpia").Score);
        Assert.Equal(0, Alone(service with { Dpia = AssessmentStatus.NotStarted }, "privacySecurity.dpia").Score);
        Assert.Null(Alone(service, "privacySecurity.dpia").Score);

        Assert.Null(Alone(service, "autonomy.exit").Score);
        var open = service with { ExportFormats = ["csv"], ExitClause = Tri.Yes };
        Assert.Equal(2, Alone(open, "autonomy.exit").Score);
        Assert.Equal(3, Alone(open with { Mitigation = new Mitigation(TestedExitPlan: Check.Yes) }, "autonomy.exit").Score);
        Assert.Equal(0, Alone(service with { ExportFormats = ["pdf"], ExitClause = Tri.No }, "autonomy.exit").Score);
    }

    [Fact]
    public void TheSovereigntyQuestionFollowsTheSealAndStaysUnknownWhileUnknownsHoldItDown()
    {
        var service = TestWorld.Service("Rooster", "eu-app", ["p1"]);
        var board = TestWorld.Board([service]);
        var score = BoardAssessor.Assess(board, TestWorld.World).For(service.Id)!.Sovereignty;

        var answer = Alone(service, "autonomy.sovereignty");
        if (score.Seal == score.OptimisticSeal)
        {
            Assert.Equal(Math.Min(3, score.Seal), answer.Score);
        }
        else
        {
            Assert.Null(answer.Score);
            Assert.IsType<SealUndetermined>(answer.Why);
        }

        var answered = service with { Overrides = [new AnswerOverride("A.open", 1, "test"), new AnswerOverride("B.source", 2, "test")] };
        var known = BoardAssessor.Assess(TestWorld.Board([answered]), TestWorld.World).For(answered.Id)!.Sovereignty;
        Assert.Equal(known.Seal, known.OptimisticSeal);
        Assert.Equal(Math.Min(3, known.Seal), Alone(answered, "autonomy.sovereignty").Score);
    }

    [Fact]
    public void TheAssessorsOwnAnswerOverridesThePrefillAndAnExplicitUnknownToo()
    {
        var service = TestWorld.Service("Teams", "us-idp", ["p1"], tweak: s => s with { DataCategories = ["leerlinggegevens"] });
        var board = TestWorld.Board([service]);
        var facts = SubjectFacts.ForService(board, BoardAssessor.Assess(board, TestWorld.World), DependencyAnalysis.Analyse(board, TestWorld.World), TestWorld.World, service.Id);
        var prefilled = ValuePrefill.For(Model, facts);
        var subject = new AssessmentSubject(SubjectKind.Service, service.Id.Value.ToString(), service.Name);

        var derived = ValueAssessment.Compute(Model, subject, [], prefilled, PublicValueWeights.Defaults);
        var counted = derived.For("privacySecurity")!.Answers.Single(a => a.Question.Id == "privacySecurity.foreignAccess");
        Assert.Equal((0, ValueAnswerOrigin.Prefilled), (counted.Score!.Value, counted.Origin));

        var own = ValueAssessment.Compute(Model, subject, [new GivenAnswer("privacySecurity.foreignAccess", 2, "contract met EU-opslag", "FG", null)], prefilled, PublicValueWeights.Defaults);
        var overridden = own.For("privacySecurity")!.Answers.Single(a => a.Question.Id == "privacySecurity.foreignAccess");
        Assert.Equal((2, ValueAnswerOrigin.Assessor), (overridden.Score!.Value, overridden.Origin));
        Assert.Equal(0, overridden.Prefilled!.Score);

        var unknown = ValueAssessment.Compute(Model, subject, [new GivenAnswer("privacySecurity.foreignAccess", null, null, "FG", null)], prefilled, PublicValueWeights.Defaults);
        Assert.Null(unknown.For("privacySecurity")!.Answers.Single(a => a.Question.Id == "privacySecurity.foreignAccess").Score);
    }
}
