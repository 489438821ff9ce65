using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>The members page says so when a board has no members (laptop mode's demo board), instead of an empty table.</summary>
public sealed class TheMembersPage(RegieApp fixture) : IClassFixture<RegieApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABoardWithoutMembersSaysSoAndOneWithMembersListsThem()
    {
        var laptop = fixture.Fresh();
        var empty = await (await laptop.ClientFor(await laptop.DemoBoardIdAsync()).GetAsync("/members", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("id=\"no-members\"", empty);
        Assert.DoesNotContain("<table>", empty);

        var signedIn = fixture.Fresh(fixture.SignInRequired);
        var board = await signedIn.CreateBoardAsync("Stichting Leden");
        var administrator = await signedIn.SignedInClientAsync("beheer@leden.test", board, BoardRole.BoardAdministrator);
        var listed = await (await administrator.GetAsync("/members", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("id=\"no-members\"", listed);
        Assert.Contains("<td>beheer@leden.test</td>", listed);
    }
}
