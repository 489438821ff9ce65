using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;

namespace Regie.Core.Tests.Questionnaires;

/// <summary>
/// A vendor's answers come back as the board's facts "and, shared, as the sector's" (PRODUCT.md 6a): what boards that share
/// with the sector, and the sector itself, heard from vendors about the catalog's open questions goes to the catalog as a
/// file `regie catalog answers` reads, when the sector agrees on it and never naming a board.
/// </summary>
public sealed class CatalogAnswersFromTheSectorsBoards : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private readonly DataCopy data = new DataCopy()
        .Append("products.yaml", PlaceTestProducts.Product("test-open", "topicus", "unknown", "unknown", "unknown"))
        .Append("products.yaml", PlaceTestProducts.Product("test-half", "iddink", "azure", "unknown", "eu-default"));

    private KnowledgeCatalog? catalog;

    private KnowledgeCatalog Catalog => catalog ??= KnowledgeLoader.Load(data.Folder).Catalog;

    public void Dispose() => data.Dispose();

    private static VendorStatement Said(string question, string answer, string on = "2026-12-01", string vendor = "topicus", string? explanation = null) =>
        QuestionId.TryParse(question, out var id) ? new(id, vendor, vendor, answer, explanation, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture))
            : throw new ArgumentException(question);

    private static SharingBoardAnswers Board(params VendorStatement[] statements) => new(statements);

    private static SectorVendorAnswer FromSivon(string subject, string topic, string answer, string on = "2026-11-20", string source = "Brief van 20 november 2026") =>
        new("topicus", "Topicus", subject, topic, answer, "Alles in Deventer", DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), "SIVON", source);

    private CatalogAnswersFromTheSector Collect(IReadOnlyList<SectorVendorAnswer> sector, params SharingBoardAnswers[] boards) => Collect(2, sector, boards);

    private CatalogAnswersFromTheSector Collect(int k, IReadOnlyList<SectorVendorAnswer> sector, params SharingBoardAnswers[] boards) =>
        CatalogAnswersFromTheSector.Collect(Catalog, sector, boards, Today, k);

    [Fact]
    public void KBoardsWithTheSameAnswerSettleItDatedByMonthAndTheFileFillsTheCatalogThroughCatalogAnswers()
    {
        var collected = Collect([],
            Board(Said("test-open/hostingProvider", "azure", "2026-11-02"), Said("test-open/dataLocation", "EuOnly")),
            Board(Said("test-open/hostingProvider", "azure", "2026-12-03"), Said("test-open/dataLocation", "EuOnly")));

        Assert.Equal(["test-open/dataLocation", "test-open/hostingProvider"], collected.Answers.Select(a => a.Question.Id.ToString()).Order(StringComparer.Ordinal));
        var provider = collected.Answers.Single(a => a.Question.Fact == FactTopic.HostingProvider);
        Assert.Equal(("azure", new DateOnly(2026, 12, 3), 2, 0), (provider.Answer, provider.AnsweredOn, provider.Boards, provider.SectorAnswers));
        Assert.Equal("2 school boards sharing with the sector in Regie", provider.ReceivedBy);
        Assert.Equal("the vendor's answer as recorded in each board's vendor questionnaire in Regie (answers of November 2026 to December 2026)", provider.Source);

        // The file is the catalog questions' file, answered: the catalog's own reader takes every row as a stated fact.
        var table = collected.Table(ReasonText.Dutch);
        Assert.Equal(["question", .. SectorAnswerInput.Fields], table.Columns.Select(c => c.Key));
        var rows = table.Rows.Select((r, i) => new SectorAnswerRow(i + 2, new SectorAnswerInput(
            (string?)r[1], (string?)r[2], (string?)r[3], (string?)r[4], (string?)r[5], (string?)r[6], (DateOnly?)r[7], (string?)r[8], (string?)r[9]))).ToList();
        var read = CatalogAnswers.Read(Catalog, rows, Today);
        Assert.Empty(read.Errors);
        Assert.Equal([("dataLocation", "eu-only"), ("hostingProvider", "azure")],
            read.Facts.Select(f => (FactTopics.Name(f.Question.Fact), f.Value)).OrderBy(f => f.Item1, StringComparer.Ordinal));
        Assert.All(read.Facts, f => Assert.Contains("received by 2 school boards sharing with the sector in Regie", f.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void FewerThanKBoardsDoNotMakeACatalogFactAndAreNotCountedAloud()
    {
        var collected = Collect(3, [], Board(Said("test-open/hostingProvider", "azure")), Board(Said("test-open/hostingProvider", "azure")), Board());

        Assert.Empty(collected.Answers);
        var waiting = Assert.Single(collected.TooFewBoards);
        Assert.Equal(("test-open/hostingProvider", "azure", 2), (waiting.Question.Id.ToString(), waiting.Answers.Single().Answer, waiting.Answers.Single().Boards));
        Assert.Equal($"Test test-open, hostingpartij: {Catalog.ProviderById["azure"].Name} (minder dan 3 besturen)",
            ReasonText.Render(waiting.Described(Catalog, 3), ReasonText.Dutch));
    }

    [Fact]
    public void ASectorAnswerCountsAloneDatedByItsDocumentAndBoardsBesideItAreCountedOnlyFromK()
    {
        var alone = Assert.Single(Collect([FromSivon("test-open", "hostingProvider", "eigen datacentrum")]).Answers);
        Assert.Equal((QuestionnaireAnswers.OwnDataCentre, "SIVON", "Brief van 20 november 2026", "Alles in Deventer"), (alone.Answer, alone.ReceivedBy, alone.Source, alone.Explanation));

        var fewBeside = Assert.Single(Collect(5, [FromSivon("test-open", "hostingProvider", "eigen datacentrum")],
            Board(Said("test-open/hostingProvider", "Eigen datacentrum", "2026-12-02"))).Answers);
        Assert.Equal(("SIVON", new DateOnly(2026, 11, 20), 1, 1), (fewBeside.ReceivedBy, fewBeside.AnsweredOn, fewBeside.Boards, fewBeside.SectorAnswers));
        Assert.Equal("Brief van 20 november 2026; the same answer also recorded by school boards sharing with the sector in Regie", fewBeside.Source);

        var manyBeside = Assert.Single(Collect(2, [FromSivon("test-open", "hostingProvider", "eigen datacentrum")],
            Board(Said("test-open/hostingProvider", "eigen datacentrum", "2026-12-02")), Board(Said("test-open/hostingProvider", "eigen datacentrum", "2026-12-04"))).Answers);
        Assert.Equal("Brief van 20 november 2026; the same answer recorded by 2 school boards sharing with the sector in Regie (answers of December 2026)", manyBeside.Source);
    }

    [Fact]
    public void OfTheSectorsAnswersTheNewestCountsAndABoardThatTookOneOverIsNoSecondVoice()
    {
        var older = FromSivon("test-open", "hostingProvider", "aws", "2026-10-01", "Brief van 1 oktober");
        var newer = FromSivon("test-open", "hostingProvider", "azure", "2026-11-20");
        var collected = Collect(2, [older, newer, newer],
            Board(Said("test-open/hostingProvider", "azure", "2026-11-20")), Board(Said("test-open/hostingProvider", "azure", "2026-11-20")));

        var answer = Assert.Single(collected.Answers);
        Assert.Equal(("azure", 0, 1), (answer.Answer, answer.Boards, answer.SectorAnswers));
        Assert.Equal("Brief van 20 november 2026", answer.Source);
    }

    [Fact]
    public void DifferentAnswersSettleNothingAndAreListedWithBoardsCountedOnlyFromK()
    {
        var collected = Collect([FromSivon("test-open", "dataLocation", "1")],
            Board(Said("test-open/hostingProvider", "azure")), Board(Said("test-open/hostingProvider", "Microsoft Azure (Microsoft-clouddatacenters)")),
            Board(Said("test-open/hostingProvider", "aws"), Said("test-open/dataLocation", "EuDefault")), Board(Said("test-open/dataLocation", "OutsideEu")));

        Assert.Empty(collected.Answers);
        var provider = collected.Different.Single(d => d.Question.Fact == FactTopic.HostingProvider);
        Assert.Equal([("azure", 2, 0), ("aws", 1, 0)], provider.Answers.Select(a => (a.Answer, a.Boards, a.SectorAnswers)));
        var location = collected.Different.Single(d => d.Question.Fact == FactTopic.DataLocation);
        Assert.Equal([("EuDefault", 1, 1), ("OutsideEu", 1, 0)], location.Answers.Select(a => (a.Answer, a.Boards, a.SectorAnswers)));

        // Read by people: the provider by its name, the data location in words, boards counted from k up, in the reader's language.
        Assert.Equal($"Test test-open, hostingpartij: {Catalog.ProviderById["azure"].Name} (2 besturen), {Catalog.ProviderById["aws"].Name} (minder dan 2 besturen)",
            ReasonText.Render(provider.Described(Catalog, 2), ReasonText.Dutch));
        Assert.Equal("Test test-open, data location: EU by default (fewer than 2 boards and 1 sector answer), outside the EU (fewer than 2 boards)",
            ReasonText.Render(location.Described(Catalog, 2), ReasonText.English));
    }

    [Fact]
    public void ARegionWithOtherSpacesOrCapitalsIsTheSameAnswer()
    {
        var region = Assert.Single(Collect([],
            Board(Said("test-open/hostingRegion", "Nederland (Deventer)")), Board(Said("test-open/hostingRegion", "  nederland   (deventer) "))).Answers);

        Assert.Equal(2, region.Boards);
    }

    [Fact]
    public void OnlyOpenQuestionsTheProductsVendorCurrentAnswersInTheCatalogsFormAndOneVoicePerBoardCount()
    {
        static IReadOnlySet<string> Ids(params string[] ids) => new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
        var collected = Collect([FromSivon("test-half", "hostingProvider", "aws")],
            Board(Said("test-half/hostingProvider", "aws", vendor: "iddink"), Said("test-half/hostingProvider", "aws", vendor: "iddink")), // the catalog knows it: azure
            Board(Said("test-open/hostingProvider", "aws", vendor: "iddink")), // not test-open's vendor
            Board(Said("test-open/hostingProvider", "aws", "2025-11-01")), // ran out
            Board(Said("test-open/hostingProvider", "het-eigen-serverhok-van-het-bestuur")), // the board's own provider, no catalog one
            Board(Said("test-open/hostingProvider", "aws", "2026-10-01"), Said("test-open/hostingProvider", "azure", "2026-11-01")), // its newest answer counts
            new SharingBoardAnswers([Said("test-open/hostingProvider", "aws")], Ids("TEST-OPEN"), Ids(), Ids()), // its own product under the catalog's id
            new SharingBoardAnswers([Said("test-open/hostingProvider", "aws")], Ids(), Ids("AWS"), Ids()), // its own provider under the catalog's id
            new SharingBoardAnswers([Said("test-open/hostingProvider", "aws")], Ids(), Ids(), Ids("topicus"))); // its own company under the vendor's id

        Assert.Empty(collected.Answers);
        Assert.Empty(collected.Different);
        var waiting = Assert.Single(collected.TooFewBoards);
        Assert.Equal(("test-open/hostingProvider", "azure", 1), (waiting.Question.Id.ToString(), waiting.Answers.Single().Answer, waiting.Answers.Single().Boards));
    }

    [Fact]
    public void ASectorAnswerLongerThanTheCatalogTakesIsLeftOutRatherThanBlockingTheFile()
    {
        var collected = Collect([FromSivon("test-open", "hostingProvider", "azure", source: new string('x', QuestionnaireAnswers.MaxExplanation))]);

        Assert.Empty(collected.Answers);
        Assert.Empty(collected.TooFewBoards);
    }

    [Fact]
    public void ABoardsExplanationIsNotCarriedOverAsItMayNameTheBoard()
    {
        var answer = Assert.Single(Collect([],
            Board(Said("test-open/hostingProvider", "azure", explanation: "Mail van Topicus aan OBS De Eik")),
            Board(Said("test-open/hostingProvider", "azure", explanation: "Gesprek met stichting Linde"))).Answers);

        Assert.Null(answer.Explanation);
        Assert.DoesNotContain("Eik", answer.Source + answer.ReceivedBy, StringComparison.Ordinal);
        Assert.DoesNotContain("Linde", answer.Source + answer.ReceivedBy, StringComparison.Ordinal);
    }
}
