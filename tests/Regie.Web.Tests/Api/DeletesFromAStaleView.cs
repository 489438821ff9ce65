using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Procurement;
using Regie.Web.Features.LocalKnowledge;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.PublicValues;
using Regie.Web.Features.Services;
using TenderAnswer = Regie.Web.Features.Procurement.AnswerInput;

namespace Regie.Web.Tests.Api;

/// <summary>
/// No silent lost update by a delete: a delete sent with the version the caller read (If-Match, or the page's hidden field)
/// is refused when the row changed since (412, or the page with the Dutch message and the current values), and nothing is
/// deleted; with the current version it is deleted, and a delete without a version is still taken.
/// </summary>
public sealed partial class DeletesFromAStaleView(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Stale = "is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen.";

    // A version that was never any row's: what a caller holding an older edge sends.
    private const string OldVersion = "0123456789abcdef";

    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, string url, string? version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (version is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await client.SendAsync(request, Ct);
    }

    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal($"\"{problem.GetProperty("currentVersion").GetString()}\"", response.Headers.ETag!.Tag);
        return problem;
    }

    private static async Task<(ServiceDto Dto, string Version)> ServiceAsync(HttpClient client, Guid id)
    {
        var dto = (await client.GetFromJsonAsync<ServiceDto>($"/api/v1/services/{id}", RegieApp.Json, Ct))!;
        return (dto, dto.Version!);
    }

    private static ServiceInput Edited(ServiceDto dto, string notes, string? version) => new()
    {
        Name = dto.Name,
        CatalogProductId = dto.CatalogProductId,
        Processes = [.. dto.Processes],
        Pupils = dto.Pupils,
        Staff = dto.Staff,
        DataCategories = [.. dto.DataCategories],
        SignsInThrough = dto.SignsInThrough,
        HostedOnService = dto.HostedOnService,
        HostingProviderId = dto.HostingProviderId,
        VendorId = dto.VendorId,
        DataLocation = dto.DataLocation,
        ExportFormats = [.. dto.ExportFormats],
        AnnualCost = dto.AnnualCost,
        Mitigation = dto.Mitigation,
        Notes = notes,
        Version = version,
    };

    private async Task<Guid> ServiceIdAsync(HttpClient client, string name) => (await app.ServicesAsync(client)).Single(s => s.Name == name).Id;

    [Fact]
    public async Task AServiceChangedSinceItWasReadIsKeptWithTheOldIfMatchAndDeletedWithTheCurrentOne()
    {
        var client = app.CreateClient();
        var id = await ServiceIdAsync(client, "Magister");
        var (read, readVersion) = await ServiceAsync(client, id);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}", Edited(read, "Gewijzigd door de collega", readVersion), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        var (_, current) = await ServiceAsync(client, id);

        var problem = await RefusedAsync(await DeleteAsync(client, $"/api/v1/services/{id}", readVersion));

        Assert.Equal("Gewijzigd door de collega", problem.GetProperty("current").GetProperty("notes").GetString());
        Assert.Equal(current, problem.GetProperty("currentVersion").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/services/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, $"/api/v1/services/{id}", current)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/services/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ADeleteWithoutAVersionIsStillTaken()
    {
        var client = app.CreateClient();
        var id = await ServiceIdAsync(client, "Magister");
        var (read, readVersion) = await ServiceAsync(client, id);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}", Edited(read, "Gewijzigd", readVersion), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, $"/api/v1/services/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/services/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheDeletePageOfAServiceChangedSinceItOpenedDeletesNothingAndShowsTheCurrentService()
    {
        var client = app.CreateClient();
        var id = await ServiceIdAsync(client, "Magister");
        var page = $"/services/{id}/delete";
        var version = HiddenVersion().Match(await client.GetStringAsync(page, Ct)).Groups[1].Value;
        var (read, readVersion) = await ServiceAsync(client, id);
        Assert.Equal(readVersion, version);
        (await client.PutAsJsonAsync($"/api/v1/services/{id}", Edited(read, "Nieuwe notitie van de collega", version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var refused = await FormPost.SubmitAsync(client, page, page, [new("version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft deze dienst gewijzigd nadat u de pagina opende", html);
        Assert.Contains("Er is niets verwijderd", html);
        Assert.Contains("Nieuwe notitie van de collega", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/services/{id}", Ct)).StatusCode);

        var current = HiddenVersion().Match(html).Groups[1].Value;
        Assert.Equal((await ServiceAsync(client, id)).Version, current);
        var deleted = await FormPost.SubmitAsync(client, page, page, [new("version", current)]);
        Assert.NotEqual(HttpStatusCode.Conflict, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/services/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ADependencyDeletedWithAVersionItDoesNotHaveIsKeptAndWithItsOwnIsRemoved()
    {
        var client = app.CreateClient();
        var from = await ServiceIdAsync(client, "Magister");
        var to = await ServiceIdAsync(client, "Microsoft Teams");
        var created = await client.PostAsJsonAsync("/api/v1/dependencies", new DependencyRequest(from, DependencyKind.IntegratesWith, to), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var edge = (await created.Content.ReadFromJsonAsync<DependencyDto>(RegieApp.Json, Ct))!;
        Assert.False(string.IsNullOrEmpty(edge.Version));

        var problem = await RefusedAsync(await DeleteAsync(client, $"/api/v1/dependencies/{edge.Id}", OldVersion));

        Assert.Equal(edge.Id, problem.GetProperty("current").GetProperty("id").GetGuid());
        Assert.Contains(await EdgesAsync(client), d => d.Id == edge.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, $"/api/v1/dependencies/{edge.Id}", edge.Version)).StatusCode);
        Assert.DoesNotContain(await EdgesAsync(client), d => d.Id == edge.Id);
    }

    private static async Task<List<DependencyDto>> EdgesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<DependencyDto>>("/api/v1/dependencies", RegieApp.Json, Ct))!;

    [Fact]
    public async Task AnOwnCompanyChangedSinceItWasReadIsKeptWithTheOldIfMatchAndDeletedWithTheCurrentOne()
    {
        var client = app.CreateClient();
        var company = await OwnParties.AddCompanyAsync(client, "Schoolsoftware Zuid BV", "NL", Company.NoParent);
        var url = $"/api/v1/companies/{company.Key}";
        var read = (await client.GetFromJsonAsync<CompanyDto>(url, RegieApp.Json, Ct))!;
        (await client.PutAsJsonAsync(url, new CompanyInput { Name = read.Name, Country = "NL", ParentKey = Company.NoParent, Source = "KvK 2026", Version = read.Version },
            RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var problem = await RefusedAsync(await DeleteAsync(client, url, read.Version));

        Assert.Equal("KvK 2026", problem.GetProperty("current").GetProperty("source").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, Ct)).StatusCode);
        var current = problem.GetProperty("currentVersion").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, url, current)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task ThePartiesPageDeletesNoOwnCompanyChangedSinceItOpenedAndShowsTheCurrentValues()
    {
        var client = app.CreateClient();
        var company = await OwnParties.AddCompanyAsync(client, "Schoolsoftware West BV", "NL", Company.NoParent);
        var page = $"/parties?company={company.Key}";
        var version = Regex.Match(await client.GetStringAsync(page, Ct),
            $"name=\"key\" value=\"{company.Key}\">\\s*<input type=\"hidden\" name=\"version\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.Equal(company.Version, version);
        (await client.PutAsJsonAsync($"/api/v1/companies/{company.Key}",
            new CompanyInput { Name = company.Name, Country = "NL", ParentKey = Company.NoParent, Source = "Bron van de collega", Version = version }, RegieApp.Json, Ct))
            .EnsureSuccessStatusCode();

        var refused = await FormPost.SubmitAsync(client, page, "/parties?handler=DeleteCompany", [new("key", company.Key), new("version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft dit eigen bedrijf gewijzigd nadat u de pagina opende", html);
        Assert.Contains("Bron van de collega", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/companies/{company.Key}", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnOwnProviderChangedSinceItWasReadIsKeptWithTheOldIfMatchAndDeletedWithTheCurrentOne()
    {
        var client = app.CreateClient();
        var provider = await OwnParties.AddProviderAsync(client, "Serverruimte Zuid", null, ProviderKind.SelfHosted);
        var url = $"/api/v1/providers/{provider.Key}";
        var read = (await client.GetFromJsonAsync<ProviderDto>(url, RegieApp.Json, Ct))!;
        (await client.PutAsJsonAsync(url, new ProviderInput { Name = "Serverruimte Zuid (kelder)", Kind = ProviderKind.SelfHosted, Version = read.Version }, RegieApp.Json, Ct))
            .EnsureSuccessStatusCode();

        var problem = await RefusedAsync(await DeleteAsync(client, url, read.Version));

        Assert.Equal("Serverruimte Zuid (kelder)", problem.GetProperty("current").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, url, problem.GetProperty("currentVersion").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task AnOwnProductChangedSinceItWasReadIsKeptWithTheOldIfMatchAndDeletedWithTheCurrentOne()
    {
        var client = app.CreateClient();
        var created = await client.PostAsJsonAsync("/api/v1/products/local", new LocalProductInput { Name = "Toetsmaker Zuid", Category = "leerlingadministratie" }, RegieApp.Json, Ct);
        var product = (await created.Content.ReadFromJsonAsync<LocalProductDto>(RegieApp.Json, Ct))!;
        var url = $"/api/v1/products/local/{product.Key}";
        (await client.PutAsJsonAsync(url, new LocalProductInput { Name = "Toetsmaker Zuid", Category = "leerlingadministratie", Source = "Offerte 2026", Version = product.Version },
            RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var problem = await RefusedAsync(await DeleteAsync(client, url, product.Version));

        Assert.Equal("Offerte 2026", problem.GetProperty("current").GetProperty("source").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, url, problem.GetProperty("currentVersion").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task AValuesAssessmentAnsweredSinceItWasReadIsKeptWithTheOldIfMatchAndDeletedWithTheCurrentOne()
    {
        var client = app.CreateClient();
        var created = await client.PostAsJsonAsync("/api/v1/values/assessments", new NewAssessmentInput("facility", null, "Nextcloud bij SURF"), RegieApp.Json, Ct);
        var read = (await created.Content.ReadFromJsonAsync<AssessmentDto>(RegieApp.Json, Ct))!;
        var url = $"/api/v1/values/assessments/{read.Id}";
        (await client.PutAsJsonAsync($"{url}/answers", new AnswersInput([new("quality.learning", 3)], read.Version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var problem = await RefusedAsync(await DeleteAsync(client, url, read.Version));

        Assert.Equal(read.Id, problem.GetProperty("current").GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, url, problem.GetProperty("currentVersion").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task ATenderResponseDeletedWithAVersionItDoesNotHaveIsKeptAndWithItsOwnIsRemoved()
    {
        var client = app.CreateClient();
        var tender = (await (await client.PostAsJsonAsync("/api/v1/procurement/tenders", new TenderRequest("Leerlingadministratie 2027", "leerlingadministratie"), RegieApp.Json, Ct))
            .Content.ReadFromJsonAsync<TenderDto>(RegieApp.Json, Ct))!;
        var answers = tender.Requirements.Where(r => r.Kind != RequirementKind.Question && !r.IsComputed).Select(r => new TenderAnswer(r.Id, "ja", null)).ToList();
        (await client.PostAsJsonAsync($"/api/v1/procurement/tenders/{tender.Id}/responses", new VendorResponseRequest("Leverancier A", null, answers), RegieApp.Json, Ct))
            .EnsureSuccessStatusCode();
        var response = Assert.Single((await TenderAsync(client, tender.Id)).Evaluations);
        var url = $"/api/v1/procurement/tenders/{tender.Id}/responses/{response.ResponseId}";

        var problem = await RefusedAsync(await DeleteAsync(client, url, OldVersion));

        Assert.Equal(response.Version, problem.GetProperty("currentVersion").GetString());
        Assert.Single((await TenderAsync(client, tender.Id)).Evaluations);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(client, url, response.Version)).StatusCode);
        Assert.Empty((await TenderAsync(client, tender.Id)).Evaluations);
    }

    private static async Task<TenderDto> TenderAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<TenderDto>($"/api/v1/procurement/tenders/{id}", RegieApp.Json, Ct))!;

    [GeneratedRegex("<input type=\"hidden\" name=\"version\" value=\"([0-9a-f]+)\">")]
    private static partial Regex HiddenVersion();
}
