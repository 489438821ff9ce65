namespace Regie.Core.Observatory;

/// <summary>The domains a sector scan reads: each board's and school's website as DUO lists it, reduced to its domain name.</summary>
public static class RegisterDomains
{
    /// <summary>
    /// "https://www.School.nl/contact" → "school.nl": scheme, user, port, path, query and a leading "www." go, lower case.
    /// Null when nothing like a domain name is left (DUO's column holds what schools typed: blanks, "geen", e-mail addresses).
    /// </summary>
    public static string? FromWebsite(string? website)
    {
        if (string.IsNullOrWhiteSpace(website))
        {
            return null;
        }

        var text = website.Trim().ToLowerInvariant();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var end = text.IndexOfAny(['/', '?', '#', ' ', '\\']);
        if (end >= 0)
        {
            text = text[..end];
        }

        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            text = text[(at + 1)..];
        }

        var port = text.IndexOf(':');
        if (port >= 0)
        {
            text = text[..port];
        }

        text = text.TrimEnd('.');
        if (text.StartsWith("www.", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        return IsDomainName(text) ? text : null;
    }

    /// <summary>Every domain of the register's boards and schools, once each (a domain shared by many schools is scanned once), in order.</summary>
    public static IReadOnlyList<string> Of(SectorRegister register) =>
    [
        .. register.Boards.Select(b => FromWebsite(b.Website))
            .Concat(register.Schools.Select(s => FromWebsite(s.Website)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    private static bool IsDomainName(string text)
    {
        if (text.Length is < 4 or > 253 || !text.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var labels = text.Split('.');
        return labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            && labels[^1].Any(char.IsLetter);
    }
}
