using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// What a phone's authenticator app does, written here apart from the app's own code so that the two check each other:
/// RFC 6238 (HMAC-SHA1, 30-second steps, six digits) over the base32 key the set-up page shows.
/// </summary>
public sealed partial class AuthenticatorApp(string key)
{
    public string Key { get; } = key;

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    public string Code(long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(Base32(Key), counter);
        var at = hash[19] & 0xf;
        var number = (hash[at] & 0x7f) << 24 | hash[at + 1] << 16 | hash[at + 2] << 8 | hash[at + 3];
        return (number % 1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A six-digit code that is none of those the server accepts around now.</summary>
    public string WrongCode()
    {
        var near = Enumerable.Range(-3, 7).Select(i => Code(Now + i)).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => ((123_456 + (i * 7_919)) % 1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture))
            .First(code => !near.Contains(code));
    }

    private static byte[] Base32(string text)
    {
        var bits = string.Concat(text.ToUpperInvariant().Where(c => c != ' ')
            .Select(c => Convert.ToString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }

    /// <summary>Links an app to the signed-in client's account on the set-up page; returns the app and the recovery codes shown.</summary>
    public static async Task<(AuthenticatorApp App, IReadOnlyList<string> RecoveryCodes, string Page)> EnrolAsync(HttpClient client)
    {
        var ct = TestContext.Current.CancellationToken;
        var begun = await FormPost.SubmitAsync(client, "/account/two-factor", "/account/two-factor?handler=Begin", []);
        Assert.Equal(HttpStatusCode.OK, begun.StatusCode);
        var app = new AuthenticatorApp(SharedKey().Match(await begun.Content.ReadAsStringAsync(ct)).Groups[1].Value);
        var confirmed = await FormPost.SubmitAsync(client, "/account/two-factor", "/account/two-factor?handler=Confirm", [new("Code", app.Code(Now))]);
        var page = await confirmed.Content.ReadAsStringAsync(ct);
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, page);
        return (app, [.. RecoveryCode().Matches(page).Select(m => m.Groups[1].Value)], page);
    }

    [GeneratedRegex("id=\"shared-key\">([a-z2-7 ]+)</code>")]
    public static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();
}
