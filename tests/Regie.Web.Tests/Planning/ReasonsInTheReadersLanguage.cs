using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Regie.Core.Procurement;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Roadmap;
using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Planning;

/// <summary>English mode is English everywhere: the reasons on the planning, scenario and procurement pages included.</summary>
public sealed partial class ReasonsInTheReadersLanguage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    // Words that only a Dutch sentence has. The board's own service names are its text and stay as typed (the demo board's
    // "ChatGPT (onbeheerd gebruik door personeel)"), so they are taken out of a reason before it is read.
    [GeneratedRegex(@"\b(het|de|een|van|niet|wordt|zijn|naar|door|bij|voor|valt|weg|logt|gehost|dienst|diensten|onbekend|voldoet|schade|leerlingen|medewerkers|kwartaal|vastgezet|verhuist|eerst|gaat|leverancier|toelichting|antwoord)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutchWord();

    [GeneratedRegex("""<(\w+)[^>]*\bclass="[^"]*\breason\b[^"]*"[^>]*>(.*?)</\1>""", RegexOptions.Singleline)]
    private static partial Regex ReasonElement();

    [GeneratedRegex("""<code class="formula reason">(.*?)</code>""", RegexOptions.Singleline)]
    private static partial Regex Formula();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private async Task<string> PageAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"regie-lang={language}");
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static List<string> Reasons(string html) =>
        [.. ReasonElement().Matches(html).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[2].Value, " ")).Trim()).Where(t => t.Length > 0)];

    private static void AllEnglish(string page, string html, IReadOnlyList<string> boardsOwnNames)
    {
        var reasons = Reasons(html).Select(r => boardsOwnNames.Aggregate(r, (text, name) => text.Replace(name, "", StringComparison.Ordinal))).ToList();
        Assert.True(reasons.Count > 0, $"{page} shows no reasons");
        Assert.All(reasons, r => Assert.False(DutchWord().IsMatch(r), $"{page}: Dutch in \"{r}\""));
    }

    [Fact]
    public async Task TheRoadmapAlternativesScenarioAndTenderEvaluationExplainThemselvesInEnglish()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        (await client.PutAsJsonAsync("/api/v1/roadmap/settings", new RoadmapSettingsInput(1, "2027-Q1"), RegieApp.Json, ct)).EnsureSuccessStatusCode();
        var entra = await ServiceIdAsync(app, client, "Microsoft Entra ID");
        (await AddMoveAsync(client, await ServiceIdAsync(app, client, "Microsoft Teams"), "surf-nextcloud")).EnsureSuccessStatusCode();
        (await AddMoveAsync(client, entra, "surfconext-alt")).EnsureSuccessStatusCode();
        var tender = (await (await client.PostAsJsonAsync("/api/v1/procurement/tenders", new TenderRequest("Engels", "leerlingadministratie"), RegieApp.Json, ct))
            .Content.ReadFromJsonAsync<TenderDto>(RegieApp.Json, ct))!;
        var answers = tender.Requirements.Where(r => r.Kind != RequirementKind.Question && !r.IsComputed)
            .Select(r => new AnswerInput(r.Id, r.Topic == RequirementTopic.ExitStrategy ? "onbekend" : "ja", "zie bijlage")).ToList();
        (await client.PostAsJsonAsync($"/api/v1/procurement/tenders/{tender.Id}/responses", new VendorResponseRequest("Leverancier A", "parnassys", answers), RegieApp.Json, ct))
            .EnsureSuccessStatusCode();

        var names = (await app.ServicesAsync(client)).Select(s => s.Name).OrderByDescending(n => n.Length).ToList();
        AllEnglish("roadmap", await PageAsync(client, "/roadmap", "en"), names);
        AllEnglish("alternatives", await PageAsync(client, $"/services/{entra}/alternatives", "en"), names);
        AllEnglish("scenario", await PageAsync(client, "/scenarios?kind=unavailable&target=microsoft", "en"), names);
        AllEnglish("tender", await PageAsync(client, $"/procurement/{tender.Id}", "en"), names);
    }

    [Fact]
    public async Task TheHarmFormulaUsesTheReadersDecimalSeparator()
    {
        var client = app.CreateClient();

        var dutch = Formula().Match(await PageAsync(client, "/scenarios?kind=unavailable&target=microsoft", "nl")).Groups[1].Value;
        var english = Formula().Match(await PageAsync(client, "/scenarios?kind=unavailable&target=microsoft", "en")).Groups[1].Value;

        // The weights are fractions below one, so a separator after a lone 0 is the decimal one, never a thousands group.
        Assert.Matches(@"\b0,\d+ ×", dutch);
        Assert.DoesNotMatch(@"\b0\.\d", dutch);
        Assert.Matches(@"\b0\.\d+ ×", english);
        Assert.DoesNotMatch(@"\b0,\d", english);
    }
}
