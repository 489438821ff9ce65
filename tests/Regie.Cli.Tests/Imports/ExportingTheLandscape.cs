using System.Text;
using System.Text.Json;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Imports;

namespace Regie.Cli.Tests.Imports;

public sealed class ExportingTheLandscape
{
    [Fact]
    public async Task TheExportWrittenToAFileIsAValidBomThatImportsBack()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync("saasbom.json", ImportFormat.CycloneDx);
        var path = board.PathOf("landschap.json");

        var export = await Cli.RunOnAsync(board.DatabasePath, "export", "--format", "cyclonedx", "--output", path);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("3 diensten van 'Stichting Test' geschreven naar", export.Err);
        using (var bom = JsonDocument.Parse(File.ReadAllBytes(path)))
        {
            Assert.Equal("CycloneDX", bom.RootElement.GetProperty("bomFormat").GetString());
            Assert.Equal(1, bom.RootElement.GetProperty("version").GetInt32());
            Assert.True(DateTimeOffset.TryParse(bom.RootElement.GetProperty("metadata").GetProperty("timestamp").GetString(), out _));
        }

        var again = await Cli.RunOnAsync(board.DatabasePath, "import", path);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("0 nieuwe diensten, 0 bijgewerkt, 3 ongewijzigd", again.Out);
    }

    [Fact]
    public async Task ExportingTheDemoLikeBoardAndImportingItIntoAFreshBoardGivesTheSameServicesAndProviders()
    {
        using var source = await ImportBoard.CreateAsync();
        var inventory = source.PathOf("inventaris.csv");
        File.WriteAllText(inventory, """
            naam;persoonsgegevens;logt-in-via;koppelt-met;hostingpartij;leverancier
            Azure AD;accountgegevens;;;;
            Magister;leerlinggegevens, resultaten;Azure AD;;;
            Eigen roosterapp;;Azure AD;Magister;leaseweb;iddink
            Zoom;;;;;
            """);
        Assert.Equal(0, (await Cli.RunOnAsync(source.DatabasePath, "import", inventory)).ExitCode);

        var export = await Cli.RunOnAsync(source.DatabasePath, "export", "--format", "cyclonedx");
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
        await board.ImportFixtureAsync("saasbom.json", ImportFormat.CycloneDx);

        var export = await Cli.RunOnAsync(board.DatabasePath, "export");

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

    private static async Task<List<string>> Landscape(ImportBoard board)
    {
        await using var db = board.Open();
        var landscape = await db.LoadLandscapeAsync(new OrganisationId(board.OrganisationId), TimeProvider.System, TestContext.Current.CancellationToken);
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
