using System.Text;
using Regie.Core.Imports;
using Regie.Discovery.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class ImportingACycloneDxBom
{
    private const string Fixture = "saasbom.json";

    [Fact]
    public async Task ServicesProvidersDataAndDependenciesAreRead()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.CycloneDx);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name);
        Assert.Equal("microsoft-entra-id", services["Azure AD"].CatalogProductId);
        Assert.Equal("magister", services["Magister"].CatalogProductId);
        Assert.Null(services["Roosterdienst van de regio"].CatalogProductId);
        Assert.Equal(["leerlinggegevens", "resultaten"], services["Magister"].DataCategories);
        Assert.Contains("vertrouwenszone bestuur", services["Azure AD"].Notes);
        Assert.Equal(2, result.Dependencies); // edges from the board component are not service dependencies
        Assert.All(await board.EvidenceAsync(), e => Assert.Equal("cyclonedx", e.Origin));
        Assert.Contains(await board.EvidenceAsync(), e => e.Name == "$.services[1]" && e.Value == "Magister");
    }

    [Fact]
    public async Task MissingAndWrongFieldsAreNamedByTheirJsonPath()
    {
        using var board = await ImportBoard.CreateAsync();
        const string bom = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","serialNumber":"nummer-1",
             "services":[{"name":"Zoom","data":[{"flow":"sideways","classification":"PII"}]},{"provider":{"name":"X"}},
                         {"name":"Canva","externalReferences":[{"url":"https://canva.com"}]}]}
            """;

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(bom), "bom.json", ImportFormat.CycloneDx);

        var errors = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("bom.json: $.serialNumber: 'nummer-1' is geen serienummer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("bom.json: $.services[0].data[0].flow: 'sideways' is geen richting", StringComparison.Ordinal));
        Assert.Contains("bom.json: $.services[1].name: dit verplichte veld ontbreekt.", errors);
        Assert.Contains("bom.json: $.services[2].externalReferences[0].type: dit verplichte veld ontbreekt.", errors);
        Assert.Equal(0, (await board.CountAsync()).Services);
    }

    [Fact]
    public async Task SomethingOtherThanCycloneDxIsRefused()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes("""{"bomFormat":"SPDX","specVersion":"2.3"}"""), "sbom.json", ImportFormat.CycloneDx);

        Assert.Contains("sbom.json: $.bomFormat: 'SPDX' is geen CycloneDX; verwacht \"CycloneDX\".", result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task AnEdgeOfUnknownKindIsNotAddedBesideAnEdgeTheBoardAlreadyHas()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync("inventory.csv", ImportFormat.Inventory); // Magister signs in through Azure AD
        var before = await board.CountAsync();

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.CycloneDx); // lvs dependsOn idp, rooster dependsOn lvs

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(1, result.Dependencies); // only the new Roosterdienst → Magister
        Assert.Equal(before.Dependencies + 1, (await board.CountAsync()).Dependencies);
    }
}
