using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Matching;

namespace Regie.Core.Tests.Matching;

/// <summary>The shipped catalog and domain map, and the labelled names in data/matching/labelled-names.csv.</summary>
public static class LabelledNames
{
    private static readonly Lazy<(CatalogMatcher Matcher, IReadOnlyList<(string Input, string? Expected)> Rows)> Shipped = new(() =>
    {
        var folder = DataFolder.Locate();
        // The matcher users get: every product in the shipped catalog and the whole domain map.
        var shipped = KnowledgeLoader.Load(folder);
        var rows = File.ReadLines(Path.Combine(folder, "matching", "labelled-names.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                var comma = line.LastIndexOf(',');
                var expected = line[(comma + 1)..].Trim();
                return (line[..comma].Trim('"'), expected.Length == 0 ? null : expected);
            })
            .ToList();
        return (CatalogMatcher.Build(shipped.Catalog, DomainNames.Load(folder, shipped.Catalog)), rows);
    });

    public static CatalogMatcher Matcher => Shipped.Value.Matcher;

    public static IReadOnlyList<(string Input, string? Expected)> Rows => Shipped.Value.Rows;
}
