using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Tests.Support;
using Regie.Web.Features.Sharing;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.SectorSharing;

/// <summary>
/// A system administrator sees and downloads what the sector heard from vendors about the catalog's open questions: from
/// boards that share with the sector where they agree, never from a board that does not share, and never naming a board.
/// Nobody else may, as it reads across boards; a board's words render as text.
/// </summary>
public sealed class CollectingAnswersForTheCatalog(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> BoardAsync(string name, bool shares, params (string Subject, string Topic, string Vendor, string Answer)[] answers) =>
        await BoardAsync(name, shares, shares, answers);

    private async Task<Guid> BoardAsync(string name, bool shares, bool sharesVendorAnswers, params (string Subject, string Topic, string Vendor, string Answer)[] answers)
    {
        var id = await app.CreateBoardAsync(name);
        await using (var system = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var board = await system.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(o => o.Id == id, Ct);
            (board.SharesWithSector, board.SharesVendorAnswers) = (shares, sharesVendorAnswers);
            await system.SaveChangesAsync(Ct);
        }

        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(id, "test"));
        db.VendorAnswers.AddRange(VendorAnswerRows.For(
            id, answers, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), DateTimeOffset.UtcNow, "redacteur@" + name));
        await db.SaveChangesAsync(Ct);
        return id;
    }

    [Fact]
    public async Task TheSystemAdministratorSeesAndDownloadsWhatSharingBoardsAgreeOnAndNoBoardIsNamed()
    {
        var knowledge = app.Services.GetRequiredService<RegieKnowledge>();
        var open = CatalogQuestions.Open(knowledge.Catalog, knowledge.Catalog.Products).Questions;
        var product = open.GroupBy(q => q.ProductId).First(g => g.Count() == 3);
        var vendor = product.First().VendorId;
        // Five boards (the default k) heard the same hosting provider; the region and data location differ.
        var first = await BoardAsync("Stichting Eik", true,
            (product.Key, "hostingProvider", vendor, "azure"), (product.Key, "hostingRegion", vendor, "<b>Amsterdam</b>"), (product.Key, "dataLocation", vendor, "OutsideEu"));
        await BoardAsync("Stichting Linde", true,
            (product.Key, "hostingProvider", vendor, "azure"), (product.Key, "hostingRegion", vendor, "Amsterdam"), (product.Key, "dataLocation", vendor, "EuOnly"));
        foreach (var name in new[] { "Stichting Esdoorn", "Stichting Hazelaar", "Stichting Wilg" })
        {
            await BoardAsync(name, true, (product.Key, "hostingProvider", vendor, "azure"));
        }

        await BoardAsync("Stichting Beuk", false, (product.Key, "hostingRegion", vendor, "Frankfurt"), (product.Key, "hostingProvider", vendor, "aws"));
        await BoardAsync("Stichting Berk", true, sharesVendorAnswers: false, (product.Key, "hostingRegion", vendor, "Rotterdam"), (product.Key, "hostingProvider", vendor, "aws"));
        var admin = await app.SignedInClientAsync("systeem@regie.nl", first, BoardRole.None, systemAdministrator: true);

        var csv = await admin.GetAsync("/api/v1/sector/answers/catalog?format=csv", Ct);
        var whole = await admin.GetStringAsync("/sector/shared", Ct);
        // The section itself (a system administrator's board menu names every board).
        var start = whole.IndexOf("id=\"voor-de-catalogus\"", StringComparison.Ordinal);
        var page = whole[start..whole.IndexOf("</section>", start, StringComparison.Ordinal)];

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        var rows = text.Trim().Split('\n').Skip(1).ToList();
        var row = Assert.Single(rows);
        Assert.Contains($";{vendor};", row);
        Assert.Contains($";{product.Key};hostingProvider;azure;", row);
        Assert.Contains("5 school boards sharing with the sector in Regie", row);
        foreach (var name in new[] { "Eik", "Linde", "Esdoorn", "Beuk", "Berk", "redacteur", "Frankfurt", "Rotterdam", "Amsterdam" })
        {
            Assert.DoesNotContain(name, text);
        }

        Assert.Contains("Wat de sector van leveranciers hoorde, voor de catalogus", whole);
        Assert.Contains("1 antwoord over 1 product:", page);
        Assert.Contains("alleen in de EU (minder dan 5 besturen), buiten de EU (minder dan 5 besturen)", page);
        Assert.Contains("&lt;b&gt;Amsterdam&lt;/b&gt; (minder dan 5 besturen)", page); // a board's words are text, never markup
        Assert.DoesNotContain("<b>Amsterdam</b>", page);
        Assert.DoesNotContain("Frankfurt", page);
        Assert.DoesNotContain("Rotterdam", page);
        var json = await admin.GetStringAsync("/api/v1/sector/answers/catalog?format=json", Ct);
        Assert.Contains("\"receivedBy\": \"5 school boards sharing with the sector in Regie\"", json);
        var xlsx = await admin.GetAsync("/api/v1/sector/answers/catalog?format=xlsx", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, xlsx.StatusCode);
    }

    [Fact]
    public async Task ASectorAnalystAndABoardsOwnAdministratorMayNotReadAcrossBoards()
    {
        var board = await BoardAsync("Stichting Eik", true);
        await app.CreateUserAsync("analist@sivon.nl", false, sectorAnalyst: true);
        var analyst = app.AnonymousClient();
        await RegieApp.SignInAsync(analyst, "analist@sivon.nl");
        var boardAdmin = await app.SignedInClientAsync("beheer@eik.nl", board, BoardRole.BoardAdministrator);

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/v1/sector/answers/catalog", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardAdmin.GetAsync("/api/v1/sector/answers/catalog", Ct)).StatusCode);
        Assert.DoesNotContain("voor-de-catalogus", await analyst.GetStringAsync("/sector/shared", Ct));
    }

    [Fact]
    public async Task ABoardAdministratorChoosesOnTheSharingPageOrThroughTheApiWhetherItsVendorsAnswersCount()
    {
        var board = await BoardAsync("Stichting Eik", false);
        var boardAdmin = await app.SignedInClientAsync("beheer@eik.nl", board, BoardRole.BoardAdministrator);
        var page = WebUtility.HtmlDecode(await boardAdmin.GetStringAsync("/sharing", Ct));
        Assert.Contains("Ook de antwoorden van onze leveranciers over waar een product uit de catalogus draait", page);
        Assert.Contains("maar alleen als minstens 5 besturen of een antwoord aan de hele sector hetzelfde zeggen", page);
        Assert.False((await boardAdmin.GetFromJsonAsync<SharingDto>("/api/v1/board/sharing", RegieApp.Json, Ct))!.SharesVendorAnswers);

        var saved = await FormPost.SubmitAsync(boardAdmin, "/sharing", "/sharing", [new("SharesWithSector", "true"), new("SharesVendorAnswers", "true"), new("Province", "")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var now = (await boardAdmin.GetFromJsonAsync<SharingDto>("/api/v1/board/sharing", RegieApp.Json, Ct))!;
        Assert.Equal((true, true), (now.SharesWithSector, now.SharesVendorAnswers));

        // The API leaves the choice as it is when the field is left out, and changes it when given; each change is audited.
        (await boardAdmin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(true, null, null), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        Assert.True((await boardAdmin.GetFromJsonAsync<SharingDto>("/api/v1/board/sharing", RegieApp.Json, Ct))!.SharesVendorAnswers);
        (await boardAdmin.PutAsJsonAsync("/api/v1/board/sharing", new SharingInput(true, null, null, SharesVendorAnswers: false), RegieApp.Json, Ct)).EnsureSuccessStatusCode();
        Assert.False((await boardAdmin.GetFromJsonAsync<SharingDto>("/api/v1/board/sharing", RegieApp.Json, Ct))!.SharesVendorAnswers);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var audited = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(a => a.OrganisationId == board && a.Entity == nameof(OrganisationEntity) && a.Action != "Added" && a.NewValues!.Contains("SharesVendorAnswers")).ToListAsync(Ct);
        Assert.Equal(2, audited.Count);
        Assert.All(audited, a => Assert.Equal("beheer@eik.nl", a.Actor));
    }
}
