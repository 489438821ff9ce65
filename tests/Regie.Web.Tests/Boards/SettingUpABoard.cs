using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Dashboard;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Boards;

/// <summary>A board set up on the web (issue 12, point 7): the page and the API share one operation, and the switcher opens the new board.</summary>
public sealed partial class SettingUpABoard(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly KeyValuePair<string, string>[] GoodForm =
    [
        new("Name", "Stichting Nieuw Begin"),
        new("Sectors", "Po"),
        new("Sectors", "Vo"),
        new("SchoolsText", "naam;BRIN;sector;leerlingen\nDe Klimop;12ab;po;240\nHet Baken;34CD00;vo;850\n"),
        new("Staff", "95"),
        new("UseProcesses", "lesgeven"),
        new("UseProcesses", "e-mail"),
        new("UseProcesses", "website"),
        new("EssentialProcesses", "lesgeven"),
        new("EssentialProcesses", "website"),
    ];

    private async Task<List<OrganisationEntity>> BoardsAsync()
    {
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().ToListAsync(Ct);
    }

    private async Task<(List<SchoolEntity> Schools, List<ProcessEntity> Processes, List<AuditEntry> Audit)> RowsOfAsync(Guid board)
    {
        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(board, "test"));
        return (await db.Schools.AsNoTracking().ToListAsync(Ct), await db.Processes.AsNoTracking().ToListAsync(Ct), await db.AuditEntries.AsNoTracking().ToListAsync(Ct));
    }

    [Fact]
    public async Task ABoardMadeOnThePageHasItsSchoolsAndChosenProcessesAndTheSwitcherOpensIt()
    {
        var client = app.CreateClient();

        var response = await FormPost.SubmitAsync(client, "/boards/new", "/boards/new", GoodForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/import", response.RequestMessage!.RequestUri!.AbsolutePath);
        var board = Assert.Single(await BoardsAsync(), b => b.Name == "Stichting Nieuw Begin");
        Assert.Equal([Sector.Po, Sector.Vo], board.Sectors);
        Assert.Equal(240 + 850, board.Pupils);
        Assert.Equal(95, board.Staff);
        var (schools, processes, audit) = await RowsOfAsync(board.Id);
        Assert.Equal(["12AB", "34CD00"], schools.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Brin));
        Assert.Equal(["e-mail", "lesgeven", "website"], processes.Select(p => p.Key).Order());
        Assert.False(processes.Single(p => p.Key == "e-mail").Essential);
        Assert.True(processes.Single(p => p.Key == "website").Essential);
        Assert.Contains(audit, a => a.Entity == nameof(OrganisationEntity) && a.Action == "Added" && a.Actor == "web");
        Assert.Equal(1 + 2 + 3, audit.Count);

        // The cookie set on creation opens the new board on every page that follows.
        var dashboard = await client.GetStringAsync("/", Ct);
        Assert.Contains("<span class=\"board-name\" title=\"Schoolbestuur\">Stichting Nieuw Begin</span>", dashboard);
        Assert.Matches($"<option value=\"{board.Id}\" selected=\"selected\">", dashboard);
    }

    [Fact]
    public async Task ThePageNamesEveryWrongFieldAndStoresNothing()
    {
        var before = (await BoardsAsync()).Count;

        var response = await FormPost.SubmitAsync(app.CreateClient(), "/boards/new", "/boards/new",
        [
            new("Name", "  "),
            new("SchoolsText", "De Klimop;12A;po;240\nHet Baken;34CD;pabo;-3"),
            new("Staff", "-1"),
        ]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Naam: vul de naam van het schoolbestuur in.", html);
        Assert.Contains("Sectoren: kies minstens één sector (po, vo, so of mbo).", html);
        Assert.Contains("Scholen, regel 1: BRIN: '12A' is geen BRIN-nummer", html);
        Assert.Contains("Scholen, regel 2: sector: 'pabo' is geen sector; kies po, vo, so of mbo.", html);
        Assert.Contains("Scholen, regel 2: leerlingen: '-3' is geen heel getal van 0 of meer.", html);
        Assert.Contains("Aantal medewerkers moet een heel getal van 0 of meer zijn.", html);
        Assert.Contains("Er is niets opgeslagen.", html);
        Assert.Equal(before, (await BoardsAsync()).Count);
    }

    [Fact]
    public async Task TheApiCreatesABoardThatItsIdThenOpens()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/organisations", new
        {
            name = "Stichting Via De API",
            sectors = new[] { "So" },
            pupils = 300,
            staff = 60,
            schools = new[] { new { name = "De Regenboog", brin = "56EF", sector = "so", pupils = 300 } },
            processes = new[] { new { key = "lesgeven", essential = (bool?)null }, new { key = "hr", essential = (bool?)true } },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<OrganisationDto>(RegieApp.Json, Ct))!;
        Assert.Equal("Stichting Via De API", created.Name);
        Assert.False(created.IsDemo);
        var (schools, processes, audit) = await RowsOfAsync(created.Id);
        Assert.Equal("56EF", Assert.Single(schools).Brin);
        Assert.True(processes.Single(p => p.Key == "lesgeven").Essential); // the template's own choice
        Assert.True(processes.Single(p => p.Key == "hr").Essential);       // chosen against the template
        Assert.Equal(2, processes.Count);
        Assert.All(audit, a => Assert.Equal("web", a.Actor));

        var opened = await app.ClientFor(created.Id).GetFromJsonAsync<List<OrganisationDto>>("/api/v1/organisations", RegieApp.Json, Ct);
        Assert.Equal(created.Id, Assert.Single(opened!).Id);
    }

    [Fact]
    public async Task TheApiNamesEveryWrongFieldAndStoresNothing()
    {
        var before = (await BoardsAsync()).Count;

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/organisations", new
        {
            name = "stichting voorbeeld onderwijs (DEMO)",
            sectors = new[] { "Po" },
            pupils = -1,
            schools = new[] { new { name = "", brin = "12AB", sector = "po", pupils = 10 }, new { name = "B", brin = "12ab", sector = "po", pupils = 10 },
                new { name = "C", brin = "", sector = "xx", pupils = 10 } },
            processes = new[] { new { key = "zwemmen" } },
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("Naam: er is al een schoolbestuur 'stichting voorbeeld onderwijs (DEMO)'.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Aantal leerlingen moet een heel getal van 0 of meer zijn.", errors.GetProperty("pupils")[0].GetString());
        Assert.Equal("School 1, naam: vul de naam van de school in.", errors.GetProperty("schools[0].name")[0].GetString());
        Assert.Equal("School 3 (C), sector: 'xx' is geen sector; kies po, vo, so of mbo.", errors.GetProperty("schools[2].sector")[0].GetString());
        Assert.Equal("School 2 (B), BRIN: 12AB staat al bij school 1.", errors.GetProperty("schools[1].brin")[0].GetString());
        Assert.StartsWith("Processen: 'zwemmen' is geen proces uit de sjablonen", errors.GetProperty("processes")[0].GetString());
        Assert.Equal(before, (await BoardsAsync()).Count);
    }

    [Fact]
    public async Task CreatingABoardDoesNotChangeTheBoardAVisitorWithoutAChoiceOpens()
    {
        await FormPost.SubmitAsync(app.CreateClient(), "/boards/new", "/boards/new", GoodForm);
        await app.CreateBoardAsync("Aaa Eerder Op Naam");

        var visitor = await app.CreateClient().GetFromJsonAsync<List<OrganisationDto>>("/api/v1/organisations", RegieApp.Json, Ct);

        Assert.True(Assert.Single(visitor!).IsDemo);
    }

    [Fact]
    public async Task TheBoardNamedInTheConfigurationIsWhereAVisitorWithoutAChoiceLands()
    {
        var configured = await app.CreateBoardAsync("Stichting Geconfigureerd");
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Regie:Board", configured.ToString()));

        var visitor = await host.CreateClient().GetFromJsonAsync<List<OrganisationDto>>("/api/v1/organisations", RegieApp.Json, Ct);

        Assert.Equal(configured, Assert.Single(visitor!).Id);
    }

    [Fact]
    public async Task TheDemoBoardIsLabelledOnceInTheSwitcher()
    {
        await app.CreateBoardAsync("Stichting Tweede Bestuur");

        var html = await app.CreateClient().GetStringAsync("/", Ct);

        var options = SwitcherOption().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, options.Count);
        Assert.Contains("Stichting Voorbeeld Onderwijs (demo)", options);
        Assert.Single(options, o => o.Contains("(demo)", StringComparison.Ordinal));
        Assert.Single(DemoMark().Matches(string.Join(" ", options)));
    }

    [Fact]
    public async Task TheMainMenuLeadsToTheImportAndTheHeaderToANewBoard()
    {
        var html = await app.CreateClient().GetStringAsync("/services", Ct);

        var nav = NavBlock().Match(html).Value;
        Assert.Contains("<a href=\"/import\" aria-current=\"false\">Importeren</a>", nav);
        Assert.Contains("href=\"/boards/new\"", html);
        Assert.Contains("<a href=\"/import\" aria-current=\"page\">Importeren</a>", await app.CreateClient().GetStringAsync("/import", Ct));
    }

    [GeneratedRegex("<option value=\"[0-9a-f-]{36}\"[^>]*>([^<]*)</option>")]
    private static partial Regex SwitcherOption();

    [GeneratedRegex(@"\(demo\)")]
    private static partial Regex DemoMark();

    [GeneratedRegex("<nav aria-label=\"Hoofdmenu\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex NavBlock();
}
