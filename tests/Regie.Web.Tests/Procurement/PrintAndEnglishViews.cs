using System.Net.Http.Json;
using Regie.Web.Features.Procurement;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Procurement;

public sealed class PrintAndEnglishViews(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static async Task<string> GetAsync(HttpClient client, string url, bool english = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (english)
        {
            request.Headers.Add("Cookie", "regie-lang=en");
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ThePrintViewsShowThePlanAndTheRequirementsWithoutTheForms()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var magister = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Magister").Id;
        var tender = (await (await client.PostAsJsonAsync("/api/v1/procurement/tenders", new TenderRequest("Print", "leerlingadministratie"), RegieApp.Json, ct))
            .Content.ReadFromJsonAsync<TenderDto>(RegieApp.Json, ct))!;

        var plan = await GetAsync(client, $"/services/{magister}/exit-plan?print=true");
        var requirements = await GetAsync(client, $"/procurement/{tender.Id}?print=true");

        Assert.Contains("Inventariseren", plan);
        Assert.DoesNotContain("Exitplan bewerken", plan);
        Assert.Contains(tender.Requirements[0].Text, requirements);
        Assert.DoesNotContain("Antwoorden invoeren", requirements);
    }

    [Fact]
    public async Task TheProcurementAndExitPlanScreensSpeakEnglishWithTheLanguageCookie()
    {
        var client = app.CreateClient();
        var magister = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Magister").Id;

        Assert.Contains("New tender", await GetAsync(client, "/procurement", english: true));
        Assert.Contains("Edit exit plan", await GetAsync(client, $"/services/{magister}/exit-plan", english: true));
    }
}
