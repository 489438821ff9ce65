using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Regie.Web.Features.Accounts;

/// <summary>
/// The lockout an address without an account appears to have. Identity locks a real account after
/// <see cref="LockoutOptions.MaxFailedAccessAttempts"/> wrong passwords, and the sign-in page then says so; without this,
/// five tries at any address would show whether it has an account (the message comes only for a real one). Here an
/// unknown address gets the same count, the same lock for the same time, and the same message, by the same options.
/// Kept in memory, per process, for at most <see cref="MaxAddresses"/> addresses; an address's count is forgotten
/// <see cref="Forgotten"/> after its last failure (Identity keeps a real account's count until a good sign-in).
/// </summary>
public sealed class UnknownAddressLockout(IOptions<IdentityOptions> identity, ILookupNormalizer normalizer, TimeProvider time)
{
    /// <summary>How many unknown addresses are counted at once, so a flood of made-up addresses cannot fill memory.</summary>
    public const int MaxAddresses = 10_000;

    /// <summary>How long a count of failures without a lock is kept after the last one.</summary>
    public static readonly TimeSpan Forgotten = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Tries> tries = new(StringComparer.Ordinal);

    private LockoutOptions Rule => identity.Value.Lockout;

    /// <summary>True while the address is locked, as Identity's <c>IsLockedOutAsync</c> is for an account.</summary>
    public bool IsLocked(string address) =>
        tries.TryGetValue(Key(address), out var known) && known.LockedUntil is { } until && until > time.GetUtcNow();

    /// <summary>Counts a wrong sign-in for the address; true when it is locked after this one (from the fifth, as an account).</summary>
    public bool Fail(string address)
    {
        var now = time.GetUtcNow();
        var key = Key(address);
        if (!tries.ContainsKey(key) && tries.Count >= MaxAddresses)
        {
            Forget(now);
            if (tries.Count >= MaxAddresses)
            {
                // Full of fresh counts: this address goes uncounted rather than memory growing without bound.
                return false;
            }
        }

        var after = tries.AddOrUpdate(key, _ => Next(new Tries(0, null, now), now), (_, before) => Next(before, now));
        return after.LockedUntil is { } until && until > now;
    }

    private Tries Next(Tries before, DateTimeOffset now)
    {
        if (before.LockedUntil is { } until && until > now)
        {
            return before; // a locked address counts nothing more, as Identity does not
        }

        var failures = (now - before.Last >= Forgotten ? 0 : before.Failures) + 1;
        return failures >= Rule.MaxFailedAccessAttempts
            ? new Tries(0, now + Rule.DefaultLockoutTimeSpan, now) // Identity too resets the count when it locks
            : new Tries(failures, null, now);
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, kept) in tries)
        {
            var over = kept.LockedUntil is { } until ? until <= now : now - kept.Last >= Forgotten;
            if (over)
            {
                tries.TryRemove(key, out _);
            }
        }
    }

    private string Key(string address) => normalizer.NormalizeEmail(address.Trim()) ?? "";

    private readonly record struct Tries(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset Last);
}
