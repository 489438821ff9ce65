using Regie.Core.Scenarios;

namespace Regie.Core.Tests.Scenarios;

public sealed class TheSweepRanksByHarm
{
    private readonly ScenarioWorld world = new();

    [Fact]
    public void EveryProviderCompanyAndCountryIsRankedByHarm()
    {
        var sweep = ScenarioBoard.Prepare(world.Board(), ScenarioWorld.Knowledge).RunSweep();
        var rows = sweep.Rows;

        // 7 companies, 3 providers, 3 countries; no products.
        Assert.Equal(13, rows.Count);
        Assert.All(rows.Zip(rows.Skip(1)), pair => Assert.True(pair.First.Harm >= pair.Second.Harm));
        // Microsoft (either company), Azure and the US take down Entra ID, Magister and Mail: 80.54.
        Assert.Equal(["Azure", "Microsoft Corporation", "Microsoft Nederland B.V.", "Verenigde Staten (US)"], rows.Take(4).Select(r => r.Scenario.Target.Name).Order());
        Assert.All(rows.Take(4), r => Assert.Equal(80.536, r.Harm, 3));
        // Amazon, AWS, Sanoma, SchoolSoft and Finland take down Magister only: 54.82.
        Assert.All(rows.Skip(4).Take(5), r => Assert.Equal(54.821, r.Harm, 3));
        // RoosterSoft, EU Host, EU DC and the Netherlands take down Rooster and Ouderapp: 40.36.
        Assert.Equal(["EU DC", "EU Host B.V.", "Nederland (NL)", "RoosterSoft B.V."], rows.Skip(9).Select(r => r.Scenario.Target.Name).Order());
        Assert.All(rows.Skip(9), r => Assert.Equal(40.357, r.Harm, 3));
    }

    [Fact]
    public void ACountryIsNamedInTheReadersLanguage()
    {
        var us = ScenarioBoard.Prepare(world.Board(), ScenarioWorld.Knowledge).RunSweep().Rows.Single(r => r.Scenario.Target.Id == "US").Scenario;
        var english = ScenarioWorld.Knowledge.Catalog.CountryByCode["US"].Name.En;

        Assert.Equal(("Verenigde Staten (US)", $"{english} (US)"), (us.Target.Label.Nl, us.Target.Label.En));
        Assert.StartsWith($"{english} (US)", Regie.Core.Explaining.ReasonText.Render(us.Headline, Regie.Core.Explaining.ReasonText.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ASweepRowAgreesWithTheSingleScenario()
    {
        var board = ScenarioBoard.Prepare(world.Board(), ScenarioWorld.Knowledge);
        var row = board.RunSweep().Rows.Single(r => r.Scenario.Target.Id == "amazon");
        var single = board.Run(row.Scenario);

        Assert.Equal(single.Harm.Score, row.Harm, 9);
        Assert.Equal((single.Down.Count, single.Degraded.Count), (row.ServicesDown, row.ServicesDegraded));
        Assert.Equal(single.People.PupilsAtLeast, row.PupilsAtLeast);
    }
}
