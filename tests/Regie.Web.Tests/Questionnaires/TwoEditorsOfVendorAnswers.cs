using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Questionnaires;

/// <summary>
/// No silent lost update on a vendor's answers: recording answers from a questionnaire read before someone else recorded
/// answers of that vendor is refused (409 with the version in the body, 412 with If-Match, the page with the Dutch message)
/// and stores nothing; without a version it is still taken.
/// </summary>
public sealed partial class TwoEditorsOfVendorAnswers(QuestionnaireApp fixture) : IClassFixture<QuestionnaireApp>
{
    private readonly QuestionnaireApp app = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Url = "/api/v1/questionnaires/zermelo/answers";

    private static QuestionnaireAnswersRequest Law(string option, string explanation, string? version = null) =>
        new([new("zermelo/SOV2.law", option, explanation, "2026-11-01")], version);

    private static async Task<(QuestionnaireDto Dto, string ETag)> ReadAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/questionnaires/zermelo", Ct);
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<QuestionnaireDto>(RegieApp.Json, Ct))!, response.Headers.ETag!.Tag);
    }

    private static string? LawAnswer(QuestionnaireDto dto) => dto.Questions.Single(q => q.Id == "zermelo/SOV2.law").Answer?.Explanation;

    [Fact]
    public async Task AnswersRecordedFromAnOlderVersionAreRefusedAndTheFirstStay()
    {
        var anna = app.Web.CreateClient();
        var bram = app.Web.CreateClient();
        var (read, etag) = await ReadAsync(anna);
        Assert.Equal($"\"{read.Version}\"", etag);
        // The answer file as downloaded with the questionnaire, its SOV2.law cell filled in.
        var csv = string.Join("\r\n", (await bram.GetStringAsync("/api/v1/questionnaires/zermelo/answers.csv", Ct)).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r'))
            .Select(line => line.StartsWith("zermelo/SOV2.law;", StringComparison.Ordinal) ? line[..^3] + ";1;;" : line));

        var first = await anna.PostAsJsonAsync(Url, Law("2", "contract art. 12", read.Version), RegieApp.Json, Ct);
        var second = await bram.PostAsJsonAsync(Url, Law("0", "oude mail", read.Version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(Law("1", "nog ouder"), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var third = await bram.SendAsync(late, Ct);
        var file = await bram.PostAsync($"{Url}/file?fileName=antwoorden.csv&version={read.Version}",
            new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, file.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("De vragenlijst van deze leverancier is intussen door iemand anders gewijzigd", problem.GetProperty("title").GetString());
        var current = problem.GetProperty("current").Deserialize<QuestionnaireDto>(RegieApp.Json)!;
        Assert.Equal("contract art. 12", LawAnswer(current));
        var (stored, storedTag) = await ReadAsync(anna);
        Assert.Equal("contract art. 12", LawAnswer(stored));
        Assert.Equal(stored.Version, problem.GetProperty("currentVersion").GetString());
        Assert.NotEqual(etag, storedTag);

        var withoutVersion = await bram.PostAsJsonAsync(Url, Law("0", "zonder versie"), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, withoutVersion.StatusCode);
        Assert.Equal("zonder versie", LawAnswer((await ReadAsync(anna)).Dto));
    }

    [Fact]
    public async Task ThePageRefusesAnswersFromBeforeSomeoneElsesAndShowsTheStoredOnes()
    {
        var client = app.Web.CreateClient();
        const string page = "/questionnaires/vendor?vendor=zermelo";
        var version = FormVersion().Match(await client.GetStringAsync(page, Ct)).Groups[1].Value;
        Assert.Equal((await ReadAsync(client)).Dto.Version, version);
        (await client.PostAsJsonAsync(Url, Law("2", "antwoord van de collega", version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(client, page, $"{page}&handler=Answers",
            [new("Version", version), new("Questions[0]", "zermelo/SOV2.law"), new("Answers[0]", "0"), new("Date", "2026-12-01")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft de antwoorden van deze leverancier opgeslagen nadat u het formulier opende", html);
        Assert.Contains("antwoord van de collega", html);
        Assert.Equal("antwoord van de collega", LawAnswer((await ReadAsync(client)).Dto));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"Version\" value=\"([0-9a-f]+)\">")]
    private static partial Regex FormVersion();
}
