using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Hardening;

/// <summary>Money and counts in a range a board can have, and names without hidden characters: in the API, the forms and the imports.</summary>
public sealed class SaneValuesEverywhere(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAbsurdCostAndAMillionsOfPupilsAreRefusedNamingTheFieldAndNothingIsStored()
    {
        var client = app.CreateClient();
        var before = (await app.ServicesAsync(client)).Count;

        var response = await client.PostAsync("/api/v1/services", new StringContent(
            """{"name":"Duur","processes":["lesgeven"],"annualCost":79228162514264337593543950335,"pupils":2000000,"staff":1000001}""",
            System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("Jaarlijkse kosten: vul een bedrag in van 0 tot en met 100.000.000 euro.", errors.GetProperty("annualCost")[0].GetString());
        Assert.Equal("Aantal leerlingen moet een heel getal van 0 tot en met 1.000.000 zijn.", errors.GetProperty("pupils")[0].GetString());
        Assert.Equal("Aantal medewerkers moet een heel getal van 0 tot en met 1.000.000 zijn.", errors.GetProperty("staff")[0].GetString());
        Assert.Equal(before, (await app.ServicesAsync(client)).Count);
    }

    [Fact]
    public async Task TheLargestAllowedCostStillGivesAPriceRiseScenario()
    {
        var created = await app.CreateClient().PostAsJsonAsync("/api/v1/services",
            new { name = "Duurste contract", processes = new[] { "lesgeven" }, catalogProductId = "magister", annualCost = 100_000_000m }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var scenario = await app.CreateClient().PostAsJsonAsync("/api/v1/scenarios/run", new { kind = "price-rise", target = "product:magister", percent = 1000 }, Ct);
        Assert.True(scenario.StatusCode == HttpStatusCode.OK, await scenario.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("Magister\u202Egnp.exe")]
    [InlineData("Nul\u0000teken")]
    [InlineData("\u2066Somtoday\u2069")]
    [InlineData("Links\u200Frechts")]
    public async Task ANameWithAHiddenCharacterIsRefusedForServicesPartiesAndBoards(string name)
    {
        var client = app.CreateClient();
        const string hidden = "Naam: de naam bevat een onzichtbaar stuurteken (zoals NUL of een teken dat de leesrichting omdraait); typ de naam opnieuw.";

        var service = await client.PostAsJsonAsync("/api/v1/services", new { name, processes = new[] { "lesgeven" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, service.StatusCode);
        Assert.Equal(hidden, (await service.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("name")[0].GetString());

        var company = await client.PostAsJsonAsync("/api/v1/companies", new { name }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, company.StatusCode);
        Assert.Equal(hidden, (await company.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("name")[0].GetString());

        var board = await client.PostAsJsonAsync("/api/v1/organisations", new { name, sectors = new[] { "Po" }, pupils = 10, staff = 2 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, board.StatusCode);
        Assert.Equal(hidden, (await board.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("name")[0].GetString());

        Assert.DoesNotContain(await app.ServicesAsync(client), s => s.Name.Contains(name.Trim('\u2066', '\u2069'), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheServiceFormRefusesTheSameWithTheSameWords()
    {
        var client = app.CreateClient();
        var response = await FormPost.SubmitAsync(client, "/services/create", "/services/create",
            [new("Input.Name", "Magister\u202Egnp.exe"), new("Input.Processes", "lesgeven"), new("Input.AnnualCost", "79228162514264337593543950335")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("de naam bevat een onzichtbaar stuurteken", html);
        Assert.Contains("Jaarlijkse kosten: vul een bedrag in van 0 tot en met 100.000.000 euro.", html);
    }

    [Fact]
    public async Task AValueAFieldCannotHoldIsRefusedInThePagesLanguageAndTheFormCarriesNoEnglishMessages()
    {
        var client = app.CreateClient();
        var form = await client.GetStringAsync("/services/create", Ct);
        Assert.DoesNotContain("data-val", form); // no client validator: the framework's English messages stay out of the page

        var response = await FormPost.SubmitAsync(client, "/services/create", "/services/create",
            [new("Input.Name", "Roosterpakket"), new("Input.Processes", "lesgeven"), new("Input.ContractEnd", "morgen")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'morgen' is geen geldige waarde.", html);
        Assert.DoesNotContain("is not valid", html);
        Assert.DoesNotContain(await app.ServicesAsync(client), s => s.Name == "Roosterpakket");

        client.DefaultRequestHeaders.Add("Cookie", "regie-lang=en");
        var english = WebUtility.HtmlDecode(await (await FormPost.SubmitAsync(client, "/services/create", "/services/create",
            [new("Input.Name", "Roosterpakket"), new("Input.Processes", "lesgeven"), new("Input.ContractEnd", "morgen")])).Content.ReadAsStringAsync(Ct));
        Assert.Contains("'morgen' is not a valid value.", english);
    }

    [Fact]
    public async Task AnImportWithAHiddenCharacterOrAnAbsurdAmountIsRefusedNamingRowAndColumn()
    {
        var client = app.CreateClient();
        var before = (await app.ServicesAsync(client)).Count;
        const string inventory = "naam;processen;leerlingen;jaarkosten\nGoed;lesgeven;10;100\nMagister\u202Egnp.exe;lesgeven;;\nDuur;lesgeven;2000000;1000000000\n";

        var response = await client.PostAsync("/api/v1/import?fileName=inventaris.csv", new StringContent(inventory), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Code: e.GetProperty("why").GetProperty("code").GetString(), Text: e.GetProperty("text").GetString()))
            .ToList();
        Assert.Contains(errors, e => e is { Row: 3, Column: "naam", Code: "nameHasControlCharacters" });
        Assert.Contains(errors, e => e is { Row: 4, Column: "leerlingen", Code: "countOutOfRange" });
        var cost = Assert.Single(errors, e => e is { Row: 4, Column: "jaarkosten" });
        Assert.Equal("amountOutOfRange", cost.Code);
        Assert.Contains("te groot: een bedrag van 0 tot en met 100.000.000 euro", cost.Text);
        Assert.Equal(before, (await app.ServicesAsync(client)).Count);
    }

    [Fact]
    public async Task TheRoadmapCsvWritesAFormulaLikeNameAsText()
    {
        var client = app.CreateClient();
        const string formula = "=HYPERLINK(\"http://evil.example\",\"klik\")";
        var teams = await client.GetFromJsonAsync<JsonElement>($"/api/v1/services/{await ServiceIdAsync(app, client, "Microsoft Teams")}", Ct);
        var created = await client.PostAsJsonAsync("/api/v1/services",
            new { name = formula, processes = new[] { "lesgeven" }, catalogProductId = teams.GetProperty("catalogProductId").GetString() }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        (await AddMoveAsync(client, await ServiceIdAsync(app, client, formula), "surf-nextcloud")).EnsureSuccessStatusCode();

        var csv = await client.GetStringAsync("/roadmap?handler=Csv", Ct);

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\"", csv);
        Assert.DoesNotContain(";=HYPERLINK", csv);
        Assert.DoesNotContain(";\"=HYPERLINK", csv);
    }
}
