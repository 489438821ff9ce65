using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

/// <summary>
/// The dashboard's body is rendered once per analysis and language and kept with the board's analysis (issue 13, point 9):
/// each board's users get their own board's page from it, a change shows in the next page, and each language its own.
/// </summary>
public sealed partial class KeptPagesPerBoardAndLanguage(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private BoardAnalysisCache Cache => app.SignInRequired.Services.GetRequiredService<BoardAnalysisCache>();

    [Fact]
    public async Task UsersOfTwoBoardsEachGetTheirOwnBoardsDashboardFromTheKeptPages()
    {
        var kern = await app.CreateBoardAsync("Stichting Kern");
        var rand = await app.CreateBoardAsync("Stichting Rand");
        var anna = await app.SignedInClientAsync("anna@kern.nl", kern, BoardRole.Reader);
        var bram = await app.SignedInClientAsync("bram@rand.nl", rand, BoardRole.Reader);

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var annas = await anna.GetStringAsync("/", Ct);
            var brams = await bram.GetStringAsync("/", Ct);
            Assert.Equal("Stichting Kern", Lead(annas));
            Assert.Equal("Stichting Rand", Lead(brams));
            Assert.DoesNotContain("Stichting Rand", annas);
            Assert.DoesNotContain("Stichting Kern", brams);
        }

        // Both pages came from what each board keeps, not from one shared entry.
        Assert.True(Cache.Held(kern)!.Rendered.ContainsKey("html:dashboard:nl"));
        Assert.True(Cache.Held(rand)!.Rendered.ContainsKey("html:dashboard:nl"));
    }

    [Fact]
    public async Task AMemberOfTwoBoardsGetsTheBoardChosenInTheSwitcher()
    {
        var kern = await app.CreateBoardAsync("Stichting Kern");
        var rand = await app.CreateBoardAsync("Stichting Rand");
        await app.CreateUserAsync("carla@beide.nl", false, (kern, BoardRole.Reader), (rand, BoardRole.Editor));
        var carla = app.AnonymousClient();
        await RegieApp.SignInAsync(carla, "carla@beide.nl");

        Assert.Equal("Stichting Kern", Lead(await OpenAsync(carla, kern)));
        Assert.Equal("Stichting Rand", Lead(await OpenAsync(carla, rand)));
        Assert.Equal("Stichting Kern", Lead(await OpenAsync(carla, kern)));
    }

    [Fact]
    public async Task AServiceAddedAfterTheDashboardWasKeptShowsInTheNextDashboard()
    {
        var kern = await app.CreateBoardAsync("Stichting Kern");
        var user = await app.CreateUserAsync("dirk@kern.nl", false, (kern, BoardRole.Editor));
        var browser = app.AnonymousClient();
        await RegieApp.SignInAsync(browser, "dirk@kern.nl");
        var api = app.SignInRequired.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(user, kern, BoardRole.Editor));

        Assert.Equal(0, ServiceCount(await browser.GetStringAsync("/", Ct)));
        Assert.Equal(0, ServiceCount(await browser.GetStringAsync("/", Ct)));

        var created = await api.PostAsJsonAsync("/api/v1/services", new ServiceInput { Name = "Nieuwe leesapp", Pupils = 40 }, RegieApp.Json, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(1, ServiceCount(await browser.GetStringAsync("/", Ct)));
    }

    [Fact]
    public async Task TheServicesListIsKeptOnlyAsItOpensAndShowsAServiceAddedSince()
    {
        var kern = await app.CreateBoardAsync("Stichting Kern");
        var user = await app.CreateUserAsync("hanna@kern.nl", false, (kern, BoardRole.Editor));
        var browser = app.AnonymousClient();
        await RegieApp.SignInAsync(browser, "hanna@kern.nl");
        var api = app.SignInRequired.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(user, kern, BoardRole.Editor));
        Assert.Equal(System.Net.HttpStatusCode.Created,
            (await api.PostAsJsonAsync("/api/v1/services", new ServiceInput { Name = "Leesapp", Pupils = 40 }, RegieApp.Json, Ct)).StatusCode);

        Assert.Contains("Leesapp", await browser.GetStringAsync("/services", Ct));
        var searched = await browser.GetStringAsync("/services?q=lees", Ct);
        var nothing = await browser.GetStringAsync("/services?q=zzz", Ct);

        Assert.Contains("Leesapp", searched);
        Assert.DoesNotContain("Leesapp", nothing);
        // Only the list as it opens is kept: a search typed letter by letter must not fill the board's few kept answers.
        var kept = Cache.Held(kern)!.Rendered.Keys.Where(k => k.StartsWith("html:services", StringComparison.Ordinal)).ToList();
        Assert.Equal(["html:services:nl"], kept);

        Assert.Equal(System.Net.HttpStatusCode.Created,
            (await api.PostAsJsonAsync("/api/v1/services", new ServiceInput { Name = "Rekenapp", Pupils = 40 }, RegieApp.Json, Ct)).StatusCode);
        var after = await browser.GetStringAsync("/services", Ct);
        Assert.Contains("Rekenapp", after);
        Assert.Contains("Leesapp", after);
    }

    [Fact]
    public async Task EachLanguageGetsItsOwnKeptDashboard()
    {
        var kern = await app.CreateBoardAsync("Stichting Kern");
        var browser = await app.SignedInClientAsync("eva@kern.nl", kern, BoardRole.Reader);

        var dutch = await browser.GetStringAsync("/", Ct);
        var english = await InEnglishAsync(browser);
        var dutchAgain = await browser.GetStringAsync("/", Ct);

        Assert.Contains("<h1>Soevereiniteit van het bestuur</h1>", dutch);
        Assert.Contains("<h1>Sovereignty of the board</h1>", english);
        Assert.DoesNotContain("Soevereiniteit van het bestuur", english);
        Assert.Contains("<h1>Soevereiniteit van het bestuur</h1>", dutchAgain);
        Assert.DoesNotContain("Sovereignty of the board", dutchAgain);
    }

    [Fact]
    public async Task ThePrioritiesPageIsKeptWithoutAUsersTokenAndEachUserSavesWithTheirOwn()
    {
        var kern = await app.CreateBoardAsync("Stichting Kern");
        var fleur = await app.CreateUserAsync("fleur@kern.nl", false, (kern, BoardRole.Editor));
        await app.CreateUserAsync("gijs@kern.nl", false, (kern, BoardRole.Editor));
        var api = app.SignInRequired.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(fleur, kern, BoardRole.Editor));
        var created = await api.PostAsJsonAsync("/api/v1/services", new ServiceInput { Name = "Rekenapp", Pupils = 300 }, RegieApp.Json, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var service = (await created.Content.ReadFromJsonAsync<ServiceDto>(RegieApp.Json, Ct))!.Id;

        var first = app.AnonymousClient();
        await RegieApp.SignInAsync(first, "fleur@kern.nl");
        var second = app.AnonymousClient();
        await RegieApp.SignInAsync(second, "gijs@kern.nl");
        var firstPage = await first.GetStringAsync("/priorities", Ct);
        var secondPage = await second.GetStringAsync("/priorities", Ct);
        var (firstToken, secondToken) = (FormToken(firstPage), FormToken(secondPage));

        // The second page came from the kept fragment, yet carries the second user's own token, and the kept HTML neither.
        var kept = (string)Cache.Held(kern)!.Rendered["html:priorities:nl"];
        Assert.Contains("Rekenapp", kept);
        Assert.DoesNotContain(firstToken, kept);
        Assert.DoesNotContain(secondToken, kept);
        Assert.DoesNotContain(firstToken, secondPage);
        Assert.Contains("Rekenapp", secondPage);

        foreach (var (client, token, answer) in new[] { (second, secondToken, "Yes"), (first, firstToken, "Partly") })
        {
            var saved = await client.PostAsync("/priorities?handler=Mitigation", new FormUrlEncodedContent(
                [new("__RequestVerificationToken", token), new("serviceId", service.ToString()),
                 .. MitigationChecks.All.Select(f => new KeyValuePair<string, string>(f.Id, answer))]), Ct);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        }

        // The last save changed the board: the page is made again and shows it.
        Assert.Contains("0 ja, 6 deels van 6", await first.GetStringAsync("/priorities", Ct));
    }

    private static string FormToken(string html) => Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value is { Length: > 20 } token
        ? token
        : throw new InvalidOperationException("no antiforgery token on the page");

    private static async Task<string> OpenAsync(HttpClient client, Guid board)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"regie-org={board}");
        return await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
    }

    private static async Task<string> InEnglishAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "regie-lang=en");
        return await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The board's name as the dashboard's opening line states it (the header shows it too, outside the kept part).</summary>
    private static string Lead(string html) => LeadLine().Match(html) is { Success: true } m ? m.Groups[1].Value : "(geen regel)";

    private static int ServiceCount(string html) => int.Parse(ServicesCard().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<p class=\"lead\">([^<—]+?) —")]
    private static partial Regex LeadLine();

    [GeneratedRegex("<a class=\"card\" href=\"/services\"><span class=\"figure\">(\\d+)</span>")]
    private static partial Regex ServicesCard();
}
