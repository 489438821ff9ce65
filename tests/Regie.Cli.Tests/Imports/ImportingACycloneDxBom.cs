using System.Text;
using System.Text.Json;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Imports;

namespace Regie.Cli.Tests.Imports;

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
    public async Task ExportingTheDemoLikeBoardAndImportingItIntoAFreshBoardGivesTheSameServicesAndProviders()
    {
        using var source = await ImportBoard.CreateAsync();
        var inventory = source.Board.WriteFile("inventaris.csv", """
            naam;persoonsgegevens;logt-in-via;koppelt-met;hostingpartij;leverancier
            Azure AD;accountgegevens;;;;
            Magister;leerlinggegevens, resultaten;Azure AD;;;
            Eigen roosterapp;;Azure AD;Magister;leaseweb;iddink
            Zoom;;;;;
            """);
        Assert.Equal(0, (await source.Board.RunAsync("import", inventory)).ExitCode);

        var export = await source.Board.RunAsync("export", "--format", "cyclonedx");
        Assert.True(export.ExitCode == 0, export.ToString());
        using (var bom = JsonDocument.Parse(export.Out))
        {
            Assert.Equal("1.6", bom.RootElement.GetProperty("specVersion").GetString());
            Assert.StartsWith("urn:uuid:", bom.RootElement.GetProperty("serialNumber").GetString());
            Assert.Equal("Stichting Test", bom.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
        }

        using var target = await ImportBoard.CreateAsync();
        var result = await target.ImportAsync(Encoding.UTF8.GetBytes(export.Out), "export.json", ImportFormat.CycloneDx);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(await Landscape(source), await Landscape(target));
        Assert.Equal((await source.CountAsync()).Dependencies, (await target.CountAsync()).Dependencies);
    }

    [Fact]
    public async Task TheExportNamesProvidersEndpointsAndDataClassifications()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync(Fixture, ImportFormat.CycloneDx);

        var export = await board.Board.RunAsync("export");

        using var bom = JsonDocument.Parse(export.Out);
        var services = bom.RootElement.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal("Iddink Group", services["Magister"].GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal(["leerlinggegevens", "resultaten"], services["Magister"].GetProperty("data").EnumerateArray().Select(d => d.GetProperty("classification").GetString()));
        Assert.Contains("https://entra.microsoft.com", services["Azure AD"].GetProperty("endpoints").EnumerateArray().Select(e => e.GetString()));
        var edges = bom.RootElement.GetProperty("dependencies").EnumerateArray()
            .ToDictionary(d => d.GetProperty("ref").GetString()!, d => d.GetProperty("dependsOn").EnumerateArray().Select(x => x.GetString()!).ToList());
        var magisterRef = services["Magister"].GetProperty("bom-ref").GetString()!;
        Assert.Equal([services["Azure AD"].GetProperty("bom-ref").GetString()!], edges[magisterRef]);
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

    private static async Task<List<string>> Landscape(ImportBoard board)
    {
        await using var db = board.Open();
        var landscape = await db.LoadLandscapeAsync(board.OrganisationId, TimeProvider.System, TestContext.Current.CancellationToken);
        var catalog = ImportBoard.Knowledge.Catalog.For(landscape);
        var names = landscape.Services.ToDictionary(s => s.Id, s => s.Name);
        string? Effective(string? own, string? fromCatalog) => own ?? fromCatalog;
        return
        [
            .. landscape.Services.Select(s =>
            {
                var product = s.CatalogProductId is { } id ? catalog.ProductById[id] : null;
                return $"{s.Name}|{s.CatalogProductId}|{Effective(s.VendorId, product?.Vendor.Value)}|{Effective(s.HostingProviderId, product?.HostingProvider.Value)}|{string.Join(",", s.DataCategoryIds)}";
            }),
            .. landscape.Dependencies.Select(d => $"{names[d.From]} -{d.Kind}-> {names[d.To]}").Order(StringComparer.Ordinal),
        ];
    }
}
