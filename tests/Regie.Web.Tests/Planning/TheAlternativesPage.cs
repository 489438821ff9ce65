using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Web.Features.Roadmap;
using Regie.Web.Tests.Api;
using static Regie.Web.Tests.Planning.PlanningClient;

namespace Regie.Web.Tests.Planning;

public sealed class TheAlternativesPage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task TheIdentityAlternativesComeWithTheScoreAndSealTheServiceWouldHave()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var entra = await ServiceIdAsync(app, client, "Microsoft Entra ID");

        var found = (await client.GetFromJsonAsync<ServiceAlternativesDto>($"/api/v1/services/{entra}/alternatives", RegieApp.Json, ct))!;

        Assert.Equal("microsoft-entra-id", found.ProductId);
        var surfconext = Assert.Single(found.Candidates, c => c.Id == "surfconext-alt");
        Assert.Equal("surfconext", surfconext.ProductId);
        Assert.NotNull(surfconext.WhatIf);
        // Unknown counts as the worst answer: what the catalog does not know about SURFconext yet keeps its score down, and the range shows it.
        Assert.NotEqual(found.Score, surfconext.WhatIf.Score);
        Assert.True(surfconext.WhatIf.OptimisticScore >= surfconext.WhatIf.Score);
        Assert.True(surfconext.WhatIf.UnknownAnswers > 0);
        Assert.NotEmpty(surfconext.WhatIf.Binding);
        Assert.Null(surfconext.EffortDays);
        // Without the board's estimate Regie gives its indication: Entra carries the sign-in of many demo services, so the move is large.
        Assert.Equal("Large", surfconext.IndicativeEffort.Size);
        Assert.True(surfconext.IndicativeEffort.LowDays < surfconext.IndicativeEffort.HighDays);
        Assert.Contains(surfconext.IndicativeEffort.Parts, p => p.Reason.Code == "reconnectDependants");
        Assert.All(found.Candidates.Where(c => c.ProductId is null), c => Assert.Equal("alternativeNotAProduct", c.UnknownReason?.Code));
    }

    [Fact]
    public async Task AnAlternativeWithoutACatalogProductSaysItsEffectIsUnknown()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var exchange = await ServiceIdAsync(app, client, "Exchange Online (Microsoft 365 A3)");

        var found = (await client.GetFromJsonAsync<ServiceAlternativesDto>($"/api/v1/services/{exchange}/alternatives", RegieApp.Json, ct))!;

        // Thunderbird is a mail client, not a service the catalog describes as a product.
        var thunderbird = Assert.Single(found.Candidates, c => c.Id == "thunderbird");
        Assert.Null(thunderbird.ProductId);
        Assert.Null(thunderbird.WhatIf);
        Assert.Equal("alternativeNotAProduct", thunderbird.UnknownReason?.Code);
    }

    [Fact]
    public async Task ChoosingAnAlternativePutsAMoveOnTheRoadmap()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var teams = await ServiceIdAsync(app, client, "Microsoft Teams");
        var page = $"/services/{teams}/alternatives";
        var html = await client.GetStringAsync(page, ct);
        Assert.Contains("Kies dit alternatief", html);
        Assert.Contains("persoonsdagen (", html);

        var response = await FormPost.SubmitAsync(client, page, $"{page}?handler=Choose", [new("alternativeId", "jitsi-meet")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var move = Assert.Single((await RoadmapAsync(client)).Quarters.SelectMany(q => q.Moves), m => m.ServiceId == teams);
        Assert.Equal("jitsi-meet", move.AlternativeId);
        Assert.Contains("Op de routekaart", await client.GetStringAsync(page, ct));
    }

    [Fact]
    public async Task AnUnknownServiceHasNoAlternativesPage()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/services/{Guid.NewGuid()}/alternatives", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/services/{Guid.NewGuid()}/alternatives", ct)).StatusCode);
    }
}
