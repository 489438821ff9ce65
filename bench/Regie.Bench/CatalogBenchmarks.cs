using BenchmarkDotNet.Attributes;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Bench;

/// <summary>
/// Loading and linting the whole data folder against just reading its files: the difference is YAML parsing and
/// the checks. Target: `Load` under 200 ms (run with `--filter '*Catalog*' --job short`).
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private string dataFolder = null!;
    private string[] files = null!;

    [GlobalSetup]
    public void Setup()
    {
        dataFolder = DataFolder.Locate();
        files = Directory.GetFiles(dataFolder, "*.yaml", SearchOption.AllDirectories);
    }

    [Benchmark(Baseline = true)]
    public int ReadFilesOnly() => files.Sum(f => File.ReadAllText(f).Length);

    [Benchmark]
    public int LoadCatalog() => KnowledgeLoader.Load(dataFolder).Catalog.Products.Count;
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
