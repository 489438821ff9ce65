using System.Net.Http.Json;
using Regie.Core.Scoring;
using Regie.Web.Features.Priorities;
using Regie.Web.Features.Services;
using Regie.Web.Features.Shared;

namespace Regie.Web.Tests.Api;

/// <summary>Long lists come in pages (issue 13, point 9): the services page and priorities in the UI, and the API's lists.</summary>
public sealed class LongListsInPages(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheApiGivesOnePageWithTheTotalAndALinkToTheNext()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.ClientFor(await app.DemoBoardIdAsync());
        var all = await app.ServicesAsync(client);
        Assert.True(all.Count > 12, $"the demo board has {all.Count} services");

        var response = await client.GetAsync("/api/v1/services?page=2&pageSize=5", ct);
        var second = (await response.Content.ReadFromJsonAsync<List<ServiceSummaryDto>>(RegieApp.Json, ct))!;

        Assert.Equal(all.Skip(5).Take(5).Select(s => s.Id), second.Select(s => s.Id));
        Assert.Equal(all.Count.ToString(), Assert.Single(response.Headers.GetValues(Paging.TotalHeader)));
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains("page=1&pageSize=5>; rel=\"prev\"", link);
        Assert.Contains("page=3&pageSize=5>; rel=\"next\"", link);
    }

    [Fact]
    public async Task WithoutAPageTheApiAnswersAsBeforeWithEveryServiceOfAnOrdinaryBoard()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.ClientFor(await app.DemoBoardIdAsync());
        var response = await client.GetAsync("/api/v1/priorities", ct);
        var priorities = (await response.Content.ReadFromJsonAsync<List<PriorityDto>>(RegieApp.Json, ct))!;

        Assert.Equal(priorities.Count.ToString(), Assert.Single(response.Headers.GetValues(Paging.TotalHeader)));
        Assert.Equal(Enumerable.Range(1, priorities.Count), priorities.Select(p => p.Rank));
        Assert.False(response.Headers.Contains("Link"));
    }

    [Fact]
    public async Task PrioritiesAndScoresKeepTheirRankOnLaterPages()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.ClientFor(await app.DemoBoardIdAsync());
        var all = (await client.GetFromJsonAsync<List<PriorityDto>>("/api/v1/priorities", RegieApp.Json, ct))!;

        var third = (await client.GetFromJsonAsync<List<PriorityDto>>("/api/v1/priorities?page=3&pageSize=4", RegieApp.Json, ct))!;
        var scores = (await client.GetFromJsonAsync<AssessmentDocument>("/api/v1/scores?page=3&pageSize=4", RegieApp.Json, ct))!;

        Assert.Equal([9, 10, 11, 12], third.Select(p => p.Rank));
        Assert.Equal(all.Skip(8).Take(4).Select(p => p.Id), third.Select(p => p.Id));
        Assert.Equal(third.Select(p => p.Id), scores.Services.Select(s => s.Id));
    }

    [Fact]
    public async Task AskingForTooManyGivesAtMostTheLargestPage()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.ClientFor(await app.DemoBoardIdAsync());
        var response = await client.GetAsync("/api/v1/services?pageSize=100000&page=-3", ct);
        var services = (await response.Content.ReadFromJsonAsync<List<ServiceSummaryDto>>(RegieApp.Json, ct))!;

        Assert.Equal((await app.ServicesAsync(client)).Count, services.Count);
        Assert.True(Paging.From(1, 100000, Paging.ApiDefault).PageSize == Paging.MaxPageSize);
    }

    [Fact]
    public async Task TheServicesPageShowsWhereItIsAndLinksToTheNeighbouringPages()
    {
        var ct = TestContext.Current.CancellationToken;
        var demo = await app.DemoBoardIdAsync();
        var total = (await app.ServicesAsync(app.ClientFor(demo))).Count;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"regie-org={demo}");

        var html = await client.GetStringAsync("/services?sort=name&page=2&pageSize=10", ct);

        Assert.Contains($"11–20 van {total}", html);
        Assert.Contains("href=\"/services?sort=name&amp;page=1&amp;pageSize=10\" rel=\"prev\">← Vorige", html);
        Assert.Contains("href=\"/services?sort=name&amp;page=3&amp;pageSize=10\" rel=\"next\">Volgende →", html);
        Assert.Equal(10, html.Split("<tr>").Length - 2);
    }

    [Fact]
    public async Task ThePrioritiesPageNumbersRowsFromWhereThePageBegins()
    {
        var ct = TestContext.Current.CancellationToken;
        var demo = await app.DemoBoardIdAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"regie-org={demo}; regie-lang=en");
        var all = (await app.ClientFor(demo).GetFromJsonAsync<List<PriorityDto>>("/api/v1/priorities", RegieApp.Json, ct))!;

        var html = await client.GetStringAsync("/priorities?page=2&pageSize=5", ct);

        Assert.Contains($"6–10 of {all.Count}", html);
        Assert.Contains("<td class=\"num\">6</td>", html);
        Assert.Contains($"id=\"svc-{all[5].Id}\"", html);
        Assert.DoesNotContain($"id=\"svc-{all[0].Id}\"", html);
    }
}
