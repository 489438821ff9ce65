using System.Globalization;

namespace Regie.Core.Discovery;

/// <summary>A domain name as a board writes it, checked and normalised (lower case, no trailing dot, IDN as punycode).</summary>
public static class DomainName
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The normalised name, or null with the reason it is not a domain name.</summary>
    public static string? Normalise(string written, out string? problem)
    {
        var name = written.Trim().TrimEnd('.').ToLowerInvariant();
        if (name.StartsWith("http://", StringComparison.Ordinal) || name.StartsWith("https://", StringComparison.Ordinal))
        {
            problem = "schrijf alleen de domeinnaam, zonder http:// of https://";
            return null;
        }

        try
        {
            name = Idn.GetAscii(name);
        }
        catch (ArgumentException)
        {
            problem = "dit is geen geldige domeinnaam";
            return null;
        }

        var labels = name.Split('.');
        if (labels.Length < 2 || name.Length > 253)
        {
            problem = "een domeinnaam heeft minstens twee delen, zoals school.nl";
            return null;
        }

        if (labels.Any(l => l.Length is 0 or > 63 || l.StartsWith('-') || l.EndsWith('-') || !l.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            problem = "een deel van de naam is leeg, te lang (meer dan 63 tekens) of bevat een teken dat niet mag";
            return null;
        }

        problem = null;
        return name;
    }
}
