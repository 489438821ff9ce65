using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.SectorScan;

/// <summary>
/// The sector scan's aggregates are for anyone signed in; one register board's results only for sector analysts, system
/// administrators and the members of the Regie board that says it is that register board. Everybody else gets 404.
/// </summary>
public sealed class WhoSeesABoardsScanResults(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> RegisterBoardAsync(string name, string number)
    {
        var board = await app.CreateBoardAsync(name);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(o => o.Id == board)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.RegisterBoardNumber, number), Ct);
        return board;
    }

    private static async Task<(HttpStatusCode Page, HttpStatusCode Api)> OpenAsync(HttpClient client, string number) =>
        ((await client.GetAsync($"/sector/boards/{number}", Ct)).StatusCode, (await client.GetAsync($"/api/v1/sector/boards/{number}", Ct)).StatusCode);

    [Fact]
    public async Task AnalystsAdministratorsAndTheBoardsOwnMembersSeeItNobodyElse()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var noord = await RegisterBoardAsync("Stichting Noord", "10001");
        var zuid = await RegisterBoardAsync("Stichting Zuid", "10002");
        var demo = await app.DemoBoardIdAsync();
        var analyst = await app.SignedInClientAsync("analist@sector.nl", demo, BoardRole.None);
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            await db.Users.Where(u => u.Email == "analist@sector.nl").ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSectorAnalyst, true), Ct);
        }

        var administrator = await app.SignedInClientAsync("beheer@regie.nl", demo, BoardRole.None, systemAdministrator: true);
        var ownReader = await app.SignedInClientAsync("lezer@noord.nl", noord, BoardRole.Reader);
        var otherEditor = await app.SignedInClientAsync("bewerker@zuid.nl", zuid, BoardRole.BoardAdministrator);
        var demoReader = await app.SignedInClientAsync("lezer@demo.nl", demo, BoardRole.Reader);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), await OpenAsync(analyst, "10001"));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), await OpenAsync(administrator, "10001"));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), await OpenAsync(ownReader, "10001"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), await OpenAsync(otherEditor, "10001"));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), await OpenAsync(otherEditor, "10002"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), await OpenAsync(demoReader, "10001"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), await OpenAsync(ownReader, "10002"));
        Assert.Contains("href=\"/sector/boards/10001\"", await ownReader.GetStringAsync("/sector", Ct));
        Assert.DoesNotContain("href=\"/sector/boards/", await demoReader.GetStringAsync("/sector", Ct));
        // A board number that is no register board looks the same to those who may see every board.
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), await OpenAsync(analyst, "99999"));
    }

    [Fact]
    public async Task TheAggregatesAreForAnyoneSignedInAndNobodyElse()
    {
        await SmallSector.SeedAsync(app.Database, Ct);
        var reader = await app.SignedInClientAsync("lezer@demo.nl", await app.DemoBoardIdAsync(), BoardRole.Reader);
        var nobody = app.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/sector", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/sector/summary?format=csv", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await nobody.GetAsync("/api/v1/sector/summary", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nobody.GetAsync("/sector", Ct)).StatusCode);
    }
}
