using System.Net;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Scenarios;

public sealed class TheScenariosPage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private async Task<string> GetAsync(string path, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (language is not null)
        {
            request.Headers.Add("Cookie", $"regie-lang={language}");
        }

        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task WithoutAScenarioItShowsTheSweepAndTheChoices()
    {
        var html = await GetAsync("/scenarios");

        Assert.Contains("id=\"sweep-table\"", html);
        Assert.Contains("value=\"company:microsoft\"", html);
        Assert.Contains("value=\"country:us\"", html);
        Assert.DoesNotContain("id=\"affected-services\"", html);
    }

    [Fact]
    public async Task TheChoicesTheRunAndTheSweepNameBothCounts()
    {
        var html = await GetAsync("/scenarios?kind=unavailable&target=company:microsoft");

        Assert.Matches(@"Microsoft Corporation \(\d+ rechtstreeks · \d+ vallen uit incl\. afhankelijkheden\)", html);
        Assert.Contains("id=\"down-direct\"", html);
        Assert.Contains("diensten uitgevallen via afhankelijkheden", html);
        Assert.Contains("Vallen uit (incl. afhankelijkheden)", html);
    }

    [Fact]
    public async Task CompelledAccessInEnglishListsTheExposedPersonalData()
    {
        var html = await GetAsync("/scenarios?kind=compelled-access&target=US", "en");

        Assert.Contains("Personal data exposed", html);
        Assert.Contains("id=\"exposed-data\"", html);
        Assert.Contains("Magister", html);
    }

    [Fact]
    public async Task ACompanyIsNoGovernmentAndTheFieldSaysSo()
    {
        var html = await GetAsync("/scenarios?kind=compelled-access&target=company:microsoft");

        Assert.Contains("class=\"validation-summary\"", html);
        Assert.Contains("target:", html);
        Assert.DoesNotContain("id=\"affected-services\"", html);
    }
}
