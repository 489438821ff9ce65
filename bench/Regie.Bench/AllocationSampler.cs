using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Regie.Bench;

/// <summary>
/// Counts the runtime's allocation samples (one event per ~100 KB allocated) by type, in-process: which types a run
/// allocates most, without a trace file (`-- --sector-allocations`).
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytes = new();
    public bool Counting { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (Counting && e.EventName == "GCAllocationTick_V4" && e.Payload is { } payload)
        {
            var type = payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
            bytes.AddOrUpdate(type, amount, (_, b) => b + amount);
        }
    }

    public IEnumerable<(string Type, long Bytes)> Top(int count) =>
        bytes.OrderByDescending(kv => kv.Value).Take(count).Select(kv => (kv.Key, kv.Value));
}
