using System.Diagnostics;

namespace Regie.Cli;

/// <summary>
/// With REGIE_TRACE=1 every <see cref="Mark"/> writes the milliseconds since the process started to stderr, so the fixed cost
/// of a command can be split into its phases (runtime start, parsing, catalog, database, board) without a profiler
/// (docs/PERFORMANCE.md, "Imports"). Off, a mark costs one static field read.
/// </summary>
internal static class StartupTrace
{
    private static readonly bool On = Environment.GetEnvironmentVariable("REGIE_TRACE") == "1";
    private static readonly DateTime Started = On ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

    public static void Mark(string phase)
    {
        if (On)
        {
            Console.Error.WriteLine($"[trace] {(DateTime.UtcNow - Started).TotalMilliseconds,7:0} ms  {phase}");
        }
    }
}
