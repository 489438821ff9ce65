using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Planning;

public sealed class PlanningPagesInEnglish(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private async Task<string> EnglishAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", "regie-lang=en");
        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ThePrioritiesRoadmapAndAlternativesPagesSpeakEnglishWhenAsked()
    {
        var entra = await ServiceIdAsync(app, app.CreateClient(), "Microsoft Entra ID");

        Assert.Contains("Where do we start?", await EnglishAsync("/priorities"));
        Assert.Contains("Moves per quarter", await EnglishAsync("/roadmap"));
        var alternatives = await EnglishAsync($"/services/{entra}/alternatives");
        Assert.Contains("Choose this alternative", alternatives);
        Assert.Contains("Side by side", alternatives);
    }
}
