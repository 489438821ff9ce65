using System.Text;
using Regie.Core.Imports;
using Regie.Discovery.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class KeepingUnsureMatchesApart
{
    private const string EntraExport =
        "Name,Application ID,Publisher\n" +
        "Microsoft Teams,1fec8e78-bce4-4aaf-ab1b-5451cc387264,Microsoft Services\n" +
        "Teams Roosterkoppeling,7d1c0a55-1111-4b2a-9c3d-0a1b2c3d4e5f,Roosterbureau BV\n" +
        "Entra Eigen App 001,7d1c0a55-2222-4b2a-9c3d-0a1b2c3d4e5f,\n" +
        "Schoolwise SSO,7d1c0a55-3333-4b2a-9c3d-0a1b2c3d4e5f,Schoolwise\n";

    [Fact]
    public async Task AnUnsureMatchBecomesTheBoardsOwnServiceWithALineNamingTheProductItMightBe()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(EntraExport), "entra.csv", ImportFormat.Entra);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name, s => s.CatalogProductId);
        Assert.Equal("microsoft-teams", services["Microsoft Teams"]);
        Assert.Null(services["Teams Roosterkoppeling"]);
        var note = Assert.Single(result.Notes, n => n.Why is MightBeProduct);
        Assert.Equal((3, new MightBeProduct("Teams Roosterkoppeling", "microsoft-teams", "Microsoft Teams", ((MightBeProduct)note.Why).Score)), (note.Row, note.Why));
        Assert.Contains("lijkt op Microsoft Teams", note.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenericWordsAndTheBoardsOwnAppsJoinNothingAndNeedNoReview()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(EntraExport), "entra.csv", ImportFormat.Entra);

        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name, s => s.CatalogProductId);
        Assert.Null(services["Entra Eigen App 001"]);
        Assert.Null(services["Schoolwise SSO"]);
        Assert.DoesNotContain(result.Notes, n => n.Why is MightBeProduct m && m.Name != "Teams Roosterkoppeling");
    }

    [Fact]
    public async Task AnInventoryRowTheMatcherIsUnsureAboutGetsNoProductAndTheSameLine()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes("naam\nMagister koppeling\nMagister\n"), "inventaris.csv", ImportFormat.Inventory);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name, s => s.CatalogProductId);
        Assert.Equal((null, "magister"), (services["Magister koppeling"], services["Magister"]));
        var note = Assert.Single(result.Notes);
        Assert.Equal((2, "magister"), (note.Row, ((MightBeProduct)note.Why).ProductId));
    }
}
