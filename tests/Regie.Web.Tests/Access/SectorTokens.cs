using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// A sector analyst's API token: made where users make tokens, shown once, stored hashed, audited, expiring and revocable;
/// it opens the sector's aggregates and never a board's rows, nor one register board's scan results.
/// </summary>
public sealed class SectorTokens(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient WithToken(string token)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpClient> AnalystAsync(string email = "analist@sector.nl", Guid? board = null, BoardRole role = BoardRole.None)
    {
        var client = await app.SignedInClientAsync(email, board ?? await app.DemoBoardIdAsync(), role);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSectorAnalyst, true), Ct);
        return client;
    }

    private static Task<HttpResponseMessage> MakeAsync(HttpClient client, object input) => client.PostAsJsonAsync("/api/v1/account/tokens", input, Ct);

    [Fact]
    public async Task AnAnalystsTokenIsShownOnceStoredAsItsHashAuditedAndReadsTheAggregates()
    {
        var analyst = await AnalystAsync();

        var response = await MakeAsync(analyst, new { name = "sectorrapport", scope = "SectorAggregates", days = 30 });
        var made = await response.Content.ReadFromJsonAsync<NewTokenDto>(RegieApp.Json, Ct);
        var listed = await analyst.GetStringAsync("/api/v1/account/tokens", Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(ApiTokenScope.SectorAggregates, made!.Scope);
        Assert.Null(made.OrganisationId);
        Assert.Equal(BoardRole.None, made.Role);
        Assert.DoesNotContain(made.Token, listed);
        Assert.Contains("SectorAggregates", listed);
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var stored = await db.ApiTokens.SingleAsync(Ct);
            Assert.Equal((ApiTokenScope.SectorAggregates, (Guid?)null, ApiTokenSecret.Hash(made.Token)), (stored.Scope, stored.OrganisationId, stored.SecretHash));
            Assert.InRange(stored.ExpiresAt - stored.CreatedAt, TimeSpan.FromDays(30), TimeSpan.FromDays(30));
            var audit = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.Entity == nameof(ApiTokenEntity)).ToListAsync(Ct);
            Assert.Equal("analist@sector.nl", Assert.Single(audit).Actor);
            Assert.DoesNotContain(made.Token, audit[0].NewValues ?? "");
        }

        var script = WithToken(made.Token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/sector/shared/picture", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/sector/shared/vraagmacht", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/sector/scans", Ct)).StatusCode);
    }

    [Fact]
    public async Task ASectorTokenNeverOpensABoardsRowsNorOneRegisterBoardsResults()
    {
        var demo = await app.DemoBoardIdAsync();
        // An analyst who is also a board administrator somewhere: the sector token still opens no board.
        var analyst = await AnalystAsync("analist@bestuur.nl", demo, BoardRole.BoardAdministrator);
        var made = await (await MakeAsync(analyst, new { name = "script", scope = "SectorAggregates", days = 30 })).Content.ReadFromJsonAsync<NewTokenDto>(RegieApp.Json, Ct);
        var script = WithToken(made!.Token);

        var services = await script.GetAsync("/api/v1/services", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, services.StatusCode);
        Assert.Contains("sectortoken", await services.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync("/api/v1/sector/boards", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync("/api/v1/board/sharing", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await script.GetAsync("/api/v1/sector/boards/12345", Ct)).StatusCode);
        using var named = new HttpRequestMessage(HttpMethod.Get, "/api/v1/services");
        named.Headers.Add("X-Regie-Organisation", demo.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await script.SendAsync(named, Ct)).StatusCode);
        // Nor does it make tokens.
        Assert.Equal(HttpStatusCode.BadRequest, (await MakeAsync(script, new { name = "nog een", role = "Reader", days = 30 })).StatusCode);
    }

    [Fact]
    public async Task OnlyASectorAnalystMakesOneAndItHasNoRole()
    {
        var demo = await app.DemoBoardIdAsync();
        var administrator = await app.SignedInClientAsync("beheer@bestuur.nl", demo, BoardRole.BoardAdministrator);
        var analyst = await AnalystAsync();

        var refused = await MakeAsync(administrator, new { name = "sector", scope = "SectorAggregates", days = 30 });
        var withRole = await MakeAsync(analyst, new { name = "sector", scope = "SectorAggregates", role = "Reader", days = 30 });
        var tooLong = await MakeAsync(analyst, new { name = "sector", scope = "SectorAggregates", days = 367 });
        var boardToken = await MakeAsync(analyst, new { name = "bestuur", role = "Reader", days = 30 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Alleen een sectoranalist", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("geen rol", await withRole.Content.ReadAsStringAsync(Ct));
        Assert.Contains("1 tot 366 dagen", await tooLong.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Kies eerst een bestuur", await boardToken.Content.ReadAsStringAsync(Ct));
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.Empty(await db.ApiTokens.ToListAsync(Ct));
    }

    [Fact]
    public async Task ARevokedExpiredOrDemotedSectorTokenOpensNothing()
    {
        var analyst = await AnalystAsync();
        var made = await (await MakeAsync(analyst, new { name = "script", scope = "SectorAggregates", days = 30 })).Content.ReadFromJsonAsync<NewTokenDto>(RegieApp.Json, Ct);
        var second = await (await MakeAsync(analyst, new { name = "tweede", scope = "SectorAggregates", days = 30 })).Content.ReadFromJsonAsync<NewTokenDto>(RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(made!.Token).GetAsync("/api/v1/sector/shared/picture", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await analyst.DeleteAsync($"/api/v1/account/tokens/{made.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(made.Token).GetAsync("/api/v1/sector/shared/picture", Ct)).StatusCode);

        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            await db.Users.Where(u => u.Email == "analist@sector.nl").ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSectorAnalyst, false), Ct);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await WithToken(second!.Token).GetAsync("/api/v1/sector/shared/picture", Ct)).StatusCode);

        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            await db.Users.Where(u => u.Email == "analist@sector.nl").ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSectorAnalyst, true), Ct);
            await db.ApiTokens.Where(t => t.Id == second.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)), Ct);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(second.Token).GetAsync("/api/v1/sector/shared/picture", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnAnalystsBoardTokenDoesNotOpenTheSector()
    {
        var demo = await app.DemoBoardIdAsync();
        var analyst = await AnalystAsync("analist@bestuur.nl", demo, BoardRole.Reader);
        var made = await (await MakeAsync(analyst, new { name = "bestuur", role = "Reader", days = 30 })).Content.ReadFromJsonAsync<NewTokenDto>(RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/sector/shared/picture", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(made!.Token).GetAsync("/api/v1/services", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WithToken(made.Token).GetAsync("/api/v1/sector/shared/picture", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheTokensPageMakesASectorTokenForAnAnalyst()
    {
        var analyst = await AnalystAsync();

        var page = await FormPost.SubmitAsync(analyst, "/account/tokens", "/account/tokens?handler=Create",
            [new("Scope", "SectorAggregates"), new("Name", "vanaf de pagina"), new("Days", "7")]);
        var html = await page.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"new-token\"", html);
        Assert.Contains("sectorcijfers (geen bestuur)", html);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var stored = await db.ApiTokens.SingleAsync(Ct);
        Assert.Equal((ApiTokenScope.SectorAggregates, BoardRole.None), (stored.Scope, stored.Role));
    }
}
