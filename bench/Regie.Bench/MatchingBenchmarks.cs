using BenchmarkDotNet.Attributes;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Matching;

namespace Regie.Bench;

/// <summary>
/// 10,000 names as staff write them (the labelled set, repeated with case changes and one dropped letter) against the
/// indexed <see cref="CatalogMatcher"/>, and a naive baseline that compares each name with every alias, no index.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private KnowledgeCatalog catalog = null!;
    private IReadOnlyDictionary<string, string> domains = null!;
    private CatalogMatcher matcher = null!;
    private string[] names = [];
    private (string Id, string Key)[] aliases = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = DataFolder.Locate();
        catalog = KnowledgeLoader.Load(folder).Catalog;
        domains = DomainNames.Load(folder, catalog);
        matcher = CatalogMatcher.Build(catalog, domains);
        var labelled = File.ReadLines(Path.Combine(folder, "matching", "labelled-names.csv")).Skip(1)
            .Select(line => line[..line.LastIndexOf(',')]).Where(n => n.Length > 0).ToArray();
        var random = new Random(42);
        names = [.. Enumerable.Range(0, 10_000).Select(i => Perturb(labelled[i % labelled.Length], i / labelled.Length, random))];
        aliases = [.. catalog.Products.SelectMany(p => new[] { p.Name }.Concat(p.Aliases).Select(a => (p.Id, NameNormaliser.Key(a))))];
    }

    [Benchmark(Baseline = true)]
    public int NaiveEveryAlias()
    {
        var found = 0;
        foreach (var name in names)
        {
            var key = NameNormaliser.Key(name);
            double best = 0;
            foreach (var (_, alias) in aliases)
            {
                best = Math.Max(best, Similarity.JaroWinkler(key, alias));
            }

            found += best >= 0.9 ? 1 : 0;
        }

        return found;
    }

    [Benchmark]
    public int IndexedMatcher()
    {
        var found = 0;
        foreach (var name in names)
        {
            found += matcher.Match(name).IsMatch ? 1 : 0;
        }

        return found;
    }

    [Benchmark]
    public int BuildIndexAndMatch() => CatalogMatcher.Build(catalog, domains) is var built ? names.Count(n => built.Match(n).IsMatch) : 0;

    private static string Perturb(string name, int round, Random random) => round switch
    {
        0 => name,
        1 => name.ToUpperInvariant(),
        _ when name.Length > 5 => name.Remove(random.Next(1, name.Length - 1), 1),
        _ => name.ToLowerInvariant(),
    };
}
