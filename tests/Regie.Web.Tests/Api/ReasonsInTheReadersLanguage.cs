using System.Net.Http.Json;
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
using Regie.Data;

namespace Regie.Web.Tests.Api;

/// <summary>
/// Scoring reasons reach the reader as values rendered at the edge: the API gives the CLI's assessment document in the
/// client's language, English pages explain in English, and Dutch formulas write a decimal comma.
/// </summary>
public sealed partial class ReasonsInTheReadersLanguage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    // The options of `regie score --format json` (src/Regie.Cli/Output.cs).
    private static readonly JsonSerializerOptions CliJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    // Words that only Dutch prose has; a reason or formula on an English page holds none of them.
    private static readonly string[] DutchMarkers =
        [" de ", " het ", " een ", "leverancier", "onbekend", "gehost", "niet ", "wordt", "afronding", "geërfd", "moederbedrijf", "Voldoet", "Blootstelling"];

    [Fact]
    public async Task TheScoresApiGivesTheDocumentTheCliWritesForTheSameBoard()
    {
        var ct = TestContext.Current.CancellationToken;
        var demo = await app.DemoBoardIdAsync();
        var knowledge = app.Services.GetRequiredService<RegieKnowledge>();
        BoardAssessment assessment;
        OrganisationEntity organisation;
        await using (var db = RegieDatabase.Create(app.Database, new FixedTenant(demo, "test")))
        {
            organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == demo, ct);
            assessment = BoardAssessor.Assess(await db.LoadLandscapeAsync(new OrganisationId(demo), TimeProvider.System, ct), knowledge, organisation.WeightProfile);
        }

        foreach (var (culture, header) in new[] { (ReasonText.Dutch, (string?)null), (ReasonText.English, "en-GB,en;q=0.9") })
        {
            var cli = JsonNode.Parse(JsonSerializer.Serialize(
                AssessmentDocument.From(assessment, culture, new AssessedOrganisation(organisation.Id, organisation.Name), knowledge.Catalog.Version), CliJson));
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/scores");
            if (header is not null)
            {
                request.Headers.Add("Accept-Language", header);
            }

            var response = await app.CreateClient().SendAsync(request, ct);
            var api = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));

            Assert.True(JsonNode.DeepEquals(cli, api), $"The API's document in {culture.Name} differs from the CLI's.");
        }
    }

    [Fact]
    public async Task TheScoreSpeaksTheCookiesLanguageElseTheAcceptLanguageAndDutchByDefault()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var magister = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Magister");

        async Task<ServiceAssessmentDocument> ScoreAsync(string? cookie, string? acceptLanguage)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/services/{magister.Id}/score");
            if (cookie is not null)
            {
                request.Headers.Add("Cookie", $"regie-lang={cookie}");
            }

            if (acceptLanguage is not null)
            {
                request.Headers.Add("Accept-Language", acceptLanguage);
            }

            var response = await client.SendAsync(request, ct);
            return (await response.Content.ReadFromJsonAsync<ServiceAssessmentDocument>(RegieApp.Json, ct))!;
        }

        var dutch = await ScoreAsync(null, null);
        var english = await ScoreAsync(null, "en-US,en;q=0.8");
        var cookieWins = await ScoreAsync("nl", "en");

        Assert.Equal("urgencyFormula", english.Urgency.Formula.Code);
        Assert.StartsWith("Criticality", english.Urgency.Reasons[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Kritikaliteit", dutch.Urgency.Reasons[0].Text, StringComparison.Ordinal);
        Assert.Equal(dutch.Urgency.Reasons[0].Text, cookieWins.Urgency.Reasons[0].Text);
        Assert.Equal(dutch.Urgency.Reasons.Select(r => r.Code), english.Urgency.Reasons.Select(r => r.Code));
        Assert.Equal(dutch.Urgency.Quadrant, english.Urgency.Quadrant);
    }

    [Fact]
    public async Task EnglishPagesExplainTheScoreInEnglish()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var nextcloud = Assert.Single(await app.ServicesAsync(client), s => s.Name.StartsWith("Nextcloud", StringComparison.Ordinal));
        var score = (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{nextcloud.Id}/score", RegieApp.Json, ct))!;
        var criteria = score.Objectives.SelectMany(o => o.Criteria).ToList();
        Assert.Contains(criteria, c => c.Unknown);
        Assert.Contains(criteria, c => c.Origin == AnswerOrigin.Board);
        Assert.Contains(score.Objectives, o => o.InheritedCap is { FromService: "Microsoft Entra ID" });
        // The board's own notes are its words, shown as written.
        var notes = criteria.Where(c => c.Origin == AnswerOrigin.Board).Select(c => c.Reason.Arg("note")!).ToList();

        foreach (var page in new[] { "/", $"/services/{nextcloud.Id}", "/priorities", "/graph" })
        {
            var explained = Explanations(await EnglishAsync(client, page));
            Assert.NotEmpty(explained);
            foreach (var text in explained)
            {
                var prose = notes.Aggregate(text, (t, note) => t.Replace(note, "", StringComparison.Ordinal));
                Assert.DoesNotContain(DutchMarkers, marker => prose.Contains(marker, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task DutchFormulasWriteADecimalComma()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var magister = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Magister");

        foreach (var page in new[] { $"/services/{magister.Id}", "/priorities" })
        {
            var formulas = Formulas().Matches(await client.GetStringAsync(page, ct)).Select(m => Text(m.Groups["body"].Value)).ToList();

            Assert.Contains(formulas, f => f.StartsWith("R = 1 + 4 · ", StringComparison.Ordinal) && DecimalComma().IsMatch(f));
            Assert.DoesNotContain(formulas, f => DecimalPoint().IsMatch(f));
        }
    }

    [Fact]
    public async Task ChainsAndProviderNamesInTheApiFollowTheClientsLanguage()
    {
        var ct = TestContext.Current.CancellationToken;
        var catalog = app.Services.GetRequiredService<RegieKnowledge>().Catalog;
        // A company whose chain stops at an owner nobody could source, and a product of it.
        var company = catalog.Companies.First(c => Regie.Core.Catalog.OwnershipChain.Resolve(catalog, c.Id).Describe().Nl.EndsWith("→ onbekend", StringComparison.Ordinal));
        var product = catalog.Products.First(p => p.Vendor.Value == company.Id);
        var client = app.CreateClient();

        async Task<JsonNode> GetAsync(string path, string? acceptLanguage)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (acceptLanguage is not null)
            {
                request.Headers.Add("Accept-Language", acceptLanguage);
            }

            var response = await client.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
        }

        foreach (var (language, unknown, selfHosted) in new[] { ((string?)null, "→ onbekend", "Zelf gehost"), ("en-GB,en;q=0.9", "→ unknown", "Self-hosted") })
        {
            var chain = (string)(await GetAsync($"/api/v1/companies/{company.Id}", language))["chain"]!;
            var listed = (await GetAsync("/api/v1/companies", language)).AsArray().Single(c => (string)c!["key"]! == company.Id)!["chain"]!;
            var vendorChain = (string)(await GetAsync($"/api/v1/catalog/products/{product.Id}", language))["vendorChain"]!;
            var inList = (await GetAsync("/api/v1/catalog/products", language)).AsArray().Single(p => (string)p!["id"]! == product.Id)!["vendorChain"]!;
            var provider = (string)(await GetAsync("/api/v1/providers/self-hosted", language))["name"]!;
            var providers = (await GetAsync("/api/v1/providers", language)).AsArray().Select(p => (string)p!["name"]!).ToList();

            Assert.EndsWith(unknown, chain, StringComparison.Ordinal);
            Assert.Equal(chain, (string)listed!);
            Assert.EndsWith(unknown, vendorChain, StringComparison.Ordinal);
            Assert.Equal(vendorChain, (string)inList!);
            Assert.Equal(selfHosted, provider);
            Assert.Contains(selfHosted, providers);
        }
    }

    [Fact]
    public async Task ProcessesThatStopAndProcessSharesAreNamedInTheReadersLanguage()
    {
        var client = app.CreateClient();
        var processes = app.Services.GetRequiredService<RegieKnowledge>().ProcessTemplates;

        foreach (var path in new[] { "/", "/graph" })
        {
            var english = await EnglishAsync(client, path);
            var dutch = await client.GetStringAsync(path, TestContext.Current.CancellationToken);

            // The demo board's single points of failure stop "Leerlingadministratie" among others (docs/GRAPH.md).
            Assert.Contains("Pupil administration", english);
            Assert.Contains("Leerlingadministratie", dutch);
            var stillDutch = processes.Where(p => p.Name.Nl != p.Name.En && english.Contains(p.Name.Nl, StringComparison.Ordinal)).Select(p => p.Name.Nl).ToList();
            Assert.True(stillDutch.Count == 0, $"{path} in English names {string.Join(", ", stillDutch)}");
        }

        var api = await client.GetFromJsonAsync<JsonElement>("/api/v1/graph", TestContext.Current.CancellationToken);
        Assert.Contains("Leerlingadministratie", api.GetProperty("singlePointsOfFailure").EnumerateArray().SelectMany(s => s.GetProperty("processes").EnumerateArray()).Select(p => p.GetString()));
    }

    private static async Task<string> EnglishAsync(HttpClient client, string page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Add("Cookie", "regie-lang=en");
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static List<string> Explanations(string html) =>
        [.. Explained().Matches(html).Select(m => Text(m.Groups["body"].Value)).Where(t => t.Length > 0)];

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim();

    [GeneratedRegex("""<(?<tag>p|ul|td|span)\b[^>]*class="[^"]*\b(why|formula)\b[^"]*"[^>]*>(?<body>.*?)</\k<tag>>""", RegexOptions.Singleline)]
    private static partial Regex Explained();

    [GeneratedRegex("""<(?<tag>p|code)\b[^>]*class="[^"]*\bformula\b[^"]*"[^>]*>(?<body>.*?)</\k<tag>>""", RegexOptions.Singleline)]
    private static partial Regex Formulas();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\d,\d")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"\d\.\d")]
    private static partial Regex DecimalPoint();
}
