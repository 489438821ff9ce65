using System.Net;
using System.Net.Http.Json;
using Regie.Core.Discovery;
using Regie.Web.Features.Discovery;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Discovery;

public sealed class ReviewingDiscoveryFindings(DnsAndApp fixture) : IClassFixture<DnsAndApp>
{
    private readonly DnsAndApp fixture = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> DemoClientAsync() => ClientFor(fixture, await fixture.App.DemoBoardIdAsync());

    private static HttpClient ClientFor(DnsAndApp f, Guid board)
    {
        var client = f.Web.CreateClient();
        client.DefaultRequestHeaders.Add("X-Regie-Organisation", board.ToString());
        return client;
    }

    private static async Task<DiscoveryRunDto> RunAsync(HttpClient client, params string[] domains)
    {
        var response = await client.PostAsJsonAsync("/api/v1/discovery/runs", new DiscoveryRequest(domains), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DiscoveryRunDto>(RegieApp.Json, Ct))!;
    }

    [Fact]
    public async Task ARunOverTheBoardsDomainsProposesTheServicesBehindThemWithTheRecordsThatProveThem()
    {
        var client = await DemoClientAsync();

        var run = await RunAsync(client, "m365-school.test", "google-school.test");

        Assert.Equal(["m365-school.test", "google-school.test"], run.Domains.Select(d => d.Domain));
        Assert.All(run.Domains, d => Assert.Equal(DomainOutcome.Resolved, d.Outcome));
        var exchange = Assert.Single(run.Findings, f => f.Domain == "m365-school.test" && f.ProductId == "exchange-online");
        Assert.Contains(exchange.Evidence, e => e.RecordType == "MX" && e.Value.Contains("mail.protection.outlook.com", StringComparison.Ordinal));
        Assert.Contains(run.Findings, f => f.Domain == "google-school.test" && f.Provider.Contains("Google", StringComparison.Ordinal));
        Assert.All(run.Findings, f => Assert.Equal(FindingReview.Proposed, f.Review));
        Assert.True(run.Changes.FirstRun);
    }

    [Fact]
    public async Task TheDemoBoardsFirstRunFromThePageAsksAboutItsSavedDomainsAndIsNotRefused()
    {
        var client = await DemoClientAsync();

        var page = await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Run", []);
        var html = await page.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("niet aantoonbaar een domein van dit bestuur", html);
        var runs = (await client.GetFromJsonAsync<List<DiscoveryRunSummaryDto>>("/api/v1/discovery/runs", RegieApp.Json, Ct))!;
        var run = (await client.GetFromJsonAsync<DiscoveryRunDto>($"/api/v1/discovery/runs/{Assert.Single(runs).Id}", RegieApp.Json, Ct))!;
        Assert.Equal(["voorbeeldonderwijs.nl", "leerling.voorbeeldonderwijs.nl"], run.Domains.Select(d => d.Domain));
        Assert.Contains(run.Findings, f => f.Domain == "voorbeeldonderwijs.nl" && f.ProductId == "exchange-online");
        Assert.Contains(run.Findings, f => f.Domain == "leerling.voorbeeldonderwijs.nl" && f.Provider.Contains("Google", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcceptingAFindingMakesAServiceThatShowsItsEvidenceAndTheNextRunRemembersIt()
    {
        var board = await NewBoardAsync();
        var client = ClientFor(fixture, board);
        var first = await RunAsync(client, "m365-school.test");
        var entra = first.Findings.First(f => f.ProductId == "microsoft-entra-id");
        var rejected = first.Findings.First(f => f.Area == FindingArea.DnsHosting);

        var accepted = (await (await client.PostAsync($"/api/v1/discovery/findings/{entra.Id}/accept", null, Ct))
            .Content.ReadFromJsonAsync<AcceptedFindingDto>(RegieApp.Json, Ct))!;
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/discovery/findings/{rejected.Id}/reject", null, Ct)).StatusCode);

        var services = await fixture.App.ServicesAsync(client);
        var service = Assert.Single(services);
        Assert.Equal((accepted.ServiceId, "microsoft-entra-id"), (service.Id, service.CatalogProductId));
        var page = await client.GetStringAsync($"/services/{service.Id}", Ct);
        Assert.Contains("<h2 id=\"bewijs\">Bewijs</h2>", page);
        foreach (var evidence in entra.Evidence)
        {
            Assert.Contains(WebUtility.HtmlEncode(evidence.Value), page);
        }

        var second = await RunAsync(client, "m365-school.test", "proton-school.test");
        Assert.False(second.Changes.FirstRun);
        Assert.Equal(first.Findings.Select(f => f.Key).Order(), second.Changes.Unchanged.Order());
        Assert.NotEmpty(second.Changes.Added);
        Assert.All(second.Changes.Added, key => Assert.StartsWith("proton-school.test|", key));
        Assert.Equal((FindingReview.Accepted, accepted.ServiceId), second.Findings.Where(f => f.Key == entra.Key).Select(f => (f.Review, f.ServiceId)).Single());
        Assert.Equal(FindingReview.Rejected, second.Findings.Single(f => f.Key == rejected.Key).Review);
    }

    [Fact]
    public async Task TheApiSavesDomainsAloneAndAcceptsTheLikelyFindingsOfARunTogether()
    {
        var client = ClientFor(fixture, await NewBoardAsync());

        var refused = await client.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["geen domein"]), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var saved = await client.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["m365-school.test"]), RegieApp.Json, Ct);
        saved.EnsureSuccessStatusCode();
        Assert.Equal(["m365-school.test"], (await client.GetFromJsonAsync<List<string>>("/api/v1/discovery/domains", RegieApp.Json, Ct))!);
        Assert.Empty((await client.GetFromJsonAsync<List<DiscoveryRunSummaryDto>>("/api/v1/discovery/runs", RegieApp.Json, Ct))!);

        var run = await RunAsync(client, "m365-school.test");
        var likely = run.Findings.Where(f => f.Confidence >= DiscoveryOperations.LikelyConfidence).Select(f => f.Id).ToHashSet();
        var response = await client.PostAsync($"/api/v1/discovery/runs/{run.Id}/accept-likely", null, Ct);

        response.EnsureSuccessStatusCode();
        var reviewed = (await response.Content.ReadFromJsonAsync<DiscoveryRunDto>(RegieApp.Json, Ct))!;
        Assert.NotEmpty(likely);
        Assert.All(reviewed.Findings, f => Assert.Equal(likely.Contains(f.Id) ? FindingReview.Accepted : FindingReview.Proposed, f.Review));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/discovery/runs/{Guid.NewGuid()}/accept-likely", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task ADomainThatDoesNotExistIsReportedAndOtherDomainsStillCount()
    {
        var client = ClientFor(fixture, await NewBoardAsync());

        var run = await RunAsync(client, "bestaat-niet.m365-school.test", "proton-school.test");

        Assert.Equal(DomainOutcome.NotFound, run.Domains.Single(d => d.Domain == "bestaat-niet.m365-school.test").Outcome);
        Assert.DoesNotContain(run.Findings, f => f.Domain == "bestaat-niet.m365-school.test");
        Assert.Contains(run.Findings, f => f.Domain == "proton-school.test");
    }

    [Fact]
    public async Task ARunsNotesAreValuesWordedInTheReadersLanguageOnPageAndApi()
    {
        var client = ClientFor(fixture, await NewBoardAsync());
        var run = await RunAsync(client, "bestaat-niet.m365-school.test");

        var note = Assert.Single(Assert.Single(run.Domains).Notes);
        Assert.Equal("lookupFailed", note.Code);
        Assert.Equal("notFound", note.Args["failure"]?.ToString());
        Assert.Equal("MX bestaat-niet.m365-school.test: bestaat niet (NXDOMAIN)", note.Text);

        using var apiInEnglish = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/discovery/runs/{run.Id}");
        apiInEnglish.Headers.Add("Accept-Language", "en");
        var english = (await (await client.SendAsync(apiInEnglish, Ct)).Content.ReadFromJsonAsync<DiscoveryRunDto>(RegieApp.Json, Ct))!;
        Assert.Equal("MX bestaat-niet.m365-school.test: does not exist (NXDOMAIN)", Assert.Single(Assert.Single(english.Domains).Notes).Text);

        using var pageInEnglish = new HttpRequestMessage(HttpMethod.Get, $"/discovery?run={run.Id}");
        pageInEnglish.Headers.Add("Cookie", "regie-lang=en");
        var page = await (await client.SendAsync(pageInEnglish, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("<td>MX bestaat-niet.m365-school.test: does not exist (NXDOMAIN)</td>", page);
        Assert.Contains("<td>MX bestaat-niet.m365-school.test: bestaat niet (NXDOMAIN)</td>", await client.GetStringAsync($"/discovery?run={run.Id}", Ct));
    }

    [Fact]
    public async Task AnInvalidDomainIsRefusedWithItsLineAndNothingRuns()
    {
        var client = ClientFor(fixture, await NewBoardAsync());

        var response = await client.PostAsJsonAsync("/api/v1/discovery/runs", new DiscoveryRequest(["school.test", "https://www.school.test"]), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Domeinen, regel 2 ('https://www.school.test'): schrijf alleen de domeinnaam", await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty((await client.GetFromJsonAsync<List<DiscoveryRunSummaryDto>>("/api/v1/discovery/runs", RegieApp.Json, Ct))!);
    }

    [Fact]
    public async Task TheReviewPageAcceptsAFindingWithItsButton()
    {
        var board = await NewBoardAsync();
        var client = ClientFor(fixture, board);
        var run = await RunAsync(client, "google-school.test");
        var gmail = run.Findings.First(f => f.ProductId == "gmail");

        var html = await client.GetStringAsync($"/discovery?run={run.Id}", Ct);
        Assert.Contains("<h1>Ontdekken</h1>", html);
        Assert.Contains("Dit is de eerste ronde", html);
        Assert.Contains($"data-key=\"{gmail.Key}\"", html);

        var response = await FormPost.SubmitAsync(client, $"/discovery?run={run.Id}", $"/discovery?handler=Accept&finding={gmail.Id}&run={run.Id}", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Geaccepteerd: de dienst", after);
        Assert.Contains("gmail", (await fixture.App.ServicesAsync(client)).Single().CatalogProductId);
    }

    private Task<Guid> NewBoardAsync() => fixture.App.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}");
}
