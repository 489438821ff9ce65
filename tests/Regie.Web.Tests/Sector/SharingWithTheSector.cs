using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Knowledge;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Web.Features.Sharing;
using Regie.Web.Tests.Access;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.SectorSharing;

/// <summary>
/// A board shares its landscape with the sector only when its administrator says so (issue 15 point 3): off by default,
/// audited with the real user, revocable at once; sector analysts see the aggregates, never a board's rows.
/// </summary>
public sealed partial class SharingWithTheSector(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SharedSector Sector => app.SignInRequired.Services.GetRequiredService<SharedSector>();

    /// <summary>New boards with two catalog services each; the first <paramref name="sharing"/> share (set as the system would).</summary>
    private async Task<List<Guid>> BoardsAsync(int count, int sharing, string? province = null)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = await app.CreateBoardAsync($"Stichting Proef {i + 1}");
            await using var db = RegieDatabase.Create(app.Database, new FixedTenant(id, "test"));
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = $"Leerlingvolg {i}", CatalogProductId = "magister", ProcessKeys = ["leerlingvolgsysteem"], Pupils = 100 + i });
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = $"Rooster {i}", CatalogProductId = "zermelo", ProcessKeys = ["lesgeven"], Pupils = 200 + i, Staff = 20 });
            var organisation = await db.Organisations.SingleAsync(o => o.Id == id, Ct);
            organisation.SharesWithSector = i < sharing;
            organisation.Province = province;
            await db.SaveChangesAsync(Ct);
            ids.Add(id);
        }

        return ids;
    }

    private async Task<HttpClient> AnalystAsync()
    {
        await app.CreateUserAsync("analist@sivon.nl", false, sectorAnalyst: true);
        var client = app.AnonymousClient();
        await RegieApp.SignInAsync(client, "analist@sivon.nl");
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static int? Value(JsonElement figure) => figure.GetProperty("published").GetBoolean() ? figure.GetProperty("value").GetInt32() : null;

    [Fact]
    public async Task SharingIsOffByDefault()
    {
        var board = (await BoardsAsync(1, 0))[0];
        var admin = await app.SignedInClientAsync("beheer@proef.nl", board, BoardRole.BoardAdministrator);

        var sharing = await JsonAsync(admin, "/api/v1/board/sharing");

        Assert.False(sharing.GetProperty("sharesWithSector").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sharing.GetProperty("changedAt").ValueKind);
        var page = await admin.GetStringAsync("/sharing", Ct);
        Assert.DoesNotMatch("name=\"SharesWithSector\"[^>]*checked", page);
        Assert.False((await Sector.AnalysisAsync(Ct)).Picture(CellKey.All).Boards.IsPublished);
    }

    [Fact]
    public async Task TurningSharingOnAddsTheBoardAndTurningItOffTakesItOutOfEveryAggregateAtOnce()
    {
        var boards = await BoardsAsync(5, 4);
        var admin = await app.SignedInClientAsync("beheer@proef.nl", boards[4], BoardRole.BoardAdministrator);
        var analyst = await AnalystAsync();
        Assert.False((await JsonAsync(analyst, "/api/v1/sector/shared/picture")).GetProperty("boards").GetProperty("published").GetBoolean());

        var on = await admin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(true, "12345", "utrecht"), Ct);
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        var picture = await JsonAsync(analyst, "/api/v1/sector/shared/picture");
        Assert.Equal(5, Value(picture.GetProperty("boards")));
        Assert.Equal(5 * 30, Value(picture.GetProperty("staff")));
        var demand = await JsonAsync(analyst, "/api/v1/sector/shared/vraagmacht");
        Assert.Contains(demand.GetProperty("products").EnumerateArray(), p => p.GetProperty("id").GetString() == "magister" && Value(p.GetProperty("boards")) == 5);

        var off = await admin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(false, "12345", "Utrecht"), Ct);
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);

        // Four boards left: below k, so nothing is published any more, in the picture, the demand or the page.
        var after = await analyst.GetStringAsync("/api/v1/sector/shared/picture", Ct);
        Assert.DoesNotContain("\"published\":true", after);
        Assert.DoesNotContain("\"published\":true", await analyst.GetStringAsync("/api/v1/sector/shared/vraagmacht", Ct));
        Assert.Empty((await Sector.AnalysisAsync(Ct)).Vraagmacht().Products);
        var stored = await JsonAsync(admin, "/api/v1/board/sharing");
        Assert.Equal("Utrecht", stored.GetProperty("province").GetString());
        Assert.Equal("12345", stored.GetProperty("registerBoardNumber").GetString());
    }

    [Fact]
    public async Task ABoardThatStopsSharingWithdrawsTheReleaseItCountedIn()
    {
        var boards = await BoardsAsync(6, 6);
        Assert.Equal(6, ((Published<int>)(await Sector.AnalysisAsync(Ct)).Picture(CellKey.All).Boards).Value);
        var admin = await app.SignedInClientAsync("beheer@proef.nl", boards[0], BoardRole.BoardAdministrator);

        var off = await admin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(false, null, null), Ct);

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        // The release it counted in is withdrawn at once: five boards remain, but five against the six released would give the
        // sixth away by subtraction, so nothing is published until the release rule allows a new release.
        var now = await Sector.CurrentAsync(Ct);
        Assert.False(now.Published);
        Assert.IsType<ReleaseWithdrawn>(now.Why[0]);
        Assert.Equal(new TooFewBoardsChanged(1, 5, now.Why[0] is ReleaseWithdrawn w ? w.MadeOn : default), now.Why[1]);
        var picture = now.Analysis.Picture(CellKey.All);
        Assert.False(picture.Boards.IsPublished);
        Assert.False(picture.Staff.IsPublished);
        Assert.Empty(now.Analysis.Vraagmacht().Products);
    }

    [Fact]
    public async Task ANameSixBoardsTypedIsNamedNowhereInTheSectorAsTheSharingPageSays()
    {
        var boards = await BoardsAsync(6, 6);
        foreach (var board in boards)
        {
            await using var db = RegieDatabase.Create(app.Database, new FixedTenant(board, "test"));
            db.LocalCompanies.Add(new LocalCompanyEntity { Id = Guid.NewGuid(), Key = "eigen-ict-zuid", Name = "Eigen ICT Zuid", Country = "NL", ParentKey = "none" });
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Eigen portaal", VendorId = "eigen-ict-zuid", ProcessKeys = ["lesgeven"], Pupils = 300 });
            await db.SaveChangesAsync(Ct);
        }

        var analyst = await AnalystAsync();
        var admin = await app.SignedInClientAsync("beheer@proef.nl", boards[0], BoardRole.BoardAdministrator);

        var picture = await analyst.GetStringAsync("/api/v1/sector/shared/picture", Ct);
        var vraagmacht = await analyst.GetStringAsync("/api/v1/sector/shared/vraagmacht", Ct);
        var page = await admin.GetStringAsync("/sharing", Ct);

        Assert.Contains("\"published\":true", picture);
        Assert.Contains("Magister", picture + vraagmacht);
        Assert.DoesNotContain("Eigen ICT Zuid", picture + vraagmacht, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("eigen-ict-zuid", picture + vraagmacht, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("geen naam die u zelf hebt ingetypt", page);
        Assert.DoesNotContain("uw eigen producten, notities", page);
    }

    [Fact]
    public async Task TheSharingPageExplainsTheAnonymisationInPlainWordsWithALinkThatWorks()
    {
        var board = (await BoardsAsync(1, 0))[0];
        var admin = await app.SignedInClientAsync("beheer@proef.nl", board, BoardRole.BoardAdministrator);

        var page = await admin.GetStringAsync("/sharing", Ct);

        Assert.DoesNotContain("docs/", page);
        Assert.DoesNotContain(".md", page);
        Assert.Contains("href=\"#how-anonymised\"", page);
        Assert.Matches("<section[^>]*id=\"how-anonymised\"", page);
        Assert.Contains("minstens 5 besturen berust", page);
        Assert.Contains("telt mee vanaf de volgende sectoruitgave", page);
        Assert.Contains("hoogstens eens per 30 dagen", page);
    }

    [Fact]
    public async Task TurningSharingOnAndOffIsAuditedWithTheRealUser()
    {
        var board = (await BoardsAsync(1, 0))[0];
        var admin = await app.SignedInClientAsync("beheer@proef.nl", board, BoardRole.BoardAdministrator);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var before = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter]).MaxAsync(a => a.Id, Ct);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(true, null, null), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(false, null, null), Ct)).StatusCode);

        var entries = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(a => a.Id > before && a.OrganisationId == board && a.Entity == nameof(OrganisationEntity) && a.NewValues!.Contains("SharesWithSector"))
            .OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("beheer@proef.nl", e.Actor));
        Assert.Contains("\"SharesWithSector\":true", entries[0].NewValues);
        Assert.Contains("\"SharesWithSector\":false", entries[1].NewValues);
    }

    [Fact]
    public async Task ABoardReaderCannotTurnSharingOn()
    {
        var board = (await BoardsAsync(1, 0))[0];
        var reader = await app.SignedInClientAsync("lezer@proef.nl", board, BoardRole.Reader);
        var editor = await app.SignedInClientAsync("bewerker@proef.nl", board, BoardRole.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(true, null, null), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(true, null, null), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/sharing", Ct)).StatusCode);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.False((await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(o => o.Id == board, Ct)).SharesWithSector);
    }

    [Fact]
    public async Task AWrongBoardNumberOrProvinceStoresNothing()
    {
        var board = (await BoardsAsync(1, 0))[0];
        var admin = await app.SignedInClientAsync("beheer@proef.nl", board, BoardRole.BoardAdministrator);

        var number = await admin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(true, "12a45", null), Ct);
        var province = await admin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(true, null, "Atlantis"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, number.StatusCode);
        Assert.Contains("vijf cijfers", await number.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, province.StatusCode);
        Assert.Contains("Atlantis", await province.Content.ReadAsStringAsync(Ct));
        Assert.False((await JsonAsync(admin, "/api/v1/board/sharing")).GetProperty("sharesWithSector").GetBoolean());
    }

    [Fact]
    public async Task ASectorAnalystSeesThePictureButNoBoardsRows()
    {
        await BoardsAsync(5, 5);
        var analyst = await AnalystAsync();

        var page = await analyst.GetAsync("/sector/shared", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("Leerlingvolg 0", await page.Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain("Stichting Proef", await analyst.GetStringAsync("/api/v1/sector/shared/picture", Ct));

        // Every board endpoint the authorization test knows, by GET with its route values filled in: none lets the analyst in.
        var wrong = new List<string>();
        foreach (var (key, rule) in EveryEndpointHasARule.Rules.Where(r => r.Value.StartsWith("regie:board", StringComparison.Ordinal)))
        {
            var (method, route) = (key[..key.IndexOf(' ')], key[(key.IndexOf(' ') + 1)..]);
            if (method is not ("GET" or "PAGE"))
            {
                continue;
            }

            var url = RouteValue().Replace(route, m => m.Value.Contains(":guid") ? Guid.NewGuid().ToString() : "x");
            using var response = await analyst.GetAsync(url, Ct);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
            {
                wrong.Add($"{url} ({rule}): {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task NoSectorEndpointGivesTheAnalystASharingBoardsRows()
    {
        // Six sharing boards in Utrecht, the first one also a board of the public register, whose scan is stored.
        var boards = await BoardsAsync(6, 6, "Utrecht");
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var first = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(o => o.Id == boards[0], Ct);
            first.RegisterBoardNumber = "10001";
            await db.SaveChangesAsync(Ct);
        }

        await Regie.Web.Tests.SectorScan.SmallSector.SeedAsync(app.Database, Ct);
        var analyst = await AnalystAsync();
        var picture = await analyst.GetStringAsync("/api/v1/sector/shared/picture", Ct);
        Assert.Contains("\"published\":true", picture); // the aggregates are there: six boards share
        var cells = JsonDocument.Parse(picture).RootElement.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Contains("province=Utrecht", cells);

        // Every GET and page of the sector the authorization test knows, in every cell and every text format.
        var urls = new List<string>();
        foreach (var key in EveryEndpointHasARule.Rules.Keys)
        {
            var (method, route) = (key[..key.IndexOf(' ')], key[(key.IndexOf(' ') + 1)..]);
            if (method is not ("GET" or "PAGE") || !(route.StartsWith("/sector", StringComparison.Ordinal) || route.StartsWith("/api/v1/sector", StringComparison.Ordinal)))
            {
                continue;
            }

            var url = RouteValue().Replace(route, m => m.Value.Contains(":guid") ? Guid.NewGuid().ToString() : "10001");
            urls.Add(url);
            if (route.Contains("/shared", StringComparison.Ordinal))
            {
                urls.AddRange(cells.Select(c => $"{url}?cell={Uri.EscapeDataString(c)}"));
            }
        }

        urls.AddRange(["/api/v1/sector/summary?format=csv", "/api/v1/sector/boards?format=csv", "/sector?by=province", "/sector/boards?q=Proef"]);
        urls.AddRange(cells.Select(c => $"/api/v1/sector/shared/vraagmacht?format=csv&cell={Uri.EscapeDataString(c)}"));
        Assert.Contains("/sector/shared", urls);
        Assert.Contains("/api/v1/sector/boards/10001", urls);

        var organisations = boards.Select(b => b.ToString()).ToList();
        var leaks = new List<string>();
        foreach (var url in urls)
        {
            using var response = await analyst.GetAsync(url, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            if ((int)response.StatusCode >= 500 || BoardsOwnRow().IsMatch(body) || organisations.Any(o => body.Contains(o, StringComparison.OrdinalIgnoreCase)))
            {
                leaks.Add($"{url}: {(int)response.StatusCode} {BoardsOwnRow().Match(body).Value}");
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task TheSharedOpenQuestionsAreWordedAsTheQuestionnaireAsksThem()
    {
        await BoardsAsync(5, 5);
        var analyst = await AnalystAsync();
        var knowledge = app.SignInRequired.Services.GetRequiredService<RegieKnowledge>();
        var question = (await Sector.AnalysisAsync(Ct)).Vraagmacht().Questions
            .First(q => q.Boards.IsPublished && q.Question.CriterionId is not null).Question;
        var criterion = knowledge.Model.CriterionById[question.CriterionId!];

        var dutch = SharedQuestions(await analyst.GetStringAsync("/sector/shared", Ct));
        using (await analyst.GetAsync("/language/en?returnUrl=/sector/shared", Ct))
        {
        }

        var english = SharedQuestions(await analyst.GetStringAsync("/sector/shared", Ct));

        Assert.Contains(question.Key, dutch);
        Assert.Contains(criterion.Question.In("nl"), dutch);
        Assert.Contains(criterion.Question.In("en"), english);
        Assert.DoesNotContain(criterion.Question.In("nl"), english);

        // The API and the export word it the same way, so a buyer who downloads the list can send the questions as they are.
        var json = await analyst.GetStringAsync("/api/v1/sector/shared/vraagmacht", Ct);
        var asked = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("questions").EnumerateArray()
            .Single(q => q.GetProperty("question").GetString() == question.Key);
        Assert.Equal(criterion.Question.In("en"), asked.GetProperty("text").GetString());
        var csv = await analyst.GetStringAsync("/api/v1/sector/shared/vraagmacht?format=csv", Ct);
        Assert.Contains(criterion.Question.In("en"), csv);
        static string SharedQuestions(string page)
        {
            var start = page.IndexOf("<ol id=\"shared-questions\">", StringComparison.Ordinal);
            Assert.True(start >= 0, "the page lists the shared open questions");
            return System.Net.WebUtility.HtmlDecode(page[start..page.IndexOf("</ol>", start, StringComparison.Ordinal)]);
        }
    }

    [Fact]
    public async Task AnAnalystWithoutABoardIsShownTheWayToTheSectorNotToBoardPages()
    {
        var board = (await BoardsAsync(1, 1))[0];
        var analyst = await AnalystAsync();
        var reader = await app.SignedInClientAsync("lezer@proef.nl", board, BoardRole.Reader);

        using var home = await analyst.GetAsync("/", Ct); // where signing in lands
        var shared = await analyst.GetStringAsync("/sector/shared", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, home.StatusCode);
        var page = await home.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"analyst-without-board\"", page);
        Assert.Contains("href=\"/sector/shared\"", page);
        Assert.DoesNotContain("Uw rol bij dit bestuur", page);
        Assert.DoesNotContain("href=\"/services\"", shared);
        Assert.Contains("href=\"/sector\"", shared);
        // A board's own user still has the board's menu, and its 403 still speaks of its role.
        Assert.Contains("href=\"/services\"", await reader.GetStringAsync("/sector", Ct));
        Assert.Contains("Uw rol bij dit bestuur", await (await reader.GetAsync("/sharing", Ct)).Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("1", 2)] // never below 2: one board's figure is that board's
    public async Task KComesFromTheSettings(string setting, int k)
    {
        await BoardsAsync(3, 3);
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Regie:Sector:K", setting));
        var sector = host.Services.GetRequiredService<SharedSector>();

        var picture = (await sector.AnalysisAsync(Ct)).Picture(CellKey.All);

        Assert.Equal(k, sector.Rule.K);
        Assert.Equal(3, ((Published<int>)picture.Boards).Value); // three sharing boards: published from k = 3, withheld at the default 5
        Assert.False((await Sector.AnalysisAsync(Ct)).Picture(CellKey.All).Boards.IsPublished);
    }

    [Fact]
    public async Task ThePicturesFiguresAreTheSectorAnalysisOfTheSameBoards()
    {
        var boards = await BoardsAsync(6, 6);
        var analyst = await AnalystAsync();
        var knowledge = app.SignInRequired.Services.GetRequiredService<RegieKnowledge>();
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var landscapes = await db.LoadSectorLandscapesAsync(TimeProvider.System, boards, Ct);
        var expected = new SectorAnalysis([.. landscapes.Select(l => BoardContribution.Of(l, knowledge, new SharingProfile(null, null)))], new DisclosureRule(5))
            .Picture(CellKey.All);

        var picture = await JsonAsync(analyst, "/api/v1/sector/shared/picture?cell=all");

        Assert.Equal(((Published<int>)expected.Boards).Value, Value(picture.GetProperty("boards")));
        Assert.Equal(((Published<int>)expected.Pupils).Value, Value(picture.GetProperty("pupils")));
        var parties = picture.GetProperty("parties").EnumerateArray().ToDictionary(p => (p.GetProperty("kind").GetString(), p.GetProperty("id").GetString()));
        Assert.NotEmpty(expected.Parties);
        Assert.Equal(expected.Parties.Count, parties.Count);
        foreach (var party in expected.Parties)
        {
            var shown = parties[(party.Kind.ToString(), party.Id)];
            Assert.Equal(party.Pupils is Published<int> p ? p.Value : null, Value(shown.GetProperty("pupils")));
            Assert.Equal(((Published<int>)party.Boards).Value, Value(shown.GetProperty("boards")));
        }
    }

    [Fact]
    public async Task AWithheldCellShowsNoNumberInThePageOrTheApi()
    {
        await BoardsAsync(5, 5);
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var one = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).FirstAsync(o => o.SharesWithSector, Ct);
            one.Province = "Zeeland";
            await db.SaveChangesAsync(Ct);
        }

        var analyst = await AnalystAsync();

        var json = await analyst.GetStringAsync("/api/v1/sector/shared/picture?cell=province%3DZeeland", Ct);
        var page = await analyst.GetStringAsync("/sector/shared?cell=province%3DZeeland", Ct);

        Assert.DoesNotContain("\"published\":true", json);
        Assert.DoesNotMatch("\"value\":[0-9]", json);
        Assert.Contains("minder dan 5 besturen", json);
        Assert.Contains("niet getoond", page);
        Assert.Empty(FigureWithNumber().Matches(page));
        // The whole sector still shows: five boards.
        Assert.Matches("<summary>5</summary>", await analyst.GetStringAsync("/sector/shared", Ct));
    }

    [Fact]
    public async Task TheDashboardComparesTheBoardOnlyOnceKBoardsShare()
    {
        var boards = await BoardsAsync(5, 4);
        var reader = await app.SignedInClientAsync("lezer@proef.nl", boards[0], BoardRole.Reader);
        Assert.DoesNotContain("id=\"sector-benchmark\"", await reader.GetStringAsync("/", Ct));

        await using (var db = RegieDatabase.Create(app.Database, new FixedTenant(boards[4], "test")))
        {
            (await db.Organisations.SingleAsync(o => o.Id == boards[4], Ct)).SharesWithSector = true;
            await db.SaveChangesAsync(Ct);
        }

        var dashboard = await reader.GetStringAsync("/", Ct);
        Assert.Contains("id=\"sector-benchmark\"", dashboard);
        Assert.Contains("Uw bestuur naast de sector", dashboard);
        Assert.Matches("Cijfers van de sectoruitgave van [0-9]+ [a-z]+ [0-9]{4}", dashboard);
        // The row says what the share counts, and percentages are written as everywhere in the app: "42,9%", no space.
        Assert.Contains("<th>Diensten onder de minimumeis</th>", dashboard);
        Assert.DoesNotContain("Haalt de minimumeis niet", dashboard);
        Assert.Matches("<strong>[0-9]+,[0-9]%</strong>", dashboard);
        Assert.DoesNotMatch("[0-9] %", dashboard);
        var analyst = await AnalystAsync();
        var shared = await analyst.GetStringAsync("/sector/shared", Ct);
        Assert.Matches("<summary>[0-9]+,[0-9]%</summary>", shared);
        Assert.DoesNotMatch("[0-9] %", shared);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();

    /// <summary>What only a sharing board's own rows hold: its Regie name and its services' names.</summary>
    [GeneratedRegex(@"Stichting Proef [0-9]|Leerlingvolg [0-9]|Rooster [0-9]")]
    private static partial Regex BoardsOwnRow();

    [GeneratedRegex(@"<details class=""figure""><summary>[^<]*[0-9]")]
    private static partial Regex FigureWithNumber();
}
