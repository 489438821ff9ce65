using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The one-time set-up link: when sign-in is required and there is no system administrator yet, the app prints
/// <c>/account/setup?token=…</c> at start. Whoever opens it first makes the system administrator; then the token is
/// spent. It lives in memory only: it expires after <see cref="Lifetime"/> or when the app stops.
/// </summary>
public sealed class SetupLink(TimeProvider time)
{
    public const string Path = "/account/setup";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly Lock gate = new();
    private byte[]? token;
    private DateTimeOffset expires;

    /// <summary>A new random token (256 bits) replaces any earlier one; returns the path with the token.</summary>
    public string Issue()
    {
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        lock (gate)
        {
            token = Encoding.ASCII.GetBytes(secret);
            expires = time.GetUtcNow() + Lifetime;
        }

        return $"{Path}?token={secret}";
    }

    public bool IsValid(string? candidate)
    {
        lock (gate)
        {
            return Matches(candidate);
        }
    }

    /// <summary>Takes the token if it is the valid one, so that no second request can use it; <see cref="GiveBack"/> when the set-up then failed.</summary>
    public bool TrySpend(string? candidate)
    {
        lock (gate)
        {
            if (!Matches(candidate))
            {
                return false;
            }

            token = null;
            return true;
        }
    }

    /// <summary>The set-up was refused (a password too short): the same link works again, until it expires.</summary>
    public void GiveBack(string candidate)
    {
        lock (gate)
        {
            token ??= Encoding.ASCII.GetBytes(candidate);
        }
    }

    private bool Matches(string? candidate) =>
        token is not null && candidate is { Length: > 0 } && time.GetUtcNow() < expires
        && CryptographicOperations.FixedTimeEquals(token, Encoding.ASCII.GetBytes(candidate));
}
