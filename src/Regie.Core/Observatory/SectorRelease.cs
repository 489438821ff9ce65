using Regie.Core.Explaining;

namespace Regie.Core.Observatory;

/// <summary>
/// A release of the shared-landscape figures ("sectoruitgave"): the day it was made and the boards its figures rest on.
/// Every release ever made counts, a withdrawn one too: its figures were seen while it stood.
/// </summary>
public sealed record SectorRelease(DateOnly MadeOn, IReadOnlySet<Guid> Boards)
{
    /// <summary>A release stands while every board in it still shares: one that revokes takes the whole release down at once.</summary>
    public bool StandsWith(IReadOnlySet<Guid> sharing) => Boards.All(sharing.Contains);
}

/// <summary>Whether a new release may be made now, and why (or why not) as a reason.</summary>
public sealed record ReleaseDecision(bool Allowed, SectorReason Why);

/// <summary>
/// When the shared-landscape figures may be published again (docs/SECTOR-DISCLOSURE.md, "Releases"). Two publications whose
/// boards differ by one board give that board's contribution away by subtraction, whatever the cell rule does within one
/// publication. So a new release needs at least <see cref="K"/> sharing boards, at most one release per
/// <see cref="PeriodDays"/>, and its boards must equal those of every earlier release or differ from each by at least
/// <see cref="K"/> boards (symmetric difference). Every earlier release, not only the last: releases of S, S + five boards
/// and S + one board each differ from the one before by at least five, yet the first and the third differ by one.
/// </summary>
public sealed record ReleaseRule
{
    public const int DefaultPeriodDays = 30;

    public ReleaseRule(int k, int periodDays = DefaultPeriodDays)
    {
        K = k >= 1 ? k : throw new ArgumentOutOfRangeException(nameof(k), "k is minstens 1.");
        PeriodDays = periodDays >= 1 ? periodDays : throw new ArgumentOutOfRangeException(nameof(periodDays), "De periode is minstens 1 dag.");
    }

    /// <summary>The disclosure rule's k: the fewest boards a release rests on, and the fewest by which two releases may differ.</summary>
    public int K { get; }

    /// <summary>Days from one release to the next at the earliest.</summary>
    public int PeriodDays { get; }

    /// <summary>The first day a release after <paramref name="last"/> may be made.</summary>
    public DateOnly NextFrom(SectorRelease last) => last.MadeOn.AddDays(PeriodDays);

    /// <param name="releases">Every release made so far, withdrawn ones included, in any order.</param>
    /// <param name="sharing">The boards sharing today.</param>
    public ReleaseDecision Decide(IReadOnlyCollection<SectorRelease> releases, IReadOnlySet<Guid> sharing, DateOnly today)
    {
        if (sharing.Count < K)
        {
            return new(false, new TooFewBoardsForRelease(K));
        }

        // The binding earlier release is the one the new set comes closest to without being equal; the latest among equals.
        var closest = releases
            .Select(r => (Release: r, Changed: r.Boards.Count(b => !sharing.Contains(b)) + sharing.Count(b => !r.Boards.Contains(b))))
            .Where(r => r.Changed > 0 && r.Changed < K)
            .OrderBy(r => r.Changed).ThenByDescending(r => r.Release.MadeOn)
            .FirstOrDefault();
        if (closest.Release is { } near)
        {
            return new(false, new TooFewBoardsChanged(closest.Changed, K, near.MadeOn));
        }

        var last = releases.MaxBy(r => r.MadeOn);
        if (last is null)
        {
            return new(true, new FirstReleaseAllowed(sharing.Count));
        }

        if (today < NextFrom(last))
        {
            return new(false, new NextReleaseFrom(NextFrom(last)));
        }

        var sinceLast = last.Boards.Count(b => !sharing.Contains(b)) + sharing.Count(b => !last.Boards.Contains(b));
        return new(true, new ReleaseAllowed(sinceLast, last.MadeOn));
    }
}

// The reasons of releases, rendered in Explaining/ReasonText.SectorRelease.cs.

/// <summary>The figures shown are those of the release of <paramref name="MadeOn"/>.</summary>
public sealed record FiguresOfRelease(DateOnly MadeOn) : SectorReason;

/// <summary>
/// The release's figures were computed again after a restart, from the current data of the same boards, and that data has
/// changed since the release was made.
/// </summary>
public sealed record ReleaseRecomputed(DateOnly MadeOn) : SectorReason;

/// <summary>The release of <paramref name="MadeOn"/> was withdrawn on <paramref name="WithdrawnOn"/>: a board in it stopped sharing.</summary>
public sealed record ReleaseWithdrawn(DateOnly MadeOn, DateOnly WithdrawnOn) : SectorReason;

/// <summary>No release: fewer than <paramref name="K"/> boards share.</summary>
public sealed record TooFewBoardsForRelease(int K) : SectorReason;

/// <summary>Waiting: since the release of <paramref name="Since"/> <paramref name="Changed"/> boards joined or left, fewer than <paramref name="K"/>.</summary>
public sealed record TooFewBoardsChanged(int Changed, int K, DateOnly Since) : SectorReason;

/// <summary>Waiting for the period: the next release can be made from <paramref name="From"/>.</summary>
public sealed record NextReleaseFrom(DateOnly From) : SectorReason;

/// <summary>The first release may be made, over <paramref name="Boards"/> boards.</summary>
public sealed record FirstReleaseAllowed(int Boards) : SectorReason;

/// <summary>A new release may be made: <paramref name="Changed"/> boards joined or left since the release of <paramref name="Since"/> (0 or at least k).</summary>
public sealed record ReleaseAllowed(int Changed, DateOnly Since) : SectorReason;
