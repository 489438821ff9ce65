using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Planning;
using Regie.Core.Procurement;
using Regie.Core.Scenarios;
using Regie.Core.Tests.Procurement;
using Regie.Core.Tests.Scenarios;

namespace Regie.Core.Tests;

/// <summary>
/// The numbers a sector body may change live in data/models/ (scenario-harm, migration-effort, tender-criteria): the
/// shipped files hold the numbers the code had, a changed copy changes the results, and a broken value is named.
/// </summary>
public sealed class ReadingThePlanningModels
{
    private static RegieKnowledge LoadChanged(string file, string from, string to)
    {
        using var data = new DataCopy();
        var path = Path.Combine(data.Folder, "models", file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return KnowledgeLoader.Load(data.Folder);
    }

    private static IReadOnlyList<string> LintChanged(string file, string from, string to)
    {
        using var data = new DataCopy();
        var path = Path.Combine(data.Folder, "models", file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
        return data.LintIssues();
    }

    [Fact]
    public void TheShippedModelsHoldTheNumbersRegieUsedBefore()
    {
        var knowledge = ShippedData.Knowledge;

        Assert.Equal(new HarmWeights("regie-harm-1", 0.7, 0.3, 1.0, 0.5, 0.25), knowledge.HarmWeights);
        var effort = knowledge.EffortRules;
        Assert.Equal((15d, 20d, 5d, 3d), (effort.BaseDays["identiteit"], effort.BaseDays["leerlingadministratie"], effort.BaseDays["lesmateriaal"], effort.OtherBaseDays));
        Assert.Equal(16, effort.BaseDays.Count);
        Assert.Equal((500, 10d, 2d, 1d, 1d), (effort.UsersPerInstructionDay, effort.MaxInstructionDays, effort.DaysPerDependant, effort.DaysPerIntegration, effort.DaysPerDataCategory));
        Assert.Equal((1.5, 0.15, 0.15, 0.75, 1.5, 10, 40),
            (effort.NoOpenExportFactor, effort.SharedStandardSaving, effort.NoSharedStandardExtra, effort.LowFactor, effort.HighFactor, effort.SmallUpToDays, effort.MediumUpToDays));
        Assert.Equal(["SOV1.parent", "SOV4.exit", "SOV4.export", "SOV6.opensource", "SOV6.standards"], knowledge.TenderCriteria.Mapped);
    }

    [Fact]
    public void AChangedScenarioWeightChangesTheHarmAndItsFormula()
    {
        var changed = LoadChanged("scenario-harm.yaml", "processes: 0.7\n  people: 0.3", "processes: 0.5\n  people: 0.5");
        var world = new ScenarioWorld();
        ScenarioResult Run(RegieKnowledge knowledge)
        {
            var board = ScenarioBoard.Prepare(world.Board(), knowledge);
            return board.Run(new Scenario(ScenarioKind.Unavailable, board.FindTarget(ScenarioKind.Unavailable, "microsoft")!));
        }

        var shipped = Run(ScenarioWorld.Knowledge);
        var moved = Run(ScenarioWorld.Knowledge with { HarmWeights = changed.HarmWeights });

        Assert.NotEqual(shipped.Harm.Score, moved.Harm.Score);
        var formula = Assert.IsType<DisruptionHarmFormula>(moved.Harm.Why);
        Assert.Equal((0.5, 0.5), (formula.ProcessWeight, formula.PeopleWeight));
    }

    [Fact]
    public void AChangedEffortBaseChangesTheEstimate()
    {
        var changed = LoadChanged("migration-effort.yaml", "identiteit: 15", "identiteit: 25");
        var idp = TestWorld.Catalog.ProductById["us-idp"] with { Category = "identiteit" };
        var service = TestWorld.Service("IdP", "us-idp", []);
        var board = TestWorld.Board([service]);

        var shipped = MigrationEffort.Estimate(board, service, idp, [], TestWorld.Catalog, ShippedData.Knowledge.EffortRules);
        var moved = MigrationEffort.Estimate(board, service, idp, [], TestWorld.Catalog, changed.EffortRules);

        Assert.Equal(15, shipped.Days);
        Assert.Equal(25, moved.Days);
    }

    [Fact]
    public void AChangedTenderCriterionIsNoLongerAskedAsAQuestion()
    {
        var changed = LoadChanged("tender-criteria.yaml", "openSource: SOV6.opensource", "openSource: SOV3.keys");
        var knowledge = ProcurementWorld.Tenders with { TenderCriteria = changed.TenderCriteria };

        var asked = TenderGenerator.Generate("toetsing", ProcurementWorld.Board(), knowledge).Requirements
            .Where(r => r.Kind == RequirementKind.Question).Select(r => r.Subject).ToList();

        Assert.Contains("SOV6.opensource", asked);
        Assert.DoesNotContain("SOV3.keys", asked);
    }

    [Theory]
    [InlineData("scenario-harm.yaml", "processes: 0.7", "processes: zeven", "models/scenario-harm.yaml: weights.processes: 'zeven' is geen getal")]
    [InlineData("scenario-harm.yaml", "people: 0.3", "people: 0.4", "models/scenario-harm.yaml: weights: processes en people tellen op tot 1.1, niet 1")]
    [InlineData("migration-effort.yaml", "daysPerDependant: 2", "daysPerDependant: -2", "models/migration-effort.yaml: daysPerDependant: moet minstens 0 zijn, is -2")]
    [InlineData("migration-effort.yaml", "  backup: 5", "  back-up: 5", "models/migration-effort.yaml: baseDays.back-up: categorie 'back-up' staat niet in categories.yaml")]
    [InlineData("migration-effort.yaml", "usersPerInstructionDay: 500", "usersPerInstructionDay: 2.5", "models/migration-effort.yaml: usersPerInstructionDay: '2.5' is geen geheel getal")]
    [InlineData("tender-criteria.yaml", "exitStrategy: SOV4.exit", "exitStrategy: SOV4.uitstap", "models/tender-criteria.yaml: criteria.exitStrategy: criterium 'SOV4.uitstap' staat niet in models/sovereignty-model.yaml")]
    [InlineData("tender-criteria.yaml", "source: \"Regie", "# source: \"Regie", "models/tender-criteria.yaml: source: ontbreekt")]
    public void ABrokenValueIsNamedByFileAndField(string file, string from, string to, string expected)
    {
        var issues = LintChanged(file, from, to);

        Assert.Contains(issues, i => i.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingModelFileIsNamed()
    {
        using var data = new DataCopy();
        File.Delete(Path.Combine(data.Folder, "models", "migration-effort.yaml"));

        Assert.Contains(data.LintIssues(), i => i.StartsWith("models/migration-effort.yaml: bestand: ontbreekt", StringComparison.Ordinal));
    }
}
