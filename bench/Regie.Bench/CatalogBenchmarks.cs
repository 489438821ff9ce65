using BenchmarkDotNet.Attributes;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Bench;

/// <summary>
/// Loading and linting the whole data folder against just reading its files: as the CLI and the web app load it, with
/// the parsed files kept between loads (in a folder of this run's own), and with the YAML parsed on every load (no
/// folder for them: the old path and the simplest baseline). Target: `Load` under 200 ms (run with
/// `--filter '*CatalogBenchmarks*' --job short`).
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private string dataFolder = null!;
    private string parsedFiles = null!;
    private string[] files = null!;

    [GlobalSetup]
    public void Setup()
    {
        dataFolder = DataFolder.Locate();
        files = Directory.GetFiles(dataFolder, "*.yaml", SearchOption.AllDirectories);
        parsedFiles = Directory.CreateTempSubdirectory("regie-parsed-").FullName;
        _ = KnowledgeLoader.Load(dataFolder, parsedFiles);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(parsedFiles, recursive: true);

    [Benchmark(Baseline = true)]
    public int ReadFilesOnly() => files.Sum(f => File.ReadAllText(f).Length);

    [Benchmark]
    public int LoadCatalog() => KnowledgeLoader.Load(dataFolder, parsedFiles).Catalog.Products.Count;

    [Benchmark]
    public int LoadCatalogParsingTheYaml() => KnowledgeLoader.Load(dataFolder).Catalog.Products.Count;
}

/// <summary>
/// The catalog page's "Wat de catalogus nog niet weet" and the questions download against the simplest pass over the
/// same products (counting the unknown place facts): what asking the vendors costs per request
/// (run with `--filter '*CatalogQuestion*' --job short`).
/// </summary>
[MemoryDiagnoser]
public class CatalogQuestionBenchmarks
{
    private RegieKnowledge knowledge = null!;

    [GlobalSetup]
    public void Setup() => knowledge = KnowledgeLoader.Load(DataFolder.Locate());

    [Benchmark(Baseline = true)]
    public int CountUnknownPlaces() => knowledge.Catalog.Products.Sum(p =>
        (p.HostingProvider.IsKnown ? 0 : 1) + (p.HostingRegion.IsKnown ? 0 : 1) + (p.DataLocation.IsKnown ? 0 : 1));

    /// <summary>What the catalog page computes per request: the questions over the most-used products and the all-three-known count.</summary>
    [Benchmark]
    public int CatalogPageSection() =>
        Regie.Core.Catalog.CatalogQuestions.OpenForMostUsed(knowledge).Questions.Count
        + CatalogFigures.AllThreeKnown(CatalogFigures.PlaceShares(knowledge.Catalog, knowledge.MostUsedProducts()!)).Known;

    /// <summary>
    /// The day's knowledge (KnowledgeCatalog.AsOf): one pass over every fact for a stated one that ran out; the web app does it
    /// once a day (KnowledgeOfTheDay), every command once per run.
    /// </summary>
    [Benchmark]
    public object KnowledgeAsOfToday() => knowledge.AsOf(new DateOnly(2026, 12, 7));

    /// <summary>The download's table with every product: the questions and their Dutch texts (the CSV writer is the exports' own).</summary>
    [Benchmark]
    public int QuestionsTableOfAllProducts() => Regie.Core.Catalog.CatalogQuestions.Open(knowledge.Catalog, knowledge.Catalog.Products)
        .Table(Regie.Core.Explaining.ReasonText.Dutch).Rows.Count;
}

/// <summary>
/// What the sector heard for the catalog (`regie sector answers collect`, the system administrator's /sector/shared): 1,600
/// sharing boards, each with answers on the three place topics for eight open catalog questions' products, against the
/// simplest pass over the same answers (counting the different answers per question in one dictionary)
/// (run with `--filter '*SectorAnswersForTheCatalog*' --job short`).
/// </summary>
[MemoryDiagnoser]
public class SectorAnswersForTheCatalogBenchmarks
{
    private Regie.Core.Catalog.KnowledgeCatalog catalog = null!;
    private List<Regie.Core.Catalog.SharingBoardAnswers> boards = null!;
    private List<Regie.Core.Observatory.SectorVendorAnswer> sector = null!;
    private readonly DateOnly today = new(2026, 12, 7);

    [GlobalSetup]
    public void Setup()
    {
        catalog = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;
        var open = Regie.Core.Catalog.CatalogQuestions.Open(catalog, catalog.Products).Questions;
        var products = open.GroupBy(q => q.ProductId).Select(g => g.ToList()).ToList();
        var random = new Random(16);
        string Answer(Regie.Core.Questionnaires.FactTopic fact) => fact switch
        {
            Regie.Core.Questionnaires.FactTopic.HostingProvider => random.Next(4) == 0 ? "aws" : "azure",
            Regie.Core.Questionnaires.FactTopic.DataLocation => random.Next(4) == 0 ? "OutsideEu" : "EuOnly",
            _ => random.Next(4) == 0 ? "Frankfurt" : "Amsterdam",
        };
        boards = [.. Enumerable.Range(0, 1600).Select(_ => new Regie.Core.Catalog.SharingBoardAnswers(
            [.. Enumerable.Range(0, 8).SelectMany(_ => products[random.Next(products.Count)]).Select(q =>
                new Regie.Core.Questionnaires.VendorStatement(q.Id, q.VendorId, q.VendorName, Answer(q.Fact), null, today.AddDays(-random.Next(300))))]))];
        sector = [.. open.Take(50).Select(q => new Regie.Core.Observatory.SectorVendorAnswer(
            q.VendorId, q.VendorName, q.ProductId, Regie.Core.Questionnaires.FactTopics.Name(q.Fact), Answer(q.Fact), null, today.AddDays(-10), "SIVON", "Brief"))];
    }

    [Benchmark(Baseline = true)]
    public int CountDifferentAnswersPerQuestion()
    {
        var heard = new Dictionary<(string, string), HashSet<string>>();
        foreach (var statement in boards.SelectMany(b => b.Statements))
        {
            var key = (statement.Question.Subject, statement.Question.Topic);
            (heard.TryGetValue(key, out var set) ? set : heard[key] = []).Add(statement.Answer);
        }

        return heard.Count(h => h.Value.Count == 1);
    }

    [Benchmark]
    public int Collect() => Regie.Core.Catalog.CatalogAnswersFromTheSector.Collect(catalog, sector, boards, today, k: 5).Answers.Count;
}
