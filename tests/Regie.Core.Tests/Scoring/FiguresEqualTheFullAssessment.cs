using Regie.Bench;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Demo;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Scoring;

/// <summary>
/// The sector's figures path (<see cref="BoardAssessor.Figures"/>, <see cref="DependencyAnalysis.Figures"/>) gives every
/// number the full, explained path gives, exactly: the rules have one home, only the explanations are left out.
/// </summary>
public class FiguresEqualTheFullAssessment
{
    private static readonly RegieKnowledge Shipped = ShippedData.Knowledge;

    public static TheoryData<string> Boards() => ["demo", "synthetic 0", "synthetic 1", "synthetic 2", "varied 3", "varied 4", "varied 5"];

    private static BoardLandscape Board(string name)
    {
        if (name == "demo")
        {
            return DemoBoard.Create(Shipped);
        }

        var number = int.Parse(name.Split(' ')[1]);
        var board = SyntheticSector.Create(Shipped, 6, 125)[number];
        return name.StartsWith("varied", StringComparison.Ordinal) ? Varied(board) : board;
    }

    /// <summary>What the synthetic sector lacks: the board's own answers and facts, hosted-on chains, mitigations.</summary>
    private static BoardLandscape Varied(BoardLandscape board)
    {
        var criteria = Shipped.Model.Criteria;
        var services = board.Services.Select((s, i) => (i % 5) switch
        {
            0 => s with { Overrides = [new AnswerOverride(criteria[i % criteria.Count].Id, i % 3, "eigen antwoord"), new AnswerOverride(criteria[(i + 4) % criteria.Count].Id, null, "weet niet")] },
            1 => s with { Dpia = (AssessmentStatus)(i % 5), ExitClause = i % 2 == 0 ? Tri.Yes : Tri.No, ExportFormats = i % 3 == 0 ? ["csv"] : ["pst"] },
            2 => s with { DataLocation = DataLocation.EuOnly, OpenSource = Tri.Yes, HostingProviderId = Shipped.Catalog.Providers[i % Shipped.Catalog.Providers.Count].Id },
            3 => s with { Mitigation = new Mitigation(Check.Yes, Check.Yes, Check.Partly, Check.Yes), Pupils = 0, DataCategories = ["zorggegevens"] },
            _ => s,
        }).ToList();
        var hostedOn = Enumerable.Range(0, services.Count / 10).Select(k => new Dependency(services[10 * k + 3].Id, DependencyKind.HostedOn, services[10 * k + 7].Id));
        return board with { Services = services, Dependencies = [.. board.Dependencies, .. hostedOn] };
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void EveryServiceFigureEqualsItsAssessment(string name)
    {
        var board = Board(name);
        var full = BoardAssessor.Assess(board, Shipped);
        var figures = BoardAssessor.Figures(board, Shipped);

        Assert.Equal(full.ModelVersion, figures.ModelVersion);
        Assert.Equal(full.Services.Count, figures.Services.Count);
        for (var i = 0; i < full.Services.Count; i++)
        {
            var (a, f) = (full.Services[i], figures.Services[i]);
            var expected = new ServiceFigures(
                a.Service.Id, a.Service.Product?.Id, a.Sovereignty.Score, a.Sovereignty.OptimisticScore, a.Sovereignty.Seal, a.Sovereignty.OptimisticSeal,
                a.Sovereignty.UnknownAnswers, a.Policy.Applies, a.Policy.MinSeal, a.Policy.MinScore, a.Policy.Passes, a.Policy.OptimisticPasses,
                a.Criticality.Value, (int)a.Criticality.Impact.Value, (int)a.Criticality.Data.Value, (int)a.Criticality.Coupling.Value,
                a.Risk.Value, a.Risk.Exposure, a.Risk.Mitigation, a.Risk.ExposureFloored,
                a.Urgency.Value, a.Urgency.Band, a.Urgency.BandRank, a.Urgency.InQuadrant, a.ForeignAccess.Count);
            Assert.Equal(expected, f);
            Assert.Equal(a.Standing, f.Standing);
            Assert.Same(a.Service.Service, figures.Resolved[i].Service);
        }
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void EveryGraphFigureEqualsTheAnalysis(string name)
    {
        var board = Board(name);
        var full = DependencyAnalysis.Analyse(board, Shipped);
        var figures = DependencyAnalysis.Figures(board, Shipped);
        var resolvedOnce = DependencyAnalysis.Figures(board, Shipped, BoardAssessor.Figures(board, Shipped).Resolved);

        foreach (var graph in new[] { figures, resolvedOnce })
        {
            AssertSame(full.ByParent, graph.ByParent);
            AssertSame(full.ByProvider, graph.ByProvider);
            AssertSame(full.ParentIndex, graph.ParentIndex);
            AssertSame(full.ProviderIndex, graph.ProviderIndex);
        }
    }

    [Fact]
    public void TheVariedBoardsReachTheRulesTheSyntheticSectorLeavesOut()
    {
        var assessment = BoardAssessor.Assess(Board("varied 3"), Shipped);
        var answers = assessment.Services.SelectMany(s => s.Sovereignty.Objectives).SelectMany(o => o.Criteria).ToList();

        Assert.Contains(answers, c => c.Origin == AnswerOrigin.Board);
        Assert.Contains(answers, c => c.Origin == AnswerOrigin.Prefilled);
        Assert.Contains(assessment.Services.SelectMany(s => s.Sovereignty.Objectives), o => o.Cap is not null);
        Assert.Contains(assessment.Services, s => s.Policy.Applies && !s.Policy.Passes);
        Assert.Contains(assessment.Services, s => s.Risk.ExposureFloored);
    }

    private static void AssertSame(IReadOnlyList<Concentration> full, IReadOnlyList<EntityFigures> figures)
    {
        Assert.Equal(full.Count, figures.Count);
        for (var i = 0; i < full.Count; i++)
        {
            var (c, f) = (full[i], figures[i]);
            Assert.Equal(
                (c.EntityId, c.Name, c.Kind, c.Country, c.ProcessShare, c.PupilShare, c.StaffShare, c.ServiceShare, c.Services.Count, c.Services.Count(s => s.Direct)),
                (f.EntityId, f.Name, f.Kind, f.Country, f.ProcessShare, f.PupilShare, f.StaffShare, f.ServiceShare, f.Services, f.DirectServices));
            Assert.Equal(c.Processes.Count, f.ProcessIds.Count);
        }
    }

    private static void AssertSame(ConcentrationIndex full, ConcentrationIndex figures)
    {
        Assert.Equal(full.Hhi, figures.Hhi);
        Assert.Equal(full.UnattributedShare, figures.UnattributedShare);
        Assert.Equal(full.Shares, figures.Shares);
        Assert.Equal(full.Why, figures.Why);
    }
}
