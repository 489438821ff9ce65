using System.Text;
using Regie.Core.Imports;
using Regie.Discovery.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class ImportingAnEntraExport
{
    private const string Fixture = "entra-enterprise-apps.csv";

    [Fact]
    public async Task EachApplicationIsMatchedThroughTheCatalogAndMicrosoftPlumbingIsSkipped()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.Entra);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name, s => s.CatalogProductId);
        Assert.Equal("zoom", services["Zoom"]);
        Assert.Equal("microsoft-teams", services["Microsoft Teams"]);
        Assert.Equal("microsoft-365", services["Office 365 Exchange Online"]);
        Assert.Equal("canva", services["Ontwerpstudio"]); // by its homepage www.canva.com
        Assert.Null(services["Tuinklas Planner"]); // a third-party app the catalog lacks: kept, vendor unknown
        Assert.DoesNotContain("Microsoft Graph", services.Keys);
        Assert.DoesNotContain("Backup automation", services.Keys);
        Assert.Contains(result.Rows, r => r.RawName == "Microsoft Graph" && r.Outcome == RowOutcome.Skipped);
        Assert.Contains(result.Rows, r => r.RawName == "Backup automation" && r.Outcome == RowOutcome.Skipped);
    }

    [Fact]
    public async Task EveryServiceKeepsTheRowItCameFromAsEvidence()
    {
        using var board = await ImportBoard.CreateAsync();

        await board.ImportFixtureAsync(Fixture, ImportFormat.Entra);

        var services = (await board.ServicesAsync()).ToDictionary(s => s.Id, s => s.Name);
        var evidence = await board.EvidenceAsync();
        Assert.All(evidence, e => Assert.Equal("entra", e.Origin));
        Assert.All(evidence, e => Assert.Equal("csv-row", e.RecordType));
        var zoom = Assert.Single(evidence, e => e.Value == "Zoom");
        Assert.Equal("rij 2", zoom.Name);
        Assert.Equal("Zoom", services[zoom.ServiceId]);
        Assert.Equal(services.Count, evidence.Select(e => e.ServiceId).Distinct().Count());
    }

    [Fact]
    public async Task ImportingTheSameExportTwiceAddsNothing()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync(Fixture, ImportFormat.Entra);
        var first = await board.CountAsync();

        var again = await board.ImportFixtureAsync(Fixture, ImportFormat.Entra);

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Created);
        var second = await board.CountAsync();
        Assert.Equal(first.Services, second.Services);
        Assert.Equal(first.Evidence, second.Evidence);
    }

    [Fact]
    public async Task ColumnOrderAndTheByteOrderMarkDoNotMatter()
    {
        using var board = await ImportBoard.CreateAsync();
        var lines = File.ReadAllLines(ImportBoard.Fixture(Fixture), Encoding.UTF8);
        // The same export with its columns in reverse order and without the BOM.
        var reversed = string.Join("\n", lines.Select(l => string.Join(",", l.TrimStart('\uFEFF').Split(',').Reverse())));

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(reversed), "omgekeerd.csv", ImportFormat.Entra);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["Microsoft Teams", "Office 365 Exchange Online", "Ontwerpstudio", "Tuinklas Planner", "Zoom"], (await board.ServicesAsync()).Select(s => s.Name));
    }

    [Fact]
    public async Task AFileWithoutANameColumnIsRefusedNamingTheFileAndHeaderRow()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes("Object ID,Application ID\nabc,def\n"), "apps.csv", ImportFormat.Entra);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("apps.csv: Rij 1: de kolom 'Name' ontbreekt", error.ToString());
        Assert.Equal(0, (await board.CountAsync()).Services);
    }

    [Fact]
    public async Task AnEmptyNameIsAnErrorAtItsRowAndNothingIsWritten()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes("Name,Homepage URL\nZoom,https://zoom.us\n,https://x.example\n"), "apps.csv", ImportFormat.Entra);

        Assert.Equal("apps.csv: Rij 3, kolom 'Name': naam ontbreekt; elke dienst heeft een naam nodig.", Assert.Single(result.Errors).ToString());
        Assert.Equal(0, (await board.CountAsync()).Services);
    }
}
