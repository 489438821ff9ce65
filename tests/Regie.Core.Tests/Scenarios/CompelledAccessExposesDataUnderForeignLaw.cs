using Regie.Core.Common;
using Regie.Core.Scenarios;

namespace Regie.Core.Tests.Scenarios;

public sealed class CompelledAccessExposesDataUnderForeignLaw
{
    private readonly ScenarioWorld world = new();

    private ScenarioResult RunUs()
    {
        var board = ScenarioBoard.Prepare(world.Board(), ScenarioWorld.Knowledge);
        return board.Run(new Scenario(ScenarioKind.CompelledAccess, board.FindTarget(ScenarioKind.CompelledAccess, "US")!));
    }

    [Fact]
    public void ServicesOfUsParentsUsHostsAndUsSubProcessorsAreExposed()
    {
        var result = RunUs();

        Assert.Equal(["Entra ID", "Magister", "Mail", "Rooster"], result.Exposed.Select(s => s.Name));
        Assert.Empty(result.Down);
        Assert.Equivalent(new ServicePath("Rooster", [], new ChainHit([new(ChainRole.SubProcessor, "Amazon.com, Inc.")], "US")),
            result.Exposed.Single(s => s.Name == "Rooster").Route, strict: true);
        Assert.Equivalent(new ServicePath("Magister", [], new CountryHit(LocalizedText.Same("AWS"), [new(ChainRole.UltimateParent, "Amazon.com, Inc.")], new("Verenigde Staten", "United States"), "US")), result.Exposed.Single(s => s.Name == "Magister").Route, strict: true);
        Assert.Contains(result.Remarks, n => n is CountryAccessLaw { LawNote: var law } && law!.En.Contains("CLOUD Act", StringComparison.Ordinal));
    }

    [Fact]
    public void CategoriesCarryTheLargestServiceHoldingThem()
    {
        var categories = RunUs().DataCategories.ToDictionary(c => c.Id);

        Assert.Equal(["zorggegevens", "leerlinggegevens", "accountgegevens", "communicatie"], RunUs().DataCategories.Select(c => c.Id));
        Assert.Equal((800, 80), (categories["leerlinggegevens"].PupilsAtLeast, categories["leerlinggegevens"].StaffAtLeast));  // Magister over Rooster
        Assert.Equal(["Magister", "Rooster"], categories["leerlinggegevens"].Services);
        Assert.Equal((900, 100), (categories["accountgegevens"].PupilsAtLeast, categories["accountgegevens"].StaffAtLeast));
        Assert.False(categories.ContainsKey("contactgegevens"));  // Ouderapp has no sub-processors and Dutch owners
    }

    [Fact]
    public void HarmIsTheLevelWeightedShareOfPeopleAndData()
    {
        // exposed: 3×1,000 + 4×880 + 5×880 + 3×100 = 11,220; the board adds contactgegevens 3×700 = 2,100.
        Assert.Equal(100.0 * 11_220 / 13_320, RunUs().Harm.Score, 6);
    }
}
