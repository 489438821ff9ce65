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
