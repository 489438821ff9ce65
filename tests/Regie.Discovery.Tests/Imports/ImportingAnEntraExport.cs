using System.Text;
using Regie.Core.Imports;
using Regie.Core.Landscape;
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

        var services = (await board.ServicesAsync()).Where(s => s.Name != "Microsoft Entra ID").ToDictionary(s => s.Id, s => s.Name);
        var evidence = (await board.EvidenceAsync()).Where(e => e.RecordType == "csv-row").ToList();
        Assert.All(await board.EvidenceAsync(), e => Assert.Equal("entra", e.Origin));
        var zoom = Assert.Single(evidence, e => e.Value == "Zoom");
        Assert.Equal("rij 2", zoom.Name);
        Assert.Equal("Zoom", services[zoom.ServiceId]);
        Assert.Equal(services.Count, evidence.Select(e => e.ServiceId).Distinct().Count());
    }

    [Fact]
    public async Task EveryApplicationSignsInThroughEntraIdWithItsRowAsEvidence()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.Entra);

        var services = (await board.ServicesAsync()).ToDictionary(s => s.Id);
        var entra = Assert.Single(services.Values, s => s.CatalogProductId == "microsoft-entra-id");
        Assert.Equal("Microsoft Entra ID", entra.Name);
        Assert.IsType<SignInServiceAdded>(Assert.Single(result.Notes).Why);
        var edges = await board.DependenciesAsync();
        Assert.All(edges, d => Assert.Equal((DependencyKind.SignsInThrough, entra.Id), (d.Kind, d.ToServiceId)));
        Assert.Equal(["Microsoft Teams", "Office 365 Exchange Online", "Ontwerpstudio", "Tuinklas Planner", "Zoom"], edges.Select(d => services[d.FromServiceId].Name).Order());
        Assert.Equal(5, result.Dependencies);
        var proof = Assert.Single(await board.EvidenceAsync(), e => e.RecordType == "signs-in-through" && services[e.ServiceId].Name == "Ontwerpstudio");
        Assert.Equal(("entra", "rij 6", "Microsoft Entra ID"), (proof.Origin, proof.Name, proof.Value));
    }

    [Fact]
    public async Task ImportingTheExportAgainAddsNoSecondSignInEdgeOrEntraService()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync(Fixture, ImportFormat.Entra);
        var first = await board.CountAsync();

        var again = await board.ImportFixtureAsync(Fixture, ImportFormat.Entra);

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Dependencies);
        Assert.Empty(again.Notes);
        Assert.Equal(first, await board.CountAsync() with { Audit = first.Audit });
        Assert.Single(await board.ServicesAsync(), s => s.CatalogProductId == "microsoft-entra-id");
    }

    [Fact]
    public async Task TheBoardsOwnEntraServiceIsTheOneAppsSignInThroughWhateverItIsCalled()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync("inventory.csv", ImportFormat.Inventory); // registers "Azure AD", the catalog's Entra ID

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.Entra);

        Assert.Empty(result.Notes);
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Id);
        var azureAd = Assert.Single(services.Values, s => s.CatalogProductId == "microsoft-entra-id");
        Assert.Equal("Azure AD", azureAd.Name);
        Assert.Contains(await board.DependenciesAsync(), d => services[d.FromServiceId].Name == "Zoom" && d.ToServiceId == azureAd.Id && d.Kind == DependencyKind.SignsInThrough);
    }

    [Fact]
    public async Task TheColumnNamesThePortalShowsAndThoseOfGraphPowerShellStillImport()
    {
        using var board = await ImportBoard.CreateAsync();
        const string portalColumns = "Name,Object ID,Application ID,Homepage URL,Created on,Application type,Publisher,App owner organization ID\n" +
            "Zoom,6b1e5f0a,0f3c2a71,https://zoom.us,2024-09-02,Enterprise Application,Zoom Video Communications,2d6f3c4e\n" +
            "Microsoft Graph,5c6d7e8f,00000003,,2021-03-15,,,f8cdef31-a31e-4b4a-93e4-5f571e91255a\n";
        const string graphColumns = "DisplayName,AppId,Homepage,PublisherName,AppOwnerOrganizationId,ServicePrincipalType\n" +
            "Ontwerpstudio,9a8b7c6d,https://www.canva.com/,Canva,7c6b5a49,Application\n";

        var portal = await board.ImportAsync(Encoding.UTF8.GetBytes(portalColumns), "portaal.csv", ImportFormat.Entra);
        var graph = await board.ImportAsync(Encoding.UTF8.GetBytes(graphColumns), "graph.csv", ImportFormat.Entra);

        Assert.True(portal.Succeeded && graph.Succeeded, string.Join("\n", portal.Errors.Concat(graph.Errors)));
        Assert.Equal(RowOutcome.Skipped, Assert.Single(portal.Rows, r => r.RawName == "Microsoft Graph").Outcome); // Microsoft's tenant
        Assert.Equal(["Microsoft Entra ID", "Ontwerpstudio", "Zoom"], (await board.ServicesAsync()).Select(s => s.Name));
        Assert.Equal(2, (await board.CountAsync()).Dependencies);
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
        Assert.Equal(["Microsoft Entra ID", "Microsoft Teams", "Office 365 Exchange Online", "Ontwerpstudio", "Tuinklas Planner", "Zoom"], (await board.ServicesAsync()).Select(s => s.Name));
    }

    [Fact]
    public async Task AFileWithoutANameColumnIsRefusedNamingTheFileAndHeaderRow()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes("id,appId\nabc,def\n"), "apps.csv", ImportFormat.Entra);

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
