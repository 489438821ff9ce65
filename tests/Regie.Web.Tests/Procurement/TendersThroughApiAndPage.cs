using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Core.Procurement;
using Regie.Web.Features.Procurement;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Procurement;

public sealed class TendersThroughApiAndPage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private async Task<TenderDto> CreateAsync(HttpClient client, string name = "Leerlingadministratie 2027")
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await client.PostAsJsonAsync("/api/v1/procurement/tenders", new TenderRequest(name, "leerlingadministratie"), RegieApp.Json, ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TenderDto>(RegieApp.Json, ct))!;
    }

    [Fact]
    public async Task TheTenderListNamesTheCategoryInTheReadersLanguage()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        await CreateAsync(client);

        var dutch = await client.GetFromJsonAsync<List<TenderSummaryDto>>("/api/v1/procurement/tenders", RegieApp.Json, ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/procurement/tenders");
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        var english = await (await client.SendAsync(request, ct)).Content.ReadFromJsonAsync<List<TenderSummaryDto>>(RegieApp.Json, ct);

        Assert.Equal("Leerlingadministratie", Assert.Single(dutch!).CategoryName);
        Assert.Equal("Student information system", Assert.Single(english!).CategoryName);
    }

    private static string Id(TenderDto tender, RequirementTopic topic) => tender.Requirements.First(r => r.Topic == topic).Id;

    [Fact]
    public async Task AGeneratedTenderIsStoredWithKnockOutsWishesAndADownloadableDocument()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();

        var tender = await CreateAsync(client);

        Assert.Contains(tender.Requirements, r => r.Kind == RequirementKind.KnockOut && r.Topic == RequirementTopic.MinimumSeal);
        Assert.Contains(tender.Requirements, r => r.Kind == RequirementKind.Scored && r.Topic == RequirementTopic.OpenSource);
        var again = (await client.GetFromJsonAsync<TenderDto>($"/api/v1/procurement/tenders/{tender.Id}", RegieApp.Json, ct))!;
        Assert.Equal(tender.Requirements, again.Requirements);
        var document = await client.GetAsync($"/api/v1/procurement/tenders/{tender.Id}/document.md", ct);
        Assert.Equal("text/markdown", document.Content.Headers.ContentType?.MediaType);
        var markdown = await document.Content.ReadAsStringAsync(ct);
        Assert.Contains("# Eisen digitale autonomie: Leerlingadministratie 2027", markdown);
        Assert.All(tender.Requirements, r => Assert.Contains($"| {r.Id} |", markdown));
    }

    [Fact]
    public async Task AnUnknownCategoryIsRefusedNamingTheField()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/procurement/tenders", new TenderRequest("X", "bestaat-niet"), RegieApp.Json, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("category", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(ct))!.Errors.Keys);
    }

    [Fact]
    public async Task AnswersThroughTheApiAreEvaluatedAndUnknownCountsAsFailing()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var tender = await CreateAsync(client);
        var answers = tender.Requirements.Where(r => r.Kind != RequirementKind.Question && !r.IsComputed)
            .Select(r => new AnswerInput(r.Id, r.Topic == RequirementTopic.ExitStrategy ? "onbekend" : "ja", null)).ToList();

        var response = await client.PostAsJsonAsync($"/api/v1/procurement/tenders/{tender.Id}/responses",
            new VendorResponseRequest("Leverancier A", "parnassys", answers), RegieApp.Json, ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var evaluation = (await response.Content.ReadFromJsonAsync<EvaluationDto>(RegieApp.Json, ct))!;
        Assert.Equal(TenderVerdict.FailsKnockOut, evaluation.Verdict);
        var exit = evaluation.Results.Single(r => r.Id == Id(tender, RequirementTopic.ExitStrategy));
        Assert.False(exit.Passed);
        Assert.Equal("onbekend", exit.Answer);
        Assert.Equal(1, evaluation.UnknownAnswers);
    }

    [Fact]
    public async Task AnAnswerToARequirementNotInTheTenderNamesTheLineAndStoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var tender = await CreateAsync(client);

        var response = await client.PostAsJsonAsync($"/api/v1/procurement/tenders/{tender.Id}/responses",
            new VendorResponseRequest("Leverancier B", null, [new(Id(tender, RequirementTopic.ExitStrategy), "ja", null), new("K-99", "ja", null)]), RegieApp.Json, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(ct))!;
        Assert.Contains("regel 2: eis", problem.Errors.Keys);
        Assert.Contains("'K-99' staat niet in deze aanbesteding", problem.Errors["regel 2: eis"][0]);
        Assert.Empty((await client.GetFromJsonAsync<TenderDto>($"/api/v1/procurement/tenders/{tender.Id}", RegieApp.Json, ct))!.Evaluations);
    }

    [Fact]
    public async Task ACsvUploadIsAllOrNothingAndItsErrorsNameLineAndField()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var tender = await CreateAsync(client);
        var exit = Id(tender, RequirementTopic.ExitStrategy);
        var url = $"/api/v1/procurement/tenders/{tender.Id}/responses/csv?vendorName=Leverancier%20C";

        var bad = await client.PostAsync(url, new StringContent($"eis;antwoord;toelichting\n{exit};ja;art. 12\nW-01;misschien;\n", Encoding.UTF8, "text/csv"), ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = (await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>(ct))!;
        Assert.Contains("regel 3: antwoord", problem.Errors.Keys);
        Assert.Empty((await client.GetFromJsonAsync<TenderDto>($"/api/v1/procurement/tenders/{tender.Id}", RegieApp.Json, ct))!.Evaluations);

        var good = await client.PostAsync(url, new StringContent($"eis;antwoord;toelichting\n{exit};ja;art. 12\nW-01;deels;\n", Encoding.UTF8, "text/csv"), ct);
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var evaluation = (await good.Content.ReadFromJsonAsync<EvaluationDto>(RegieApp.Json, ct))!;
        Assert.True(evaluation.Results.Single(r => r.Id == exit).Passed);
        Assert.Equal("art. 12", evaluation.Results.Single(r => r.Id == exit).Explanation);
        Assert.Equal(2, evaluation.Answered);
    }

    [Fact]
    public async Task ThePageGeneratesATenderAndShowsVendorsSideBySide()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var created = await FormPost.SubmitAsync(client, "/procurement", "/procurement", [new("Name", "Pagina-aanbesteding"), new("Category", "leerlingadministratie")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.OriginalString;
        var tenderId = Guid.Parse(page.Split('/').Last());
        var tender = (await client.GetFromJsonAsync<TenderDto>($"/api/v1/procurement/tenders/{tenderId}", RegieApp.Json, ct))!;
        var exit = Id(tender, RequirementTopic.ExitStrategy);

        var first = await FormPost.SubmitAsync(client, page, $"{page}?handler=Answers",
            [new("VendorName", "Eerste Leverancier"), new($"Answers[{exit}]", "ja"), new($"Explanations[{exit}]", "artikel 9")]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        (await client.PostAsJsonAsync($"/api/v1/procurement/tenders/{tenderId}/responses",
            new VendorResponseRequest("Tweede Leverancier", "magister", [new(exit, "nee", null)]), RegieApp.Json, ct)).EnsureSuccessStatusCode();

        var html = await client.GetStringAsync(page, ct);
        Assert.Contains("Eerste Leverancier", html);
        Assert.Contains("Tweede Leverancier", html);
        Assert.Contains("artikel 9", html);
        Assert.Contains("Voldoet niet", html);
        Assert.Contains("Pagina-aanbesteding", await client.GetStringAsync("/procurement", ct));
    }
}
