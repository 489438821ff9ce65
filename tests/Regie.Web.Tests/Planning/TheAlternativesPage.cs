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
        var entree = Assert.Single(found.Candidates, c => c.Id == "entree-federatie-alt");
        Assert.Equal("entree-federatie", entree.ProductId);
        Assert.NotNull(entree.WhatIf);
        // Unknown counts as the worst answer: what the catalog does not know about Entree yet keeps its score down, and the range shows it.
        Assert.True(entree.WhatIf.OptimisticScore > entree.WhatIf.Score);
        Assert.True(entree.WhatIf.UnknownAnswers > 0);
        Assert.NotEmpty(entree.WhatIf.Binding);
        Assert.Null(entree.EffortDays);
        // Without the board's estimate Regie gives its indication: Entra carries the sign-in of many demo services, so the move is large.
        Assert.Equal("Large", entree.IndicativeEffort.Size);
        Assert.True(entree.IndicativeEffort.LowDays < entree.IndicativeEffort.HighDays);
        Assert.Contains(entree.IndicativeEffort.Parts, p => p.Reason.Code == "reconnectDependants");
        Assert.All(found.Candidates.Where(c => c.ProductId is null), c => Assert.Equal("alternativeNotAProduct", c.UnknownReason?.Code));
    }

    [Fact]
    public async Task TeamsGetsAlternativesOfTheSameFunctionEachWithWhyAndTheOthersSetAside()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var teams = await ServiceIdAsync(app, client, "Microsoft Teams");

        var found = (await client.GetFromJsonAsync<ServiceAlternativesDto>($"/api/v1/services/{teams}/alternatives", RegieApp.Json, ct))!;

        Assert.DoesNotContain(found.Candidates, c => c.Id is "peertube" or "mastodon-surf");
        Assert.All(found.Candidates, c => Assert.Contains(c.ListedBecause, r => r.Code is "inSameCategory" or "servesSameProcess"));
        var jitsi = Assert.Single(found.Candidates, c => c.Id == "jitsi-meet");
        Assert.Equal(["Door de catalogus genoemd als alternatief voor Microsoft Teams.", "Ondersteunt hetzelfde proces: Videobellen."],
            jitsi.ListedBecause.Select(r => r.Text));
        Assert.Equal("otherFunction", Assert.Single(found.NotProposed, n => n.Id == "peertube").Reason.Code);
        var html = await client.GetStringAsync($"/services/{teams}/alternatives", ct);
        Assert.Contains("Waarom voorgesteld", html);
        Assert.Contains("Ondersteunt hetzelfde proces: Videobellen.", html);
        Assert.Contains("id=\"not-proposed\"", html);
    }

    [Fact]
    public async Task ThePrimaryPupilsSignInIsNotOfferedEduId()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var google = await ServiceIdAsync(app, client, "Google-accounts (po-leerlingen)");

        var found = (await client.GetFromJsonAsync<ServiceAlternativesDto>($"/api/v1/services/{google}/alternatives", RegieApp.Json, ct))!;

        Assert.DoesNotContain(found.Candidates, c => c.Id == "eduid-alt" || c.ProductId == "eduid");
        var eduid = Assert.Single(found.NotProposed, n => n.Id == "eduid-alt");
        Assert.Equal("pupilsNotAdmitted", eduid.Reason.Code);
        Assert.Contains("primair onderwijs", eduid.Reason.Text);
        Assert.Contains(Assert.Single(found.Candidates, c => c.Id == "entree-federatie-alt").ListedBecause, r => r.Code == "admitsPupils");
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
