using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Regie.Data;
using Regie.Web.Features.Accounts;

namespace Regie.Web.Tests.Access;

/// <summary>
/// An address without an account locks as an account does (five failures, fifteen minutes, by Regie's own Identity
/// options), so the locked message no longer tells which addresses have an account.
/// </summary>
public sealed class UnknownAddressesLockAlike
{
    private sealed class MovingClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static UnknownAddressLockout Lockout(TimeProvider clock)
    {
        var options = new IdentityOptions();
        RegieIdentity.Configure(options);
        return new UnknownAddressLockout(Options.Create(options), new UpperInvariantLookupNormalizer(), clock);
    }

    [Fact]
    public void TheFifthFailureLocksForFifteenMinutesAndTheCountStartsAgainAfterwards()
    {
        var clock = new MovingClock();
        var lockout = Lockout(clock);

        Assert.False(lockout.Fail("niemand@bestuur.nl"), "failure 1");
        Assert.False(lockout.Fail("Niemand@Bestuur.nl "), "failure 2, the same address written otherwise");
        Assert.False(lockout.Fail("niemand@bestuur.nl"), "failure 3");
        Assert.False(lockout.Fail("niemand@bestuur.nl"), "failure 4");
        Assert.False(lockout.IsLocked("niemand@bestuur.nl"));
        Assert.True(lockout.Fail("niemand@bestuur.nl"), "failure 5 locks, as for an account");
        Assert.True(lockout.IsLocked("NIEMAND@bestuur.nl"));
        Assert.False(lockout.IsLocked("iemand-anders@bestuur.nl"));

        clock.Now += TimeSpan.FromMinutes(14);
        Assert.True(lockout.IsLocked("niemand@bestuur.nl"));
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.False(lockout.IsLocked("niemand@bestuur.nl"));
        Assert.False(lockout.Fail("niemand@bestuur.nl"), "after the lock the count starts at one again");
    }

    [Fact]
    public void FailuresADayOldAreForgotten()
    {
        var clock = new MovingClock();
        var lockout = Lockout(clock);
        for (var i = 0; i < 4; i++)
        {
            lockout.Fail("niemand@bestuur.nl");
        }

        clock.Now += UnknownAddressLockout.Forgotten;

        Assert.False(lockout.Fail("niemand@bestuur.nl"));
        Assert.False(lockout.IsLocked("niemand@bestuur.nl"));
    }

    [Fact]
    public void MemoryStaysBoundedWhenManyAddressesAreTried()
    {
        var clock = new MovingClock();
        var lockout = Lockout(clock);
        for (var i = 0; i < UnknownAddressLockout.MaxAddresses; i++)
        {
            lockout.Fail($"adres{i}@bestuur.nl");
        }

        // Full of fresh counts: a new address is not counted, so it never locks; an address already counted still does.
        for (var i = 0; i < 5; i++)
        {
            Assert.False(lockout.Fail("nieuw@bestuur.nl"));
        }

        for (var i = 1; i < 5; i++)
        {
            lockout.Fail("adres0@bestuur.nl");
        }

        Assert.True(lockout.IsLocked("adres0@bestuur.nl"));

        // A day later the old counts make room again.
        clock.Now += UnknownAddressLockout.Forgotten;
        for (var i = 0; i < 4; i++)
        {
            Assert.False(lockout.Fail("nieuw@bestuur.nl"));
        }

        Assert.True(lockout.Fail("nieuw@bestuur.nl"));
    }
}
