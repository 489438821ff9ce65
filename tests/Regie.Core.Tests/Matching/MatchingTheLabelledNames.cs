using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Core.Tests.Matching;

public sealed class MatchingTheLabelledNames
{
    [Fact]
    public void PrecisionIsAtLeast98AndRecallAtLeast95Percent()
    {
        int returned = 0, correct = 0, shouldMatch = 0, unsure = 0;
        var mistakes = new List<string>();
        foreach (var (input, expected) in LabelledNames.Rows)
        {
            var result = LabelledNames.Matcher.Match(input);
            shouldMatch += expected is null ? 0 : 1;
            returned += result.IsMatch ? 1 : 0;
            unsure += result.IsUnsure ? 1 : 0;
            correct += result.IsMatch && result.CatalogId == expected ? 1 : 0;
            if (result.CatalogId != expected)
            {
                mistakes.Add($"  '{input}': expected {expected ?? "no match"}, got {result.CatalogId ?? "no match"} ({result.Method}, {result.Candidate?.Score ?? result.Confidence:0.00} {result.Candidate?.CatalogId})");
            }
        }

        var precision = returned == 0 ? 0 : (double)correct / returned;
        var recall = (double)correct / shouldMatch;
        var report = $"precision {precision:0.000} ({correct}/{returned}), recall {recall:0.000} ({correct}/{shouldMatch}) on {LabelledNames.Rows.Count} names, {unsure} unsure (not joined); mistakes:\n{string.Join('\n', mistakes)}";
        Assert.True(precision >= 0.98 && recall >= 0.95, report);
        TestContext.Current.SendDiagnosticMessage(report);
    }

    [Fact]
    public void TheSetIsLargeEnoughAndNamesOnlyProductsInTheCatalog()
    {
        var catalog = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;

        Assert.True(LabelledNames.Rows.Count >= 1000, $"{LabelledNames.Rows.Count} rows");
        Assert.True(LabelledNames.Rows.Count(r => r.Expected is null) >= 250);
        Assert.All(LabelledNames.Rows.Where(r => r.Expected is not null), r => Assert.True(catalog.ProductById.ContainsKey(r.Expected!), r.Expected));
    }
}
