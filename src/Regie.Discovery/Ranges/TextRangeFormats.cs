using System.Globalization;
using Regie.Core.Ranges;

namespace Regie.Discovery.Ranges;

/// <summary>The line-based files: plain CIDR lists, RFC 8805 geofeeds and Regie's own "cidr,service,region" list.</summary>
internal static class TextRangeFormats
{
    /// <summary>
    /// One CIDR per line (Cloudflare ips-v4/ips-v6, Akamai, Zoom). '#' starts a comment. A lone address counts as a /32 or
    /// /128, since such lists are read by firewalls that accept both.
    /// </summary>
    public static string? PlainList(string text, List<IpRange> ranges, Problems problems)
    {
        foreach (var (line, where) in Lines(text))
        {
            if (problems.TryPrefix(line, where, "cidr", allowBareAddress: true, family: null, out var prefix))
            {
                ranges.Add(new IpRange(prefix, null, null));
            }
        }

        return null;
    }

    /// <summary>
    /// RFC 8805 geofeed (DigitalOcean geo/google.csv): ip_prefix,alpha2code,region,city,postal_code without a header.
    /// The region shown is country, ISO 3166-2 region and city, as far as given.
    /// </summary>
    public static string? Geofeed(string text, List<IpRange> ranges, Problems problems)
    {
        foreach (var (line, where) in Lines(text))
        {
            var fields = line.Split(',', StringSplitOptions.TrimEntries);
            if (problems.TryPrefix(fields[0], where, "ip_prefix", allowBareAddress: false, family: null, out var prefix))
            {
                var country = fields.Length > 1 ? fields[1] : "";
                if (country.Length is not (0 or 2) || !country.All(char.IsAsciiLetter))
                {
                    problems.Add(where, "alpha2code", $"'{country}' is geen landcode van twee letters (ISO 3166-1).");
                    continue;
                }

                var place = string.Join(", ", fields.Skip(1).Take(3).Where(f => f.Length > 0));
                ranges.Add(new IpRange(prefix, null, place.Length == 0 ? null : place));
            }
        }

        return null;
    }

    /// <summary>
    /// A CIDR list for a provider without a published file: "cidr[,service[,region]]" per line, comma- or tab-separated,
    /// '#' comments, an optional header line starting with "cidr".
    /// </summary>
    public static string? Cidr(string text, List<IpRange> ranges, Problems problems)
    {
        var first = true;
        foreach (var (line, where) in Lines(text))
        {
            var fields = line.Split(line.Contains('\t') ? '\t' : ',', StringSplitOptions.TrimEntries);
            if (first && string.Equals(fields[0], "cidr", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                continue;
            }

            first = false;
            if (fields.Length > 3)
            {
                problems.Add(where, null, $"{fields.Length} kolommen; verwacht: cidr, dienst en regio (de laatste twee mogen ontbreken).");
                continue;
            }

            if (problems.TryPrefix(fields[0], where, "cidr", allowBareAddress: true, family: null, out var prefix))
            {
                ranges.Add(new IpRange(prefix, Field(fields, 1), Field(fields, 2)));
            }
        }

        return null;
    }

    private static string? Field(string[] fields, int index) => fields.Length > index && fields[index].Length > 0 ? fields[index] : null;

    /// <summary>The lines with content, comments and surrounding spaces removed, each with its 1-based line number.</summary>
    private static IEnumerable<(string Line, string Where)> Lines(string text)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash < 0 ? raw : raw[..hash]).Trim();
            if (line.Length > 0)
            {
                yield return (line, $"regel {number.ToString(CultureInfo.InvariantCulture)}");
            }
        }
    }
}
