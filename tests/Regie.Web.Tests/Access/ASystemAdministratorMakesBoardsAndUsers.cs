using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// Issue 13, point 3: a system administrator creates boards and users; a board administrator gives the user a role; the
/// new user then opens only that board. Nobody else may create either.
/// </summary>
public sealed class ASystemAdministratorMakesBoardsAndUsers(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string NewPassword = "zomerse regenbui boven het polderland";

    [Fact]
    public async Task ABoardAndAUserMadeThroughTheApiAreUsableAndTheUserSeesOnlyThatBoard()
    {
        var demo = await app.DemoBoardIdAsync();
        var admin = await app.SignedInClientAsync("systeem@bestuur.nl", demo, BoardRole.None, systemAdministrator: true);

        var created = await admin.PostAsJsonAsync("/api/v1/organisations", new { name = "Stichting Nieuw Begin", sectors = new[] { "Po" }, pupils = 120, staff = 14 }, RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var board = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var user = await admin.PostAsJsonAsync("/api/v1/users", new { email = "piet@nieuwbegin.nl", password = NewPassword, systemAdministrator = false }, RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, user.StatusCode);

        var member = new HttpRequestMessage(HttpMethod.Put, "/api/v1/organisations/current/members") { Content = JsonContent.Create(new { email = "piet@nieuwbegin.nl", role = "Editor" }, options: RegieApp.Json) };
        member.Headers.Add("X-Regie-Organisation", board.ToString());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(member, Ct)).StatusCode);

        var piet = app.AnonymousClient();
        await RegieApp.SignInAsync(piet, "piet@nieuwbegin.nl", NewPassword);
        var boards = await piet.GetStringAsync("/api/v1/organisations", Ct);
        Assert.Contains(board.ToString(), boards);
        Assert.DoesNotContain(demo.ToString(), boards);
        var page = await piet.GetStringAsync("/services", Ct);
        Assert.Contains("Stichting Nieuw Begin", page);
        Assert.DoesNotContain(demo.ToString(), page);
    }

    [Theory]
    [InlineData("beheer@bestuur.nl\u202E")]
    [InlineData("be\u0000heer@bestuur.nl")]
    [InlineData("beheer@\u2066bestuur.nl")]
    public async Task AnAddressWithAHiddenCharacterIsRefused(string email)
    {
        var demo = await app.DemoBoardIdAsync();
        var admin = await app.SignedInClientAsync("systeem@bestuur.nl", demo, BoardRole.None, systemAdministrator: true);

        var user = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = NewPassword, systemAdministrator = false }, RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, user.StatusCode);
        Assert.Contains("onzichtbaar stuurteken", await user.Content.ReadAsStringAsync(Ct));
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.False(await db.Users.AnyAsync(u => u.Email == email, Ct));
    }

    [Fact]
    public async Task ABoardAdministratorMayNotCreateBoardsOrUsers()
    {
        var demo = await app.DemoBoardIdAsync();
        var boardAdministrator = await app.SignedInClientAsync("bestuursbeheer@bestuur.nl", demo, BoardRole.BoardAdministrator);

        var board = await boardAdministrator.PostAsJsonAsync("/api/v1/organisations", new { name = "Stichting Stiekem", sectors = new[] { "Po" }, pupils = 10, staff = 2 }, RegieApp.Json, Ct);
        var user = await boardAdministrator.PostAsJsonAsync("/api/v1/users", new { email = "stiekem@bestuur.nl", password = NewPassword, systemAdministrator = true }, RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, board.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, user.StatusCode);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "stiekem@bestuur.nl", Ct));
        Assert.False(await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Name == "Stichting Stiekem", Ct));
    }
}
