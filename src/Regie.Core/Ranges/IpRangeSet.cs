using System.Text;

namespace Regie.Core.Ranges;

/// <summary>Where a set of ranges came from: the provider it is attributed to, the file and its format, the file's own version, when it was imported.</summary>
public sealed record RangeSetSource(string Provider, string Format, string SourceFile, string? SyncToken, DateTimeOffset ImportedAt);

/// <summary>One published prefix with the service and region the provider's file gives it (null when the file says nothing).</summary>
public sealed record IpRange(IpPrefix Prefix, string? Service, string? Region);

/// <summary>All prefixes of one provider's file.</summary>
public sealed record IpRangeSet(RangeSetSource Source, IReadOnlyList<IpRange> Ranges)
{
    /// <summary>The stored form: one "cidr TAB service TAB region" line per prefix.</summary>
    public string ToLines()
    {
        var text = new StringBuilder(Ranges.Count * 24);
        foreach (var range in Ranges)
        {
            text.Append(range.Prefix.ToString()).Append('\t').Append(Clean(range.Service)).Append('\t').Append(Clean(range.Region)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads <see cref="ToLines"/> back; a damaged line is an <see cref="InvalidDataException"/> naming the provider and line.</summary>
    public static IpRangeSet FromLines(RangeSetSource source, string lines)
    {
        var ranges = new List<IpRange>();
        var number = 0;
        Span<Range> parts = stackalloc Range[4];
        foreach (var line in lines.AsSpan().EnumerateLines())
        {
            number++;
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var count = line.Split(parts, '\t');
            if (!IpPrefix.TryParse(line[parts[0]], allowBareAddress: false, out var prefix, out var problem))
            {
                throw new InvalidDataException($"Opgeslagen IP-reeksen van '{source.Provider}', regel {number}: '{line[parts[0]]}' {problem}");
            }

            ranges.Add(new IpRange(prefix, Field(line, parts, count, 1), Field(line, parts, count, 2)));
        }

        return new IpRangeSet(source, ranges);
    }

    private static string? Field(ReadOnlySpan<char> line, Span<Range> parts, int count, int index) =>
        count > index && line[parts[index]].Trim() is { IsEmpty: false } value ? value.ToString() : null;

    private static string Clean(string? value) =>
        value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

/// <summary>The most specific published prefix containing an address, with the set it came from.</summary>
public sealed record RangeMatch(IpPrefix Prefix, string? Service, string? Region, RangeSetSource Source)
{
    public string Provider => Source.Provider;
}
