using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Web.Features.PublicValues;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.PublicValues;

/// <summary>Public-values assessments through the API and the pages: stored, computed, compared; bad input and stale saves store nothing.</summary>
public sealed partial class PublicValuesThroughApiAndPages(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AssessmentDto> CreateAsync(HttpClient client, NewAssessmentInput input)
    {
        var response = await client.PostAsJsonAsync("/api/v1/values/assessments", input, RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AssessmentDto>(RegieApp.Json, Ct))!;
    }

    private static async Task<AssessmentDto> GetAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<AssessmentDto>($"/api/v1/values/assessments/{id}", RegieApp.Json, Ct))!;

    private static QuestionDto Question(AssessmentDto a, string id) => a.Values.SelectMany(v => v.Answers!).Single(q => q.Id == id);

    [Fact]
    public async Task TeamsAgainstNextcloudBijSurfSideBySideWithTheSovereigntyApart()
    {
        var client = app.CreateClient();
        var teamsId = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Microsoft Teams").Id;
        var teams = await CreateAsync(client, new("service", teamsId.ToString(), null));
        var surf = await CreateAsync(client, new("facility", null, "Nextcloud bij SURF"));

        // Teams: Regie pre-fills the foreign-access question from its data categories and Microsoft's jurisdiction.
        var prefilled = Question(teams, "privacySecurity.foreignAccess");
        Assert.Equal(("prefilled", 0), (prefilled.Origin, prefilled.Score!.Value));
        Assert.Equal("personalDataUnderForeignLaw", prefilled.Prefilled!.Why.Code);
        Assert.NotNull(teams.Sovereignty.Score);
        Assert.Null(surf.Sovereignty.Score);
        Assert.Equal("noSovereigntyScore", surf.Sovereignty.Why!.Code);

        var weights = await client.PutAsJsonAsync("/api/v1/values/weights", new WeightsInput(new Dictionary<string, double> { ["quality"] = 2 }), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, weights.StatusCode);
        // Only these answers count for Nextcloud: quality (3, 2 → 2.5, weight 2) and continuity (1, weight 1): (5 + 1) / 3 = 2.
        var answered = await client.PutAsJsonAsync($"/api/v1/values/assessments/{surf.Id}/answers", new AnswersInput(
        [
            new("quality.learning", 3, Evidence: "pilot SURF", Assessor: "FG", Date: new DateOnly(2026, 12, 1)),
            new("quality.fit", 2),
            new("continuity.outage", 1),
            new("continuity.reliability", null, Unknown: true),
        ], surf.Version), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var stored = (await answered.Content.ReadFromJsonAsync<AssessmentDto>(RegieApp.Json, Ct))!;
        Assert.Equal(2.5, stored.Values.Single(v => v.Id == "quality").Mean);
        Assert.Equal(1.0, stored.Values.Single(v => v.Id == "continuity").Mean);
        Assert.Equal(2.0, stored.Total!.Value, 6);
        Assert.Contains("wellBeing", stored.LeftOut);
        Assert.Equal("pilot SURF", Question(stored, "quality.learning").Evidence);

        var comparison = (await client.GetFromJsonAsync<ComparisonDto>($"/api/v1/values/compare?ids={teams.Id},{surf.Id}", RegieApp.Json, Ct))!;
        Assert.Equal([teams.Id, surf.Id], comparison.Options.Select(o => o.Id));
        Assert.Equal(2.0, comparison.Options[1].Total!.Value, 6);
        Assert.Contains(comparison.Why, w => w.Code == "sovereigntyKeptApart");
        // The sovereignty score does not enter the total: Teams' total is only its pre-filled public values.
        Assert.NotEqual(comparison.Options[0].Sovereignty.Score, comparison.Options[0].Total);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/values/compare?ids={teams.Id}&ids={surf.Id}", Ct));
        Assert.Contains("Soevereiniteitsscore en SEAL (apart, niet in het totaal)", page);
        Assert.Contains("2,00", page);
        Assert.Contains("Nextcloud bij SURF", page);
    }

    [Fact]
    public async Task BadAnswersAreRefusedWithTheFieldNamedAndNothingIsStored()
    {
        var client = app.CreateClient();
        var a = await CreateAsync(client, new("facility", null, "Nextcloud bij SURF"));

        var response = await client.PutAsJsonAsync($"/api/v1/values/assessments/{a.Id}/answers", new AnswersInput(
        [
            new("quality.learning", 3),
            new("quality.fit", 7),
            new("nonsense.question", 1),
            new("cost.funding", 1, Evidence: "Magister\u202Egnp.exe"),
            new("cost.efficiency", 1, Assessor: new string('x', 201)),
        ]), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("quality.fit", errors.GetProperty("answers[1].score")[0].GetString());
        Assert.Contains("nonsense.question", errors.GetProperty("answers[2].questionId")[0].GetString());
        Assert.Contains("stuurteken", errors.GetProperty("answers[3].evidence")[0].GetString());
        Assert.Contains("hoogstens 200 tekens", errors.GetProperty("answers[4].assessor")[0].GetString());
        var after = await GetAsync(client, a.Id);
        Assert.All(after.Values.SelectMany(v => v.Answers!), q => Assert.Null(q.Score));
        Assert.Equal(a.Version, after.Version);

        var facility = await client.PostAsJsonAsync("/api/v1/values/assessments", new NewAssessmentInput("facility", null, "Nextcloud\u0000"), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, facility.StatusCode);
        var weight = await client.PutAsJsonAsync("/api/v1/values/weights", new WeightsInput(new Dictionary<string, double> { ["quality"] = 11 }), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, weight.StatusCode);
        Assert.All((await client.GetFromJsonAsync<WeightsDto>("/api/v1/values/weights", RegieApp.Json, Ct))!.Weights, w => Assert.False(w.Set));
    }

    [Fact]
    public async Task AStaleSaveIsRefusedAndTheFirstAnswerStays()
    {
        var anna = app.CreateClient();
        var bram = app.CreateClient();
        var a = await CreateAsync(anna, new("facility", null, "Nextcloud bij SURF"));

        var first = await anna.PutAsJsonAsync($"/api/v1/values/assessments/{a.Id}/answers", new AnswersInput([new("quality.learning", 3)], a.Version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync($"/api/v1/values/assessments/{a.Id}/answers", new AnswersInput([new("quality.learning", 0)], a.Version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/values/assessments/{a.Id}/answers")
        {
            Content = JsonContent.Create(new AnswersInput([new("quality.learning", 1)]), options: RegieApp.Json),
        };
        late.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{a.Version}\""));
        var third = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        Assert.Equal(3, Question(await GetAsync(anna, a.Id), "quality.learning").Score);
    }

    [Fact]
    public async Task ThePagesCreateAnAssessmentSaveAnswersAndShowThePrefillAsSuch()
    {
        var client = app.CreateClient();
        var teamsId = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Microsoft Teams").Id;

        var details = await client.GetStringAsync($"/services/{teamsId}", Ct);
        Assert.Contains($"href=\"/values?service={teamsId}\"", details);
        var created = await FormPost.SubmitAsync(client, "/values", "/values", [new("Kind", "service"), new("ServiceId", teamsId.ToString())]);
        // The client follows the redirect to the new assessment's page.
        var url = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("^/values/[0-9a-f-]{36}$", url);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct));
        Assert.Contains("Voorinvulling van Regie", page);
        Assert.Contains("Ernaast: soevereiniteit (telt niet mee in het totaal)", page);
        var index = AnswerIndex().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(25, index.Count);

        var id = Guid.Parse(url.Split('/').Last());
        var version = (await GetAsync(client, id)).Version;
        var saved = await FormPost.SubmitAsync(client, url, url,
            [new("Version", version), new("Answers[0].QuestionId", "quality.learning"), new("Answers[0].Choice", "2"), new("Answers[0].Evidence", "<b>lesobservatie</b>"),
             new("Answers[1].QuestionId", "privacySecurity.foreignAccess"), new("Answers[1].Choice", "3")]);
        Assert.Equal(url, saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("De antwoorden zijn opgeslagen.", await saved.Content.ReadAsStringAsync(Ct));
        var after = await GetAsync(client, id);
        Assert.Equal(("assessor", 3), (Question(after, "privacySecurity.foreignAccess").Origin, Question(after, "privacySecurity.foreignAccess").Score!.Value));
        Assert.Equal(0, Question(after, "privacySecurity.foreignAccess").Prefilled!.Score);
        var shown = await client.GetStringAsync(url, Ct);
        Assert.Contains("&lt;b&gt;lesobservatie&lt;/b&gt;", shown);
        Assert.DoesNotContain("<b>lesobservatie</b>", shown);

        var refused = await FormPost.SubmitAsync(client, url, url,
            [new("Version", after.Version), new("Answers[0].QuestionId", "quality.learning"), new("Answers[0].Choice", "9")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("quality.learning: het antwoord moet een score van 0 tot en met 3 zijn", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(2, Question(await GetAsync(client, id), "quality.learning").Score);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/values", Ct));
        Assert.Contains("Microsoft Teams", list);
        Assert.Equal($"/values/{id}", (await client.GetAsync($"/values?service={teamsId}", Ct)).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [GeneratedRegex("name=\"Answers\\[(\\d+)\\]\\.QuestionId\"")]
    private static partial Regex AnswerIndex();
}
