using System.Net;

namespace Regie.Web.Tests.Api;

public sealed class DutchAndEnglishPages(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheDashboardSpeaksDutchByDefault()
    {
        var html = await app.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("Soevereiniteit van het bestuur", html);
        Assert.Contains("DEMO — fictieve gegevens", html);
        Assert.Contains("id=\"chart-scores\"", html);
        Assert.Contains("id=\"chart-concentration\"", html);
    }

    [Fact]
    public async Task TheLanguageCookieSwitchesTheDashboardToEnglish()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "regie-lang=en");

        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Sovereignty of the board", html);
        Assert.Contains("DEMO — fictitious data", html);
    }

    [Theory]
    [InlineData("/services")]
    [InlineData("/services?sort=urgency&desc=true&jurisdiction=non-eu&fail=true")]
    [InlineData("/services/create")]
    [InlineData("/processes")]
    public async Task EachScreenRenders(string path)
    {
        var response = await app.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheServicePageExplainsTheScore()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var magister = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Magister");

        var html = await client.GetStringAsync($"/services/{magister.Id}", ct);

        Assert.Contains("Soevereiniteitsscore", html);
        Assert.Contains("geërfd van", html);
        Assert.Contains("Bepalende criteria", html);
        Assert.Contains("U = K × R", html);
    }
}
