using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Core.Exit;
using Regie.Core.Scoring;
using Regie.Web.Features.ExitPlans;
using Regie.Web.Features.Roadmap;
using Regie.Web.Features.Services;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Procurement;

public sealed class ExitPlansThroughApiAndPage(RegieApp app) : IClassFixture<RegieApp>
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
