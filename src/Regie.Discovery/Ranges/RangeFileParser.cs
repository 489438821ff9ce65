using System.Text.Json;
using Regie.Core.Ranges;

namespace Regie.Discovery.Ranges;

/// <summary>The published range files Regie reads; the names are the values of `regie ranges import --format`.</summary>
public enum RangeFileFormat { Aws, Azure, Gcp, Oracle, Cloudflare, Fastly, Akamai, Geofeed, Cidr, Zoom }

/// <summary>What one file says: its prefixes (identical prefixes merged) and the file's own version, if it has one.</summary>
public sealed record ParsedRangeFile(IReadOnlyList<IpRange> Ranges, string? SyncToken);

/// <summary>A range file that cannot be read; every message names the file, the line or JSON path, and the field.</summary>
public sealed class RangeFileException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>Reads the IP-range files cloud and network providers publish, all or nothing.</summary>
public static class RangeFileParser
{
    /// <summary>A file with more errors is the wrong file or the wrong format; listing all of them helps nobody.</summary>
    public const int MaxErrors = 20;

    // The umbrella that lists the same prefix again next to the specific service: the specific service says more.
    private static readonly HashSet<string> Umbrellas = new(StringComparer.OrdinalIgnoreCase) { "AMAZON", "AzureCloud" };

    public static IReadOnlyList<string> FormatNames { get; } = [.. Enum.GetNames<RangeFileFormat>().Select(n => n.ToLowerInvariant())];

    public static bool TryParseFormat(string? name, out RangeFileFormat format) =>
        Enum.TryParse(name, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(name, out _);

    /// <summary>
    /// Reads one provider's files (Cloudflare and Akamai publish IPv4 and IPv6 apart) into one set attributed to
    /// <paramref name="provider"/>. Errors in any file fail the whole set.
    /// </summary>
    public static IpRangeSet Read(IReadOnlyList<string> paths, RangeFileFormat format, string provider, DateTimeOffset importedAt)
    {
        var ranges = new List<IpRange>();
        var tokens = new List<string>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            try
            {
                var parsed = Parse(Path.GetFileName(path), File.ReadAllText(path), format);
                ranges.AddRange(parsed.Ranges);
                if (parsed.SyncToken is { } token)
                {
                    tokens.Add(token);
                }
            }
            catch (RangeFileException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new RangeFileException(errors);
        }

        var source = new RangeSetSource(
            provider, format.ToString().ToLowerInvariant(), string.Join(", ", paths.Select(Path.GetFileName)), tokens.Count == 0 ? null : string.Join("; ", tokens.Distinct()), importedAt);
        return new IpRangeSet(source, paths.Count == 1 ? ranges : Merge(ranges));
    }

    /// <summary>Parses the text of a file; <paramref name="fileName"/> is only used in messages.</summary>
    public static ParsedRangeFile Parse(string fileName, string text, RangeFileFormat format)
    {
        var problems = new Problems(fileName);
        var ranges = new List<IpRange>();
        string? syncToken = null;
        try
        {
            syncToken = format switch
            {
                RangeFileFormat.Aws => JsonRangeFormats.Aws(text, ranges, problems),
                RangeFileFormat.Azure => JsonRangeFormats.Azure(text, ranges, problems),
                RangeFileFormat.Gcp => JsonRangeFormats.Gcp(text, ranges, problems),
                RangeFileFormat.Oracle => JsonRangeFormats.Oracle(text, ranges, problems),
                RangeFileFormat.Cloudflare when text.TrimStart().StartsWith('{') => JsonRangeFormats.CloudflareApi(text, ranges, problems),
                RangeFileFormat.Fastly => JsonRangeFormats.Fastly(text, ranges, problems),
                RangeFileFormat.Geofeed => TextRangeFormats.Geofeed(text, ranges, problems),
                RangeFileFormat.Cidr => TextRangeFormats.Cidr(text, ranges, problems),
                _ => TextRangeFormats.PlainList(text, ranges, problems),
            };
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"regel {line + 1}, positie {e.BytePositionInLine + 1}" : "onbekende plaats";
            problems.Add(where, null, "het bestand is geen geldige JSON. Is dit het juiste bestand en het juiste --format?");
        }
        catch (TooManyProblemsException)
        {
            // The list is full; the errors so far are reported below.
        }

        if (problems.Count == 0 && ranges.Count == 0)
        {
            problems.Add(null, null, $"het bestand bevat geen enkele IP-reeks. Is '{format.ToString().ToLowerInvariant()}' het juiste --format?");
        }

        return problems.Count > 0 ? throw new RangeFileException(problems.Messages) : new ParsedRangeFile(Merge(ranges), syncToken);
    }

    /// <summary>One entry per prefix, in file order: the services and regions of its repeats joined, umbrellas dropped when a specific service is named.</summary>
    private static List<IpRange> Merge(List<IpRange> ranges)
    {
        var groups = new Dictionary<IpPrefix, List<IpRange>>();
        var order = new List<IpPrefix>();
        foreach (var range in ranges)
        {
            if (!groups.TryGetValue(range.Prefix, out var group))
            {
                groups[range.Prefix] = group = [];
                order.Add(range.Prefix);
            }

            group.Add(range);
        }

        return [.. order.Select(prefix => groups[prefix] is { Count: 1 } single ? single[0] : Combine(prefix, groups[prefix]))];
    }

    private static IpRange Combine(IpPrefix prefix, List<IpRange> repeats)
    {
        var services = repeats.Select(r => r.Service).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (services.Any(s => !Umbrellas.Contains(s)))
        {
            services.RemoveAll(Umbrellas.Contains);
        }

        var regions = repeats.Select(r => r.Region).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new IpRange(prefix, services.Count == 0 ? null : string.Join(", ", services), regions.Count == 0 ? null : string.Join(", ", regions));
    }
}

/// <summary>The errors found so far in one file, each a full Dutch sentence naming the file, place and field.</summary>
internal sealed class Problems(string fileName)
{
    private readonly List<string> messages = [];

    public int Count => messages.Count;

    public IReadOnlyList<string> Messages => messages;

    /// <summary><paramref name="where"/> is "regel 3" or a JSON path; <paramref name="field"/> the column or property.</summary>
    public void Add(string? where, string? field, string problem)
    {
        if (messages.Count == RangeFileParser.MaxErrors)
        {
            messages.Add($"{fileName}: meer dan {RangeFileParser.MaxErrors} fouten; de rest is niet meer gecontroleerd.");
            throw new TooManyProblemsException();
        }

        var place = string.Join(", ", new[] { where, field is null ? null : $"veld '{field}'" }.OfType<string>());
        messages.Add(place.Length == 0 ? $"{fileName}: {problem}" : $"{fileName}: {place}: {problem}");
    }

    /// <summary>Parses a prefix for a range, or records why not. <paramref name="family"/> 4 or 6 demands that family.</summary>
    public bool TryPrefix(string? text, string? where, string field, bool allowBareAddress, int? family, out IpPrefix prefix)
    {
        prefix = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(where, field, "is leeg; hier hoort een CIDR-reeks.");
            return false;
        }

        if (!IpPrefix.TryParse(text, allowBareAddress, out prefix, out var problem))
        {
            Add(where, field, $"'{text.Trim()}' {problem}");
            return false;
        }

        if (family is { } wanted && (wanted == 6) != prefix.IsV6)
        {
            Add(where, field, $"'{text.Trim()}' is geen IPv{wanted}-reeks.");
            return false;
        }

        return true;
    }
}

internal sealed class TooManyProblemsException : Exception;
