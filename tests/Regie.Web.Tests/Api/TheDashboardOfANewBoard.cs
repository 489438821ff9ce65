using Regie.Data;

namespace Regie.Web.Tests.Api;

/// <summary>
/// A board that has just been created: its dashboard counts in the right number and claims nothing about services it does
/// not have (no "all services meet the minimum", no average of 0 that reads as the worst score measured).
/// </summary>
public sealed class TheDashboardOfANewBoard(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEmptyBoardSaysItHasNoServicesAndShowsNoAverage()
    {
        var board = await app.CreateBoardAsync("Stichting Leeg", pupils: 1, staff: 1);
        var client = await app.SignedInClientAsync("lies@leeg.nl", board, BoardRole.Reader);

        var dutch = await client.GetStringAsync("/", Ct);

        Assert.Contains("Stichting Leeg — 1 leerling, 1 medewerker, ", dutch);
        Assert.Contains("Nog geen diensten: voeg ze toe of importeer ze.", dutch);
        Assert.DoesNotContain("voldoen eraan", dutch);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(dutch, "<span class=\"figure\">—</span>"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "regie-lang=en");
        var english = await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Stichting Leeg — 1 pupil, 1 staff member, ", english);
        Assert.Contains("No services yet: add or import them.", english);
    }

    [Fact]
    public async Task ABoardsCountsUseTheDutchThousandsSeparatorAndThePlural()
    {
        var board = await app.CreateBoardAsync("Stichting Groot", pupils: 12_345, staff: 1_020);
        var client = await app.SignedInClientAsync("gijs@groot.nl", board, BoardRole.Reader);

        Assert.Contains("Stichting Groot — 12.345 leerlingen, 1.020 medewerkers, ", await client.GetStringAsync("/", Ct));
    }
}
