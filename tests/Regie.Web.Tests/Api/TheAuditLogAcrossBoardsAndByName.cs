using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Features.Audit;

namespace Regie.Web.Tests.Api;

/// <summary>
/// The Logboek names what changed (the service, the process, …; a deleted row by the name it had), a system administrator
/// reads every board's entries at once with each board named, nobody else may, and the date filter reads and says dates in Dutch.
/// </summary>
public sealed class TheAuditLogAcrossBoardsAndByName(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A board of its own with one service added by the command line, so it has entries of its own.</summary>
    private async Task<Guid> OtherBoardWithAServiceAsync(string serviceName)
    {
        var other = await app.CreateBoardAsync("Stichting Elders");
        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(other, "cli:elders"));
        db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = serviceName });
        await db.SaveChangesAsync(Ct);
        return other;
    }

    private async Task<(Guid Id, string Name)> RenameAsync(string from, string to)
    {
        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(await app.DemoBoardIdAsync(), "cli:anna"));
        var service = await db.Services.SingleAsync(s => s.Name == from, Ct);
        service.Notes = "eerst";
        await db.SaveChangesAsync(Ct);
        service.Name = to;
        await db.SaveChangesAsync(Ct);
        return (service.Id, to);
    }

    [Fact]
    public async Task ASystemAdministratorReadsEveryBoardsEntriesWithTheBoardNamed()
    {
        var demo = await app.DemoBoardIdAsync();
        await OtherBoardWithAServiceAsync("Dienst elders");
        var client = await app.SignedInClientAsync("systeem@regie.nl", demo, BoardRole.None, systemAdministrator: true);

        var own = await client.GetFromJsonAsync<AuditPageDto>("/api/v1/audit?pageSize=200", RegieApp.Json, Ct);
        var all = await client.GetFromJsonAsync<AuditPageDto>("/api/v1/audit?acrossBoards=true&actor=cli:elders", RegieApp.Json, Ct);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?acrossBoards=true&actor=cli:elders", Ct));

        Assert.DoesNotContain(own!.Entries, e => e.Actor == "cli:elders");
        Assert.NotEmpty(all!.Entries);
        Assert.All(all.Entries, e => Assert.Equal("Stichting Elders", e.Board));
        Assert.Contains(all.Entries, e => e.Entity == "ServiceEntity" && e.Name == "Dienst elders");
        Assert.Contains("<option value=\"true\" selected=\"selected\">alle besturen</option>", page);
        Assert.Contains("<td class=\"board\">Stichting Elders</td>", page);
        Assert.Contains("Filter: alle besturen, door cli:elders.", page);
    }

    [Fact]
    public async Task ABoardAdministratorKeepsToTheBoardAndIsRefusedEveryBoardsLog()
    {
        var demo = await app.DemoBoardIdAsync();
        await OtherBoardWithAServiceAsync("Dienst elders");
        var client = await app.SignedInClientAsync("beheerder@bestuur.nl", demo, BoardRole.BoardAdministrator);

        var api = await client.GetAsync("/api/v1/audit?acrossBoards=true", Ct);
        var page = await client.GetAsync("/audit?acrossBoards=true", Ct);
        var export = await client.GetAsync("/audit?handler=csv&acrossBoards=true", Ct);
        var own = await client.GetStringAsync("/audit", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("alleen voor een aangemelde systeembeheerder", await api.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.DoesNotContain("acrossBoards", own);
        Assert.DoesNotContain("Dienst elders", own);
    }

    [Fact]
    public async Task ASystemAdministratorsTokenIsBoundToItsBoardAndIsRefusedEveryBoardsLog()
    {
        var demo = await app.DemoBoardIdAsync();
        var user = await app.CreateUserAsync("systeem@regie.nl", true);
        var token = await app.CreateTokenAsync(user, demo, BoardRole.BoardAdministrator);
        var client = app.SignInRequired.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit?acrossBoards=true", Ct)).StatusCode);
    }

    [Fact]
    public async Task EntriesNameTheRowAsItIsNowAndADeletedRowByTheNameItHad()
    {
        var demo = await app.DemoBoardIdAsync();
        var (renamed, name) = await RenameAsync("Magister", "Magister Cloud");
        await using (var db = RegieDatabase.Create(app.Database, new FixedTenant(demo, "cli:anna")))
        {
            db.Services.Remove(await db.Services.SingleAsync(s => s.Name == "Canva", Ct));
            await db.SaveChangesAsync(Ct);
        }

        var client = await app.SignedInClientAsync("beheerder@bestuur.nl", demo, BoardRole.BoardAdministrator);
        var log = await client.GetFromJsonAsync<AuditPageDto>("/api/v1/audit?actor=cli:anna&entity=ServiceEntity", RegieApp.Json, Ct);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?actor=cli:anna&entity=ServiceEntity", Ct));

        // Both edits of the service carry its name now, also the one made before the rename.
        Assert.All(log!.Entries.Where(e => e.EntityId == renamed.ToString()), e => Assert.Equal((name, false), (e.Name, e.Deleted)));
        Assert.Equal(2, log.Entries.Count(e => e.EntityId == renamed.ToString()));
        var deleted = Assert.Single(log.Entries, e => e.Action == "Deleted");
        Assert.Equal(("Canva", true), (deleted.Name, deleted.Deleted));
        Assert.Contains("<strong class=\"name\">Magister Cloud</strong>", page);
        Assert.Contains("<strong class=\"name\">Canva</strong>", page);
        Assert.Contains("(verwijderd)", page);
    }

    [Fact]
    public async Task TheDateFilterReadsIsoAndDutchDatesAndSaysWhatItFiltersInWords()
    {
        var client = await app.SignedInClientAsync("beheerder@bestuur.nl", await app.DemoBoardIdAsync(), BoardRole.BoardAdministrator);

        var iso = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?from=2026-12-01&to=2026-12-06", Ct));
        var typed = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?from=1-12-2026", Ct));
        var wrong = WebUtility.HtmlDecode(await client.GetStringAsync("/audit?to=gisteren", Ct));

        Assert.Contains("Filter: van 1 december 2026 tot en met 6 december 2026.", iso);
        Assert.Contains("<input id=\"from\" name=\"from\" type=\"text\" inputmode=\"numeric\" size=\"10\" value=\"01-12-2026\"", iso);
        Assert.Contains("Filter: vanaf 1 december 2026.", typed);
        Assert.Contains("<label for=\"from\">Van (dd-mm-jjjj)</label>", iso);
        Assert.Contains("<input id=\"from\" name=\"from\" type=\"text\" inputmode=\"numeric\" size=\"10\" value=\"01-12-2026\"", typed);
        Assert.Contains("'gisteren' is geen datum; schrijf dd-mm-jjjj", wrong);
        Assert.Contains("Filter: geen; alle regels van dit bestuur.", wrong);
    }
}
