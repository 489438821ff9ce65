using System.Net;
using System.Net.Http.Json;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>A user sees and opens only their own boards: naming another board by header or cookie never opens it.</summary>
public sealed class BoardsOfTheSignedInUser(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSwitcherListsOnlyTheUsersBoards()
    {
        var demo = await app.DemoBoardIdAsync();
        var own = await app.CreateBoardAsync("Stichting Eigen");
        var other = await app.CreateBoardAsync("Stichting Ander");
        await app.CreateUserAsync("anna@eigen.nl", false, (own, BoardRole.Editor), (demo, BoardRole.Reader));
        var client = app.AnonymousClient();
        await RegieApp.SignInAsync(client, "anna@eigen.nl");

        var html = await client.GetStringAsync("/services", Ct);

        Assert.Contains(own.ToString(), html);
        Assert.Contains(demo.ToString(), html);
        Assert.DoesNotContain(other.ToString(), html);
        Assert.DoesNotContain("Stichting Ander", html);
    }

    [Fact]
    public async Task AHeaderNamingAnotherBoardIsNotFoundAsIfItDidNotExist()
    {
        var demo = await app.DemoBoardIdAsync();
        var own = await app.CreateBoardAsync("Stichting Eigen");
        var client = await app.SignedInClientAsync("anna@eigen.nl", own, BoardRole.BoardAdministrator);
        client.DefaultRequestHeaders.Add("X-Regie-Organisation", demo.ToString());

        var response = await client.GetAsync("/api/v1/services", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Magister", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ACookieNamingAnotherBoardOpensTheUsersOwnBoardInstead()
    {
        var demo = await app.DemoBoardIdAsync();
        var own = await app.CreateBoardAsync("Stichting Eigen");
        var client = await app.SignedInClientAsync("anna@eigen.nl", own, BoardRole.Reader);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations");
        request.Headers.Add("Cookie", $"regie-org={demo}");
        var board = await (await client.SendAsync(request, Ct)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);

        Assert.Contains(own.ToString(), board.ToString());
        Assert.DoesNotContain(demo.ToString(), board.ToString());
    }

    [Fact]
    public async Task AUserWithoutABoardIsRefusedTheBoardsPagesButMaySeeTheirTokens()
    {
        var demo = await app.DemoBoardIdAsync();
        var client = await app.SignedInClientAsync("nieuw@bestuur.nl", demo, BoardRole.None);

        var page = await client.GetAsync("/services", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Uw rol bij dit bestuur staat dit niet toe.", await page.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/tokens", Ct)).StatusCode);
    }

    [Fact]
    public async Task ABoardAdministratorGivesAnExistingUserARoleOnTheirBoardOnly()
    {
        var demo = await app.DemoBoardIdAsync();
        var own = await app.CreateBoardAsync("Stichting Eigen");
        var admin = await app.SignedInClientAsync("beheer@eigen.nl", own, BoardRole.BoardAdministrator);
        await app.CreateUserAsync("piet@eigen.nl");

        var given = await admin.PutAsJsonAsync("/api/v1/organisations/current/members", new { email = "piet@eigen.nl", role = "Editor" }, Ct);
        var unknown = await admin.PutAsJsonAsync("/api/v1/organisations/current/members", new { email = "niemand@eigen.nl", role = "Editor" }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, given.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var piet = app.AnonymousClient();
        await RegieApp.SignInAsync(piet, "piet@eigen.nl");
        var boards = await piet.GetStringAsync("/services", Ct);
        Assert.Contains("Stichting Eigen", boards);
        Assert.DoesNotContain(demo.ToString(), boards);
    }
}
