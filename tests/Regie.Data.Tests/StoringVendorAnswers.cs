using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>
/// A vendor's answers are stored per board with the vendor, the question, the answer, its date and who recorded it when:
/// all of a file or nothing, a new answer replacing the old, counted in the landscape for twelve months only.
/// </summary>
public sealed class StoringVendorAnswers(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> BoardWithZermeloAsync(DatabaseProvider provider, string name = "Stichting Vragen")
    {
        var board = await storage.CreateBoardAsync(provider, name);
        await using var db = storage.OpenAs(provider, board);
        db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Zermelo", CatalogProductId = "zermelo", ProcessKeys = ["lesgeven"] });
        await db.SaveChangesAsync(Ct);
        return board;
    }

    private async Task<QuestionnaireImport> ImportAsync(DatabaseProvider provider, Guid board, params AnswerLine[] lines)
    {
        await using var db = storage.OpenAs(provider, board, "bestuurder@bestuur.nl");
        return await db.ImportVendorAnswersAsync(new OrganisationId(board), Shipped, "zermelo", lines, storage.Clock, Ct);
    }

    [Theory, OnBothDatabases]
    public async Task AnswersAreStoredWithVendorQuestionDateAndWhoRecordedThemAndCountInTheLandscape(DatabaseProvider provider)
    {
        var board = await BoardWithZermeloAsync(provider);

        var result = await ImportAsync(provider, board, new AnswerLine(2, "zermelo/SOV2.law", "2", "contract art. 12", "2026-11-01"),
            new AnswerLine(3, "zermelo/ultimateParent", "geen (NL)"));

        Assert.True(result.Succeeded);
        await using var db = storage.OpenAs(provider, board);
        var rows = await db.VendorAnswers.OrderBy(a => a.Topic).ToListAsync(Ct);
        Assert.Equal(
            [("SOV2.law", "2", "contract art. 12", new DateOnly(2026, 11, 1)), ("ultimateParent", "geen (NL)", (string?)null, new DateOnly(2026, 11, 22))],
            rows.Select(r => (r.Topic, r.Answer, r.Explanation, r.AnsweredOn)));
        Assert.All(rows, r => Assert.Equal(("zermelo", "Zermelo Software B.V.", board, "bestuurder@bestuur.nl", storage.Clock.GetUtcNow()),
            (r.VendorId, r.VendorName, r.OrganisationId, r.RecordedBy, r.RecordedAt)));
        Assert.Equal(["zermelo", "zermelo"], rows.Select(r => r.Subject));
        var landscape = await db.LoadLandscapeAsync(new OrganisationId(board), storage.Clock, Ct);
        Assert.Equal(2, landscape.VendorStatements.Count);
        var zermelo = BoardAssessor.Assess(landscape, Shipped).Services.Single();
        var law = zermelo.Sovereignty.Objectives.SelectMany(o => o.Criteria).Single(c => c.Criterion.Id == "SOV2.law");
        Assert.Equal((AnswerOrigin.Vendor, 2), (law.Origin, law.Option));
        Assert.Equal(2, (await db.AuditEntries.ToListAsync(Ct)).Count(e => e.Entity == nameof(VendorAnswerEntity) && e.Action == "Added" && e.Actor == "bestuurder@bestuur.nl"));
    }

    [Theory, OnBothDatabases]
    public async Task ANewAnswerToTheSameQuestionReplacesTheEarlierOne(DatabaseProvider provider)
    {
        var board = await BoardWithZermeloAsync(provider);
        await ImportAsync(provider, board, new AnswerLine(2, "zermelo/SOV2.law", "0", null, "2026-10-01"));

        var result = await ImportAsync(provider, board, new AnswerLine(2, "Zermelo/sov2.LAW", "2", "nieuw contract", "2026-11-15"));

        Assert.True(result.Succeeded);
        await using var db = storage.OpenAs(provider, board);
        var row = Assert.Single(await db.VendorAnswers.ToListAsync(Ct));
        Assert.Equal(("zermelo", "SOV2.law", "2", "nieuw contract", new DateOnly(2026, 11, 15)), (row.Subject, row.Topic, row.Answer, row.Explanation, row.AnsweredOn));
        Assert.Contains(await db.AuditEntries.ToListAsync(Ct), e => e.Entity == nameof(VendorAnswerEntity) && e.Action == "Modified");
    }

    [Theory, OnBothDatabases]
    public async Task WithOneBadRowNothingIsStoredAndEarlierAnswersStay(DatabaseProvider provider)
    {
        var board = await BoardWithZermeloAsync(provider);
        await ImportAsync(provider, board, new AnswerLine(2, "zermelo/SOV2.law", "1"));

        var result = await ImportAsync(provider, board, new AnswerLine(2, "zermelo/SOV2.law", "2"), new AnswerLine(3, "zermelo/SOV3.keys", "9"),
            new AnswerLine(4, "zermelo/nothing", "1"));

        Assert.False(result.Succeeded);
        Assert.Equal([(3, "antwoord"), (4, "vraag")], result.Errors.Select(e => (e.Row!.Value, e.Field)));
        await using var db = storage.OpenAs(provider, board);
        Assert.Equal("1", Assert.Single(await db.VendorAnswers.ToListAsync(Ct)).Answer);
    }

    [Theory, OnBothDatabases]
    public async Task AnAnswerOlderThanTwelveMonthsIsKeptButNoLongerCounts(DatabaseProvider provider)
    {
        var board = await BoardWithZermeloAsync(provider);
        await ImportAsync(provider, board, new AnswerLine(2, "zermelo/SOV2.law", "2", null, "2026-11-01"));
        var later = new FixedClock(new DateTimeOffset(2027, 11, 2, 8, 0, 0, TimeSpan.Zero));

        await using var db = RegieDatabase.Create(storage.Settings(provider), new FixedTenant(board, "tester"), later);
        var landscape = await db.LoadLandscapeAsync(new OrganisationId(board), later, Ct);
        var questionnaire = (await db.LoadQuestionnairesAsync(new OrganisationId(board), Shipped, later, Ct)).Single(v => v.VendorId == "zermelo");

        Assert.Empty(landscape.VendorStatements);
        Assert.Single(await db.LoadVendorStatementsAsync(Ct));
        Assert.Equal(QuestionStatus.Expired, questionnaire.Questions.Single(q => q.Id.ToString() == "zermelo/SOV2.law").Status);
    }

    [Theory, OnBothDatabases]
    public async Task AnotherBoardNeitherSeesNorUsesTheAnswers(DatabaseProvider provider)
    {
        var first = await BoardWithZermeloAsync(provider, "Stichting Een");
        var second = await BoardWithZermeloAsync(provider, "Stichting Twee");
        await ImportAsync(provider, first, new AnswerLine(2, "zermelo/SOV2.law", "2"));

        await using var db = storage.OpenAs(provider, second);

        Assert.Empty(await db.VendorAnswers.ToListAsync(Ct));
        Assert.Empty((await db.LoadLandscapeAsync(new OrganisationId(second), storage.Clock, Ct)).VendorStatements);
    }
}
