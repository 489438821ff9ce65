using System.Net;
using System.Numerics;

namespace Regie.Core.Ranges;

/// <summary>
/// Longest-prefix match over every imported set, IPv4 and IPv6. Built once, immutable, safe to share between threads;
/// a look-up allocates nothing. When the same prefix appears more than once, the first one given to
/// <see cref="Build"/> wins (sets in the order given, ranges in file order).
/// </summary>
/// <remarks>
/// CIDR prefixes are either nested or disjoint, so one sweep cuts the address space into non-overlapping intervals,
/// each labelled with its most specific prefix. A look-up is a binary search over the interval starts, first narrowed by
/// the top 16 bits of the address. Measured in bench/Regie.Bench/RangeLookupBenchmarks.cs.
/// </remarks>
public sealed class IpRangeTable
{
    private readonly IntervalMap<uint> v4;
    private readonly IntervalMap<UInt128> v6;
    private readonly RangeMatch[] matches;

    private IpRangeTable(IntervalMap<uint> v4, IntervalMap<UInt128> v6, RangeMatch[] matches, IReadOnlyList<RangeSetSource> sets)
    {
        this.v4 = v4;
        this.v6 = v6;
        this.matches = matches;
        Sets = sets;
    }

    public static IpRangeTable Empty { get; } = Build([]);

    /// <summary>The sets in the table, in the order they were given.</summary>
    public IReadOnlyList<RangeSetSource> Sets { get; }

    /// <summary>How many prefixes were given (duplicates included).</summary>
    public int PrefixCount => matches.Length;

    /// <summary>How many intervals the IPv4 and IPv6 spaces were cut into (gaps included): the size of the search.</summary>
    public (int V4, int V6) IntervalCount => (v4.Count, v6.Count);

    public static IpRangeTable Build(IEnumerable<IpRangeSet> sets)
    {
        var matches = new List<RangeMatch>();
        var sources = new List<RangeSetSource>();
        var v4 = new List<IntervalMap<uint>.Prefix>();
        var v6 = new List<IntervalMap<UInt128>.Prefix>();
        foreach (var set in sets)
        {
            sources.Add(set.Source);
            foreach (var range in set.Ranges)
            {
                var label = matches.Count;
                matches.Add(new RangeMatch(range.Prefix, range.Service, range.Region, set.Source));
                if (range.Prefix.IsV6)
                {
                    v6.Add(new(range.Prefix.Start, range.Prefix.End, range.Prefix.Length, label));
                }
                else
                {
                    v4.Add(new((uint)range.Prefix.Start, (uint)range.Prefix.End, range.Prefix.Length, label));
                }
            }
        }

        return new IpRangeTable(IntervalMap<uint>.Build(v4, 32), IntervalMap<UInt128>.Build(v6, 128), [.. matches], sources);
    }

    /// <summary>The most specific prefix containing the address, or null. IPv4-mapped IPv6 addresses are looked up as IPv4.</summary>
    public RangeMatch? Lookup(IPAddress address) =>
        !IpPrefix.TryToNumber(address, out var isV6, out var number) ? null
        : isV6 ? LookupV6(number)
        : LookupV4((uint)number);

    /// <summary>An IPv4 address as a number in host order (10.0.0.1 = 0x0A000001).</summary>
    public RangeMatch? LookupV4(uint address) => At(v4.Find(address));

    public RangeMatch? LookupV6(UInt128 address) => At(v6.Find(address));

    private RangeMatch? At(int label) => label < 0 ? null : matches[label];
}

/// <summary>The address space of one family cut into intervals, each with the label of its most specific prefix (-1: none).</summary>
internal sealed class IntervalMap<T>
    where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T>
{
    internal readonly record struct Prefix(T Start, T End, int Length, int Label);

    private const int TopBits = 16;
    private readonly T[] starts;
    private readonly int[] labels;
    private readonly int[] firstOfTop; // per value of the top 16 bits: the interval holding its first address
    private readonly int shift;

    private IntervalMap(T[] starts, int[] labels, int bits)
    {
        this.starts = starts;
        this.labels = labels;
        shift = bits - TopBits;
        firstOfTop = new int[(1 << TopBits) + 1];
        var interval = 0;
        for (var top = 0; top < 1 << TopBits; top++)
        {
            var first = T.CreateTruncating(top) << shift;
            while (interval + 1 < starts.Length && starts[interval + 1] <= first)
            {
                interval++;
            }

            firstOfTop[top] = interval;
        }

        firstOfTop[1 << TopBits] = starts.Length - 1;
    }

    public int Count => starts.Length;

    public static IntervalMap<T> Build(List<Prefix> prefixes, int bits)
    {
        // Wider prefixes before the prefixes nested in them; for the same prefix the first given wins.
        prefixes.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.Label.CompareTo(b.Label));
        var outStarts = new List<T>(prefixes.Count * 2 + 1);
        var outLabels = new List<int>(prefixes.Count * 2 + 1);
        var open = new Stack<Prefix>();

        void Emit(T start, int label)
        {
            if (outStarts.Count > 0 && outStarts[^1] == start)
            {
                outLabels[^1] = label;
            }
            else
            {
                outStarts.Add(start);
                outLabels.Add(label);
            }
        }

        void Close()
        {
            var closed = open.Pop();
            if (closed.End != T.MaxValue)
            {
                Emit(closed.End + T.One, open.Count > 0 ? open.Peek().Label : -1);
            }
        }

        Emit(T.Zero, -1);
        Prefix? previous = null;
        foreach (var prefix in prefixes)
        {
            if (previous is { } p && p.Start == prefix.Start && p.Length == prefix.Length)
            {
                continue;
            }

            previous = prefix;
            while (open.Count > 0 && open.Peek().End < prefix.Start)
            {
                Close();
            }

            Emit(prefix.Start, prefix.Label);
            open.Push(prefix);
        }

        while (open.Count > 0)
        {
            Close();
        }

        // Neighbours with the same label are one interval.
        var starts = new List<T>(outStarts.Count);
        var labels = new List<int>(outStarts.Count);
        for (var i = 0; i < outStarts.Count; i++)
        {
            if (labels.Count == 0 || labels[^1] != outLabels[i])
            {
                starts.Add(outStarts[i]);
                labels.Add(outLabels[i]);
            }
        }

        return new IntervalMap<T>([.. starts], [.. labels], bits);
    }

    public int Find(T address)
    {
        var top = int.CreateTruncating(address >> shift);
        var low = firstOfTop[top];
        var high = firstOfTop[top + 1];
        var starts = this.starts;
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (starts[middle] <= address)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return labels[low];
    }
}
