using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Regie.Web.Tests.Api;

/// <summary>One entry as the app logged it: the formatted line and its structured properties.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, string?> Properties)
{
    public string? this[string property] => Properties.TryGetValue(property, out var value) ? value : null;

    /// <summary>Everything written, as a sink (console, journald) would receive it.</summary>
    public string Text => $"{Category} {Level} {EventId} {Message} {string.Join(" ", Properties.Select(p => $"{p.Key}={p.Value}"))}";
}

/// <summary>
/// A real logging provider in the test host: it keeps every entry at Information and above (the app's own levels, the
/// framework's too) so that a test can read what an operator's log would hold, and what it must never hold.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    /// <summary>The entries of one category with one event id, oldest first.</summary>
    public IReadOnlyList<LogEntry> Events(string category, int eventId) =>
        [.. entries.Where(e => e.Category == category && e.EventId.Id == eventId)];

    public string AllText => string.Join("\n", entries.Select(e => e.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value?.ToString())
                : [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception) + (exception is null ? "" : " " + exception), properties));
        }
    }
}
