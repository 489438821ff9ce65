using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Verdict;

/// <summary>
/// The verdict reaches the board the same way everywhere: the API gives the CLI's document, the dashboard opens with it,
/// its counts filter the service list, and a service page shows what holds that service.
/// </summary>
public sealed partial class TheVerdictOnTheDemoBoard(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    // The options of `regie verdict --format json` (src/Regie.Cli/Output.cs).
    private static readonly JsonSerializerOptions CliJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private async Task<(BoardLandscape Landscape, BoardAssessment Assessment, OrganisationEntity Organisation)> DemoAsync(CancellationToken ct)
    {
        var demo = await app.DemoBoardIdAsync();
        var knowledge = app.Services.GetRequiredService<RegieKnowledge>();
        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(demo, "test"));
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == demo, ct);
        var landscape = await db.LoadLandscapeAsync(new OrganisationId(demo), TimeProvider.System, ct);
        return (landscape, BoardAssessor.Assess(landscape, knowledge, organisation.WeightProfile), organisation);
    }

    [Fact]
    public async Task TheApiGivesTheDocumentTheCliWritesInTheReadersLanguage()
    {
        var ct = TestContext.Current.CancellationToken;
        var knowledge = app.Services.GetRequiredService<RegieKnowledge>();
        var (landscape, assessment, organisation) = await DemoAsync(ct);
        var verdict = BoardVerdict.For(landscape, knowledge, assessment);

        foreach (var (culture, header) in new[] { (ReasonText.Dutch, (string?)null), (ReasonText.English, "en-GB,en;q=0.9") })
        {
            var cli = JsonNode.Parse(JsonSerializer.Serialize(
                VerdictDocument.From(verdict, assessment, culture, new AssessedOrganisation(organisation.Id, organisation.Name), knowledge.Catalog.Version), CliJson));
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/verdict");
            if (header is not null)
            {
                request.Headers.Add("Accept-Language", header);
            }

            var response = await app.CreateClient().SendAsync(request, ct);
            Assert.True(response.IsSuccessStatusCode);
            var api = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;

            Assert.True(JsonNode.DeepEquals(cli, api), $"The API's verdict in {culture.Name} differs from the CLI's.");
            Assert.Equal(culture.Name, (string?)api["language"]);
        }
    }

    [Fact]
    public async Task TheCountsAddUpAndAgreeWithEveryServicesStanding()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var verdict = JsonNode.Parse(await client.GetStringAsync("/api/v1/verdict", ct))!;
        var scores = JsonNode.Parse(await client.GetStringAsync("/api/v1/scores", ct))!["services"]!.AsArray();

        var counts = verdict["counts"]!;
        int Count(string standing) => scores.Count(s => (bool)s!["policy"]!["applies"]! && (string?)s["policy"]!["standing"] == standing);
        Assert.Equal(scores.Count, (int)counts["services"]!);
        Assert.Equal(Count("meetsMinimum"), (int)counts["meets"]!);
        Assert.Equal(Count("failsOnKnownFacts"), (int)counts["failsOnKnownFacts"]!);
        Assert.Equal(Count("undetermined"), (int)counts["undetermined"]!);
        Assert.Equal((int)counts["withMinimum"]!, (int)counts["meets"]! + (int)counts["failsOnKnownFacts"]! + (int)counts["undetermined"]!);
        Assert.Equal((int)counts["failsOnKnownFacts"]! + (int)counts["undetermined"]!, (int)verdict["failing"]!);

        // Every held service is a failing service with the standing the score gives it, and every figure lists its services.
        var standing = scores.ToDictionary(s => (string)s!["id"]!, s => (string?)s!["policy"]!["standing"]);
        var causes = verdict["rootCauses"]!.AsArray();
        Assert.NotEmpty(causes);
        foreach (var cause in causes)
        {
            var held = cause!["held"]!.AsArray();
            Assert.Equal((int)cause["servicesHeld"]!, held.Count);
            Assert.Equal((int)cause["liftAtBest"]!, cause["liftedServices"]!.AsArray().Count);
            Assert.All(held, h =>
            {
                Assert.Equal(standing[(string)h!["id"]!], (string?)h["standing"]);
                Assert.NotEqual("meetsMinimum", (string?)h["standing"]);
                Assert.NotEmpty(h["shortfalls"]!.AsArray());
            });
        }

        var lifts = causes.Select(c => (int)c!["liftAtBest"]!).ToList();
        Assert.Equal(lifts.OrderByDescending(l => l), lifts);
    }

    [Fact]
    public async Task TheFirstStepsAlternativesShowTheServicesThatStopFallingShortEvenWhenTheMeanFalls()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var section = Section().Match(await client.GetStringAsync("/", ct)).Value;
        var start = System.Text.RegularExpressions.Regex.Match(section, "href=\"(/services/[0-9a-f-]{36}/alternatives)\"");
        Assert.True(start.Success, "The demo board's first step is to move a dependency (docs/VERDICT.md).");

        var page = await client.GetStringAsync(start.Groups[1].Value, ct);

        var row = page[page.IndexOf("<tr class=\"board-standings\">", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var failing = System.Text.RegularExpressions.Regex.Matches(row, @"(\d+) schieten tekort op bekende feiten").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(failing.Count >= 2, row);
        Assert.True(failing.Skip(1).Min() < failing[0], $"no candidate lowers the services failing on known facts: {row}");
    }

    [Fact]
    public async Task TheDashboardOpensWithTheVerdictAndItsCountsFilterTheServiceList()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var verdict = JsonNode.Parse(await client.GetStringAsync("/api/v1/verdict", ct))!;
        var html = await client.GetStringAsync("/", ct);

        var section = Section().Match(html);
        Assert.True(section.Success, "The dashboard has no verdict section.");
        foreach (var sentence in verdict["verdict"]!.AsArray())
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode((string)sentence!["text"]!), section.Value, StringComparison.Ordinal);
        }

        Assert.Contains("Begin hier", section.Value, StringComparison.Ordinal);
        Assert.Contains("data-cause=\"" + (string)verdict["rootCauses"]![0]!["cause"]!["code"]!, html, StringComparison.Ordinal);

        // A cause's figures open to the services behind them.
        var clearing = verdict["rootCauses"]!.AsArray().First(c => c!["clearedOfKnownFailures"]!.AsArray().Count > 0)!;
        var cleared = clearing["clearedOfKnownFailures"]!.AsArray().Select(id => (string)id!).ToHashSet();
        var names = clearing["held"]!.AsArray().Where(h => cleared.Contains((string)h!["id"]!)).Select(h => (string)h!["name"]!);
        Assert.All(names, n => Assert.Contains(System.Net.WebUtility.HtmlEncode(n), html, StringComparison.Ordinal));
        Assert.Contains("Schieten dan niet meer tekort op bekende feiten", html, StringComparison.Ordinal);

        foreach (var (filter, key) in new[] { ("known", "failsOnKnownFacts"), ("undetermined", "undetermined") })
        {
            var list = await client.GetStringAsync($"/services?standing={filter}", ct);
            Assert.Equal((int)verdict["counts"]![key]!, ServiceRow().Matches(list).Count);
        }
    }

    [Fact]
    public async Task ACauseHoldingManyServicesShowsAFewOnTheDashboardAndAllInTheFilteredList()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var verdict = JsonNode.Parse(await client.GetStringAsync("/api/v1/verdict", ct))!;
        var html = await client.GetStringAsync("/", ct);

        // Every cause row that holds more services than the dashboard lists links to the list of exactly those services.
        var rows = CauseRow().Matches(html).ToList();
        Assert.NotEmpty(rows);
        var linked = 0;
        foreach (var row in rows)
        {
            var cause = verdict["rootCauses"]![int.Parse(row.Groups["rank"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1]!;
            var held = cause["held"]!.AsArray().Select(h => (string)h!["id"]!).ToHashSet();
            Assert.True(HeldItem().Matches(row.Value).Count <= Pages.IndexModel.HeldShown);
            var link = HeldLink().Match(row.Value);
            Assert.Equal(held.Count > Pages.IndexModel.HeldShown, link.Success);
            if (link.Success)
            {
                linked++;
                var list = await client.GetStringAsync(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value), ct);
                Assert.Equal(held, ListedService().Matches(list).Select(m => m.Groups[1].Value).ToHashSet());
                Assert.Contains("Alleen de diensten die deze oorzaak onder de minimumeis houdt", list, StringComparison.Ordinal);
            }
        }

        Assert.True(linked > 0, "No cause of the demo board holds more services than the dashboard lists.");

        // A link made before the board changed names a cause that holds nothing now: no services, and a plain message.
        var stale = await client.GetStringAsync("/services?cause=vendorParty%3Abestaat-niet", ct);
        Assert.Empty(ListedService().Matches(stale));
        Assert.Contains("Deze oorzaak houdt geen diensten meer tegen", stale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingServicePageShowsWhatHoldsItAndBothScores()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var teams = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Microsoft Teams");

        var html = await client.GetStringAsync($"/services/{teams.Id}", ct);

        Assert.Contains("Wat deze dienst tegenhoudt", html, StringComparison.Ordinal);
        Assert.Contains("data-cause=\"vendorParty\"", html, StringComparison.Ordinal);
        Assert.Contains("data-standing=\"FailsOnKnownFacts\"", html, StringComparison.Ordinal);
        Assert.Contains("Optimistisch", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InEnglishModeTheVerdictIsEnglish()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "regie-lang=en");

        var html = await client.GetStringAsync("/", ct);
        var section = Section().Match(html).Value;

        Assert.Contains("Verdict", section, StringComparison.Ordinal);
        Assert.Contains("Begin here", section, StringComparison.Ordinal);
        Assert.DoesNotContain(" diensten", section, StringComparison.Ordinal);
        Assert.DoesNotContain("minimumeis", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenQuestionsOfACauseAreTheQuestionsOfTheVendorsQuestionnaire()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var verdict = JsonNode.Parse(await client.GetStringAsync("/api/v1/verdict", ct))!;
        var questionnaires = JsonNode.Parse(await client.GetStringAsync("/api/v1/questionnaires", ct))!.AsArray();

        var open = verdict["rootCauses"]!.AsArray().Where(c => (string?)c!["cause"]!["code"] == "openQuestions" && c["cause"]!["args"]!["vendorId"] is not null).ToList();
        Assert.NotEmpty(open);
        foreach (var cause in open)
        {
            var vendor = (string)cause!["cause"]!["args"]!["vendorId"]!;
            var questionnaire = Assert.Single(questionnaires, q => (string?)q!["vendorId"] == vendor);
            Assert.Equal((int)questionnaire!["openQuestions"]!, (int)cause["openQuestions"]!);
        }
    }

    [Fact]
    public async Task TheAlternativesPageShowsEachCandidatesStanding()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var teams = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Microsoft Teams");

        var html = await client.GetStringAsync($"/services/{teams.Id}/alternatives", ct);

        Assert.Contains("<tr class=\"standing\">", html, StringComparison.Ordinal);
        Assert.True(Regex.Matches(html, "data-standing=\"").Count >= 2, "The current service and at least one candidate carry a standing.");
    }

    [GeneratedRegex("<section[^>]*id=\"verdict\"[^>]*>.*?</section>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("<tr>\\s*<td><a href=\"/services/[0-9a-f-]{36}\">")]
    private static partial Regex ServiceRow();

    [GeneratedRegex("<tr>\\s*<td><a href=\"/services/([0-9a-f-]{36})\">")]
    private static partial Regex ListedService();

    [GeneratedRegex("<tr data-cause=\"[^\"]+\">\\s*<td class=\"num\">(?<rank>\\d+)</td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex CauseRow();

    [GeneratedRegex("<li><a href=\"/services/[0-9a-f-]{36}#score\">")]
    private static partial Regex HeldItem();

    [GeneratedRegex("<a href=\"(/services\\?cause=[^\"]+)\">")]
    private static partial Regex HeldLink();
}
