using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Data;
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

    private async Task<Guid> BoardAsync(string name, bool shares, params (string Subject, string Topic, string Vendor, string Answer)[] answers)
    {
        var id = await app.CreateBoardAsync(name);
        await using (var system = RegieDatabase.Create(app.Database, TenantContext.System))
        {
            var board = await system.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(o => o.Id == id, Ct);
            board.SharesWithSector = shares;
            await system.SaveChangesAsync(Ct);
        }

        await using var db = RegieDatabase.Create(app.Database, new FixedTenant(id, "test"));
        db.VendorAnswers.AddRange(answers.Select(a => new VendorAnswerEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = id,
            VendorId = a.Vendor,
            VendorName = a.Vendor,
            Subject = a.Subject,
            Topic = a.Topic,
            Answer = a.Answer,
            AnsweredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            RecordedAt = DateTimeOffset.UtcNow,
            RecordedBy = "redacteur@" + name,
        }));
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
        var first = await BoardAsync("Stichting Eik", true,
            (product.Key, "hostingProvider", vendor, "azure"), (product.Key, "hostingRegion", vendor, "<b>Amsterdam</b>"), (product.Key, "dataLocation", vendor, "OutsideEu"));
        await BoardAsync("Stichting Linde", true,
            (product.Key, "hostingProvider", vendor, "azure"), (product.Key, "hostingRegion", vendor, "Amsterdam"), (product.Key, "dataLocation", vendor, "EuOnly"));
        await BoardAsync("Stichting Beuk", false, (product.Key, "hostingRegion", vendor, "Frankfurt"), (product.Key, "hostingProvider", vendor, "aws"));
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
        Assert.Contains("2 school boards sharing with the sector in Regie", row);
        foreach (var name in new[] { "Eik", "Linde", "Beuk", "redacteur", "Frankfurt", "Amsterdam" })
        {
            Assert.DoesNotContain(name, text);
        }

        Assert.Contains("Wat de sector van leveranciers hoorde, voor de catalogus", whole);
        Assert.Contains("1 antwoord over 1 product:", page);
        Assert.Contains("alleen in de EU (1 bestuur), buiten de EU (1 bestuur)", page);
        Assert.Contains("&lt;b&gt;Amsterdam&lt;/b&gt; (1 bestuur)", page); // a board's words are text, never markup
        Assert.DoesNotContain("<b>Amsterdam</b>", page);
        Assert.DoesNotContain("Beuk", page);
        Assert.DoesNotContain("Frankfurt", page);
        var json = await admin.GetStringAsync("/api/v1/sector/answers/catalog?format=json", Ct);
        Assert.Contains("\"receivedBy\": \"2 school boards sharing with the sector in Regie\"", json);
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
    public async Task TheSharingPageSaysWhatHappensToTheVendorsAnswers()
    {
        var board = await BoardAsync("Stichting Eik", false);
        var boardAdmin = await app.SignedInClientAsync("beheer@eik.nl", board, BoardRole.BoardAdministrator);

        var page = WebUtility.HtmlDecode(await boardAdmin.GetStringAsync("/sharing", Ct));

        Assert.Contains("kunnen in de catalogus van Regie komen: zonder de naam van uw bestuur en zonder uw toelichting", page);
    }
}
