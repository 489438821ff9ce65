using Regie.Core.Demo;
using Regie.Core.Explaining;
using Regie.Core.Graph;
using Regie.Core.History;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.Tests.History;

/// <summary>
/// A snapshot holds the board's facts and results of one day, counted as the analysis counts them; two snapshots compare
/// into services added, removed and changed field by field, and scores that moved with the answer, fact or edge that moved them.
/// </summary>
public sealed class SnapshotsAndTheirDiff
{
    private static readonly DateOnly Monday = new(2026, 12, 7), Friday = new(2026, 12, 11);

    private static BoardSnapshot Take(BoardLandscape landscape, DateOnly date, RegieKnowledge? knowledge = null, string? profile = null, IReadOnlyList<PlannedMove>? moves = null)
    {
        knowledge ??= TestWorld.World;
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(landscape, knowledge, profile, cache);
        return BoardSnapshot.Take(new SnapshotInputs(
            landscape, knowledge, assessment, BoardVerdict.For(landscape, knowledge, assessment, cache), DependencyAnalysis.Analyse(landscape, knowledge), moves ?? [], date));
    }

    private static readonly Service Rooster = TestWorld.Service("Rooster", "eu-app", ["p1"], pupils: 800);
    private static readonly Service Mail = TestWorld.Service("Mail", "us-app-nl", ["p2"], pupils: 600);
    private static readonly Service Login = TestWorld.Service("Login", "us-idp", ["p1"]);

    [Fact]
    public void TheFiguresOfASmallBoardAreCountedByHand()
    {
        var moves = new PlannedMove[]
        {
            new(Guid.NewGuid(), Mail.Id, "x", MoveState.Done), new(Guid.NewGuid(), Mail.Id, "y", MoveState.Planned), new(Guid.NewGuid(), Rooster.Id, "z", MoveState.Dropped),
        };

        var snapshot = Take(TestWorld.Board([Rooster, Mail]), Monday, moves: moves);

        // Mail's vendor belongs to US Corp (US: a foreign access law): 600 of the board's 1,000 pupils, and process p2
        // (criticality 3) of the supported p1 (5) and p2 (3).
        Assert.Equal(0.6, snapshot.Figures.PupilShareUnderForeignLaw, 9);
        Assert.Equal(3.0 / 8, snapshot.Figures.CriticalProcessShareUnderForeignLaw, 9);
        Assert.Equal([false, true], snapshot.Services.OrderBy(s => s.Name == "Mail").Select(s => s.UnderForeignLaw));
        Assert.Equal((2, 1, 1, 1, 0.5), (snapshot.Figures.Roadmap.Total, snapshot.Figures.Roadmap.Planned, snapshot.Figures.Roadmap.Done, snapshot.Figures.Roadmap.Dropped, snapshot.Figures.Roadmap.DoneShare));
        // Three criteria per service; A.open has no prefill, so it is unknown on both.
        Assert.Equal(6, snapshot.Figures.Answers);
        Assert.Equal(snapshot.Services.Sum(s => s.UnknownAnswers), snapshot.Figures.Report.UnknownAnswers);
        Assert.Equal((double)snapshot.Figures.Report.UnknownAnswers / 6, snapshot.Figures.UnknownShare, 9);
        Assert.All(snapshot.Services, s => Assert.Contains(s.Answers, a => a.Criterion == "A.open" && a.Option is null && a.Origin == AnswerOrigin.Unknown));
        Assert.Equal(["Mail", "Rooster"], snapshot.Figures.Report.ServiceNames);
        Assert.Equal(("800", "eu-app", "p1"), (snapshot.Services[1].Fields["pupils"], snapshot.Services[1].Fields["catalogProduct"], snapshot.Services[1].Fields["processes"]));
        // Two parents weighted by their processes' criticality, 5 : 3: 62.5² + 37.5².
        Assert.Equal(5312.5, snapshot.Figures.ParentHhi, 6);
        Assert.Equal(("test", "test-model", "p"), (snapshot.CatalogVersion, snapshot.ModelVersion, snapshot.Profile));
    }

    [Fact]
    public void ServicesAddedRemovedAndChangedAndTheScoreThatMovedSayWhy()
    {
        var before = Take(TestWorld.Board([Rooster, Mail]), Monday);
        var rooster = Rooster with { Pupils = 900, Overrides = [new AnswerOverride("A.open", 1, "contract")] };
        var processes = TestWorld.Processes.Select(p => p.Id == "p2" ? p with { Criticality = 4 } : p).ToList();
        var after = Take(TestWorld.Board([rooster, Login], new Dependency(Rooster.Id, DependencyKind.SignsInThrough, Login.Id)) with { Processes = processes }, Friday);

        var diff = SnapshotDiff.Compare(before, after, TestWorld.Model);

        Assert.Equal((Monday, Friday), (diff.From, diff.To));
        Assert.Equal(["Login"], diff.Added);
        Assert.Equal(["Mail"], diff.Removed);
        var changed = Assert.Single(diff.Changed);
        Assert.Equal("Rooster", changed.Name);
        Assert.Equal([new FieldChanged("pupils", "800", "900")], changed.Fields);
        var move = Assert.Single(diff.ScoresMoved);
        Assert.Equal("Rooster", move.Name);
        Assert.Contains(new FieldChanged("pupils", "800", "900"), move.Why);
        Assert.Contains(new EdgeChanged("Rooster", DependencyKind.SignsInThrough, "Login", Added: true), move.Why);
        var answer = Assert.Single(move.Why.OfType<AnswerChanged>());
        Assert.Equal(("A.open", null, "seal 4", AnswerOrigin.Board), (answer.Criterion, answer.Before, answer.After?.Nl, answer.Origin));
        Assert.Equal("A.open: onbekend → seal 4 (bestuur)", ReasonText.Render(answer, ReasonText.Dutch));
        Assert.Equal("A.open: unknown → seal 4 (board)", ReasonText.Render(answer, ReasonText.English));
        Assert.Equal([new EdgeChanged("Rooster", DependencyKind.SignsInThrough, "Login", Added: true)], diff.Edges);
        Assert.Equal([new ItemChanged(SnapshotPart.Process, "Proces 2", "criticality", "3", "4")], diff.Others);
        Assert.Equal("proces Proces 2, kritiekheid: 3 → 4", ReasonText.Render(diff.Others[0], ReasonText.Dutch));
        Assert.Equal(["Login"], diff.Figures.Added);
        Assert.Equal(after.Figures.Report.AverageScore - before.Figures.Report.AverageScore, diff.Figures.ScoreChange, 9);
    }

    [Fact]
    public void ASnapshotComparedWithItselfShowsNothing()
    {
        var snapshot = Take(TestWorld.Board([Rooster, Mail], new Dependency(Rooster.Id, DependencyKind.HostedOn, Mail.Id)), Monday);

        var diff = SnapshotDiff.Compare(snapshot, snapshot, TestWorld.Model);

        Assert.True(diff.NothingChanged);
        Assert.Equal(0, diff.Figures.ScoreChange);
    }

    [Fact]
    public void AScoreThatMovedWithoutAnyChangeOfItsOwnNamesTheWeightProfile()
    {
        var board = TestWorld.Board([Rooster]);

        var diff = SnapshotDiff.Compare(Take(board, Monday), Take(board, Friday, profile: "flat"), TestWorld.Model);

        var move = Assert.Single(diff.ScoresMoved);
        Assert.Equal([new ProfileChanged("p", "flat")], move.Why);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void AServiceStandingOnOneThatMovedSaysSo()
    {
        var host = TestWorld.Service("Host", "eu-app", ["p2"]);
        var app = TestWorld.Service("App", "eu-app", ["p1"]);
        var edge = new Dependency(app.Id, DependencyKind.HostedOn, host.Id);
        var before = Take(TestWorld.Board([host, app], edge), Monday);
        var after = Take(TestWorld.Board([host with { CatalogProductId = "us-app-nl" }, app], edge), Friday);

        var diff = SnapshotDiff.Compare(before, after, TestWorld.Model);

        var hostMove = diff.ScoresMoved.Single(m => m.Name == "Host");
        Assert.Contains(new FieldChanged("catalogProduct", "eu-app", "us-app-nl"), hostMove.Why);
        var appMove = diff.ScoresMoved.Single(m => m.Name == "App");
        Assert.Equal([new DependencyMoved("Host", hostMove.Before, hostMove.After)], appMove.Why);
    }

    [Fact]
    public void ASnapshotReadsBackAsItWasWrittenAndTheDemoBoardsIsWellUnderAMegabyte()
    {
        var snapshot = Take(DemoBoard.Create(ShippedData.Knowledge), Monday, ShippedData.Knowledge);

        var json = SnapshotJson.Write(snapshot);

        var read = SnapshotJson.Read(json);
        Assert.Equal(json, SnapshotJson.Write(read));
        Assert.True(json.Length < 1_000_000, $"{json.Length} bytes");
        // The landscape comes back whole, so the pages can analyse it again as of that day.
        Assert.NotNull(read.Landscape);
        Assert.Equal(snapshot.Landscape!.Services.Select(s => s.Name), read.Landscape.Services.Select(s => s.Name));
        Assert.Equal(snapshot.Landscape.Dependencies, read.Landscape.Dependencies);
        var again = BoardAssessor.Assess(read.Landscape, ShippedData.Knowledge);
        Assert.Equal(snapshot.Services.OrderBy(s => s.Id).Select(s => s.Score),
            again.Services.OrderBy(s => s.Service.Service.Id.Value).Select(s => Math.Round(s.Sovereignty.Score, 2)));
        Assert.Equal(snapshot.Figures.Report.AverageScore, SnapshotJson.ReadFigures(SnapshotJson.WriteFigures(snapshot.Figures)).Report.AverageScore);
    }

    [Fact]
    public void ADateWithoutASnapshotNamesTheDatesThatExist()
    {
        var reason = new NoSnapshotOn(new DateOnly(2026, 3, 12), [new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 14)]);

        Assert.Equal("Er is geen momentopname van 2026-03-12. Wel van: 2026-03-10, 2026-03-14.", ReasonText.Render(reason, ReasonText.Dutch));
        Assert.Equal("Er is geen momentopname van 2026-03-12: dit bestuur heeft nog geen momentopnamen.", ReasonText.Render(new NoSnapshotOn(new DateOnly(2026, 3, 12), []), ReasonText.Dutch));
    }
}
