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

    [Fact]
    public void NamesWithACommaInFlowMappingsKeepTheirWholeText()
    {
        var knowledge = KnowledgeLoader.Load(KnowledgeLoader.LocateDataFolder());

        // An unquoted comma inside {…} ends the value in YAML: "Leerlinggegevens (NAW" once shipped that way.
        Assert.Equal("Leerlinggegevens (NAW, klas)", knowledge.DataCategoryById["leerlinggegevens"].Name.Nl);
        Assert.All(knowledge.DataCategories, c => Assert.Equal(c.Name.Nl.Count(ch => ch == '('), c.Name.Nl.Count(ch => ch == ')')));
    }
}
