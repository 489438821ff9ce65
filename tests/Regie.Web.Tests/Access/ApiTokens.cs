using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>Personal API tokens: bound to a board and a role no higher than the owner's, shown once, stored hashed, revocable, expiring.</summary>
public sealed class ApiTokens(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient WithToken(string token)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task ATokenIsShownOnceStoredAsItsHashAndWorksOnTheApi()
    {
        var demo = await app.DemoBoardIdAsync();
        var user = await app.SignedInClientAsync("bewerker@bestuur.nl", demo, BoardRole.Editor);

        var made = await (await user.PostAsJsonAsync("/api/v1/account/tokens", new { name = "nachtelijke import", role = "Editor", days = 30 }, Ct))
            .Content.ReadFromJsonAsync<NewTokenDto>(RegieApp.Json, Ct);
        var listed = await user.GetStringAsync("/api/v1/account/tokens", Ct);

        Assert.StartsWith("regie_", made!.Token);
        Assert.DoesNotContain(made.Token, listed);
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var stored = await db.ApiTokens.SingleAsync(Ct);
            Assert.Equal(ApiTokenSecret.Hash(made.Token), stored.SecretHash);
            Assert.DoesNotContain(made.Token, string.Join(" ", await db.AuditEntries.IgnoreQueryFilters().Select(a => a.NewValues).ToListAsync(Ct)));
        }

        var created = await WithToken(made.Token).PostAsJsonAsync("/api/v1/companies", new { name = "Script BV", country = "NL" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var check = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.Contains(await check.AuditEntries.IgnoreQueryFilters().Where(a => a.Entity == nameof(LocalCompanyEntity)).Select(a => a.Actor).ToListAsync(Ct),
            actor => actor == $"bewerker@bestuur.nl token:{made.Id}");
    }

    [Fact]
    public async Task ATokenCannotCarryARoleAboveItsOwners()
    {
        var demo = await app.DemoBoardIdAsync();
        var reader = await app.SignedInClientAsync("lezer@bestuur.nl", demo, BoardRole.Reader);

        var response = await reader.PostAsJsonAsync("/api/v1/account/tokens", new { name = "te veel", role = "Editor", days = 30 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("niet hoger dan uw eigen rol", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ATokenNameWithAHiddenCharacterIsRefused()
    {
        var demo = await app.DemoBoardIdAsync();
        var user = await app.SignedInClientAsync("bewerker@bestuur.nl", demo, BoardRole.Editor);

        var response = await user.PostAsJsonAsync("/api/v1/account/tokens", new { name = "import\u202Etropmi", role = "Reader", days = 30 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("onzichtbaar stuurteken", await response.Content.ReadAsStringAsync(Ct));
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        Assert.False(await db.ApiTokens.AnyAsync(t => t.Name.StartsWith("import"), Ct));
    }

    [Fact]
    public async Task AReaderTokenReadsButDoesNotChange()
    {
        var demo = await app.DemoBoardIdAsync();
        var owner = await app.CreateUserAsync("bewerker@bestuur.nl", false, (demo, BoardRole.Editor));
        var client = WithToken(await app.CreateTokenAsync(owner, demo, BoardRole.Reader));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/companies", new { name = "Niet BV", country = "NL" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task ATokenLosesWhatItsOwnerLoses()
    {
        var demo = await app.DemoBoardIdAsync();
        var owner = await app.CreateUserAsync("bewerker@bestuur.nl", false, (demo, BoardRole.Editor));
        var client = WithToken(await app.CreateTokenAsync(owner, demo, BoardRole.Editor));
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            await db.Memberships.IgnoreQueryFilters().ExecuteUpdateAsync(m => m.SetProperty(x => x.Role, BoardRole.Reader), Ct);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/companies", new { name = "Niet BV", country = "NL" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task ARevokedExpiredOrUnknownTokenIsRefusedWith401()
    {
        var demo = await app.DemoBoardIdAsync();
        var user = await app.SignedInClientAsync("bewerker@bestuur.nl", demo, BoardRole.Editor);
        var made = await (await user.PostAsJsonAsync("/api/v1/account/tokens", new { name = "even", role = "Reader", days = 1 }, Ct))
            .Content.ReadFromJsonAsync<NewTokenDto>(RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(made!.Token).GetAsync("/api/v1/services", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await user.DeleteAsync($"/api/v1/account/tokens/{made.Id}", Ct)).StatusCode);
        var owner = await app.CreateUserAsync("ander@bestuur.nl", false, (demo, BoardRole.Editor));
        var expired = await app.CreateTokenAsync(owner, demo, BoardRole.Editor, TimeSpan.FromSeconds(-1));

        foreach (var token in new[] { made.Token, expired, "regie_onbekend" })
        {
            var response = await WithToken(token).GetAsync("/api/v1/services", Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task ATokenOpensOnlyItsOwnBoard()
    {
        var demo = await app.DemoBoardIdAsync();
        var own = await app.CreateBoardAsync("Stichting Eigen");
        var owner = await app.CreateUserAsync("bewerker@bestuur.nl", false, (demo, BoardRole.Editor), (own, BoardRole.Editor));
        var client = WithToken(await app.CreateTokenAsync(owner, own, BoardRole.Editor));
        client.DefaultRequestHeaders.Add("X-Regie-Organisation", demo.ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/services", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentDeclaresTheBearerScheme()
    {
        var demo = await app.DemoBoardIdAsync();
        var user = await app.SignedInClientAsync("lezer@bestuur.nl", demo, BoardRole.Reader);

        var document = await user.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json", Ct);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }
}
