using Regie.Core.Observatory;

namespace Regie.Core.Tests.Observatory;

/// <summary>A board that stops sharing is left out of the contributions; every aggregate then moves by exactly its contribution.</summary>
public sealed class ARevokedBoardLeavesEveryAggregate
{
    private static int Value(Disclosed<int> figure) => Assert.IsType<Published<int>>(figure).Value;

    [Fact]
    public void TheSectorsFiguresDropByTheRevokedBoardsOwn()
    {
        var all = SectorWorld.SixContributions();
        var revoked = all[5];
        var rule = new DisclosureRule(3);
        var before = new SectorAnalysis(all, rule).Picture(CellKey.All);
        var after = new SectorAnalysis([.. all.Where(c => c != revoked)], rule).Picture(CellKey.All);

        Assert.Equal(Value(before.Boards) - 1, Value(after.Boards));
        Assert.Equal(Value(before.Pupils) - revoked.Pupils, Value(after.Pupils));
        Assert.Equal(Value(before.Staff) - revoked.Staff, Value(after.Staff));
        var party = revoked.Parties.Single(p => p.Kind == PartyKind.Parent && p.Id == "us-corp");
        PartyPicture UsCorp(SectorPicture p) => p.Parties.Single(x => x.Kind == PartyKind.Parent && x.Id == "us-corp");
        Assert.Equal(Value(UsCorp(before).Pupils) - party.Pupils, Value(UsCorp(after).Pupils));
        Assert.Equal(Value(UsCorp(before).Boards) - 1, Value(UsCorp(after).Boards));
        Assert.Equal(Value(UsCorp(before).CriticalProcesses) - party.Processes.Count, Value(UsCorp(after).CriticalProcesses));
        var hit = revoked.Scenarios.Single(s => s.Key == "company:us-corp");
        ScenarioPicture Outage(SectorPicture p) => p.Scenarios.Single(s => s.TargetId == "us-corp" && s.Kind == Regie.Core.Scenarios.TargetKind.Company);
        Assert.Equal(Value(Outage(before).PupilsAtLeast) - hit.PupilsAtLeast, Value(Outage(after).PupilsAtLeast));
        Assert.Equal(Value(before.Seals.Services) - revoked.Figures.Services, Value(after.Seals.Services));
    }

    [Fact]
    public void BelowKTheRevocationWithholdsRatherThanShowsTheRest()
    {
        var all = SectorWorld.SixContributions();

        var after = new SectorAnalysis([.. all.Skip(1)], new DisclosureRule(5)).Picture(CellKey.All);

        // US Corp now carries four boards: it is no longer named.
        Assert.Equal(5, Value(after.Boards));
        Assert.DoesNotContain(after.Parties, p => p.Id == "us-corp");
    }
}
