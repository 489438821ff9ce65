using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Knowledge;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Web.Features.Sharing;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.SectorSharing;

/// <summary>The app with sign-in required and a clock the test moves, so that a release period can pass.</summary>
public sealed class SectorReleaseApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    public RegieApp App { get; } = new();
    public Questionnaires.QuestionnaireApp.MovableClock Clock { get; } = new();
    public WebApplicationFactory<Program> Web { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Web = App.SignInRequired.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
        return ValueTask.CompletedTask;
    }

    /// <summary>The seeded database again and the clock back at <see cref="Start"/>, for each test.</summary>
    public SectorReleaseApp Fresh()
    {
        App.Fresh(Web);
        Clock.Now = Start;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await App.DisposeAsync();
    }
}

/// <summary>
/// The shared figures over time (docs/SECTOR-DISCLOSURE.md, "Releases"): published as releases at most once per period and
/// only when the boards are the same or at least k changed, so two reads around one board joining or leaving never differ
/// by that board; a board that revokes withdraws the release at once; a restart keeps the release.
/// </summary>
public sealed class SectorReleasesOverTime(SectorReleaseApp fixture) : IClassFixture<SectorReleaseApp>
{
    private readonly SectorReleaseApp world = fixture.Fresh();

    private RegieApp App => world.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SharedSector Sector => world.Web.Services.GetRequiredService<SharedSector>();

    private static readonly DateOnly FirstDay = DateOnly.FromDateTime(SectorReleaseApp.Start.UtcDateTime);

    private async Task<List<Guid>> BoardsAsync(int count, bool sharing, int from = 0)
    {
        var ids = new List<Guid>();
        for (var i = from; i < from + count; i++)
        {
            var id = await App.CreateBoardAsync($"Stichting Tijd {i + 1}");
            await using var db = RegieDatabase.Create(App.Database, new FixedTenant(id, "test"));
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = $"Leerlingvolg {i}", CatalogProductId = "magister", ProcessKeys = ["leerlingvolgsysteem"], Pupils = 100 + (i * 7) });
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = $"Rooster {i}", CatalogProductId = "zermelo", ProcessKeys = ["lesgeven"], Pupils = 200 + (i * 3), Staff = 20 + i });
            (await db.Organisations.SingleAsync(o => o.Id == id, Ct)).SharesWithSector = sharing;
            await db.SaveChangesAsync(Ct);
            ids.Add(id);
        }

        return ids;
    }

    private async Task ShareAsync(Guid board, bool sharing)
    {
        await using var db = RegieDatabase.Create(App.Database, new FixedTenant(board, "beheer@tijd.nl"));
        var errors = await BoardSharing.SetAsync(db, board, sharing, null, null, world.Clock, Ct);
        Assert.Empty(errors);
    }

    private async Task<HttpClient> AnalystAsync()
    {
        if (!await UserExistsAsync("analist@sivon.nl"))
        {
            await App.CreateUserAsync("analist@sivon.nl", false, sectorAnalyst: true);
        }

        var client = world.Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await RegieApp.SignInAsync(client, "analist@sivon.nl");
        return client;
    }

    private async Task<bool> UserExistsAsync(string email)
    {
        await using var db = RegieDatabase.Create(App.Database, TenantContext.System);
        return await db.Users.AnyAsync(u => u.Email == email, Ct);
    }

    /// <summary>The figures an analyst reads (picture and vraagmacht of every cell), without the release's explanation.</summary>
    private static async Task<string> FiguresAsync(HttpClient analyst)
    {
        var parts = new List<string>();
        foreach (var url in new[] { "/api/v1/sector/shared/picture", "/api/v1/sector/shared/vraagmacht", "/api/v1/sector/shared/picture?cell=sector%3Dpo", "/api/v1/sector/shared/picture?cell=size%3DSmall" })
        {
            var response = await analyst.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
            json.Remove("release");
            parts.Add(json.ToJsonString());
        }

        return string.Join("\n", parts);
    }

    private async Task<List<SectorReleaseEntity>> ReleasesAsync()
    {
        await using var db = RegieDatabase.Create(App.Database, TenantContext.System);
        return await db.SectorReleases.OrderBy(r => r.MadeOn).ToListAsync(Ct);
    }

    [Fact]
    public async Task OneBoardJoiningChangesNoPublishedFigureEvenAfterThePeriod()
    {
        await BoardsAsync(5, sharing: true);
        var analyst = await AnalystAsync();
        var before = await FiguresAsync(analyst);
        Assert.Contains("\"published\":true", before);

        var joining = (await BoardsAsync(1, sharing: false, from: 5))[0];
        await ShareAsync(joining, true);
        var right = await FiguresAsync(analyst);
        world.Clock.Now = SectorReleaseApp.Start.AddDays(45);
        var later = await FiguresAsync(await AnalystAsync());

        // The attack: the board's contribution would be the difference of two reads. Both reads are the first release.
        Assert.Equal(before, right);
        Assert.Equal(before, later);
        Assert.Single(await ReleasesAsync());
        var release = await Sector.CurrentAsync(Ct);
        Assert.Equal(FirstDay, release.MadeOn);
        Assert.Equal(new TooFewBoardsChanged(1, 5, FirstDay), release.Why[^1]);
        var page = await (await AnalystAsync()).GetStringAsync("/sector/shared", Ct);
        Assert.Contains("Cijfers van de sectoruitgave van 6 december 2026.", page);
        Assert.Contains("sinds de uitgave van 6 december 2026 is 1 bestuur erbij gekomen of weggegaan", page);
        using var english = new HttpRequestMessage(HttpMethod.Get, "/sector/shared");
        english.Headers.Add("Cookie", "regie-lang=en");
        var englishPage = await (await (await AnalystAsync()).SendAsync(english, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Figures of the sector release of 6 December 2026.", englishPage);
        Assert.Contains("as a sector release: at most once per period", englishPage);
    }

    [Fact]
    public async Task KBoardsJoiningMakeTheNextReleaseOnlyAfterThePeriod()
    {
        await BoardsAsync(5, sharing: true);
        var first = await Sector.CurrentAsync(Ct);
        await BoardsAsync(5, sharing: true, from: 5);

        world.Clock.Now = SectorReleaseApp.Start.AddDays(29);
        var early = await Sector.CurrentAsync(Ct);
        world.Clock.Now = SectorReleaseApp.Start.AddDays(30);
        var due = await Sector.CurrentAsync(Ct);

        Assert.Same(first.Analysis, early.Analysis);
        Assert.Equal(new NextReleaseFrom(FirstDay.AddDays(30)), early.Why[^1]);
        Assert.Equal(FirstDay.AddDays(30), due.MadeOn);
        Assert.Equal(10, ((Published<int>)due.Analysis.Picture(CellKey.All).Boards).Value);
        Assert.Equal(5, ((Published<int>)first.Analysis.Picture(CellKey.All).Boards).Value);
        Assert.Equal(2, (await ReleasesAsync()).Count);
    }

    [Fact]
    public async Task ARevokedBoardWithdrawsTheReleaseAtOnceAndNothingIsPublishedUntilTheRuleAllows()
    {
        var boards = await BoardsAsync(6, sharing: true);
        var analyst = await AnalystAsync();
        Assert.Contains("\"published\":true", await FiguresAsync(analyst));
        await App.CreateUserAsync("lezer@tijd.nl", false, (boards[1], BoardRole.Reader));
        var reader = world.Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await RegieApp.SignInAsync(reader, "lezer@tijd.nl");

        await ShareAsync(boards[0], false);

        var picture = await analyst.GetStringAsync("/api/v1/sector/shared/picture", Ct);
        Assert.DoesNotContain("\"published\":true", picture);
        Assert.DoesNotContain("\"published\":true", await FiguresAsync(analyst));
        var release = JsonNode.Parse(picture)!["release"]!;
        Assert.Null(release["madeOn"]?.GetValue<string>());
        Assert.Equal("releaseWithdrawn", release["why"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("ingetrokken", release["why"]![0]!["text"]!.GetValue<string>());
        var page = await analyst.GetStringAsync("/sector/shared", Ct);
        Assert.Contains("De sectoruitgave van 6 december 2026 is op 6 december 2026 ingetrokken", page);
        Assert.DoesNotContain("id=\"parties\"", page);
        // The dashboard of a board still sharing: the reason, no comparison.
        var dashboard = await reader.GetStringAsync("/", Ct);
        Assert.Contains("id=\"sector-benchmark\"", dashboard);
        Assert.Contains("ingetrokken", dashboard);
        Assert.DoesNotContain("Vergelijkbare besturen", dashboard);

        // Months later five boards are left, one fewer than released: still nothing. Four more joining make five changes.
        world.Clock.Now = SectorReleaseApp.Start.AddDays(90);
        Assert.False((await Sector.CurrentAsync(Ct)).Published);
        await BoardsAsync(4, sharing: true, from: 6);
        var next = await Sector.CurrentAsync(Ct);
        Assert.Equal(FirstDay.AddDays(90), next.MadeOn);
        Assert.Equal(5 + 4, ((Published<int>)next.Analysis.Picture(CellKey.All).Boards).Value);
    }

    [Fact]
    public async Task MakingAndWithdrawingAReleaseAreAudited()
    {
        var boards = await BoardsAsync(5, sharing: true);
        await Sector.CurrentAsync(Ct);
        await ShareAsync(boards[3], false);
        await Sector.CurrentAsync(Ct);

        await using var db = RegieDatabase.Create(App.Database, TenantContext.System);
        var entries = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(a => a.Entity == nameof(SectorReleaseEntity)).OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal(["Added", "Modified"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("system:sectoruitgave", e.Actor));
        Assert.Contains("WithdrawnAt", entries[1].NewValues);
    }

    [Fact]
    public async Task TheSameBoardsAreReleasedAgainAfterThePeriodWithTheirNewData()
    {
        var boards = await BoardsAsync(5, sharing: true);
        static int PupilsOnMagister(SectorAnalysis analysis) =>
            analysis.Vraagmacht().Products.Where(p => p.ProductId == "magister").Select(p => ((Published<int>)p.Pupils).Value).Single();
        var before = PupilsOnMagister(await Sector.AnalysisAsync(Ct));

        await using (var db = RegieDatabase.Create(App.Database, new FixedTenant(boards[2], "test")))
        {
            (await db.Services.SingleAsync(s => s.CatalogProductId == "magister", Ct)).Pupils = 5_000;
            await db.SaveChangesAsync(Ct);
        }

        // Within the period the release stands as made; after it the same boards are released again with their new data.
        Assert.Equal(before, PupilsOnMagister(await Sector.AnalysisAsync(Ct)));
        world.Clock.Now = SectorReleaseApp.Start.AddDays(31);
        var next = await Sector.CurrentAsync(Ct);
        Assert.Equal(FirstDay.AddDays(31), next.MadeOn);
        Assert.Equal(before - (100 + (2 * 7)) + 5_000, PupilsOnMagister(next.Analysis));
    }

    [Fact]
    public async Task ARestartKeepsTheReleaseAndSaysWhenItsFiguresWereComputedAgain()
    {
        var boards = await BoardsAsync(5, sharing: true);
        var made = await Sector.CurrentAsync(Ct);
        await BoardsAsync(1, sharing: true, from: 5);

        // A new instance on the same database: no memory of the release but the stored one.
        SharedSector Restarted() => new(
            App.Database, world.Web.Services.GetRequiredService<Regie.Web.Infrastructure.KnowledgeOfTheDay>(), world.Clock, world.Web.Services.GetRequiredService<IConfiguration>());
        var again = await Restarted().CurrentAsync(Ct);

        Assert.Single(await ReleasesAsync());
        Assert.Equal(made.MadeOn, again.MadeOn);
        Assert.Equal(5, ((Published<int>)again.Analysis.Picture(CellKey.All).Boards).Value);
        Assert.DoesNotContain(again.Why, w => w is ReleaseRecomputed);
        Assert.Equal(
            made.Analysis.Vraagmacht().Products.Select(p => (p.ProductId, (p.Pupils as Published<int>)?.Value)),
            again.Analysis.Vraagmacht().Products.Select(p => (p.ProductId, (p.Pupils as Published<int>)?.Value)));

        await using (var db = RegieDatabase.Create(App.Database, new FixedTenant(boards[1], "test")))
        {
            (await db.Services.SingleAsync(s => s.CatalogProductId == "zermelo", Ct)).Staff = 99;
            await db.SaveChangesAsync(Ct);
        }

        var changed = await Restarted().CurrentAsync(Ct);
        Assert.Equal(made.MadeOn, changed.MadeOn);
        Assert.Contains(new ReleaseRecomputed(FirstDay), changed.Why);
        Assert.Single(await ReleasesAsync());
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabaseMakeOneReleaseADay()
    {
        await BoardsAsync(5, sharing: true);
        SharedSector Instance() => new(
            App.Database, world.Web.Services.GetRequiredService<Regie.Web.Infrastructure.KnowledgeOfTheDay>(), world.Clock, world.Web.Services.GetRequiredService<IConfiguration>());

        var both = await Task.WhenAll(Instance().CurrentAsync(Ct), Instance().CurrentAsync(Ct));

        Assert.Single(await ReleasesAsync());
        Assert.All(both, view => Assert.Equal(FirstDay, view.MadeOn));
    }
}
