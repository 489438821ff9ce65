using System.Text.Json;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Observatory;

namespace Regie.Core.Tests.Observatory;

/// <summary>
/// A name a board typed (its own company, provider or product) is never published, also when k or more boards typed the
/// same name; the catalog's parties are published by the catalog's name, also when a board's own entry reuses the id.
/// </summary>
public sealed class TypedNamesStayWithTheBoard
{
    private const string Typed = "ICT Coöperatie Stichting Zuid";

    private static readonly Company OwnCompany = new("ict-zuid", Typed, TestWorld.Known("NL"), TestWorld.Known(Company.NoParent), CompanyKind.Cooperative, IsLocal: true);

    private static readonly HostingProvider OwnProvider = new("zuid-dc", LocalizedText.Same(Typed + " Datacentrum"), TestWorld.Known("ict-zuid"), ProviderKind.Datacenter, IsLocal: true);

    /// <summary>Six boards, each with a service of its own vendor and host as typed above, and one catalog service.</summary>
    private static List<BoardLandscape> SixBoardsTypingTheSameName() =>
    [
        .. Enumerable.Range(1, 6).Select(i => SectorWorld.Board($"B{i}", 500, 1,
        [
            new Service(new ServiceId(Guid.NewGuid()), $"B{i} Eigen", null, ["p1"], 500, VendorId: OwnCompany.Id, HostingProviderId: OwnProvider.Id),
            TestWorld.Service($"B{i} Mail", "us-idp", ["p1"], 500),
        ]) with { LocalCompanies = [OwnCompany], LocalProviders = [OwnProvider] }),
    ];

    [Fact]
    public void ANameSixBoardsTypedIsInNoContributionNorInThePicture()
    {
        var contributions = SixBoardsTypingTheSameName().Select(b => BoardContribution.Of(b, TestWorld.World, SectorWorld.Utrecht)).ToList();
        var analysis = new SectorAnalysis(contributions, new DisclosureRule(5));

        var published = JsonSerializer.Serialize(new object[] { contributions, analysis.Picture(CellKey.All), analysis.Vraagmacht(CellKey.All) });

        Assert.DoesNotContain("Coöperatie", published, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ict-zuid", published, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zuid-dc", published, StringComparison.OrdinalIgnoreCase);
        // The catalog's party of the same boards is published, and what rests on the typed one still counts in its country.
        var picture = analysis.Picture(CellKey.All);
        Assert.Contains(picture.Parties, p => p.Kind == PartyKind.Parent && p.Id == "us-corp");
        Assert.Contains(picture.Parties, p => p.Kind == PartyKind.Country && p.Id == "NL");
    }

    [Fact]
    public void ABoardsOwnEntryUnderACatalogIdIsPublishedByTheCatalogsName()
    {
        var renamed = new Company("us-corp", "US Corp, contract van Stichting B1", TestWorld.Known("US"), TestWorld.Known(Company.NoParent), CompanyKind.Commercial, IsLocal: true);
        var boards = SectorWorld.SixBoards().Select(b => b with { LocalCompanies = [renamed] }).ToList();

        var contributions = boards.Select(b => BoardContribution.Of(b, TestWorld.World, SectorWorld.Utrecht)).ToList();
        var json = JsonSerializer.Serialize(contributions);

        Assert.DoesNotContain("Stichting B1", json, StringComparison.Ordinal);
        Assert.All(contributions.SelectMany(c => c.Parties).Where(p => p.Id == "us-corp"), p => Assert.Equal("US Corp Inc.", p.Name));
        Assert.Contains(contributions.SelectMany(c => c.Parties), p => p.Id == "us-corp");
    }
}
