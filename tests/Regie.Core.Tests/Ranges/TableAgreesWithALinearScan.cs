using Regie.Core.Ranges;

namespace Regie.Core.Tests.Ranges;

/// <summary>Random nested prefixes and random addresses: the table must give what scanning every prefix gives.</summary>
public sealed class TableAgreesWithALinearScan
{
    private static readonly RangeSetSource[] Sources =
        [.. Enumerable.Range(0, 3).Select(i => new RangeSetSource($"P{i}", "cidr", $"p{i}.txt", null, DateTimeOffset.UnixEpoch))];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ForIPv4(int seed)
    {
        var random = new Random(seed);
        // A small corner of the space (10.0.0.0/12) so that prefixes nest and repeat often.
        var sets = RandomSets(random, () =>
        {
            var length = random.Next(8, 33);
            var address = (0x0A000000u | (uint)random.Next(0, 1 << 20)) & Mask32(length);
            return IpPrefix.FromNumber(false, address, length);
        });
        var table = IpRangeTable.Build(sets);
        var all = sets.SelectMany(s => s.Ranges.Select(r => (Set: s, Range: r))).ToList();

        for (var i = 0; i < 5000; i++)
        {
            var address = random.Next(3) == 0 ? (uint)random.NextInt64(0, 1L << 32) : 0x0A000000u | (uint)random.Next(0, 1 << 21);
            AssertSame(Scan(all, false, address), table.LookupV4(address), address.ToString("X8"));
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void ForIPv6(int seed)
    {
        var random = new Random(seed);
        var sets = RandomSets(random, () =>
        {
            var length = random.Next(16, 129);
            var address = new UInt128(0x2a05_d000_0000_0000UL | ((ulong)(uint)random.Next(0, 1 << 16) << 32), (ulong)random.NextInt64()) & Mask128(length);
            return IpPrefix.FromNumber(true, address, length);
        });
        var table = IpRangeTable.Build(sets);
        var all = sets.SelectMany(s => s.Ranges.Select(r => (Set: s, Range: r))).ToList();

        foreach (var (_, range) in all.Take(200))
        {
            AssertSame(Scan(all, true, range.Prefix.Start), table.LookupV6(range.Prefix.Start), "start");
            AssertSame(Scan(all, true, range.Prefix.End), table.LookupV6(range.Prefix.End), "end");
            AssertSame(Scan(all, true, range.Prefix.End + 1), table.LookupV6(range.Prefix.End + 1), "after");
        }

        for (var i = 0; i < 3000; i++)
        {
            var address = new UInt128(0x2a05_d000_0000_0000UL | ((ulong)(uint)random.Next(0, 1 << 16) << 32) | (uint)random.Next(0, 4), (ulong)random.NextInt64());
            AssertSame(Scan(all, true, address), table.LookupV6(address), address.ToString());
        }
    }

    private static List<IpRangeSet> RandomSets(Random random, Func<IpPrefix> prefix) =>
        [.. Sources.Select((source, i) => new IpRangeSet(source, [.. Enumerable.Range(0, 400).Select(j => new IpRange(prefix(), $"s{i}-{j}", null))]))];

    /// <summary>The longest prefix containing the address; for the same prefix the first one given.</summary>
    private static IpRange? Scan(List<(IpRangeSet Set, IpRange Range)> all, bool isV6, UInt128 address)
    {
        IpRange? best = null;
        foreach (var (_, range) in all)
        {
            if (range.Prefix.Contains(isV6, address) && (best is null || range.Prefix.Length > best.Prefix.Length))
            {
                best = range;
            }
        }

        return best;
    }

    private static void AssertSame(IpRange? expected, RangeMatch? actual, string address)
    {
        Assert.True(expected?.Service == actual?.Service, $"{address}: expected {expected?.Prefix} {expected?.Service}, got {actual?.Prefix} {actual?.Service}");
    }

    private static uint Mask32(int length) => length == 0 ? 0 : uint.MaxValue << (32 - length);

    private static UInt128 Mask128(int length) => length == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - length);
}
