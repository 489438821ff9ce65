namespace Regie.Discovery.Dns;

/// <summary>
/// The rate cap of a discovery run: each DNS question takes the next free slot of 1/rate seconds, so no second holds more
/// than <see cref="RatePerSecond"/> questions, and time left idle earns no burst later (a slot is never earlier than now).
/// The clock is a <see cref="TimeProvider"/> so the schedule can be counted without waiting for it.
/// </summary>
public sealed class QueryPacer
{
    private readonly TimeProvider _time;
    private readonly long _intervalTicks;
    private readonly Lock _gate = new();
    private long _nextSlot;

    /// <param name="ratePerSecond">Questions per second; 0 or less: no cap.</param>
    public QueryPacer(double ratePerSecond, TimeProvider time)
    {
        _time = time;
        RatePerSecond = ratePerSecond > 0 ? ratePerSecond : 0;
        _intervalTicks = RatePerSecond > 0 ? (long)Math.Ceiling(time.TimestampFrequency / RatePerSecond) : 0;
        _nextSlot = time.GetTimestamp();
    }

    /// <summary>The cap (0: none).</summary>
    public double RatePerSecond { get; }

    /// <summary>Takes the next slot and says how long to wait for it (zero: go now).</summary>
    public TimeSpan Reserve()
    {
        if (_intervalTicks == 0)
        {
            return TimeSpan.Zero;
        }

        long now, slot;
        lock (_gate)
        {
            now = _time.GetTimestamp();
            slot = Math.Max(now, _nextSlot);
            _nextSlot = slot + _intervalTicks;
        }

        return _time.GetElapsedTime(now, slot);
    }

    /// <summary>Waits for the next slot.</summary>
    public Task WaitAsync(CancellationToken ct)
    {
        var wait = Reserve();
        return wait > TimeSpan.Zero ? Task.Delay(wait, _time, ct) : Task.CompletedTask;
    }
}
