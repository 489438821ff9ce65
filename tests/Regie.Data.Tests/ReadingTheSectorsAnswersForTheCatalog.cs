using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Data.Tests.Support;
using Regie.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>
/// The cross-board read behind `regie sector answers collect` and the system administrator's download, on SQLite and
/// PostgreSQL alike: the sector's answers and the vendor answers of boards that share, on the catalog's three topics only,
/// never a board that does not share, never a board's own product.
/// </summary>
public sealed class ReadingTheSectorsAnswersForTheCatalog(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> BoardAsync(DatabaseProvider provider, string name, bool shares, string subject, string vendor, params (string Topic, string Answer)[] answers)
    {
        var board = await storage.CreateBoardAsync(provider, name);
        await using var db = storage.OpenAs(provider, board);
        Assert.Empty(await BoardSharing.SetAsync(db, board, shares, null, null, storage.Clock, Ct, sharesVendorAnswers: !name.Contains("Vijf", StringComparison.Ordinal)));
        db.VendorAnswers.AddRange(VendorAnswerRows.For(
            board, answers.Select(a => (subject, a.Topic, vendor, a.Answer)),
            DateOnly.FromDateTime(storage.Clock.GetUtcNow().UtcDateTime).AddDays(-1), storage.Clock.GetUtcNow(), "tester@bestuur.nl"));
        await db.SaveChangesAsync(Ct);
        return board;
    }

    [Theory, OnBothDatabases]
    public async Task OnlySharingBoardsAnswersOnTheCatalogsTopicsAreReadAndNeverAboutABoardsOwnProduct(DatabaseProvider provider)
    {
        var today = DateOnly.FromDateTime(storage.Clock.GetUtcNow().UtcDateTime);
        var catalog = Shipped.Catalog.AsOf(today);
        var open = CatalogQuestions.Open(catalog, catalog.Products).Questions;
        var product = open.GroupBy(q => q.ProductId).First(g => g.Count() == 3);
        var vendor = product.First().VendorId;
        await BoardAsync(provider, "Stichting Een", true, product.Key, vendor, ("hostingProvider", "azure"), ("SOV2.law", "2"));
        await BoardAsync(provider, "Stichting Twee", true, product.Key, vendor, ("hostingProvider", "azure"), ("hostingRegion", "Amsterdam"));
        await BoardAsync(provider, "Stichting Drie", false, product.Key, vendor, ("hostingProvider", "aws"), ("hostingRegion", "Amsterdam"));
        await BoardAsync(provider, "Stichting Vijf", true, product.Key, vendor, ("hostingProvider", "aws"), ("hostingRegion", "Amsterdam")); // shares, but not its vendors' answers
        var own = await BoardAsync(provider, "Stichting Vier", true, product.Key, vendor, ("hostingProvider", "aws"), ("hostingRegion", "Amsterdam"));
        await using (var db = storage.OpenAs(provider, own))
        {
            db.LocalProducts.Add(new LocalProductEntity { Id = Guid.NewGuid(), OrganisationId = own, Key = product.Key, Name = "Ons eigen pakket", Category = "opslag" });
            await db.SaveChangesAsync(Ct);
        }

        await using (var system = storage.Open(provider, new SharedKnowledgeWriter("systeem@regie.nl")))
        {
            Assert.Empty(await SectorAnswerRecords.AddAsync(system,
                [new SectorAnswerInput(vendor, vendor, product.Key, "dataLocation", "2", null, today.AddDays(-3), "SIVON", "Brief")], "systeem@regie.nl", storage.Clock, Ct));
        }

        await using var reader = storage.Open(provider, TenantContext.System);
        var collected = await SectorAnswerRecords.ForTheCatalogAsync(reader, catalog, today, 2, Ct);

        Assert.Equal([("dataLocation", "EuOnly", 0, 1), ("hostingProvider", "azure", 2, 0)],
            collected.Answers.Where(a => a.Question.ProductId == product.Key)
                .Select(a => (Regie.Core.Questionnaires.FactTopics.Name(a.Question.Fact), a.Answer, a.Boards, a.SectorAnswers)).OrderBy(a => a.Item1, StringComparer.Ordinal));
        var region = Assert.Single(collected.TooFewBoards, u => u.Question.ProductId == product.Key);
        Assert.Equal(("hostingRegion", "Amsterdam", 1), (Regie.Core.Questionnaires.FactTopics.Name(region.Question.Fact), region.Answers.Single().Answer, region.Answers.Single().Boards));
        Assert.DoesNotContain(collected.Different, d => d.Question.ProductId == product.Key);
    }
}
