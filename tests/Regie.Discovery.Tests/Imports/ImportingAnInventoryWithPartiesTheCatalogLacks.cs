using System.Text;
using Regie.Core.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class ImportingAnInventoryWithPartiesTheCatalogLacks
{
    private const string Inventory = "naam;leverancier;hostingpartij\nLeerlingvolgsysteem;Tuinklas Software BV;Serverhok Zwolle\nRoosterapp;Tuinklas Software BV;\n";

    [Fact]
    public async Task AnUnknownVendorBecomesTheBoardsOwnPartyWithAWarningAndTheFileIsAccepted()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(Inventory), "inventaris.csv", ImportFormat.Inventory);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Created);
        Assert.Equal(
            ["inventaris.csv: Rij 2, kolom 'leverancier': Tuinklas Software BV staat niet in de catalogus; toegevoegd als eigen leverancier van het bestuur.",
             "inventaris.csv: Rij 2, kolom 'hostingpartij': Serverhok Zwolle staat niet in de catalogus; toegevoegd als eigen hostingpartij van het bestuur."],
            result.Notes.Select(n => n.ToString()));
        var (companies, providers) = await board.OwnPartiesAsync();
        var company = Assert.Single(companies);
        Assert.Equal(("tuinklas-software-bv", "Tuinklas Software BV", "inventaris.csv, rij 2"), (company.Key, company.Name, company.Source));
        Assert.Equal("serverhok-zwolle", Assert.Single(providers).Key);
        Assert.All(await board.ServicesAsync(), s => Assert.Equal("tuinklas-software-bv", s.VendorId));
    }

    [Fact]
    public async Task ANextFileNamingTheSameVendorUsesTheBoardsPartyWithoutAnotherWarning()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportAsync(Encoding.UTF8.GetBytes(Inventory), "inventaris.csv", ImportFormat.Inventory);

        var next = await board.ImportAsync(Encoding.UTF8.GetBytes("naam;leverancier\nOuderportaal;Tuinklas Software B.V.\n"), "erbij.csv", ImportFormat.Inventory);

        Assert.True(next.Succeeded, string.Join("\n", next.Errors));
        Assert.Empty(next.Notes);
        Assert.Single((await board.OwnPartiesAsync()).Companies);
        Assert.Equal("tuinklas-software-bv", Assert.Single(await board.ServicesAsync(), s => s.Name == "Ouderportaal").VendorId);
    }
}
