using System.Text;
using Regie.Core.Imports;
using Regie.Core.Landscape;
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
        Assert.Equal(["Canva", "Google accounts / Cloud Identity", "Kahoot!", "Tuinklas Planner", "Zoom"], services.Keys.Order(StringComparer.Ordinal));
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

        // Zoom and Tuinklas Planner by name, Canva by its catalog product (Entra's "Ontwerpstudio"); besides Kahoot!, Google accounts is new.
        Assert.Equal(3, result.Joined);
        Assert.Equal(1, result.Created);
        Assert.Equal(before.Services + 2, (await board.CountAsync()).Services);
        var ontwerpstudio = (await board.ServicesAsync()).Single(s => s.Name == "Ontwerpstudio");
        Assert.Equal(["entra", "google-workspace"], (await board.EvidenceAsync()).Where(e => e.ServiceId == ontwerpstudio.Id && e.RecordType == "csv-row").Select(e => e.Origin).Order());
    }

    [Fact]
    public async Task EveryAppSignsInThroughGoogleAccountsWithItsRowAsEvidenceButABlockedAppDoesNot()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.GoogleWorkspace);

        var services = (await board.ServicesAsync()).ToDictionary(s => s.Id);
        var google = Assert.Single(services.Values, s => s.CatalogProductId == "google-accounts");
        Assert.IsType<SignInServiceAdded>(Assert.Single(result.Notes).Why);
        var edges = await board.DependenciesAsync();
        Assert.All(edges, d => Assert.Equal((DependencyKind.SignsInThrough, google.Id), (d.Kind, d.ToServiceId)));
        Assert.Equal(["Canva", "Kahoot!", "Tuinklas Planner", "Zoom"], edges.Select(d => services[d.FromServiceId].Name).Order(StringComparer.Ordinal));
        var proof = Assert.Single(await board.EvidenceAsync(), e => e.RecordType == "signs-in-through" && services[e.ServiceId].Name == "Kahoot!");
        Assert.Equal(("google-workspace", "rij 3", google.Name), (proof.Origin, proof.Name, proof.Value));
    }

    [Fact]
    public async Task ImportingTheSameExportAgainAddsNoSecondSignInEdge()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync(Fixture, ImportFormat.GoogleWorkspace);
        var first = await board.CountAsync();

        var again = await board.ImportFixtureAsync(Fixture, ImportFormat.GoogleWorkspace);

        Assert.Equal(0, again.Dependencies);
        Assert.Equal(first, await board.CountAsync() with { Audit = first.Audit });
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
