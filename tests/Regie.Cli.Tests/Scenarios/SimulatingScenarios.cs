using System.Text.Json;
using Regie.Core.Demo;
using Regie.Core.Knowledge;
using Regie.Data;

namespace Regie.Cli.Tests.Scenarios;

/// <summary>`regie simulate` on the demo board, stored in a fresh SQLite file as the web app seeds it.</summary>
public sealed class SimulatingScenarios : IAsyncLifetime
{
    private readonly TestBoard board = new();

    public async ValueTask InitializeAsync()
    {
        var settings = DatabaseSettings.SqliteFile(board.DatabasePath);
        await RegieDatabase.MigrateAsync(settings, TestContext.Current.CancellationToken);
        await using var db = RegieDatabase.Create(settings, TenantContext.System);
        db.AddLandscape(DemoBoard.Create(KnowledgeLoader.Load(Cli.RealDataFolder)), []);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        board.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task MicrosoftUnavailableListsMagisterDownThroughEntraWithItsPath()
    {
        var result = await board.RunAsync("simulate", "--unavailable", "microsoft", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("company:microsoft", json.RootElement.GetProperty("scenario").GetProperty("target").GetString());
        var magister = json.RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Magister");
        Assert.Equal("down", magister.GetProperty("impact").GetString());
        var path = magister.GetProperty("path");
        Assert.Equal("servicePath", path.GetProperty("code").GetString());
        Assert.Equal("Magister", path.GetProperty("args").GetProperty("service").GetString());
        Assert.Equal("chainHit", path.GetProperty("args").GetProperty("cause").GetProperty("code").GetString());
        var firstLink = path.GetProperty("args").GetProperty("links")[0];
        Assert.Equal(("signsInThrough", "Microsoft Entra ID"), (firstLink.GetProperty("edge").GetString(), firstLink.GetProperty("service").GetString()));
        Assert.StartsWith("Magister → logt in via Microsoft Entra ID → ", path.GetProperty("text").GetString());
        Assert.True(json.RootElement.GetProperty("harm").GetProperty("score").GetDouble() > 0);
        Assert.Equal("disruptionHarmFormula", json.RootElement.GetProperty("harm").GetProperty("formula").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheTableShowsTheAffectedServicesAndTheFormula()
    {
        var result = await board.RunAsync("simulate", "--unavailable", "microsoft");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Scenario: Microsoft Corporation valt weg", result.Out);
        Assert.Contains("Magister", result.Out);
        Assert.Contains("Formule: schade = 100 ×", result.Out);
    }

    [Fact]
    public async Task TheSweepRanksEveryPartyAndCountry()
    {
        var result = await board.RunAsync("simulate", "--sweep", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        var harms = rows.Select(r => r.GetProperty("harm").GetDouble()).ToArray();
        Assert.Equal(harms.OrderDescending(), harms);
        Assert.Contains(rows, r => r.GetProperty("target").GetString() == "country:us");
        Assert.Contains(rows, r => r.GetProperty("target").GetString() == "company:microsoft");
    }

    [Fact]
    public async Task CompelledAccessByTheUsExposesPupilRecords()
    {
        var result = await board.RunAsync("simulate", "--compelled-access", "US", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains(json.RootElement.GetProperty("dataCategories").EnumerateArray(), c => c.GetProperty("id").GetString() == "leerlinggegevens");
    }

    [Fact]
    public async Task AnUnknownTargetIsABadInputNamingTheOption()
    {
        var result = await board.RunAsync("simulate", "--unavailable", "bestaat-niet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--unavailable: 'bestaat-niet'", result.Err);
    }

    [Fact]
    public async Task APriceRiseWithoutAPercentageIsAUsageError()
    {
        var result = await board.RunAsync("simulate", "--price-rise", "microsoft");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("DOEL=PROCENT", result.Err);
    }

    [Fact]
    public async Task TwoScenariosAtOnceAreAUsageError()
    {
        var result = await board.RunAsync("simulate", "--unavailable", "microsoft", "--sweep");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("één scenario tegelijk", result.Err);
    }
}
