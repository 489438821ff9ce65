using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Discovery;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Discovery;

/// <summary>
/// Issue 13 point 5: discovery only for the board's own domains. Refusals come before any DNS question, so these tests
/// need no nameserver: a refused run stores no run, and a run is stored only after its questions.
/// </summary>
public sealed class DiscoveryOnlyForTheBoardsOwnDomains(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Refusal = "vreemde-school.nl is niet aantoonbaar een domein van dit bestuur (geen website van het bestuur of zijn scholen in het DUO-register, " +
        "geen e-maildomein van een lid); vraag een systeembeheerder het domein goed te keuren op de pagina Ontdekken";

    [Fact]
    public async Task AForeignDomainIsRefusedOnTheApiInDutchAndNothingIsSavedOrAsked()
    {
        var client = app.ClientFor(await app.CreateBoardAsync("Stichting Linde"));

        var saved = await client.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["lindescholen.test", "vreemde-school.nl"]), RegieApp.Json, Ct);
        var run = await client.PostAsJsonAsync("/api/v1/discovery/runs", new DiscoveryRequest(["vreemde-school.nl"]), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Contains("Domeinen: " + Refusal, await saved.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        Assert.Contains(Refusal, await run.Content.ReadAsStringAsync(Ct));
        Assert.Empty((await client.GetFromJsonAsync<List<string>>("/api/v1/discovery/domains", RegieApp.Json, Ct))!);
        Assert.Empty((await client.GetFromJsonAsync<List<DiscoveryRunSummaryDto>>("/api/v1/discovery/runs", RegieApp.Json, Ct))!);
    }

    [Fact]
    public async Task AForeignDomainIsRefusedOnThePageAndASavedOneFromBeforeTheRuleDoesNotRun()
    {
        var board = await app.CreateBoardAsync("Stichting Linde");
        var client = app.ClientFor(board);

        var page = await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Domains", [new("DomainsText", "vreemde-school.nl")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Domeinen: " + Refusal, await page.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await SavedDomainsAsync(board));

        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var organisation = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(o => o.Id == board, Ct);
            organisation.Domains = ["vreemde-school.nl"];
            await db.SaveChangesAsync(Ct);
        }

        var run = await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Run", []);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Contains(Refusal, await run.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/discovery/runs", null, Ct)).StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<List<DiscoveryRunSummaryDto>>("/api/v1/discovery/runs", RegieApp.Json, Ct))!);
    }

    [Fact]
    public async Task TheWebsitesOfTheBoardAndItsSchoolsInTheRegisterAreAccepted()
    {
        var board = await app.CreateBoardAsync("Stichting Linde");
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var organisation = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(o => o.Id == board, Ct);
            organisation.RegisterBoardNumber = "41234";
            db.Schools.Add(new SchoolEntity { Id = Guid.NewGuid(), OrganisationId = board, Name = "OBS De Beuk", Brin = "99ZZ", Sector = Sector.Po, Pupils = 100 });
            db.RegisterBoards.Add(new RegisterBoardEntity { Id = Guid.NewGuid(), BoardNumber = "41234", Name = "Stichting Linde", Website = "https://www.stichting-linde.nl" });
            db.RegisterSchools.Add(new RegisterSchoolEntity { Id = Guid.NewGuid(), Code = "99YY00", Brin = "99YY", BoardNumber = "41234", Name = "OBS De Eik", Website = "www.obs-de-eik.nl/contact" });
            db.RegisterSchools.Add(new RegisterSchoolEntity { Id = Guid.NewGuid(), Code = "99ZZ00", Brin = "99ZZ", BoardNumber = "40000", Name = "OBS De Beuk", Website = "http://obs-de-beuk.nl" });
            db.RegisterSchools.Add(new RegisterSchoolEntity { Id = Guid.NewGuid(), Code = "99XX00", Brin = "99XX", BoardNumber = "40000", Name = "Elders", Website = "elders.nl" });
            await db.SaveChangesAsync(Ct);
        }

        var client = app.ClientFor(board);
        var saved = await client.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["stichting-linde.nl", "mail.obs-de-eik.nl", "obs-de-beuk.nl"]), RegieApp.Json, Ct);
        var other = await client.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["elders.nl"]), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(["stichting-linde.nl", "mail.obs-de-eik.nl", "obs-de-beuk.nl"], await SavedDomainsAsync(board));
    }

    [Fact]
    public async Task AMembersEmailDomainIsAcceptedAndAnotherIsNot()
    {
        var board = await app.CreateBoardAsync("Stichting Linde");
        var editor = await app.SignedInClientAsync("ict@lindescholen.nl", board, BoardRole.Editor);

        var own = await editor.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["lindescholen.nl", "portal.lindescholen.nl"]), RegieApp.Json, Ct);
        var foreign = await editor.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["vreemde-school.nl"]), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(["lindescholen.nl", "portal.lindescholen.nl"], await SavedDomainsAsync(board));
    }

    [Fact]
    public async Task ASystemAdministratorApprovesADomainAuditedAndOnlyThen()
    {
        var board = await app.CreateBoardAsync("Stichting Linde");
        var editor = await app.SignedInClientAsync("ict@lindescholen.nl", board, BoardRole.Editor);
        var administrator = await app.SignedInClientAsync("beheer@regie.test", board, BoardRole.None, systemAdministrator: true);
        administrator.DefaultRequestHeaders.Add("X-Regie-Organisation", board.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsync("/api/v1/discovery/approved-domains/vreemde-school.nl", null, Ct)).StatusCode);
        var approved = await administrator.PutAsync("/api/v1/discovery/approved-domains/Vreemde-School.nl", null, Ct);
        var saved = await editor.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["www.vreemde-school.nl"]), RegieApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(["vreemde-school.nl"], await approved.Content.ReadFromJsonAsync<List<string>>(RegieApp.Json, Ct));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await using (var db = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var entry = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(a => a.OrganisationId == board && a.Entity == OwnDomainRecords.ApprovalEntity, Ct);
            Assert.Equal((board, "beheer@regie.test", "vreemde-school.nl", "Added"), (entry.OrganisationId!.Value, entry.Actor, entry.EntityId, entry.Action));
        }

        Assert.Equal(HttpStatusCode.OK, (await administrator.DeleteAsync("/api/v1/discovery/approved-domains/vreemde-school.nl", Ct)).StatusCode);
        var again = await editor.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest(["www.vreemde-school.nl"]), RegieApp.Json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Empty((await editor.GetFromJsonAsync<List<string>>("/api/v1/discovery/approved-domains", RegieApp.Json, Ct))!);
    }

    [Fact]
    public async Task InLaptopModeTheLocalAdministratorApprovesADomainForTheDemoBoardOnThePage()
    {
        var demo = await app.DemoBoardIdAsync();
        var client = app.ClientFor(demo);

        var approve = await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Approve", [new("DomainToApprove", "vreemde-school.nl")]);
        var save = await FormPost.SubmitAsync(client, "/discovery", "/discovery?handler=Domains", [new("DomainsText", "vreemde-school.nl\ndemo-school.test")]);

        Assert.Contains("Goedgekeurd: vreemde-school.nl mag ontdekt worden voor dit bestuur.", await approve.Content.ReadAsStringAsync(Ct));
        Assert.Contains("De domeinen zijn opgeslagen.", await save.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["vreemde-school.nl", "demo-school.test"], await SavedDomainsAsync(demo));
    }

    [Fact]
    public async Task TheDemoBoardsOwnDomainsAreApprovedAtSeedingSoItsFirstDiscoveryIsNotRefused()
    {
        var demo = await app.DemoBoardIdAsync();
        var client = app.ClientFor(demo);

        var page = await (await client.GetAsync("/discovery", Ct)).Content.ReadAsStringAsync(Ct);
        var saved = await client.PutAsJsonAsync("/api/v1/discovery/domains", new DiscoveryRequest([.. DemoSeeder.Domains]), RegieApp.Json, Ct);

        Assert.Equal([.. DemoSeeder.Domains], await SavedDomainsAsync(demo));
        Assert.DoesNotContain("niet aantoonbaar een domein van dit bestuur", page);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(DemoSeeder.Domains.Order(StringComparer.Ordinal), await client.GetFromJsonAsync<List<string>>("/api/v1/discovery/approved-domains", RegieApp.Json, Ct));
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var approvals = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(a => a.OrganisationId == demo && a.Entity == OwnDomainRecords.ApprovalEntity).Select(a => a.Actor).ToListAsync(Ct);
        Assert.Equal([DemoSeeder.Actor, DemoSeeder.Actor], approvals);
    }

    private async Task<List<string>> SavedDomainsAsync(Guid board)
    {
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(o => o.Id == board).Select(o => o.Domains).SingleAsync(Ct);
    }
}
