using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regie.Core.Catalog;
using Regie.Web.Features.Parties;

namespace Regie.Web.Tests.Api;

public sealed class ValidationOfOwnParties(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task AnEmptyNameAndAnUnknownCountryAreRefusedNamingBothFieldsAndNothingIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var before = await CompaniesAsync(client);

        var response = await client.PostAsJsonAsync("/api/v1/companies", new { name = " ", country = "XX", parentKey = "none" }, ct);

        var errors = await ProblemAsync(response);
        Assert.Equal("Vul een naam in.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Land: 'XX' staat niet in de landenlijst van de catalogus. Kies een land of 'onbekend'.", errors.GetProperty("country")[0].GetString());
        Assert.Equal(before, await CompaniesAsync(client));
    }

    [Fact]
    public async Task AParentChainThatLoopsBackToTheCompanyIsRefusedAndTheOldParentStays()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var top = await OwnParties.AddCompanyAsync(client, "Kringloop Holding", "NL", Company.NoParent);
        var middle = await OwnParties.AddCompanyAsync(client, "Kringloop Software", "NL", top.Key);

        var response = await client.PutAsJsonAsync($"/api/v1/companies/{top.Key}", new { name = "Kringloop Holding", country = "NL", parentKey = middle.Key }, ct);

        var errors = await ProblemAsync(response);
        Assert.StartsWith("Dit moederbedrijf maakt een kring: Kringloop Holding → Kringloop Software → Kringloop Holding.", errors.GetProperty("parentKey")[0].GetString());
        var stored = (await client.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{top.Key}", RegieApp.Json, ct))!;
        Assert.Equal(Company.NoParent, stored.ParentKey);
    }

    [Fact]
    public async Task ACompanyCannotBeItsOwnParent()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var company = await OwnParties.AddCompanyAsync(client, "Zelfstandig B.V.", null, null);

        var response = await client.PutAsJsonAsync($"/api/v1/companies/{company.Key}", new { name = "Zelfstandig B.V.", parentKey = company.Key }, ct);

        Assert.StartsWith("Dit moederbedrijf maakt een kring: Zelfstandig B.V. → Zelfstandig B.V.", (await ProblemAsync(response)).GetProperty("parentKey")[0].GetString());
    }

    [Fact]
    public async Task ANameThatIsAlreadyInTheCatalogOrAlreadyTheBoardsIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        await OwnParties.AddCompanyAsync(client, "Dubbel B.V.", "NL", null);

        var catalog = await client.PostAsJsonAsync("/api/v1/companies", new { name = "Microsoft" }, ct);
        var twice = await client.PostAsJsonAsync("/api/v1/companies", new { name = "dubbel bv" }, ct);

        Assert.Contains("staat al in de catalogus", (await ProblemAsync(catalog)).GetProperty("name")[0].GetString());
        Assert.Equal("Naam: dit bestuur heeft al een eigen bedrijf 'Dubbel B.V.'.", (await ProblemAsync(twice)).GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task AProviderWithoutNameOrKindAndWithAnUnknownOwnerIsRefusedNamingEachField()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var before = (await client.GetFromJsonAsync<List<ProviderDto>>("/api/v1/providers", RegieApp.Json, ct))!.Count;

        var response = await client.PostAsJsonAsync("/api/v1/providers", new { name = "", companyKey = "bestaat-niet" }, ct);

        var errors = await ProblemAsync(response);
        Assert.Equal("Vul een naam in.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Eigenaar: 'bestaat-niet' is onbekend in de catalogus en bij dit bestuur.", errors.GetProperty("companyKey")[0].GetString());
        Assert.StartsWith("Soort: kies", errors.GetProperty("kind")[0].GetString());
        Assert.Equal(before, (await client.GetFromJsonAsync<List<ProviderDto>>("/api/v1/providers", RegieApp.Json, ct))!.Count);
    }

    [Fact]
    public async Task TheFormOnThePageRefusesAnEmptyNameInDutchAndStoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var before = await CompaniesAsync(client);

        var response = await FormPost.SubmitAsync(client, "/parties", "/parties?handler=Company",
            [new("Company.Name", ""), new("Company.Country", "NL"), new("Company.ParentKey", "none")]);

        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een naam in.", html);
        Assert.Contains("Er is niets opgeslagen.", html);
        Assert.Equal(before, await CompaniesAsync(client));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
    }

    private static async Task<int> CompaniesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<CompanyDto>>("/api/v1/companies", RegieApp.Json, TestContext.Current.CancellationToken))!.Count;
}
