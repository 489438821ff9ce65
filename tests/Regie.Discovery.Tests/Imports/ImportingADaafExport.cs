using System.Text;
using System.Text.Json;
using Regie.Core.Imports;
using Regie.Discovery.Imports;

namespace Regie.Discovery.Tests.Imports;

public sealed class ComputingTheDaafAutonomyScore
{
    [Fact]
    public void AFullAssessmentGivesTheHandComputedScore()
    {
        // By hand, with the tool's default weights:
        // A = (3·3 + 2·2 + 2·2) / 7 = 17/7 ≈ 2.4286; B = 4 → risk = (17/7 + 4) / 2 ≈ 3.2143
        // C = (3·3 + 2·3 + 4·3 + 2·3) / 12 = 2.75 (C4 unscored); D = (3·3 + 1·3 + 2·2) / 8 = 2; E = (2·3 + 3·2) / 5 = 2.4 → mitigation ≈ 2.3833
        // F = (4·3 + 3·2) / 5 = 3.6; G = (4·3 + 1·3 + 1·2) / 8 = 2.125; H = (1·3 + 1·2 + 3·2) / 7 = 11/7 → importance ≈ 2.4321
        // raw = 2.3833 / (3.2143 · 2.4321) ≈ 0.30487; score = 1 + 9 · ln(0.30487 / 0.04) / ln(5 / 0.04) ≈ 4.786
        var scores = new Dictionary<string, int>
        {
            ["A1"] = 3,
            ["A2"] = 2,
            ["A3"] = 2,
            ["B1"] = 4,
            ["C1"] = 3,
            ["C2"] = 2,
            ["C3"] = 4,
            ["C5"] = 2,
            ["D1"] = 3,
            ["D2"] = 1,
            ["D3"] = 2,
            ["E1"] = 2,
            ["E2"] = 3,
            ["F1"] = 4,
            ["F2"] = 3,
            ["G1"] = 4,
            ["G2"] = 1,
            ["G3"] = 1,
            ["H1"] = 1,
            ["H2"] = 1,
            ["H3"] = 3,
        };

        var result = DaafScore.Compute(scores, new Dictionary<string, int>(), quick: false);

        Assert.Equal(17.0 / 7, result.Dimensions['A']!.Value, 9);
        Assert.Equal(2.125, result.Dimensions['G']!.Value, 9);
        Assert.Equal(((17.0 / 7) + 4) / 2, result.Risk!.Value, 9);
        Assert.Equal(0.304868, result.Raw!.Value, 6);
        Assert.Equal(4.786, result.Score10!.Value, 3);
    }

    [Fact]
    public void TheExtremesAreOneAndTen()
    {
        var all = DaafScore.Indicators.ToDictionary(i => i.Code, _ => 1);
        var worst = all.ToDictionary(x => x.Key, x => x.Key[0] is 'C' or 'D' or 'E' ? 1 : 5);
        var best = all.ToDictionary(x => x.Key, x => x.Key[0] is 'C' or 'D' or 'E' ? 5 : 1);

        Assert.Equal(1, DaafScore.Compute(worst, new Dictionary<string, int>(), false).Score10!.Value, 9);
        Assert.Equal(10, DaafScore.Compute(best, new Dictionary<string, int>(), false).Score10!.Value, 9);
    }

    [Fact]
    public void AQuickScanIgnoresIndicatorsOutsideItsCoreAndHonoursChangedWeights()
    {
        var scores = new Dictionary<string, int> { ["A1"] = 3, ["A3"] = 2, ["B1"] = 2, ["C1"] = 4, ["C2"] = 1, ["D1"] = 2, ["E1"] = 3, ["F1"] = 2, ["G1"] = 2, ["H1"] = 1 };

        var result = DaafScore.Compute(scores, new Dictionary<string, int> { ["A1"] = 5 }, quick: true);

        Assert.Equal(4, result.Dimensions['C']!.Value, 9); // C2 is not a quick-scan indicator
        Assert.Equal(19.0 / 7, result.Dimensions['A']!.Value, 9); // (3·5 + 2·2) / 7
        Assert.Equal(6.497, result.Score10!.Value, 3);
    }

    [Fact]
    public void ADimensionWithoutAnyScoreLeavesTheScoreOpen()
    {
        var result = DaafScore.Compute(new Dictionary<string, int> { ["A1"] = 1, ["B1"] = 1 }, new Dictionary<string, int>(), false);

        Assert.Equal(1, result.Risk);
        Assert.Null(result.Mitigation);
        Assert.Null(result.Score10);
    }
}

public sealed class ImportingADaafExport
{
    private const string Fixture = "daaf-export.json";

    [Fact]
    public async Task EachApplicationKeepsItsDaafAssessmentLinkedToItsService()
    {
        using var board = await ImportBoard.CreateAsync();

        var result = await board.ImportFixtureAsync(Fixture, ImportFormat.Daaf);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var services = (await board.ServicesAsync()).ToDictionary(s => s.Id, s => s);
        var assessments = (await board.AssessmentsAsync()).ToDictionary(a => a.Subject);
        Assert.Equal(3, assessments.Count);
        var magister = assessments["Magister"];
        Assert.Equal("daaf", magister.Tool);
        Assert.Equal("DAAF-export-v1", magister.ToolVersion);
        Assert.Equal(4.8m, magister.Score);
        Assert.Equal("magister", services[magister.ServiceId!.Value].CatalogProductId);
        Assert.Equal(6.5m, assessments["Zoom"].Score);
        Assert.Null(assessments["Tuinklas Planner"].Score);
        using var indicators = JsonDocument.Parse(magister.IndicatorsJson);
        Assert.Equal(4, indicators.RootElement.GetProperty("scores").GetProperty("B1").GetInt32());
        Assert.Equal("Geen exitplan; staat voor 2027 op de planning.", indicators.RootElement.GetProperty("opmerkingen").GetProperty("D2").GetString());
        Assert.All(await board.EvidenceAsync(), e => Assert.Equal("daaf", e.Origin));
    }

    [Fact]
    public async Task ImportingTheSameExportTwiceAddsNoSecondAssessment()
    {
        using var board = await ImportBoard.CreateAsync();
        await board.ImportFixtureAsync(Fixture, ImportFormat.Daaf);
        var first = await board.CountAsync();

        await board.ImportFixtureAsync(Fixture, ImportFormat.Daaf);

        Assert.Equal(first, await board.CountAsync() with { Audit = first.Audit });
    }

    [Fact]
    public async Task AScoreThatDisagreesWithTheDaafFormulaIsRefused()
    {
        using var board = await ImportBoard.CreateAsync();
        var text = File.ReadAllText(ImportBoard.Fixture(Fixture)).Replace("\"score10\": 4.8", "\"score10\": 7.1");

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(text), "daaf.json", ImportFormat.Daaf);

        var error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith("daaf.json: $.applicaties.Magister.resultaat.score10: de score in het bestand (7,1) wijkt af van de DAAF-berekening (4,8)", error);
        Assert.Equal(0, (await board.CountAsync()).Assessments);
    }

    [Fact]
    public async Task AScoreOutsideOneToFiveIsNamedByItsPath()
    {
        using var board = await ImportBoard.CreateAsync();
        const string export = """{"version":"DAAF-export-v1","applicaties":{"Canva":{"modus":"full","scores":{"A1":7,"Z9":1},"wegingen":{}}}}""";

        var result = await board.ImportAsync(Encoding.UTF8.GetBytes(export), "daaf.json", ImportFormat.Daaf);

        var errors = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("daaf.json: $.applicaties.Canva.scores.A1: een score is een geheel getal van 1 tot en met 5, niet 7.", errors);
        Assert.Contains(errors, e => e.StartsWith("daaf.json: $.applicaties.Canva.scores.Z9: 'Z9' is geen DAAF-indicator", StringComparison.Ordinal));
    }
}
