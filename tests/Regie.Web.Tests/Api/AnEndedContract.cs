using System.Net.Http.Json;
using System.Text.Json;

namespace Regie.Web.Tests.Api;

/// <summary>A service page says when the contract's end date has passed, in the reader's language; a running contract says nothing.</summary>
public sealed class AnEndedContract(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh();

    [Fact]
    public async Task AContractThatEndedBeforeTodayIsMarkedEndedAndOneStillRunningIsNot()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        async Task<string> CreateAsync(string name, DateOnly end)
        {
            var created = await client.PostAsJsonAsync("/api/v1/services", new { name, processes = new[] { "lesgeven" }, contractEnd = end.ToString("yyyy-MM-dd") }, ct);
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        }

        var ended = await CreateAsync("Afgelopen pakket", today.AddDays(-10));
        var running = await CreateAsync("Lopend pakket", today.AddDays(100));

        Assert.Contains(" (verlopen)", await client.GetStringAsync($"/services/{ended}", ct));
        Assert.DoesNotContain("(verlopen)", await client.GetStringAsync($"/services/{running}", ct));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/services/{ended}");
        request.Headers.Add("Cookie", "regie-lang=en");
        Assert.Contains(" (expired)", await (await client.SendAsync(request, ct)).Content.ReadAsStringAsync(ct));
    }
}
