using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Regie.Cli.Remote;

namespace Regie.Cli.Tests;

/// <summary>
/// A server that pages the scores document (the X-Total-Count header, as Features/Shared/Paging writes it) still gives the command line every service, so a
/// table is never silently cut short. The server here answers from a board scored locally, one service a page.
/// </summary>
public sealed class ReadingAPagedServer
{
    [Fact]
    public async Task EveryPageIsFetchedUntilTheTotalIsReached()
    {
        using var board = await TestBoard.CreateAsync();
        Assert.Equal(0, (await board.RunAsync("import", board.WriteFile("inventaris.csv", "naam;processen\nCito LVS;toetsing\nCanva;lesgeven\nZermelo;roostering\n"))).ExitCode);
        var whole = JsonNode.Parse((await board.RunAsync("score", "--format", "json")).Out)!.AsObject();
        var services = whole["services"]!.AsArray().Select(s => s!.ToJsonString()).ToList();
        var pages = new PagedScores(whole, services);

        using var source = new RemoteBoardSource(RegieServer.Connect("https://regie.example.nl", "regie_x", pages));
        var document = await source.ScoresAsync(null, Regie.Core.Explaining.ReasonText.Dutch, TestContext.Current.CancellationToken);

        Assert.Equal(3, services.Count);
        Assert.Equal(["/api/v1/scores?pageSize=500", "/api/v1/scores?page=2&pageSize=500", "/api/v1/scores?page=3&pageSize=500"], pages.Asked);
        Assert.Equal(whole["services"]!.AsArray().Select(s => (string)s!["name"]!), document.Services.Select(s => s.Name));
    }

    /// <summary>The document with one service a page, and the total of all in the header.</summary>
    private sealed class PagedScores(JsonObject whole, List<string> services) : HttpMessageHandler
    {
        public List<string> Asked { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked.Add(request.RequestUri!.PathAndQuery);
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
            var page = query["page"] is { } p ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 1;
            var document = whole.DeepClone().AsObject();
            document["services"] = new JsonArray(JsonNode.Parse(services[page - 1]));
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json") };
            response.Headers.Add("X-Total-Count", services.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.FromResult(response);
        }
    }
}
