using Regie.Core.Ranges;
using Regie.Discovery.Ranges;

namespace Regie.Tests.Support;

/// <summary>The sample files in tests/fixtures/ranges, one per provider format.</summary>
internal static class RangeFixtures
{
    public static string Folder { get; } = TestFiles.Fixtures("ranges");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static IpRangeSet Read(RangeFileFormat format, params string[] names) =>
        RangeFileParser.Read([.. names.Select(PathOf)], format, "Test", DateTimeOffset.UnixEpoch);

    public static IpRange Entry(IpRangeSet set, string cidr) => set.Ranges.Single(r => r.Prefix.ToString() == cidr);

    public static RangeFileException Failure(RangeFileFormat format, string name) =>
        Assert.Throws<RangeFileException>(() => Read(format, name));
}
