using Microsoft.EntityFrameworkCore;
using Regie.Core.Graph;
using Regie.Core.History;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>
/// The board's history (docs/HISTORY.md): a daily snapshot after a change and never two a day, snapshots recorded on demand
/// with a label, stored and read back the same on both databases, and the report's "sinds de vorige rapportage" from them.
/// </summary>
public sealed class KeepingHistory(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly MovingClock clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    private RegieDbContext Open(DatabaseProvider provider, Guid board, string actor = "bestuurder@bestuur.nl") =>
        RegieDatabase.Create(storage.Settings(provider), new FixedTenant(board, actor), clock);

    private static async Task<SnapshotAnalysis> AnalyseAsync(RegieDbContext db, Guid board, TimeProvider time)
    {
        var landscape = await db.LoadLandscapeAsync(new OrganisationId(board), time, Ct);
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(landscape, Shipped, null, cache);
        return new SnapshotAnalysis(landscape, Shipped, assessment, BoardVerdict.For(landscape, Shipped, assessment, cache), DependencyAnalysis.Analyse(landscape, Shipped));
    }

    private async Task<bool> KeepDailyAsync(DatabaseProvider provider, Guid board)
    {
        await using var db = Open(provider, board, "lezer@bestuur.nl");
        return await db.KeepDailyAsync(board, Shipped.Catalog.Version, Shipped.Model.Version, () => AnalyseAsync(db, board, clock), clock, Ct);
    }

    private async Task AddServiceAsync(DatabaseProvider provider, Guid board, string name, string? product = null)
    {
        await using var db = Open(provider, board);
        db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = name, CatalogProductId = product, ProcessKeys = ["lesgeven"], Pupils = 300 });
        await db.SaveChangesAsync(Ct);
    }

    [Theory, OnBothDatabases]
    public async Task ADailySnapshotAppearsAfterAChangeAndNotTwiceADay(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider, "Stichting Dagelijks");
        await AddServiceAsync(provider, board, "Zermelo", "zermelo");

        Assert.True(await KeepDailyAsync(provider, board));
        Assert.False(await KeepDailyAsync(provider, board));
        clock.Advance(TimeSpan.FromHours(2));
        await AddServiceAsync(provider, board, "Magister", "magister");
        Assert.True(await KeepDailyAsync(provider, board));
        Assert.False(await KeepDailyAsync(provider, board));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.False(await KeepDailyAsync(provider, board));
        await AddServiceAsync(provider, board, "Eigen rooster");
        Assert.True(await KeepDailyAsync(provider, board));

        await using var db = Open(provider, board);
        var list = await db.ListSnapshotsAsync(board, Ct);
        Assert.Equal([(new DateOnly(2026, 12, 1), 2), (new DateOnly(2026, 12, 2), 3)], list.Select(s => (s.Date, s.Figures.Report.Services)));
        Assert.All(list, s => Assert.Equal((SnapshotKind.Daily, "", "lezer@bestuur.nl"), (s.Kind, s.Label, s.Actor)));
        var first = await db.LoadSnapshotAsync(board, new DateOnly(2026, 12, 1), Ct);
        Assert.Equal(["Magister", "Zermelo"], first!.Services.Select(s => s.Name));
    }

    [Theory, OnBothDatabases]
    public async Task ARecordedSnapshotComesBackAsItWasTaken(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider, "Stichting Vastleggen");
        await AddServiceAsync(provider, board, "Zermelo", "zermelo");
        await AddServiceAsync(provider, board, "Google Workspace", "google-workspace");
        await using var db = Open(provider, board, "secretaris@bestuur.nl");
        var analysis = await AnalyseAsync(db, board, clock);
        var taken = BoardSnapshot.Take(new SnapshotInputs(analysis.Landscape, Shipped, analysis.Assessment, analysis.Verdict, analysis.Graph, [], new DateOnly(2026, 12, 1)));

        var info = await db.RecordAsync(analysis, "  RvT 12 maart  ", clock, Ct);

        Assert.Equal((SnapshotKind.Recorded, "RvT 12 maart", "secretaris@bestuur.nl", new DateOnly(2026, 12, 1)), (info.Kind, info.Label, info.Actor, info.Date));
        Assert.True(info.StoredBytes < info.JsonBytes, $"gzip {info.StoredBytes} < json {info.JsonBytes}");
        await using var again = Open(provider, board);
        var read = await again.LoadSnapshotAsync(board, new DateOnly(2026, 12, 1), Ct);
        Assert.NotNull(read);
        Assert.Equal(SnapshotJson.Write(taken), SnapshotJson.Write(read));
        Assert.Equal(taken.Figures.Report.AverageScore, (await again.ListSnapshotsAsync(board, Ct)).Single().Figures.Report.AverageScore);
        var audit = await again.AuditEntries.SingleAsync(a => a.Entity == nameof(BoardSnapshotEntity), Ct);
        Assert.Contains("bytes, sha256", audit.NewValues);
        Assert.Null(await again.LoadSnapshotAsync(board, new DateOnly(2026, 11, 30), Ct));
    }

    [Theory, OnBothDatabases]
    public async Task TheReportSaysWhatChangedSinceTheLastRecordedSnapshot(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider, "Stichting Rapport");
        await AddServiceAsync(provider, board, "Zermelo", "zermelo");
        await using (var db = Open(provider, board))
        {
            await db.RecordAsync(await AnalyseAsync(db, board, clock), "RvT november", clock, Ct);
        }

        clock.Advance(TimeSpan.FromDays(3));
        Assert.True(await KeepDailyAsync(provider, board) is false);
        await AddServiceAsync(provider, board, "Google Workspace", "google-workspace");
        Assert.True(await KeepDailyAsync(provider, board));
        clock.Advance(TimeSpan.FromDays(1));

        await using var report = Open(provider, board);
        var landscape = await report.LoadLandscapeAsync(new OrganisationId(board), clock, Ct);
        var built = await report.LoadReportAsync(landscape, Shipped, null, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Ct);

        Assert.NotNull(built.SincePrevious);
        Assert.Equal(new DateOnly(2026, 12, 1), built.SincePrevious.Previous.Date);
        Assert.Equal(["Google Workspace"], built.SincePrevious.Added);
        Assert.Empty(built.SincePrevious.Removed);
    }

    private Task<int> SweepAsync(DatabaseProvider provider) =>
        Snapshots.KeepDailyForChangedBoardsAsync(storage.Settings(provider), Shipped, clock, "regie (dagelijkse momentopname)", Ct);

    private async Task<List<SnapshotInfo>> SnapshotsOfAsync(DatabaseProvider provider, Guid board)
    {
        await using var db = Open(provider, board);
        return [.. await db.ListSnapshotsAsync(board, Ct)];
    }

    [Theory, OnBothDatabases]
    public async Task ADayWithAChangeAndNoVisitGetsItsSnapshotFromTheSweep(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider, "Stichting Niemand Kijkt");
        await AddServiceAsync(provider, board, "Zermelo", "zermelo");
        await SweepAsync(provider);
        var afterFirst = await SnapshotsOfAsync(provider, board);

        // Nothing changed: the next sweep writes nothing for this board.
        clock.Advance(TimeSpan.FromDays(1));
        await SweepAsync(provider);
        var unchanged = await SnapshotsOfAsync(provider, board);

        var only = Assert.Single(afterFirst);
        Assert.Equal((new DateOnly(2026, 12, 1), SnapshotKind.Daily, 1, "regie (dagelijkse momentopname)"), (only.Date, only.Kind, only.Figures.Report.Services, only.Actor));
        Assert.Single(unchanged);
    }

    [Theory, OnBothDatabases]
    public async Task TwoChangesOnOneDayLeaveOneDailySnapshotWithTheLaterStateAndTheRecordedOneStands(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider, "Stichting Twee Wijzigingen");
        await AddServiceAsync(provider, board, "Zermelo", "zermelo");
        await SweepAsync(provider);
        await using (var db = Open(provider, board))
        {
            await db.RecordAsync(await AnalyseAsync(db, board, clock), "RvT", clock, Ct);
        }

        clock.Advance(TimeSpan.FromHours(3));
        await AddServiceAsync(provider, board, "Magister", "magister");
        await SweepAsync(provider);
        // The second change of the day, at 23:58, is noticed by the sweep after midnight: it still belongs to 1 December.
        clock.Advance(TimeSpan.FromHours(13) - TimeSpan.FromMinutes(2));
        await AddServiceAsync(provider, board, "Eigen rooster");
        clock.Advance(TimeSpan.FromMinutes(5));
        await SweepAsync(provider);

        var list = await SnapshotsOfAsync(provider, board);
        var daily = Assert.Single(list, s => s.Kind == SnapshotKind.Daily);
        var recorded = Assert.Single(list, s => s.Kind == SnapshotKind.Recorded);
        Assert.Equal((new DateOnly(2026, 12, 1), 3), (daily.Date, daily.Figures.Report.Services));
        Assert.Equal(("RvT", 1, new DateOnly(2026, 12, 1)), (recorded.Label, recorded.Figures.Report.Services, recorded.Date));
        Assert.Equal(2, list.Count);
    }

    private sealed class MovingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
