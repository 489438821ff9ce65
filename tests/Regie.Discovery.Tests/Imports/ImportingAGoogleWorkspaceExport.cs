using System.Text;
using Regie.Core.Imports;
using Regie.Discovery.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class ImportingAGoogleWorkspaceExport
{
    private const string Fixture = "google-accessed-apps.csv";

    [Fact]
    public async Task AccessedAppsBecomeMatchedServicesAndBlockedAppsAreSkipped()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.GoogleWorkspace);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Name);
        Assert.Equal(["Canva", "Kahoot!", "Tuinklas Planner", "Zoom"], services.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("canva", services["Canva"].CatalogProductId);
        Assert.Equal("kahoot", services["Kahoot!"].CatalogProductId);
        Assert.Null(services["Tuinklas Planner"].CatalogProductId);
        Assert.Contains("412 gebruikers", services["Canva"].Notes);
        Assert.Equal(RowOutcome.Skipped, Assert.Single(result.Rows, r => r.RawName == "Quizlet").Outcome);
        Assert.All(await board.EvidenceAsync(), e => Assert.Equal("google-workspace", e.Origin));
    }

    [Fact]
    public async Task AnAppAlreadyImportedFromEntraIsJoinedNotDuplicated()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync("entra-enterprise-apps.csv", ImportFormat.Entra);
        var before = await board.CountAsync();

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.GoogleWorkspace);

        // Zoom and Tuinklas Planner by name, Canva by its catalog product (Entra's "Ontwerpstudio").
        Assert.Equal(3, result.Joined);
        Assert.Equal(1, result.Created);
        Assert.Equal(before.Services + 1, (await board.CountAsync()).Services);
        var ontwerpstudio = (await board.ServicesAsync()).Single(s => s.Name == "Ontwerpstudio");
        Assert.Equal(["entra", "google-workspace"], (await board.EvidenceAsync()).Where(e => e.ServiceId == ontwerpstudio.Id).Select(e => e.Origin).Order());
    }

    [Fact]
    public async Task AUserCountThatIsNotANumberIsAnErrorNamingRowAndColumn()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes("App name;Users\nCanva;veel\n"), "apps.csv", ImportFormat.GoogleWorkspace);

        Assert.Equal("apps.csv: Rij 2, kolom 'Users': 'veel' is geen aantal gebruikers.", Assert.Single(result.Errors).ToString());
        Assert.Equal(0, (await board.CountAsync()).Services);
    }
}
