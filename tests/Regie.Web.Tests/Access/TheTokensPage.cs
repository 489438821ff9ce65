using System.Net;
using System.Net.Http.Json;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>The tokens page says why laptop mode has no tokens and says so when there are none, instead of an empty table.</summary>
public sealed class TheTokensPage(RegieApp fixture) : IClassFixture<RegieApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LaptopModeSaysWhyThereAreNoTokensAndASignedInUserSeesTheTokensMade()
    {
        var laptop = fixture.Fresh();
        var page = await (await laptop.ClientFor(await laptop.DemoBoardIdAsync()).GetAsync("/account/tokens", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("id=\"laptop-tokens\"", page);
        Assert.Contains("id=\"no-tokens\"", page);
        Assert.DoesNotContain("<table>", page);

        var signedIn = fixture.Fresh(fixture.SignInRequired);
        var board = await signedIn.CreateBoardAsync("Stichting Tokens");
        var editor = await signedIn.SignedInClientAsync("ict@tokens.test", board, BoardRole.Editor);
        var before = await (await editor.GetAsync("/account/tokens", Ct)).Content.ReadAsStringAsync(Ct);
        var made = await editor.PostAsJsonAsync("/api/v1/account/tokens", new { name = "nachtelijke export", role = "Reader", days = 7 }, RegieApp.Json, Ct);
        var after = await (await editor.GetAsync("/account/tokens", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("id=\"laptop-tokens\"", before);
        Assert.Contains("id=\"no-tokens\"", before);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.DoesNotContain("id=\"no-tokens\"", after);
        Assert.Contains("<td>nachtelijke export</td>", after);
    }
}
