using Regie.Bench;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Demo;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
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

    internal static readonly string[] BoardNames = ["demo", "synthetic 0", "synthetic 1", "synthetic 2", "varied 3", "varied 4", "varied 5"];

    public static TheoryData<string> Boards() => [.. BoardNames];

    internal static BoardLandscape Board(string name)
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

    [Theory]
    [MemberData(nameof(Boards))]
    public void FiguresWithOwnScoresSharedAcrossTheSectorEqualTheAssessment(string name)
    {
        // The cache is filled first by other boards of the sector, as in a sector run, then by this board itself.
        var shared = new SectorScoreCache(Shipped);
        foreach (var other in BoardNames.Where(b => b != name))
        {
            BoardAssessor.Figures(Board(other), Shipped, shared: shared);
        }

        var board = Board(name);
        AssertSameFigures(board, BoardAssessor.Figures(board, Shipped), BoardAssessor.Figures(board, Shipped, shared: shared));
        Assert.True(shared.Distinct > 0);
    }

    /// <summary>
    /// For every field of <see cref="Service"/>: a value other than the synthetic sector's, set on every service of a board.
    /// A new field fails <see cref="EveryServiceFieldIsVaried"/> until it has one here, so the shared scores' key
    /// (<see cref="SectorScoreCache"/>) cannot miss a field the rules read without a test noticing.
    /// </summary>
    private static readonly Dictionary<string, Func<Service, Service>> Variants = new()
    {
        ["Id"] = s => s with { Id = new ServiceId(new Guid(s.Id.Value.ToString().Replace('1', '9'))) },
        ["Name"] = s => s with { Name = s.Name + " (eigen)" },
        ["CatalogProductId"] = s => s with { CatalogProductId = s.CatalogProductId == "google-drive" ? "onedrive" : "google-drive" },
        ["ProcessIds"] = s => s with { ProcessIds = [Shipped.ProcessTemplates[^1].Id] },
        ["Pupils"] = s => s with { Pupils = 0 },
        ["Staff"] = s => s with { Staff = 123_456 },
        ["DataCategories"] = s => s with { DataCategories = ["zorggegevens"] },
        ["VendorId"] = s => s with { VendorId = Shipped.Catalog.Companies.First(c => c.Country.Value == "NL").Id },
        ["HostingProviderId"] = s => s with { HostingProviderId = Shipped.Catalog.Providers.First(p => p.Kind == ProviderKind.SelfHosted).Id },
        ["HostingRegion"] = s => s with { HostingRegion = "eu-central" },
        ["DataLocation"] = s => s with { DataLocation = DataLocation.OutsideEu },
        ["OpenSource"] = s => s with { OpenSource = Tri.Yes },
        ["ContractEnd"] = s => s with { ContractEnd = new DateOnly(2027, 7, 31) },
        ["ExitClause"] = s => s with { ExitClause = Tri.Yes },
        ["ExportFormats"] = s => s with { ExportFormats = ["csv"] },
        ["Dpia"] = s => s with { Dpia = AssessmentStatus.Done },
        ["Kia"] = s => s with { Kia = AssessmentStatus.Done },
        ["AnnualCost"] = s => s with { AnnualCost = 1234m },
        ["Mitigation"] = s => s with { Mitigation = new Mitigation(Check.Yes, Check.Yes, Check.Yes) },
        ["Overrides"] = s => s with { Overrides = [new AnswerOverride(Shipped.Model.Criteria[0].Id, 0, "eigen antwoord")] },
        ["Notes"] = s => s with { Notes = "eigen notitie" },
    };

    public static TheoryData<string> ServiceFields() => [.. Variants.Keys];

    [Fact]
    public void EveryServiceFieldIsVaried() =>
        Assert.Equal(typeof(Service).GetConstructors().Single().GetParameters().Select(p => p.Name!).Order(), Variants.Keys.Order());

    [Theory]
    [MemberData(nameof(ServiceFields))]
    public void ABoardThatDiffersInOneServiceFieldGetsItsOwnFiguresFromTheSharedScores(string field)
    {
        var plain = Board("synthetic 0");
        var varied = plain with { Services = [.. plain.Services.Select(Variants[field])] };
        foreach (var order in new[] { new[] { plain, varied }, [varied, plain] })
        {
            var shared = new SectorScoreCache(Shipped);
            foreach (var board in order)
            {
                AssertSameFigures(board, BoardAssessor.Figures(board, Shipped), BoardAssessor.Figures(board, Shipped, shared: shared));
            }
        }
    }

    [Fact]
    public void EmptyAndBlankExportFormatsAreDifferentInputs()
    {
        var plain = Board("synthetic 1");
        var none = plain with { Services = [.. plain.Services.Select(s => s with { ExportFormats = [] })] };
        var blank = plain with { Services = [.. plain.Services.Select(s => s with { ExportFormats = [""] })] };
        var shared = new SectorScoreCache(Shipped);
        AssertSameFigures(none, BoardAssessor.Figures(none, Shipped), BoardAssessor.Figures(none, Shipped, shared: shared));
        AssertSameFigures(blank, BoardAssessor.Figures(blank, Shipped), BoardAssessor.Figures(blank, Shipped, shared: shared));
    }

    [Fact]
    public void ABoardWithEntriesOfItsOwnIsScoredOnItsOwn()
    {
        var plain = Board("synthetic 0");
        var product = Shipped.Catalog.ProductById[plain.Services[0].CatalogProductId!];
        var corrected = plain with { Corrections = [new FactCorrection(product.Id, CorrectableFact.DataLocation, nameof(DataLocation.OutsideEu), "eigen onderzoek")] };
        var shared = new SectorScoreCache(Shipped);
        BoardAssessor.Figures(plain, Shipped, shared: shared);
        var before = shared.Distinct;

        var figures = BoardAssessor.Figures(corrected, Shipped, shared: shared);

        AssertSameFigures(corrected, BoardAssessor.Figures(corrected, Shipped), figures);
        Assert.Equal(before, shared.Distinct);
        Assert.NotEqual(BoardAssessor.Figures(plain, Shipped).Services[0].Score, figures.Services[0].Score);
    }

    [Fact]
    public void TheSharedScoresBelongToOneKnowledge() =>
        Assert.Throws<ArgumentException>(() => BoardAssessor.Figures(Board("demo"), Shipped, shared: new SectorScoreCache(KnowledgeLoader.Load(DataFolder.Locate()))));

    private static void AssertSameFigures(BoardLandscape board, BoardFigures expected, BoardFigures actual)
    {
        Assert.Equal(expected.Services, actual.Services);
        for (var i = 0; i < board.Services.Count; i++)
        {
            Assert.Same(board.Services[i], actual.Resolved[i].Service);
        }

        var graph = DependencyAnalysis.Figures(board, Shipped, expected.Resolved);
        var sharedGraph = DependencyAnalysis.Figures(board, Shipped, actual.Resolved);
        AssertSame(graph.ByParent, sharedGraph.ByParent);
        AssertSame(graph.ByProvider, sharedGraph.ByProvider);
        AssertSame(graph.ParentIndex, sharedGraph.ParentIndex);
        AssertSame(graph.ProviderIndex, sharedGraph.ProviderIndex);
    }

    private static void AssertSame(IReadOnlyList<EntityFigures> expected, IReadOnlyList<EntityFigures> actual) =>
        Assert.Equal(expected.Select(e => (e.EntityId, e.ProcessShare, e.PupilShare, e.Services, e.DirectServices)), actual.Select(e => (e.EntityId, e.ProcessShare, e.PupilShare, e.Services, e.DirectServices)));

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
