using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Questionnaires;

/// <summary>
/// The questionnaire round trip on the demo board: the document and answer file list a vendor's open questions, the filled-in
/// file comes back in, the criterion is answered with origin vendor and the score moves; after twelve months it is unknown again.
/// </summary>
public sealed class QuestionnairesThroughApiAndPage(QuestionnaireApp fixture) : IClassFixture<QuestionnaireApp>
{
    private readonly QuestionnaireApp app = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client() => app.Web.CreateClient();

    private static async Task<QuestionnaireDto> QuestionnaireAsync(HttpClient client, string vendor = "zermelo") =>
        (await client.GetFromJsonAsync<QuestionnaireDto>($"/api/v1/questionnaires/{vendor}", RegieApp.Json, Ct))!;

    private static async Task<ServiceAssessmentDocument> ZermeloScoreAsync(HttpClient client)
    {
        var services = (await client.GetFromJsonAsync<List<Regie.Web.Features.Services.ServiceSummaryDto>>("/api/v1/services", RegieApp.Json, Ct))!;
        var zermelo = services.Single(s => s.Name == "Zermelo");
        return (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{zermelo.Id}/score", RegieApp.Json, Ct))!;
    }

    private static CriterionDocument Criterion(ServiceAssessmentDocument score, string id) => score.Objectives.SelectMany(o => o.Criteria).Single(c => c.Id == id);

    /// <summary>The downloaded answer file with the vendor's answers in the empty answer cells of the given questions.</summary>
    private static string Fill(string csv, params (string Question, string Answer)[] answers) =>
        string.Join("\r\n", csv.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).Select(line =>
            answers.FirstOrDefault(a => line.StartsWith(a.Question + ";", StringComparison.Ordinal)) is { Question: not null } a ? line[..^3] + $";{a.Answer};;" : line));

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string content, string fileName = "antwoorden.csv") =>
        await client.PostAsync($"/api/v1/questionnaires/zermelo/answers/file?fileName={fileName}", new StringContent(content, Encoding.UTF8, "text/csv"), Ct);

    private async Task<int> StoredAnswersAsync()
    {
        await using var db = RegieDatabase.Create(app.App.Database, TenantContext.System);
        return await db.VendorAnswers.IgnoreQueryFilters([RegieDbContext.TenantFilter]).CountAsync(Ct);
    }

    [Fact]
    public async Task TheListNamesEveryVendorWithOpenQuestionsAndItsPage()
    {
        var list = (await Client().GetFromJsonAsync<List<QuestionnaireSummaryDto>>("/api/v1/questionnaires", RegieApp.Json, Ct))!;

        var zermelo = list.Single(v => v.VendorId == "zermelo");
        Assert.Equal("Zermelo Software B.V.", zermelo.VendorName);
        Assert.Equal(["Zermelo"], zermelo.Services);
        Assert.True(zermelo.OpenQuestions > 10);
        Assert.Equal("/questionnaires/vendor?vendor=zermelo", zermelo.Page);
        Assert.Equal(7, list.Single(v => v.VendorId == "microsoft").Services.Count);
    }

    [Fact]
    public async Task TheDocumentAndTheAnswerFileListTheOpenQuestionsOfTheVendor()
    {
        var client = Client();
        var questionnaire = await QuestionnaireAsync(client);

        var markdown = await client.GetStringAsync("/api/v1/questionnaires/zermelo/document.md", Ct);
        var csv = await client.GetStringAsync("/api/v1/questionnaires/zermelo/answers.csv", Ct);

        Assert.StartsWith("# Vragenlijst digitale autonomie voor Zermelo Software B.V.", markdown);
        Assert.Contains("Bestuur: Stichting Voorbeeld Onderwijs (demo)", markdown);
        Assert.All(questionnaire.Questions, q => Assert.Contains($"`{q.Id}`", markdown));
        Assert.All(questionnaire.Questions, q => Assert.Contains($"\n{q.Id};zermelo;", csv));
        var law = questionnaire.Questions.Single(q => q.Id == "zermelo/SOV2.law");
        Assert.Equal(("criterion", QuestionStatus.Open, 3), (law.Kind, law.Status, law.Options!.Count));
        Assert.Equal(["Zermelo"], law.Services.Select(s => s.Name));
    }

    [Fact]
    public async Task AFilledInAnswerFileMakesTheCriterionAnsweredByTheVendorAndMovesTheScore()
    {
        var client = Client();
        var before = await ZermeloScoreAsync(client);
        var csv = await client.GetStringAsync("/api/v1/questionnaires/zermelo/answers.csv", Ct);

        var response = await PostFileAsync(client, Fill(csv, ("zermelo/SOV2.law", "2"), ("zermelo/ultimateParent", "Zermelo Holding B.V. (NL)")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = (await response.Content.ReadFromJsonAsync<QuestionnaireAnswersStoredDto>(RegieApp.Json, Ct))!;
        Assert.Equal(2, stored.Stored);
        var after = await ZermeloScoreAsync(client);
        var law = Criterion(after, "SOV2.law");
        Assert.Equal((AnswerOrigin.Vendor, 2, "antwoord van Zermelo Software B.V., 2026-12-06"), (law.Origin, law.Option, law.Source));
        Assert.Equal((AnswerOrigin.Vendor, 3), (Criterion(after, "SOV1.parent").Origin, Criterion(after, "SOV1.parent").Option));
        Assert.True(after.Score > before.Score, $"{before.Score} → {after.Score}");
        Assert.True(after.OptimisticScore - after.Score < before.OptimisticScore - before.Score);
        Assert.Equal("Zermelo Software B.V. → Zermelo Holding B.V.", after.Facts.VendorChain);
        var questionnaire = await QuestionnaireAsync(client);
        Assert.Equal(QuestionStatus.Answered, questionnaire.Questions.Single(q => q.Id == "zermelo/SOV2.law").Status);
        Assert.Equal(stored.Questionnaire.OpenQuestions, questionnaire.OpenQuestions);

        var page = await client.GetStringAsync($"/services/{after.Id}", Ct);
        Assert.Contains("verklaard door leverancier", page);
        Assert.Contains("antwoord van Zermelo Software B.V., 2026-12-06", page);
    }

    [Fact]
    public async Task AnAnswerOlderThanTwelveMonthsIsExpiredAndTheCriterionUnknownAgain()
    {
        var client = Client();
        var answered = await client.PostAsJsonAsync("/api/v1/questionnaires/zermelo/answers",
            new QuestionnaireAnswersRequest([new("zermelo/SOV2.law", "2", "contract art. 12", "2026-11-01")]), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.False(Criterion(await ZermeloScoreAsync(client), "SOV2.law").Unknown);

        app.Clock.Now = new DateTimeOffset(2027, 11, 2, 9, 0, 0, TimeSpan.Zero);

        var law = Criterion(await ZermeloScoreAsync(client), "SOV2.law");
        Assert.True(law.Unknown);
        Assert.Equal(AnswerOrigin.Unknown, law.Origin);
        var question = (await QuestionnaireAsync(client)).Questions.Single(q => q.Id == "zermelo/SOV2.law");
        Assert.Equal(QuestionStatus.Expired, question.Status);
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2027, 11, 1), "contract art. 12"), (question.Answer!.AnsweredOn, question.Answer.ExpiresOn, question.Answer.Explanation));
        Assert.Contains("verlopen op 1 november 2027", await client.GetStringAsync("/api/v1/questionnaires/zermelo/document.md", Ct));
    }

    [Theory]
    [InlineData("vraag;antwoord\nzermelo/SOV2.law;2\nzermelo/SOV9.nothing;1\n", "regel 3: vraag", "'zermelo/SOV9.nothing' is geen vraag van de vragenlijst voor Zermelo Software B.V.")]
    [InlineData("vraag;antwoord\nzermelo/SOV2.law;7\n", "regel 2: antwoord", "'7' is geen optie: kies een nummer van 0 tot en met 2, of onbekend.")]
    [InlineData("id;waarde\nzermelo/SOV2.law;2\n", "regel 1: kopregel", "De kolom 'vraag' ontbreekt in de kopregel.")]
    [InlineData("vraag;antwoord;datum\nzermelo/SOV2.law;2;2025-01-01\n", "regel 2: datum", "telt niet meer")]
    public async Task ABadAnswerFileIsRefusedNamingRowAndFieldAndNothingIsStored(string file, string key, string message)
    {
        var client = Client();

        var response = await PostFileAsync(client, file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct))!;
        Assert.Contains(problem.Errors[key], e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, await StoredAnswersAsync());
        Assert.True(Criterion(await ZermeloScoreAsync(client), "SOV2.law").Unknown);
    }

    [Fact]
    public async Task TheWorkbookComesBackFilledIn()
    {
        var client = Client();
        var workbook = await client.GetByteArrayAsync("/api/v1/questionnaires/zermelo/answers.xlsx", Ct);
        var rows = MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: "antwoorden").Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(x => x.Key, x => (object?)(r["vraag"]?.ToString() == "zermelo/exitTerms" && x.Key == "antwoord" ? "ja" : x.Value))).ToList();
        using var filled = new MemoryStream();
        MiniExcel.SaveAs(filled, rows);

        var response = await client.PostAsync("/api/v1/questionnaires/zermelo/answers/file?fileName=antwoorden.xlsx", new ByteArrayContent(filled.ToArray()), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exit = Criterion(await ZermeloScoreAsync(client), "SOV4.exit");
        Assert.Equal((AnswerOrigin.Vendor, 1), (exit.Origin, exit.Option));
    }

    [Fact]
    public async Task AVendorTheBoardDoesNotUseIsNotFound()
    {
        var client = Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/questionnaires/bestaat-niet", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/questionnaires/bestaat-niet/answers",
            new QuestionnaireAnswersRequest([new("x/y", "1", null, null)]), RegieApp.Json, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/questionnaires/vendor?vendor=bestaat-niet", Ct)).StatusCode);
    }

    /// <summary>The answer form as a browser sends it: every open question with its (mostly empty) answer and explanation.</summary>
    private static IEnumerable<KeyValuePair<string, string>> BrowserForm(IReadOnlyList<QuestionDto> questions, params (int Index, string Answer)[] answers) =>
        questions.SelectMany((q, i) => new KeyValuePair<string, string>[]
        {
            new($"Questions[{i}]", q.Id), new($"Answers[{i}]", answers.FirstOrDefault(a => a.Index == i).Answer ?? ""), new($"Explanations[{i}]", ""),
        });

    [Fact]
    public async Task ThePagesListTheVendorsAndTheQuestionsAndTheFormStoresAnswers()
    {
        var client = Client();

        var index = await client.GetStringAsync("/questionnaires", Ct);
        Assert.Contains("href=\"/questionnaires/vendor?vendor=zermelo\"", index);
        var page = await client.GetStringAsync("/questionnaires/vendor?vendor=zermelo", Ct);
        Assert.Contains("<code>zermelo/SOV2.law</code>", page);
        Assert.Contains("/api/v1/questionnaires/zermelo/answers.xlsx", page);
        var questions = (await QuestionnaireAsync(client)).Questions;
        var law = questions.ToList().FindIndex(q => q.Id == "zermelo/SOV2.law");

        var response = await FormPost.SubmitAsync(client, "/questionnaires/vendor?vendor=zermelo", "/questionnaires/vendor?vendor=zermelo&handler=Answers",
            [.. BrowserForm(questions, (law, "2")), new("Date", "2026-12-01")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("answer-errors", answered);
        Assert.Contains("1 antwoord van Zermelo Software B.V. is opgeslagen.", answered);
        Assert.Contains("id=\"answered\"", answered);
        Assert.Equal(new DateOnly(2026, 12, 1), (await QuestionnaireAsync(client)).Questions.Single(q => q.Id == "zermelo/SOV2.law").Answer!.AnsweredOn);
    }

    [Fact]
    public async Task AWrongAnswerInTheFormNamesTheQuestionAndStoresNothing()
    {
        var client = Client();
        var questions = (await QuestionnaireAsync(client)).Questions;
        var parent = questions.ToList().FindIndex(q => q.Id == "zermelo/ultimateParent");

        var response = await FormPost.SubmitAsync(client, "/questionnaires/vendor?vendor=zermelo", "/questionnaires/vendor?vendor=zermelo&handler=Answers",
            BrowserForm(questions, (parent, "Zermelo Holding")));

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("zermelo/ultimateParent, antwoord: &#x27;Zermelo Holding&#x27; heeft niet de vorm", html);
        Assert.Equal(0, await StoredAnswersAsync());
    }

    [Fact]
    public async Task InEnglishThePageAndTheDocumentAreEnglish()
    {
        var client = Client();
        client.DefaultRequestHeaders.Add("Cookie", "regie-lang=en");

        var page = await client.GetStringAsync("/questionnaires/vendor?vendor=zermelo", Ct);
        var markdown = await client.GetStringAsync("/api/v1/questionnaires/zermelo/document.md", Ct);

        Assert.Contains("Digital autonomy questionnaire for Zermelo Software B.V.", page);
        Assert.Contains("Which law governs the contract", page);
        Assert.DoesNotContain("Zo antwoordt u", page);
        Assert.StartsWith("# Digital autonomy questionnaire for Zermelo Software B.V.", markdown);
        Assert.Contains("Board: Stichting Voorbeeld Onderwijs (demo)", markdown);
    }
}
