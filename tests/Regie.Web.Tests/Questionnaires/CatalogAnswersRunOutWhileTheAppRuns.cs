using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Questionnaires;

/// <summary>
/// A vendor's answer in the catalog (confidence stated) counts twelve months, also in an app that keeps running on one
/// release: the day after, the catalog page shows the fact unknown again (still naming whose answer it was) and the board's
/// questionnaire asks it again, without a restart.
/// </summary>
public sealed class CatalogAnswersRunOutWhileTheAppRuns : IAsyncLifetime
{
    private static readonly DateOnly Answered = new(2026, 12, 7);
    private readonly QuestionnaireApp.MovableClock clock = new();
    private readonly string data = Path.Combine(Path.GetTempPath(), $"regie-data-{Guid.NewGuid():N}");
    private readonly RegieApp app = new();

    public ValueTask InitializeAsync()
    {
        Regie.Core.Knowledge.Loading.DataFolder.Copy(Regie.Core.Knowledge.Loading.DataFolder.Locate(), data);

        // Cito LVS's hosting region, which the catalog does not know, as Cito's answer to the catalog's questionnaire.
        var products = Path.Combine(data, "catalog", "products.yaml");
        var lines = File.ReadAllLines(products);
        var start = Array.FindIndex(lines, l => l.Trim() == "- id: cito-lvs");
        var region = Array.FindIndex(lines, start, l => l.StartsWith("    hostingRegion: {value: \"unknown\"", StringComparison.Ordinal));
        lines[region] = $"    hostingRegion: {{value: \"Nederland (test)\", source: \"answer of Cito to the catalog's questionnaire (test)\", checked: {Answered:yyyy-MM-dd}, confidence: stated}}";
        File.WriteAllLines(products, lines);
        var catalog = Path.Combine(data, "catalog", "catalog.yaml");
        File.WriteAllLines(catalog, File.ReadAllLines(catalog).Select(l => l.StartsWith("released:", StringComparison.Ordinal) ? $"released: {Answered:yyyy-MM-dd}" : l));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task TheDayAfterTwelveMonthsTheFactIsUnknownAndAskedAgainWithoutARestart()
    {
        await using var web = app.WithWebHostBuilder(b => b
            .UseSetting("Regie:Data", data)
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = web.CreateClient();

        clock.Now = new DateTimeOffset(Answered.AddMonths(12).AddDays(-1).ToDateTime(new TimeOnly(23, 0)), TimeSpan.Zero);
        var counting = await client.GetStringAsync("/catalog/cito-lvs", TestContext.Current.CancellationToken);
        Assert.Contains("Nederland (test)", counting, StringComparison.Ordinal);
        Assert.Contains("verklaard door leverancier", counting, StringComparison.Ordinal);
        Assert.DoesNotContain(await RegionQuestionsAsync(client), q => q.Id == "cito-lvs/hostingRegion");

        clock.Now = clock.Now.AddHours(2);
        var ranOut = await client.GetStringAsync("/catalog/cito-lvs", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Nederland (test)", ranOut, StringComparison.Ordinal);
        Assert.Contains("answer of Cito to the catalog&#x27;s questionnaire (test)", ranOut, StringComparison.Ordinal);
        Assert.Contains(await RegionQuestionsAsync(client), q => q.Id == "cito-lvs/hostingRegion");
    }

    private static async Task<IReadOnlyList<QuestionDto>> RegionQuestionsAsync(HttpClient client)
    {
        var questionnaire = await client.GetFromJsonAsync<QuestionnaireDto>("/api/v1/questionnaires/cito", RegieApp.Json, TestContext.Current.CancellationToken);
        return [.. questionnaire!.Questions.Where(q => q.Topic == "hostingRegion")];
    }
}
