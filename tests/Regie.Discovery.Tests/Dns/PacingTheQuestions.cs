using Regie.Discovery.Dns;

namespace Regie.Discovery.Tests.Dns;

/// <summary>
/// The rate cap counted, not timed: questions asked at one frozen instant get slots 1/rate apart, so a second holds at most
/// rate of them; idle time earns no burst. The clock stands still unless the test moves it.
/// </summary>
public sealed class PacingTheQuestions
{
    private sealed class StandingClock : TimeProvider
    {
        public long Now { get; set; } = 1_000 * TimeSpan.TicksPerSecond;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Now;

        public void Move(TimeSpan by) => Now += by.Ticks;
    }

    /// <summary>How many of <paramref name="asked"/> questions, all asked now, may go within the next <paramref name="seconds"/>.</summary>
    private static int GoingWithin(QueryPacer pacer, int asked, double seconds) =>
        Enumerable.Range(0, asked).Select(_ => pacer.Reserve()).Count(wait => wait < TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData(10, 25, 10, 20)]
    [InlineData(2.5, 10, 3, 5)]
    [InlineData(250, 1_000, 250, 500)]
    public void QuestionsAskedAtOnceSpreadToAtMostTheRatePerSecond(double rate, int asked, int inFirstSecond, int inTwoSeconds)
    {
        Assert.Equal(inFirstSecond, GoingWithin(new QueryPacer(rate, new StandingClock()), asked, 1));
        Assert.Equal(inTwoSeconds, GoingWithin(new QueryPacer(rate, new StandingClock()), asked, 2));
    }

    [Fact]
    public void TheFirstGoesAtOnceAndIdleTimeEarnsNoBurst()
    {
        var clock = new StandingClock();
        var pacer = new QueryPacer(10, clock);

        Assert.Equal(TimeSpan.Zero, pacer.Reserve());
        clock.Move(TimeSpan.FromMinutes(5));

        // Five idle minutes later the next second still holds ten, not three thousand.
        Assert.Equal(10, GoingWithin(pacer, 100, 1));
    }

    [Fact]
    public void WithoutARateNobodyWaits()
    {
        var pacer = new QueryPacer(0, new StandingClock());

        Assert.Equal(1_000, GoingWithin(pacer, 1_000, 0.001));
        Assert.Equal(0, pacer.RatePerSecond);
    }

    [Fact]
    public void TheDiscovererPacesWithTheRateAndConcurrencyOfItsOptions()
    {
        var discoverer = new DnsDiscoverer(new Regie.Core.Discovery.SignatureSet([]), new DnsDiscoveryOptions { RatePerSecond = 40, Concurrency = 3 });

        Assert.Equal((40d, 3), (discoverer.Pacer.RatePerSecond, discoverer.Concurrency));
        Assert.Equal((0d, 16), (new DnsDiscoverer(new Regie.Core.Discovery.SignatureSet([])).Pacer.RatePerSecond, new DnsDiscoverer(new Regie.Core.Discovery.SignatureSet([])).Concurrency));
    }
}
