using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Core.Catalog;

namespace Regie.Web.Tests.Api;

public sealed class ThePartiesPage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task ItListsTheBoardsOwnPartiesAndTheCatalogsInDutch()
    {
        var html = await app.CreateClient().GetStringAsync("/parties", TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("<h1>Leveranciers en hosting</h1>", html);
        Assert.Contains("href=\"/parties\" aria-current=\"page\"", html);
        Assert.Contains("Eigen leveranciers en moederbedrijven", html);
        Assert.Contains("Hosting Voorbeeld B.V. (fictief)", html);
        Assert.Contains("<td>datacentrum</td>", html);
        Assert.Contains("geen (zelf het moederbedrijf)", html);
        Assert.Contains("elk feit in Regie vermeldt waar het vandaan komt", html);
        Assert.Contains("Microsoft Corporation", html);
        Assert.Contains("<summary>Bedrijven in de catalogus (", html);
    }

    [Fact]
    public async Task ItSpeaksEnglishWithTheLanguageCookie()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/parties");
        request.Headers.Add("Cookie", "regie-lang=en");

        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Vendors and hosting</h1>", html);
        Assert.Contains("Own vendors and parent companies", html);
        Assert.Contains("none (it is the parent company itself)", html);
        Assert.Contains("<td>data centre</td>", html);
        Assert.DoesNotContain("Leveranciers en hosting", html);
    }

    [Fact]
    public async Task ADutchCompanyOfUnknownParentIsShownAsEuWithItsParentUnknownNotOutsideTheEu()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await FormPost.SubmitAsync(client, "/parties", "/parties?handler=Company",
        [
            new("Company.Name", "Leerling Online B.V."), new("Company.Country", "NL"), new("Company.ParentKey", ""), new("Company.Source", "KvK 2026"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync("/parties", ct);
        var row = html[html.IndexOf("id=\"bedrijf-leerling-online-bv\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("moederbedrijf onbekend; wel bekend: Nederland (EU/EER)", row);
        Assert.DoesNotContain("buiten de EU", row);
    }

    [Fact]
    public async Task ACompanyAddedThroughTheFormIsListedWithItsChainCountryAndSource()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await FormPost.SubmitAsync(client, "/parties", "/parties?handler=Company",
        [
            new("Company.Name", "Schoolportaal Zuid B.V."), new("Company.Country", "BE"),
            new("Company.ParentKey", "alphabet"), new("Company.Source", "Belgisch Staatsblad 2026"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync("/parties", ct);
        Assert.Contains("Opgeslagen.", html);
        Assert.Contains("<td>Schoolportaal Zuid B.V. → Alphabet Inc.</td>", html);
        Assert.Contains("België (BE)", html);
        Assert.Contains("Verenigde Staten (buiten de EU)", html);
        Assert.Contains("Belgisch Staatsblad 2026", html);

        var edit = await client.GetStringAsync("/parties?company=schoolportaal-zuid-bv", ct);
        Assert.Contains("Bedrijf bewerken: Schoolportaal Zuid B.V.", edit);
        Assert.Contains("value=\"BE\" selected=\"selected\"", edit);
    }

    [Fact]
    public async Task AProviderAddedThroughTheFormCanThenBeChosenForAService()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await FormPost.SubmitAsync(client, "/parties", "/parties?handler=Provider",
            [new("Provider.Name", "Rekencentrum West"), new("Provider.CompanyKey", "surf"), new("Provider.Kind", nameof(ProviderKind.Sector))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<td>sectorvoorziening</td>", await client.GetStringAsync("/parties", ct));
        Assert.Contains("<option value=\"provider:rekencentrum-west\">Rekencentrum West</option>", await client.GetStringAsync("/services/create", ct));
    }
}
