using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Core.Landscape;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Planning;

public sealed class ThePrioritiesPage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheServicesAreRankedByBandThenCriticalityAndEachComesWithItsReasons()
    {
        var priorities = await PrioritiesAsync(app.CreateClient());

        Assert.Equal(Enumerable.Range(1, priorities.Count), priorities.Select(p => p.Rank));
        for (var i = 1; i < priorities.Count; i++)
        {
            Assert.True(priorities[i - 1].BandRank > priorities[i].BandRank
                || (priorities[i - 1].BandRank == priorities[i].BandRank && priorities[i - 1].Criticality >= priorities[i].Criticality),
                $"{priorities[i - 1].Name} before {priorities[i].Name}");
        }

        Assert.All(priorities, p => Assert.NotEmpty(p.Reasons));
        Assert.All(priorities, p => Assert.Equal("urgencyFormula", p.Formula.Code));
    }

    [Fact]
    public async Task EditingTheChecklistOnThePageLowersTheUrgencyOfThatService()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var before = Assert.Single(await PrioritiesAsync(client), p => p.Name == "Magister");
        Assert.Equal(Check.Unknown, before.Checks.TestedExport);

        var response = await FormPost.SubmitAsync(client, "/priorities", "/priorities?handler=Mitigation",
        [
            new("serviceId", before.Id.ToString()), new("testedExport", "Yes"), new("testedExitPlan", "Yes"), new("alternativeIdentified", "Partly"),
            new("independentBackup", "Yes"), new("exitClause", "No"), new("inHouseKnowHow", "Yes"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/priorities#svc-{before.Id}", response.Headers.Location?.OriginalString);
        var after = Assert.Single(await PrioritiesAsync(client), p => p.Name == "Magister");
        Assert.Equal(Check.Yes, after.Checks.TestedExport);
        Assert.Equal(Check.No, after.Checks.ExitClauseInContract);
        Assert.True(after.Urgency < before.Urgency, $"{before.Urgency} → {after.Urgency}");
        Assert.True(after.Mitigation > before.Mitigation);
        var html = await client.GetStringAsync("/priorities", ct);
        Assert.Contains($"id=\"svc-{before.Id}\"", html);
    }

    [Fact]
    public async Task ANonsenseCheckIsRefusedNamingTheCheckAndNothingIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var zoom = Assert.Single(await PrioritiesAsync(client), p => p.Name == "Zoom (incidenteel)");

        var response = await FormPost.SubmitAsync(client, "/priorities", "/priorities?handler=Mitigation",
        [
            new("serviceId", zoom.Id.ToString()), new("testedExport", "misschien"), new("testedExitPlan", "Yes"), new("alternativeIdentified", "Yes"),
            new("independentBackup", "Yes"), new("exitClause", "Yes"), new("inHouseKnowHow", "Yes"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Export van gegevens getest: kies ja, deels, nee of onbekend.", await response.Content.ReadAsStringAsync(ct));
        var after = Assert.Single(await PrioritiesAsync(client), p => p.Name == "Zoom (incidenteel)");
        Assert.Equal(zoom.Checks.TestedExitPlan, after.Checks.TestedExitPlan);
        Assert.Equal(zoom.Urgency, after.Urgency);
    }

    [Fact]
    public async Task TheApiSetsTheChecklistAndAnswersWithTheNewPlace()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var kahoot = Assert.Single(await PrioritiesAsync(client), p => p.Name == "Kahoot!");

        var response = await client.PutAsJsonAsync($"/api/v1/services/{kahoot.Id}/mitigation",
            new MitigationInput { TestedExport = Check.Yes, TestedExitPlan = Check.Yes, AlternativeIdentified = Check.Yes, IndependentBackup = Check.Yes, ExitClauseInContract = Check.Yes, InHouseKnowHow = Check.Yes },
            RegieApp.Json, ct);

        response.EnsureSuccessStatusCode();
        var placed = (await response.Content.ReadFromJsonAsync<Regie.Web.Features.Priorities.PriorityDto>(RegieApp.Json, ct))!;
        Assert.Equal(1.0, placed.Mitigation);
        Assert.True(placed.Risk < kahoot.Risk);
        Assert.Equal(placed.Rank, Assert.Single(await PrioritiesAsync(client), p => p.Name == "Kahoot!").Rank);
    }

    [Fact]
    public async Task TheApiRefusesACheckOutsideTheListAndAnUnknownService()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var any = (await PrioritiesAsync(client))[0];

        var bad = await client.PutAsync($"/api/v1/services/{any.Id}/mitigation",
            new StringContent("{\"testedExport\": 9}", System.Text.Encoding.UTF8, "application/json"), ct);
        var missing = await client.PutAsJsonAsync($"/api/v1/services/{Guid.NewGuid()}/mitigation", new MitigationInput(), RegieApp.Json, ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("testedExport", await bad.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
