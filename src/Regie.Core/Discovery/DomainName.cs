using System.Globalization;
using Regie.Core.Explaining;

namespace Regie.Core.Discovery;

/// <summary>A domain name as a board writes it, checked and normalised (lower case, no trailing dot, IDN as punycode).</summary>
public static class DomainName
{
    private static readonly IdnMapping Idn = new();

    private const int MaxLabel = 63;

    /// <summary>The normalised name, or null with the reason it is not a domain name.</summary>
    public static string? TryNormalise(string written, out DiscoveryReason? problem)
    {
        var name = written.Trim().TrimEnd('.').ToLowerInvariant();
        if (name.StartsWith("http://", StringComparison.Ordinal) || name.StartsWith("https://", StringComparison.Ordinal))
        {
            problem = new DomainWithScheme();
            return null;
        }

        try
        {
            name = Idn.GetAscii(name);
        }
        catch (ArgumentException)
        {
            problem = new DomainNotValid();
            return null;
        }

        var labels = name.Split('.');
        if (labels.Length < 2 || name.Length > 253)
        {
            problem = new DomainTooFewLabels();
            return null;
        }

        if (labels.Any(l => l.Length is 0 or > MaxLabel || l.StartsWith('-') || l.EndsWith('-') || !l.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            problem = new DomainLabelNotValid(MaxLabel);
            return null;
        }

        problem = null;
        return name;
    }
}
