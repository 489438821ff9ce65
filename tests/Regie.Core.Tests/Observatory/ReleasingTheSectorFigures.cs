using Regie.Core.Explaining;
using Regie.Core.Observatory;

namespace Regie.Core.Tests.Observatory;

/// <summary>
/// When the shared-landscape figures may be published again: at most once per period, and only over the same boards or
/// boards that differ by at least k from every earlier release, so no two releases differ by one board.
/// </summary>
public sealed class ReleasingTheSectorFigures
{
    private static readonly DateOnly Day = new(2026, 12, 6);
    private static readonly ReleaseRule Rule = new(5, 30);
    private static readonly Guid[] Board = [.. Enumerable.Range(1, 20).Select(i => new Guid(i, 0, 0, new byte[8]))];

    private static HashSet<Guid> Boards(params int[] numbers) => [.. numbers.Select(n => Board[n])];

    private static SectorRelease Release(DateOnly day, params int[] numbers) => new(day, Boards(numbers));

    [Fact]
    public void TheFirstReleaseNeedsKSharingBoards()
    {
        var four = Rule.Decide([], Boards(1, 2, 3, 4), Day);
        var five = Rule.Decide([], Boards(1, 2, 3, 4, 5), Day);

        Assert.False(four.Allowed);
        Assert.Equal(new TooFewBoardsForRelease(5), four.Why);
        Assert.True(five.Allowed);
        Assert.Equal(new FirstReleaseAllowed(5), five.Why);
    }

    [Fact]
    public void TheSameBoardsAreReleasedAgainOnlyAfterThePeriod()
    {
        var last = Release(Day, 1, 2, 3, 4, 5);

        var early = Rule.Decide([last], Boards(1, 2, 3, 4, 5), Day.AddDays(29));
        var onTime = Rule.Decide([last], Boards(1, 2, 3, 4, 5), Day.AddDays(30));

        Assert.False(early.Allowed);
        Assert.Equal(new NextReleaseFrom(Day.AddDays(30)), early.Why);
        Assert.True(onTime.Allowed);
        Assert.Equal(new ReleaseAllowed(0, Day), onTime.Why);
    }

    [Fact]
    public void OneBoardJoiningNeverMakesANewReleaseHoweverLongOneWaits()
    {
        var last = Release(Day, 1, 2, 3, 4, 5);

        var decision = Rule.Decide([last], Boards(1, 2, 3, 4, 5, 6), Day.AddDays(400));

        Assert.False(decision.Allowed);
        Assert.Equal(new TooFewBoardsChanged(1, 5, Day), decision.Why);
        Assert.Equal("Wacht op een nieuwe uitgave: sinds de uitgave van 6 december 2026 is 1 bestuur erbij gekomen of weggegaan; dat moeten er minstens 5 zijn (of geen), anders is het verschil tussen twee uitgaven één bestuur.",
            ReasonText.Render(decision.Why, ReasonText.Dutch));
        Assert.StartsWith("Waiting for a new release: since the release of 6 December 2026 1 board joined or left; at least 5 are needed",
            ReasonText.Render(decision.Why, ReasonText.English));
    }

    [Fact]
    public void ARevokedBoardIsAChangeLikeAJoinOne()
    {
        var last = Release(Day, 1, 2, 3, 4, 5, 6);

        var decision = Rule.Decide([last], Boards(1, 2, 3, 4, 5), Day.AddDays(60));

        Assert.False(decision.Allowed);
        Assert.Equal(new TooFewBoardsChanged(1, 5, Day), decision.Why);
        Assert.False(last.StandsWith(Boards(1, 2, 3, 4, 5)));
        Assert.True(last.StandsWith(Boards(1, 2, 3, 4, 5, 6, 7)));
    }

    [Fact]
    public void KBoardsChangedInAllMakeANewReleaseAfterThePeriod()
    {
        var last = Release(Day, 1, 2, 3, 4, 5, 6);

        // Two left, three joined: five changed, whatever their direction.
        var decision = Rule.Decide([last], Boards(1, 2, 3, 4, 7, 8, 9), Day.AddDays(30));
        var four = Rule.Decide([last], Boards(1, 2, 3, 4, 7, 8), Day.AddDays(30));

        Assert.True(decision.Allowed);
        Assert.Equal(new ReleaseAllowed(5, Day), decision.Why);
        Assert.False(four.Allowed);
        Assert.Equal(new TooFewBoardsChanged(4, 5, Day), four.Why);
    }

    [Fact]
    public void EveryEarlierReleaseCountsNotOnlyTheLast()
    {
        // S, then S plus five: each step five boards. S plus one would differ from the first release by one board.
        var first = Release(Day, 1, 2, 3, 4, 5);
        var second = Release(Day.AddDays(30), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        var decision = Rule.Decide([second, first], Boards(1, 2, 3, 4, 5, 11), Day.AddDays(90));

        Assert.False(decision.Allowed);
        Assert.Equal(new TooFewBoardsChanged(1, 5, Day), decision.Why);
    }

    [Fact]
    public void AWithdrawnReleaseCanBeFollowedOnlyByOneTheRuleAllows()
    {
        // The release stood with six boards until board 6 revoked; it still counts as published.
        var withdrawn = Release(Day, 1, 2, 3, 4, 5, 6);

        Assert.False(Rule.Decide([withdrawn], Boards(1, 2, 3, 4, 5, 7, 8, 9), Day.AddDays(31)).Allowed);
        Assert.True(Rule.Decide([withdrawn], Boards(1, 2, 3, 4, 5, 7, 8, 9, 10), Day.AddDays(31)).Allowed);
        // The board coming back restores the same set: allowed after the period.
        Assert.True(Rule.Decide([withdrawn], Boards(1, 2, 3, 4, 5, 6), Day.AddDays(31)).Allowed);
    }

    [Fact]
    public void ThePeriodAndKComeFromTheRule()
    {
        var rule = new ReleaseRule(3, 7);
        var last = Release(Day, 1, 2, 3);

        Assert.Equal(Day.AddDays(7), rule.NextFrom(last));
        Assert.True(rule.Decide([last], Boards(1, 2, 3, 4, 5, 6), Day.AddDays(7)).Allowed);
        Assert.False(rule.Decide([last], Boards(1, 2, 3, 4, 5), Day.AddDays(7)).Allowed);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReleaseRule(5, 0));
    }
}
