using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Core.Discovery;
using Regie.Web.Features.Discovery;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Discovery;

/// <summary>No silent lost update of a discovery review: accept, reject and accept-likely carry the version they were read at.</summary>
public sealed class TwoEditorsOfADiscoveryReview(DnsAndApp fixture) : IClassFixture<DnsAndApp>
{
    private readonly DnsAndApp fixture = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Stale = "is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen.";

    private async Task<HttpClient> ClientAsync(Guid? board = null)
    {
        var client = fixture.Web.CreateClient();
        client.DefaultRequestHeaders.Add("X-Regie-Organisation", (board ?? await fixture.App.CreateBoardAsync($"Bestuur {Guid.NewGuid():N}")).ToString());
        return client;
    }

    private static async Task<DiscoveryRunDto> RunAsync(HttpClient client, params string[] domains)
    {
        var response = await client.PostAsJsonAsync("/api/v1/discovery/runs", new DiscoveryRequest(domains), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DiscoveryRunDto>(RegieApp.Json, Ct))!;
    }

    private static async Task<DiscoveryRunDto> StoredAsync(HttpClient client, Guid run) =>
        (await client.GetFromJsonAsync<DiscoveryRunDto>($"/api/v1/discovery/runs/{run}", RegieApp.Json, Ct))!;

    [Fact]
    public async Task TheSecondDecisionOnAFindingFromTheSameVersionGets409Or412AndTheFirstStays()
    {
        var board = await fixture.App.CreateBoardAsync("Stichting Twee Beoordelaars");
        var anna = await ClientAsync(board);
        var bram = await ClientAsync(board);
        var run = await RunAsync(anna, "m365-school.test");
        var entra = run.Findings.First(f => f.ProductId == "microsoft-entra-id");

        var rejected = await anna.PostAsJsonAsync($"/api/v1/discovery/findings/{entra.Id}/reject", new ReviewRequest(entra.Version), RegieApp.Json, Ct);
        var accepted = await bram.PostAsJsonAsync($"/api/v1/discovery/findings/{entra.Id}/accept", new ReviewRequest(entra.Version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/discovery/findings/{entra.Id}/accept");
        late.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{entra.Version}\""));
        var third = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.NoContent, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        var problem = await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal("Rejected", problem.GetProperty("current").GetProperty("review").GetString());
        var stored = (await StoredAsync(anna, run.Id)).Findings.Single(f => f.Id == entra.Id);
        Assert.Equal((FindingReview.Rejected, (Guid?)null), (stored.Review, stored.ServiceId));
        Assert.Equal(problem.GetProperty("currentVersion").GetString(), stored.Version);
        Assert.Empty(await fixture.App.ServicesAsync(anna));

        // With the version read now, or without one (a client that never reads one), the decision is taken.
        Assert.Equal(HttpStatusCode.OK, (await bram.PostAsJsonAsync($"/api/v1/discovery/findings/{entra.Id}/accept", new ReviewRequest(stored.Version), RegieApp.Json, Ct)).StatusCode);
        var other = run.Findings.First(f => f.Id != entra.Id && f.Review == FindingReview.Proposed);
        Assert.Equal(HttpStatusCode.NoContent, (await bram.PostAsync($"/api/v1/discovery/findings/{other.Id}/reject", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task AcceptingTheLikelyOnesOfARunSomeoneElseReviewedMeanwhileGets409Or412AndNothingIsAccepted()
    {
        var client = await ClientAsync();
        var run = await RunAsync(client, "m365-school.test");
        var read = await client.GetAsync($"/api/v1/discovery/runs/{run.Id}", Ct);
        Assert.Equal($"\"{run.ReviewVersion}\"", read.Headers.ETag!.Tag);
        var likely = run.Findings.Where(f => f.Confidence >= DiscoveryOperations.LikelyConfidence).ToList();
        Assert.True(likely.Count >= 2);
        (await client.PostAsync($"/api/v1/discovery/findings/{likely[0].Id}/reject", null, Ct)).EnsureSuccessStatusCode();

        var stale = await client.PostAsJsonAsync($"/api/v1/discovery/runs/{run.Id}/accept-likely", new ReviewRequest(run.ReviewVersion), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/discovery/runs/{run.Id}/accept-likely");
        late.Headers.IfMatch.Add(read.Headers.ETag);
        var withIfMatch = await client.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, withIfMatch.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        var stored = await StoredAsync(client, run.Id);
        Assert.Equal(stored.ReviewVersion, problem.GetProperty("current").GetProperty("reviewVersion").GetString());
        Assert.DoesNotContain(stored.Findings, f => f.Review == FindingReview.Accepted);
        Assert.Empty(await fixture.App.ServicesAsync(client));

        var taken = await client.PostAsJsonAsync($"/api/v1/discovery/runs/{run.Id}/accept-likely", new ReviewRequest(stored.ReviewVersion), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(likely.Count - 1, (await StoredAsync(client, run.Id)).Findings.Count(f => f.Review == FindingReview.Accepted));
    }

    [Fact]
    public async Task TheReviewPageRefusesAStaleDecisionAndShowsTheFindingAsItIsNow()
    {
        var client = await ClientAsync();
        var run = await RunAsync(client, "google-school.test");
        var gmail = run.Findings.First(f => f.ProductId == "gmail");
        var html = await client.GetStringAsync($"/discovery?run={run.Id}", Ct);
        Assert.Contains($"name=\"version\" value=\"{gmail.Version}\"", html);
        Assert.Contains($"name=\"version\" value=\"{run.ReviewVersion}\"", html);
        (await client.PostAsync($"/api/v1/discovery/findings/{gmail.Id}/reject", null, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, $"/discovery?run={run.Id}", $"/discovery?handler=Accept&finding={gmail.Id}&run={run.Id}",
            [new("version", gmail.Version)]);
        var likely = await FormPost.SubmitAsync(client, $"/discovery?run={run.Id}", $"/discovery?handler=AcceptLikely&run={run.Id}",
            [new("version", run.ReviewVersion)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft deze bevinding opgeslagen nadat u het formulier opende", page);
        Assert.Matches($"data-key=\"{Regex.Escape(gmail.Key)}\"[\\s\\S]*?<td class=\"review\">afgewezen", page);
        Assert.Equal(HttpStatusCode.Conflict, likely.StatusCode);
        Assert.Contains("Iemand anders heeft de beoordeling van deze ronde opgeslagen", WebUtility.HtmlDecode(await likely.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(FindingReview.Rejected, (await StoredAsync(client, run.Id)).Findings.Single(f => f.Id == gmail.Id).Review);
        Assert.Empty(await fixture.App.ServicesAsync(client));
    }
}
