using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests;

/// <summary>
/// A company whose own country is known but whose ultimate parent is not is shown by what is known ("EU/EEA, parent
/// unknown"), never as outside the EU. Companies: a Dutch vendor of unknown parent; a Dutch subsidiary of a US company
/// whose own parent is unknown; a Dutch shell owned by a company of unknown country and parent; a company of which
/// nothing is known; and a Dutch vendor that is its own parent.
/// </summary>
public class CompaniesOfUnknownParent
{
    private static readonly KnowledgeCatalog Catalog = new(
        "test", null,
        [
            new Country("NL", new("Nederland", "Netherlands"), true, true, Tri.No, null, "test", null),
            new Country("US", new("Verenigde Staten", "United States"), false, false, Tri.Yes, LocalizedText.Same("CLOUD Act"), "test", null),
        ],
        [
            new Company("nl-vendor", "NL Vendor B.V.", Known("NL"), Fact<string>.Unknown(), CompanyKind.Commercial),
            new Company("us-sub-nl", "US Sub Nederland B.V.", Known("NL"), Known("us-mid"), CompanyKind.Commercial),
            new Company("us-mid", "US Mid Inc.", Known("US"), Fact<string>.Unknown(), CompanyKind.Commercial),
            new Company("nl-shell", "NL Shell B.V.", Known("NL"), Known("ghost"), CompanyKind.Commercial),
            new Company("ghost", "Ghost Holding", Fact<string>.Unknown(), Fact<string>.Unknown(), CompanyKind.Commercial),
            new Company("nobody", "Nobody Ltd", Fact<string>.Unknown(), Fact<string>.Unknown(), CompanyKind.Commercial),
            new Company("nl-own", "NL Own B.V.", Known("NL"), Known(Company.NoParent), CompanyKind.Commercial),
        ],
        [new HostingProvider("nl-host", LocalizedText.Same("NL Host"), Known("nl-vendor"), ProviderKind.Datacenter)],
        [new Category("app", new("App", "App"))],
        [Product("nl-app", "nl-vendor"), Product("own-app", "nl-own")]);

    private static Product Product(string id, string vendor) => new(
        id, id, [], "app", [], Known(vendor), Known("nl-host"), Fact<LocalizedText>.Unknown(), Fact<DataLocation>.Unknown(), Fact<Tri>.Unknown(),
        false, null, new Dictionary<string, Fact<int>>());

    private static KnownControl Control(string company, int from = 0) =>
        Jurisdiction.AsFarAsKnown(Catalog, OwnershipChain.Resolve(Catalog, company), from);

    [Fact]
    public void ADutchVendorOfUnknownParentIsInTheEuWithItsParentUnknown()
    {
        var control = Control("nl-vendor");

        Assert.Equal("NL", control.Country?.Code);
        Assert.True(control.Country!.InEuEea);
        Assert.False(control.ParentKnown);
        Assert.Null(Jurisdiction.ControllingCountry(Catalog, OwnershipChain.Resolve(Catalog, "nl-vendor")));
    }

    [Fact]
    public void TheHighestKnownCountryUpTheChainCounts()
    {
        Assert.Equal("US", Control("us-sub-nl").Country?.Code);
        Assert.Equal("NL", Control("nl-shell").Country?.Code);
        Assert.Null(Control("nl-shell", from: 1).Country);
        Assert.Null(Control("nobody").Country);
        Assert.All(new[] { "us-sub-nl", "nl-shell", "nobody" }, c => Assert.False(Control(c).ParentKnown));
    }

    [Fact]
    public void AKnownUltimateParentIsKnown()
    {
        var control = Control("nl-own");

        Assert.Equal("NL", control.Country?.Code);
        Assert.True(control.ParentKnown);
    }

    [Fact]
    public void InTheGraphTheVendorItsServiceAndItsHostAreEuWithParentUnknownNotOutsideTheEu()
    {
        var knowledge = new RegieKnowledge(Catalog, Model, Processes, [], ShippedData.Knowledge.HarmWeights, ShippedData.Knowledge.EffortRules,
            ShippedData.Knowledge.TenderCriteria);
        var app = Service("App", "nl-app", ["p1"]);
        var own = Service("Own", "own-app", ["p1"]);
        var nodes = DependencyAnalysis.Analyse(Board([app, own]), knowledge).Nodes.ToDictionary(n => n.Id);

        foreach (var id in new[] { "vendor:nl-vendor", $"service:{app.Id}", "provider:nl-host" })
        {
            Assert.Equal("NL", nodes[id].Jurisdiction);
            Assert.True(nodes[id].InEuEea, id);
            Assert.True(nodes[id].ParentUnknown, id);
        }

        Assert.False(nodes[$"service:{own.Id}"].ParentUnknown);
        Assert.False(nodes["parent:nl-own"].ParentUnknown);
        Assert.True(nodes["parent:nl-own"].InEuEea);
    }
}
