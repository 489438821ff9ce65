using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Core.Tests;

public sealed class LocalKnowledgeTests
{
    private static readonly KnowledgeCatalog Shipped = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;

    [Fact]
    public void ACorrectionReplacesTheFactForTheBoardWithItsReasonAndLeavesTheShippedCatalogAlone()
    {
        var before = Shipped.ProductById["magister"];

        var board = Shipped.WithLocal([], [], [], [new FactCorrection("magister", CorrectableFact.HostingProvider, "azure", "Contract noemt Azure", "Contract 2026")]);

        var corrected = board.ProductById["magister"].HostingProvider;
        Assert.Equal(("azure", Confidence.Confirmed, (DateOnly?)null), (corrected.Value, corrected.Confidence, corrected.Checked));
        Assert.Equal("eigen correctie van het bestuur: Contract noemt Azure (bron: Contract 2026)", corrected.Source);
        Assert.Same(before, Shipped.ProductById["magister"]);
        Assert.NotSame(Shipped, board);
    }

    [Fact]
    public void ACorrectionToUnknownMakesTheFactUnknownOnPurpose()
    {
        var board = Shipped.WithLocal([], [], [], [new FactCorrection("magister", CorrectableFact.Vendor, null, "Overname nog niet afgerond")]);

        Assert.False(board.ProductById["magister"].Vendor.IsKnown);
        Assert.StartsWith(FactCorrection.SourcePrefix, board.ProductById["magister"].Vendor.Source);
        Assert.True(Shipped.ProductById["magister"].Vendor.IsKnown);
    }

    [Fact]
    public void AnOwnProductIsAddedNextToTheCatalogs()
    {
        var own = new Product("rooster-noord", "Rooster Noord", [], "leerlingadministratie", [], Fact<string>.FromBoard("microsoft"),
            Fact<string>.Unknown(), Fact<LocalizedText>.Unknown(), Fact<DataLocation>.Unknown(), Fact<Tri>.Unknown(), false, null, new Dictionary<string, Fact<int>>());

        var board = Shipped.WithLocal([], [], [own], []);

        Assert.Same(own, board.ProductById["rooster-noord"]);
        Assert.Equal(Shipped.Products.Count + 1, board.Products.Count);
        Assert.False(Shipped.ProductById.ContainsKey("rooster-noord"));
    }
}
