using System.Xml.Linq;
using Regie.Core.Landscape;
using Regie.Data;

namespace Regie.Cli.Tests.Imports;

public sealed class ExchangingArchiMateOnTheCommandLine
{
    [Fact]
    public async Task AModelExportedToAFileImportsIntoAFreshBoardWithTheSameServicesPartiesAndEdges()
    {
        using var source = await ImportBoard.CreateAsync();
        var inventory = source.PathOf("inventaris.csv");
        File.WriteAllText(inventory, """
            naam;processen;logt-in-via;koppelt-met;hostingpartij;leverancier
            Azure AD;identiteit-en-toegang;;;;
            Magister;leerlingadministratie;Azure AD;;;
            Eigen roosterapp;roostering;Azure AD;Magister;leaseweb;iddink
            Zoom;;;;;
            """);
        Assert.Equal(0, (await Cli.RunOnAsync(source.DatabasePath, "import", inventory)).ExitCode);
        var model = source.PathOf("model.xml");

        var export = await Cli.RunOnAsync(source.DatabasePath, "export", "--format", "archimate", "--output", model);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("4 diensten van 'Stichting Test' geschreven naar", export.Err);
        Assert.Contains("(ArchiMate)", export.Err);
        Assert.Equal(XName.Get("model", "http://www.opengroup.org/xsd/archimate/3.0/"), XDocument.Load(model).Root!.Name);

        using var target = await ImportBoard.CreateAsync();
        var import = await Cli.RunOnAsync(target.DatabasePath, "import", model);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal(await Landscape(source), await Landscape(target));
        var again = await Cli.RunOnAsync(target.DatabasePath, "import", model);
        Assert.Contains("0 nieuwe diensten, 0 bijgewerkt, 4 ongewijzigd", again.Out);
    }

    [Fact]
    public async Task AnElementOfATypeRegieCannotPlaceIsNamedWithItsLine()
    {
        using var board = await ImportBoard.CreateAsync();
        var model = board.PathOf("model.xml");
        File.WriteAllText(model, """
            <?xml version="1.0" encoding="UTF-8"?>
            <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
              <name>School</name>
              <elements>
                <element identifier="id-1" xsi:type="ApplicationComponent"><name>Magister</name></element>
                <element identifier="id-2" xsi:type="Requirement"><name>Voldoen aan de AVG</name></element>
              </elements>
            </model>
            """);

        var result = await Cli.RunOnAsync(board.DatabasePath, "import", model, "--format", "archimate");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("regel 6, element 'id-2': Requirement 'Voldoen aan de AVG' heeft geen plaats in Regie", result.ToString());
        Assert.Equal(1, (await board.CountAsync()).Services);
    }

    private static async Task<List<string>> Landscape(ImportBoard board)
    {
        await using var db = board.Open();
        var landscape = await db.LoadLandscapeAsync(new OrganisationId(board.OrganisationId), TimeProvider.System, TestContext.Current.CancellationToken);
        var catalog = ImportBoard.Knowledge.Catalog.For(landscape);
        var names = landscape.Services.ToDictionary(s => s.Id, s => s.Name);
        return
        [
            .. landscape.Services.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s =>
            {
                var product = s.CatalogProductId is { } id ? catalog.ProductById[id] : null;
                return $"{s.Name}|{s.CatalogProductId}|{s.VendorId ?? product?.Vendor.Value}|{s.HostingProviderId ?? product?.HostingProvider.Value}|{string.Join(",", s.ProcessIds.Order())}";
            }),
            .. landscape.Dependencies.Select(d => $"{names[d.From]} -{d.Kind}-> {names[d.To]}").Order(StringComparer.Ordinal),
        ];
    }
}
