using System.Net;
using BenchmarkDotNet.Attributes;
using Regie.Core.Ranges;

namespace Regie.Bench;

/// <summary>
/// IP-range attribution: ~20,000 nested prefixes (80% IPv4, 20% IPv6, aggregates with more-specifics inside, as in the
/// AWS and Azure files) and a fixed batch of addresses, three quarters inside a range. <see cref="IpRangeTable"/>
/// against the longest match found by scanning every range, by number and with IPNetwork2.Contains; and the build.
/// Times are per look-up (OperationsPerInvoke), so look-ups per second = 1e9 / Mean in ns.
/// </summary>
[MemoryDiagnoser]
public class RangeLookupBenchmarks
{
    private const int Batch = 1024;
    private const int ScanBatch = 64; // scanning 20,000 ranges per address is slow: fewer addresses, same per-look-up figure

    private List<IpRangeSet> sets = [];
    private IpRangeTable table = IpRangeTable.Empty;
    private IPAddress[] addresses = [];
    private (bool IsV6, UInt128 Number)[] numbers = [];
    private uint[] v4Numbers = [];
    private UInt128[] v6Numbers = [];
    private IpPrefix[] prefixes = [];
    private IPNetwork2[] networks = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        var ranges = new List<IpRange>();
        while (ranges.Count < 16_000)
        {
            var aggregate = Truncate((uint)random.NextInt64(0, 1L << 32), false, random.Next(10, 17));
            ranges.Add(new IpRange(aggregate, "AMAZON", null));
            for (var i = random.Next(5, 60); i > 0; i--)
            {
                var length = random.Next(aggregate.Length + 2, 29);
                ranges.Add(new IpRange(Truncate(aggregate.Start | (uint)random.NextInt64(0, 1L << (32 - aggregate.Length)), false, length), $"S{i % 40}", $"r{i % 25}"));
            }
        }

        while (ranges.Count < 20_000)
        {
            var aggregate = Truncate(new UInt128(0x2000_0000_0000_0000UL | (ulong)random.NextInt64() >>> 3, 0), true, random.Next(24, 33));
            ranges.Add(new IpRange(aggregate, "AMAZON", null));
            for (var i = random.Next(5, 60); i > 0; i--)
            {
                var length = random.Next(aggregate.Length + 4, 65);
                ranges.Add(new IpRange(Truncate(aggregate.Start | new UInt128((ulong)random.NextInt64() >>> aggregate.Length, 0), true, length), $"S{i % 40}", $"r{i % 25}"));
            }
        }

        sets =
        [
            new IpRangeSet(new RangeSetSource("A", "aws", "a.json", "1", DateTimeOffset.UnixEpoch), ranges[..12_000]),
            new IpRangeSet(new RangeSetSource("B", "azure", "b.json", "2", DateTimeOffset.UnixEpoch), ranges[12_000..]),
        ];
        table = IpRangeTable.Build(sets);
        prefixes = [.. ranges.Select(r => r.Prefix)];
        networks = [.. ranges.Select(r => IPNetwork2.Parse(r.Prefix.ToString()))];

        numbers = [.. Enumerable.Range(0, Batch).Select(i =>
        {
            var inside = random.Next(4) != 0;
            var range = ranges[random.Next(i % 5 == 0 ? 16_000 : 0, i % 5 == 0 ? ranges.Count : 16_000)].Prefix;
            if (!inside)
            {
                return range.IsV6 ? (true, new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64())) : (false, (UInt128)(uint)random.NextInt64(0, 1L << 32));
            }

            var offset = range.IsV6 ? new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64()) : (UInt128)(uint)random.NextInt64(0, 1L << 32);
            return (range.IsV6, range.Start + offset % (range.End - range.Start + 1));
        })];
        addresses = [.. numbers.Select(n => IpPrefix.ToAddress(n.IsV6, n.Number))];

        // The same count as the mixed batch, so that every per-look-up time divides by Batch.
        var v4 = numbers.Where(n => !n.IsV6).Select(n => (uint)n.Number).ToArray();
        var v6 = numbers.Where(n => n.IsV6).Select(n => n.Number).ToArray();
        v4Numbers = [.. Enumerable.Range(0, Batch).Select(i => v4[i % v4.Length])];
        v6Numbers = [.. Enumerable.Range(0, Batch).Select(i => v6[i % v6.Length])];
    }

    /// <summary>Building the table from the ~20,000 prefixes (sets already parsed), once per invocation.</summary>
    [Benchmark]
    public IpRangeTable Build() => IpRangeTable.Build(sets);

    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public int TableByIPAddress()
    {
        var found = 0;
        foreach (var address in addresses)
        {
            found += table.Lookup(address) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int TableByNumber()
    {
        var found = 0;
        foreach (var (isV6, number) in numbers)
        {
            found += (isV6 ? table.LookupV6(number) : table.LookupV4((uint)number)) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>Only the IPv4 addresses of the batch, by number.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int TableV4Only()
    {
        var found = 0;
        foreach (var number in v4Numbers)
        {
            found += table.LookupV4(number) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>Only the IPv6 addresses of the batch, by number.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int TableV6Only()
    {
        var found = 0;
        foreach (var number in v6Numbers)
        {
            found += table.LookupV6(number) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>The longest match by comparing the address with every range as numbers: what a first version would do.</summary>
    [Benchmark(OperationsPerInvoke = ScanBatch)]
    public int LinearScanByNumber()
    {
        var found = 0;
        for (var a = 0; a < ScanBatch; a++)
        {
            var (isV6, number) = numbers[a];
            var best = -1;
            for (var i = 0; i < prefixes.Length; i++)
            {
                if (prefixes[i].Contains(isV6, number) && (best < 0 || prefixes[i].Length > prefixes[best].Length))
                {
                    best = i;
                }
            }

            found += best < 0 ? 0 : 1;
        }

        return found;
    }

    /// <summary>The same scan with the library most .NET code would reach for.</summary>
    [Benchmark(OperationsPerInvoke = ScanBatch)]
    public int LinearScanIPNetwork2()
    {
        var found = 0;
        for (var a = 0; a < ScanBatch; a++)
        {
            var address = addresses[a];
            var best = -1;
            for (var i = 0; i < networks.Length; i++)
            {
                if (networks[i].Contains(address) && (best < 0 || networks[i].Cidr > networks[best].Cidr))
                {
                    best = i;
                }
            }

            found += best < 0 ? 0 : 1;
        }

        return found;
    }

    private static IpPrefix Truncate(UInt128 number, bool isV6, int length) =>
        IpPrefix.FromNumber(isV6, number & Mask(isV6 ? 128 : 32, length), length);

    private static UInt128 Mask(int bits, int length) =>
        length == 0 ? UInt128.Zero : ((bits == 128 ? UInt128.MaxValue : uint.MaxValue) >> (bits - length)) << (bits - length);
}
