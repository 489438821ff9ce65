using Regie.Core.Knowledge;

namespace Regie.Core.Tests;

public class ShippedDataTests
{
    [Fact]
    public void ShippedDataFolderPassesLint()
    {
        var (knowledge, issues) = KnowledgeLoader.Lint(KnowledgeLoader.LocateDataFolder());
        Assert.True(issues.Count == 0, string.Join("\n", issues));
        Assert.NotNull(knowledge);
        Assert.True(knowledge.Catalog.Products.Count >= 30);
    }
}
