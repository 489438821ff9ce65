using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Services;

namespace Regie.Web.Tests.Api;

public sealed class OwnAnswers(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task ABoardsOwnAnswerIsStoredWithItsReasonAndCountsInTheScore()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var magister = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Magister");
        var page = $"/services/{magister.Id}";

        var response = await FormPost.SubmitAsync(client, page, $"{page}?handler=Override",
            [new("criterionId", "SOV2.law"), new("option", "2"), new("reason", "Contract onder Nederlands recht")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var score = (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"{page.Replace("/services", "/api/v1/services")}/score", RegieApp.Json, ct))!;
        var law = score.Objectives.SelectMany(o => o.Criteria).Single(c => c.Id == "SOV2.law");
        Assert.Equal(2, law.Option);
        Assert.Equal(AnswerOrigin.Board, law.Origin);
        Assert.Equal(("boardNote", "Contract onder Nederlands recht"), (law.Reason.Code, law.Reason.Arg("note")));
    }

    [Fact]
    public async Task AnOwnAnswerWithoutAReasonIsRefusedAndNothingChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var zoom = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Zoom (incidenteel)");
        var page = $"/services/{zoom.Id}";

        var response = await FormPost.SubmitAsync(client, page, $"{page}?handler=Override",
            [new("criterionId", "SOV2.requests"), new("option", "unknown"), new("reason", " ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een reden in", await response.Content.ReadAsStringAsync(ct));
        var score = (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{zoom.Id}/score", RegieApp.Json, ct))!;
        Assert.DoesNotContain(score.Objectives.SelectMany(o => o.Criteria), c => c.Origin == AnswerOrigin.Board);
    }

    [Fact]
    public async Task TheApiTakesAnOwnAnswerWithItsReasonAuditsItAndClearsItAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var magister = Assert.Single(await app.ServicesAsync(client), s => s.Name == "Magister");

        var refused = await client.PutAsJsonAsync($"/api/v1/services/{magister.Id}/answers/SOV2.law", new { option = "9", reason = "" }, RegieApp.Json, ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync(ct);
        Assert.Contains("Kies een antwoord of 'onbekend'.", problem);
        Assert.Contains("Vul een reden in", problem);

        var stored = await client.PutAsJsonAsync($"/api/v1/services/{magister.Id}/answers/SOV2.law",
            new { option = "2", reason = "Contract onder Nederlands recht (API)" }, RegieApp.Json, ct);
        stored.EnsureSuccessStatusCode();
        var law = (await stored.Content.ReadFromJsonAsync<ServiceAssessmentDocument>(RegieApp.Json, ct))!.Objectives.SelectMany(o => o.Criteria).Single(c => c.Id == "SOV2.law");
        Assert.Equal((2, AnswerOrigin.Board), (law.Option, law.Origin));
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var audit = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
                .Where(a => a.Entity == nameof(AnswerOverrideEntity)).OrderBy(a => a.Id).ToListAsync(ct);
            Assert.Contains(audit, a => a.Actor == "web" && a.NewValues!.Contains("Contract onder Nederlands recht (API)"));
        }

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/services/{magister.Id}/answers/SOV2.law", ct)).StatusCode);
        var score = (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{magister.Id}/score", RegieApp.Json, ct))!;
        Assert.NotEqual(AnswerOrigin.Board, score.Objectives.SelectMany(o => o.Criteria).Single(c => c.Id == "SOV2.law").Origin);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/services/{magister.Id}/answers/NO.such",
            new { option = "unknown", reason = "x" }, RegieApp.Json, ct)).StatusCode);
    }

    [Fact]
    public async Task TheServiceFormRefusesBadInputNamingTheFieldsAndStoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var before = (await app.ServicesAsync(client)).Count;

        var response = await FormPost.SubmitAsync(client, "/services/create", "/services/create",
            [new("Input.Name", ""), new("Input.Pupils", "-1"), new("Input.Staff", "veel")]);

        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een naam in.", html);
        Assert.Contains("Aantal leerlingen moet een heel getal van 0 of meer zijn.", html);
        Assert.Contains("Aantal medewerkers moet een heel getal van 0 of meer zijn.", html);
        Assert.Equal(before, (await app.ServicesAsync(client)).Count);
    }
}
