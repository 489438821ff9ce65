using Regie.Core.Demo;
using Regie.Core.Explaining;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Questionnaires;
using Regie.Core.Reporting;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Reporting;

namespace Regie.Core.Tests.Reporting;

/// <summary>The board report takes every figure from the analysis, and its HTML keeps the board's text as text.</summary>
public sealed class TheBoardReport
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static BoardReport Build(BoardLandscape landscape, IReadOnlyList<PlannedMove>? moves = null, IReadOnlyList<ExitPlanRecord>? plans = null, ReportFigures? previous = null)
    {
        var knowledge = ShippedData.Knowledge;
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(landscape, knowledge, null, cache);
        return BoardReport.Build(new ReportInputs(
            landscape, knowledge, assessment, BoardVerdict.For(landscape, knowledge, assessment, cache), DependencyAnalysis.Analyse(landscape, knowledge),
            ScenarioBoard.Prepare(landscape, knowledge).RunSweep(), moves ?? [], plans ?? [], VendorQuestionnaire.All(assessment, [], Today), Today, previous));
    }

    [Fact]
    public void TheDemoBoardsFiguresAreTheAnalysis()
    {
        var landscape = DemoBoard.Create(ShippedData.Knowledge);
        var report = Build(landscape);
        var assessment = BoardAssessor.Assess(landscape, ShippedData.Knowledge);

        Assert.Equal(landscape.Services.Count, report.Figures.Services);
        Assert.Equal(assessment.Services.Average(s => s.Sovereignty.Score), report.Figures.AverageScore, 9);
        Assert.Equal(assessment.Services.Average(s => s.Sovereignty.OptimisticScore), report.Figures.AverageOptimisticScore, 9);
        for (var level = 0; level < 5; level++)
        {
            Assert.Equal(assessment.Services.Count(s => s.Sovereignty.Seal == level), report.Seals.Proven[level]);
            Assert.Equal(assessment.Services.Count(s => s.Sovereignty.OptimisticSeal == level), report.Seals.Optimistic[level]);
        }

        Assert.Equal(
            assessment.Services.Where(s => s.Policy.Applies && !s.Policy.Passes).Select(s => s.Service.Name).Order(),
            report.Failing.Select(s => s.Service.Name).Order());
        Assert.Equal(report.Verdict.Counts.FailsOnKnownFacts + report.Verdict.Counts.Undetermined, report.Failing.Count);
        Assert.Equal(assessment.ByUrgency().Take(5).Select(s => s.Service.Name), report.MostUrgent.Select(s => s.Service.Name));
        Assert.Equal(
            ScenarioBoard.Prepare(landscape, ShippedData.Knowledge).RunSweep().Rows.Take(3).Select(r => r.Scenario.Target.Key),
            report.WorstScenarios.Select(r => r.Scenario.Target.Key));
        Assert.Equal(landscape.Services.Count, report.Services.Count);
        Assert.Equal(assessment.Services.Sum(s => s.Sovereignty.UnknownAnswers), report.Figures.UnknownAnswers);
        Assert.NotEmpty(report.Sources);
        Assert.All(report.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
        // The report cites the pages read, not the catalog's English research notes: a source is an address, or names none.
        Assert.All(report.Sources, s => Assert.True(Regie.Core.Common.FactSources.IsAddress(s.Source) || !s.Source.Contains("http", StringComparison.Ordinal), s.Source));
        Assert.Equal(report.Sources.Count, report.Sources.Select(s => (s.Source, s.Checked)).Distinct().Count());
        // Each answer counts at every page its source names, so no answer is lost and none counts twice at one page.
        var answers = assessment.Services.SelectMany(s => s.Sovereignty.Objectives.SelectMany(o => o.Criteria))
            .Where(c => !c.IsUnknown && !c.AnsweredByBoard && !string.IsNullOrWhiteSpace(c.Source)).ToList();
        Assert.Equal(answers.Sum(c => Regie.Core.Common.FactSources.Cited(c.Source!).Count), report.Sources.Sum(s => s.Answers));
    }

    [Fact]
    public void ExitPlansEdgesAndMovesAreReadAsStored()
    {
        var landscape = DemoBoard.Create(ShippedData.Knowledge);
        var byName = landscape.Services.ToDictionary(s => s.Name);
        var teams = byName["Microsoft Teams"].Id;
        var parro = byName["Parro"].Id;
        var magister = byName["Magister"].Id;
        var report = Build(landscape,
            moves: [new PlannedMove(Guid.NewGuid(), teams, "x", MoveState.Done), new PlannedMove(Guid.NewGuid(), parro, "y", MoveState.InProgress),
                new PlannedMove(Guid.NewGuid(), magister, "z"), new PlannedMove(Guid.NewGuid(), magister, "w", MoveState.Dropped)],
            plans: [new ExitPlanRecord(teams, Today.AddMonths(-2)), new ExitPlanRecord(parro, null), new ExitPlanRecord(magister, Today.AddMonths(-13))]);

        Assert.Equal(new RoadmapProgress(1, 1, 1, 1), report.Roadmap);
        Assert.Equal(1.0 / 3, report.Roadmap.DoneShare, 9);
        ServiceAppendix Of(ServiceId id) => report.Services.Single(s => s.Assessment.Service.Id == id);
        Assert.Equal(ExitPlanState.Tested, Of(teams).ExitPlan);
        Assert.Equal(ExitPlanState.Written, Of(parro).ExitPlan);
        Assert.Equal(ExitPlanState.TestExpired, Of(magister).ExitPlan);
        Assert.Equal(ExitPlanState.None, Of(byName["Canva"].Id).ExitPlan);

        // Every stored edge shows on both ends: outgoing at the service that leans, incoming at the one leaned on.
        foreach (var edge in landscape.Dependencies)
        {
            var from = byName.Values.Single(s => s.Id == edge.From).Name;
            var to = byName.Values.Single(s => s.Id == edge.To).Name;
            Assert.Contains(new ServiceLink(edge.Kind, to, true), Of(edge.From).Links);
            Assert.Contains(new ServiceLink(edge.Kind, from, false), Of(edge.To).Links);
        }

        Assert.Equal(landscape.Dependencies.Count * 2, report.Services.Sum(s => s.Links.Count));
    }

    [Fact]
    public void TheComparisonWithThePreviousReportIsWhatMoved()
    {
        var previous = new ReportFigures(new DateOnly(2026, 9, 1), 2, 40, 70, 1, 1, 0, [1, 1, 0, 0, 0], 10, ["Alfa", "Beta"]);
        var now = previous with { Date = Today, Services = 2, AverageScore = 47.5, Meets = 2, FailsOnKnownFacts = 0, UnknownAnswers = 4, ServiceNames = ["Beta", "Gamma"] };

        var change = BoardReport.Compare(previous, now);

        Assert.Equal(["Gamma"], change.Added);
        Assert.Equal(["Alfa"], change.Removed);
        Assert.Equal(7.5, change.ScoreChange, 9);
        Assert.Equal((1, -1, 0, -6), (change.MeetsChange, change.FailsChange, change.UndeterminedChange, change.UnknownAnswersChange));
    }

    [Fact]
    public void TheFirstPageNamesTheWeightingAsThePagesDoInEachLanguage()
    {
        var report = Build(DemoBoard.Create(ShippedData.Knowledge));

        Assert.Contains("weging EU-calculator 2026 (standaard)", ReportHtml.Render(report, ReasonText.Dutch));
        Assert.Contains("weighting EU calculator 2026 (default)", ReportHtml.Render(report, ReasonText.English));
        Assert.DoesNotContain("weging ec-calculator-2026", ReportHtml.Render(report, ReasonText.Dutch));
    }

    [Fact]
    public void ThePublicValuesSectionListsTotalsAndUnknownShareWithTheSovereigntyApart()
    {
        var report = Build(DemoBoard.Create(ShippedData.Knowledge));
        Assert.DoesNotContain("Publieke waarden", ReportHtml.Render(report, ReasonText.Dutch));

        var withValues = report with
        {
            PublicValues =
            [
                new(PublicValues.WeighingPublicValues.Teams(), new Core.PublicValues.SovereigntyBeside(38.4, 1, null)),
                new(PublicValues.WeighingPublicValues.Nextcloud(), new Core.PublicValues.SovereigntyBeside(null, null, new Core.PublicValues.NoSovereigntyScore())),
            ],
        };
        var html = ReportHtml.Render(withValues, ReasonText.Dutch);

        Assert.Contains("<h2>Publieke waarden</h2>", html);
        Assert.Contains("<td>Microsoft Teams</td><td class=\"n\">1,08</td><td class=\"n\">17%</td>", html);
        Assert.Contains("<td>Nextcloud bij SURF</td><td class=\"n\">2,20</td><td class=\"n\">67%</td><td>b</td><td class=\"n\">geen score</td>", html);
        Assert.Contains("SEAL 1</td></tr>", html);
    }

    [Fact]
    public void ABoardWithoutServicesGetsAReportThatSaysSo()
    {
        var demo = DemoBoard.Create(ShippedData.Knowledge);
        var empty = demo with { Services = [], Dependencies = [] };
        var report = Build(empty);

        Assert.True(report.IsEmpty);
        var html = ReportHtml.Render(report, ReasonText.Dutch);
        Assert.Contains("nog geen diensten geregistreerd", html);
        Assert.DoesNotContain("Bijlage: per dienst", html);
    }

    [Fact]
    public void AHostileNameIsTextInThePageAndInTheRunningHeader()
    {
        var demo = DemoBoard.Create(ShippedData.Knowledge);
        const string hostile = "<img src=x onerror=alert(1)>\"</style><script>alert(2)</script>";
        var landscape = demo with
        {
            Organisation = demo.Organisation with { Name = "Bestuur " + hostile },
            Services = [.. demo.Services.Select((s, i) => i == 0 ? s with { Name = hostile } : s)],
        };

        var html = ReportHtml.Render(Build(landscape), ReasonText.Dutch);

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<script", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</style>"));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Theory]
    [InlineData("Stichting \"Het Plein\"", "\"Stichting \\22 Het Plein\\22 \"")]
    [InlineData("a</style>b", "\"a\\3c \\2f style\\3e b\"")]
    [InlineData("x\\y\nz", "\"x\\5c y\\a z\"")]
    public void TheRunningHeaderIsOneCssString(string text, string css) => Assert.Equal(css, ReportHtml.CssString(text));

    [Fact]
    public void TheEnglishReportSpeaksEnglishWithADecimalPoint()
    {
        var report = Build(DemoBoard.Create(ShippedData.Knowledge));
        var english = ReportHtml.Render(report, ReasonText.English);
        var dutch = ReportHtml.Render(report, ReasonText.Dutch);

        Assert.Contains("Board report", english);
        Assert.DoesNotContain("Bestuursrapportage", english);
        Assert.Contains(report.Figures.AverageScore.ToString("0.0", ReasonText.English), english);
        Assert.Contains(report.Figures.AverageScore.ToString("0.0", ReasonText.Dutch), dutch);
        Assert.Contains("Pagina ", dutch);
    }
}
