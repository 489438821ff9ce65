using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Core.Exit;
using Regie.Core.Scoring;
using Regie.Web.Features.ExitPlans;
using Regie.Web.Features.Roadmap;
using Regie.Web.Features.Services;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Procurement;

public sealed partial class ExitPlansThroughApiAndPage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<Guid> ServiceAsync(HttpClient client, string name) => Assert.Single(await app.ServicesAsync(client), s => s.Name == name).Id;

    private static ExitPlanInput Input(DateOnly? tested, int? notice = 90) =>
        new(["Leerlingdossiers"], ["CSV", "EDEXML"], "Artikel 12: exit binnen 3 maanden", notice, "Papieren lijsten", null, ["Exporteren", "Overzetten"], "ICT-coördinator", tested);

    [Fact]
    public async Task WithoutASavedPlanTheApiShowsTheGeneratedDefaultWithItsReasons()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Magister");

        var plan = (await client.GetFromJsonAsync<ExitPlanDto>($"/api/v1/services/{id}/exit-plan", RegieApp.Json, ct))!;

        Assert.False(plan.Saved);
        Assert.Equal(6, plan.Steps.Count);
        Assert.StartsWith("Inventariseren", plan.Steps[0]);
        Assert.Contains("csv", plan.ExportFormats);
        Assert.Null(plan.NoticePeriodDays);
        Assert.Contains("Opzegtermijn (dagen)", plan.Unknowns);
        Assert.NotEmpty(plan.Notes);
        Assert.Contains(plan.Notes, n => n.Field == ExitPlanFields.Owner && n.Why.Code == "exitPlanOwnerNeeded");
        Assert.Equal(["takeStockStep", "exportAndTestStep", "setUpAlternativeStep", "moveUsersStep", "giveNoticeStep", "haveDataDeletedStep"],
            plan.Proposal!.Steps.Select(s => s.Code));
        Assert.Equal(plan.Steps, plan.Proposal.Steps.Select(s => s.Text));
        Assert.Equal("Magister", plan.Proposal.Steps[0].Args["service"]?.ToString());
    }

    [Fact]
    public async Task TheGeneratedPlanGoesWhereTheRoadmapGoes()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Microsoft Teams");
        (await client.PostAsJsonAsync("/api/v1/roadmap/moves", new MoveInput(id, "bigbluebutton"), RegieApp.Json, ct)).EnsureSuccessStatusCode();

        var plan = (await client.GetFromJsonAsync<ExitPlanDto>($"/api/v1/services/{id}/exit-plan", RegieApp.Json, ct))!;

        Assert.Equal("bigbluebutton", plan.AlternativeId);
        Assert.Equal("bigbluebutton", plan.RoadmapAlternativeId);
        Assert.Contains(plan.Notes, n => n.Field == ExitPlanFields.AlternativeId && n.Why.Code == "alternativeOnRoadmap");
        Assert.Contains(plan.Steps, s => s.Contains(plan.RoadmapAlternative!, StringComparison.Ordinal));
        var html = await client.GetStringAsync($"/services/{id}/exit-plan", ct);
        Assert.Contains("Op de routekaart verhuist deze dienst naar", html);
        Assert.Contains($"<option value=\"bigbluebutton\">", html);
        Assert.DoesNotContain("<option value=\"peertube\">", html);
    }

    [Fact]
    public async Task AnUnsavedProposalSpeaksTheReadersLanguageAndOnceSavedIsTheBoardsOwnText()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = await ServiceAsync(client, "Magister");
        var api = $"/api/v1/services/{id}/exit-plan";
        var page = $"/services/{id}/exit-plan";

        var english = (await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, api), "en")).Content.ReadFromJsonAsync<ExitPlanDto>(RegieApp.Json, ct);
        var englishPage = WebUtility.HtmlDecode(await (await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, page), "en")).Content.ReadAsStringAsync(ct));

        var plan = (await english)!;
        Assert.False(plan.Saved);
        Assert.StartsWith("Take stock: record which data Magister holds", plan.Steps[0]);
        Assert.StartsWith("Have the data deleted", plan.Steps[5]);
        Assert.Equal(plan.Steps, plan.Proposal!.Steps.Select(s => s.Text));
        Assert.Contains(plan.Steps[0], englishPage);
        Assert.DoesNotContain("Inventariseren", englishPage);

        // Marking the English proposal as tested saves it: from then on the steps are the board's text, in whatever language it was.
        var tested = await SendAsync(client, await PagePostAsync(client, page, $"{page}?handler=Tested", [], "en"), "en");
        Assert.Equal(HttpStatusCode.Redirect, tested.StatusCode);
        var saved = (await client.GetFromJsonAsync<ExitPlanDto>(api, RegieApp.Json, ct))!;
        Assert.True(saved.Saved);
        Assert.Null(saved.Proposal);
        Assert.Equal(plan.Steps, saved.Steps);
    }

    [Theory]
    [InlineData("nl", "Opzegtermijn (dagen): geef een aantal dagen tussen 0 en 3650.")]
    [InlineData("en", "Notice period (days): give a number of days between 0 and 3650.")]
    public async Task PageAndApiRefuseTheSameBadPlanWithTheSameMessages(string language, string noticeMessage)
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Snappet");
        var api = $"/api/v1/services/{id}/exit-plan";
        var page = $"/services/{id}/exit-plan";
        var tested = Today.AddDays(3);

        var put = new HttpRequestMessage(HttpMethod.Put, api) { Content = JsonContent.Create(Input(tested, notice: -3) with { AlternativeId = "bestaat-niet" }, options: RegieApp.Json) };
        var refused = await SendAsync(client, put, language);
        var posted = await SendAsync(client, await PagePostAsync(client, page, page,
        [
            new("Form.NoticePeriodDays", "-3"), new("Form.LastTested", tested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("Form.AlternativeId", "bestaat-niet"), new("Form.Steps", "Exporteren"),
        ], language), language);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var messages = (await refused.Content.ReadFromJsonAsync<ValidationProblemDetails>(ct))!.Errors.Values.SelectMany(m => m).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(noticeMessage, messages);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync(ct));
        Assert.All(messages, m => Assert.Contains(m, html));
        Assert.False((await client.GetFromJsonAsync<ExitPlanDto>(api, RegieApp.Json, ct))!.Saved);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, string language)
    {
        request.Headers.Add("Cookie", $"regie-lang={language}");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A form post with the page's antiforgery token, the page read in the same language.</summary>
    private static async Task<HttpRequestMessage> PagePostAsync(HttpClient client, string page, string action, KeyValuePair<string, string>[] fields, string language)
    {
        var html = await (await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, page), language)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = Token().Match(html).Groups[1].Value;
        Assert.NotEmpty(token);
        return new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]) };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task ASavedPlanComesBackAndBadValuesAreRefusedNamingTheField()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "ParnasSys");

        var bad = await client.PutAsJsonAsync($"/api/v1/services/{id}/exit-plan", Input(Today.AddDays(3), notice: -1), RegieApp.Json, ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = (await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>(ct))!;
        Assert.Contains("Opzegtermijn (dagen)", problem.Errors.Keys);
        Assert.Contains("Laatst getest", problem.Errors.Keys);
        Assert.False((await client.GetFromJsonAsync<ExitPlanDto>($"/api/v1/services/{id}/exit-plan", RegieApp.Json, ct))!.Saved);

        var ok = await client.PutAsJsonAsync($"/api/v1/services/{id}/exit-plan", Input(null), RegieApp.Json, ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var plan = (await client.GetFromJsonAsync<ExitPlanDto>($"/api/v1/services/{id}/exit-plan", RegieApp.Json, ct))!;
        Assert.True(plan.Saved);
        Assert.Equal(["Exporteren", "Overzetten"], plan.Steps);
        Assert.Equal(90, plan.NoticePeriodDays);
        Assert.Equal(new DateOnly(2027, 12, 31).AddDays(-90), plan.NoticeDeadline);
    }

    [Fact]
    public async Task APlanTestedThisYearLowersTheUrgencyAndAnOldTestDoesNot()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Zermelo");
        async Task<ServiceAssessmentDocument> Score() => (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{id}/score", RegieApp.Json, ct))!;
        var before = await Score();

        (await client.PutAsJsonAsync($"/api/v1/services/{id}/exit-plan", Input(Today.AddDays(-400)), RegieApp.Json, ct)).EnsureSuccessStatusCode();
        var stale = await Score();
        (await client.PutAsJsonAsync($"/api/v1/services/{id}/exit-plan", Input(Today.AddDays(-10)), RegieApp.Json, ct)).EnsureSuccessStatusCode();
        var tested = await Score();

        Assert.Equal(before.Urgency.Value, stale.Urgency.Value, 6);
        Assert.Equal(before.Risk.Mitigation + 1.0 / 6, tested.Risk.Mitigation, 2);
        Assert.True(tested.Urgency.Value < before.Urgency.Value, $"{tested.Urgency.Value} < {before.Urgency.Value}");
    }

    [Fact]
    public async Task ThePageMarksThePlanAsTestedToday()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = await ServiceAsync(client, "Parro");
        var page = $"/services/{id}/exit-plan";
        Assert.Contains("Inventariseren", await client.GetStringAsync(page, ct));

        var response = await FormPost.SubmitAsync(client, page, $"{page}?handler=Tested", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = (await client.GetFromJsonAsync<ExitPlanDto>($"/api/v1/services/{id}/exit-plan", RegieApp.Json, ct))!;
        Assert.Equal(Today, plan.LastTested);
        Assert.True(plan.TestIsCurrent);
        Assert.Equal(6, plan.Steps.Count);
    }

    [Fact]
    public async Task ThePageFormNamesTheFieldOfAWrongValue()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var id = await ServiceAsync(client, "Gynzy");
        var page = $"/services/{id}/exit-plan";

        var response = await FormPost.SubmitAsync(client, page, page, [new("Form.NoticePeriodDays", "-3"), new("Form.Steps", "Exporteren")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Opzegtermijn (dagen): geef een aantal dagen tussen 0 en 3650.", await response.Content.ReadAsStringAsync(ct));
        Assert.False((await client.GetFromJsonAsync<ExitPlanDto>($"/api/v1/services/{id}/exit-plan", RegieApp.Json, ct))!.Saved);
    }
}
