using Microsoft.Extensions.Caching.Memory;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Each board's analysis (landscape, assessment, graph, verdict), kept across requests until the board's data, the loaded
/// knowledge (catalog and model), the weight profile or the day changes. One entry per board, bounded by the number of
/// services held (<see cref="LimitKey"/>), so memory stays flat however many boards there are; the least recently used go
/// first. <see cref="BoardAnalysis"/> is the only reader.
/// </summary>
public sealed class BoardAnalysisCache(IConfiguration configuration) : IDisposable
{
    /// <summary>How many services' analyses may be held at once, over all boards (default 20,000).</summary>
    public const string LimitKey = "Regie:AnalysisCache:Services";

    private readonly MemoryCache boards = new(new MemoryCacheOptions
    {
        TrackStatistics = true,
        SizeLimit = Math.Max(1, configuration.GetValue(LimitKey, 20_000)),
        // Over the limit, drop a quarter rather than one entry at a time.
        CompactionPercentage = 0.25,
    });

    private readonly Lock choosing = new();

    /// <summary>The board's held analysis when it was made from the same data and knowledge, else a new empty one in its place.</summary>
    internal AnalysedBoard For(Guid board, AnalysisStamp stamp, RegieKnowledge knowledge)
    {
        // Nearly every request finds its board's analysis current: that look-up needs no lock (the cache is thread-safe), and
        // under fifty concurrent requests the lock itself had become a queue. Only a new analysis is chosen under it.
        if (boards.TryGetValue(board, out AnalysedBoard? current) && current!.Stamp == stamp && ReferenceEquals(current.Knowledge, knowledge))
        {
            return current;
        }

        lock (choosing)
        {
            if (boards.TryGetValue(board, out AnalysedBoard? held) && held!.Stamp == stamp && ReferenceEquals(held.Knowledge, knowledge))
            {
                return held;
            }

            var fresh = new AnalysedBoard(board, stamp, knowledge, held?.Size ?? 1);
            Keep(fresh);
            return fresh;
        }
    }

    /// <summary>Counts the board at its real size once its landscape is known.</summary>
    internal void Resize(AnalysedBoard analysed, int services)
    {
        lock (choosing)
        {
            analysed.Services = services;
            Recount(analysed);
        }
    }

    /// <summary>Counts an answer rendered and kept with the analysis, by its size (<see cref="BytesPerService"/> to one service).</summary>
    internal void Grow(AnalysedBoard analysed, long bytes)
    {
        lock (choosing)
        {
            analysed.RenderedBytes += bytes;
            Recount(analysed);
        }
    }

    /// <summary>Rendered answers are counted in services: about what one service's analysis with its explanations takes.</summary>
    public const int BytesPerService = 16 * 1024;

    private void Recount(AnalysedBoard analysed)
    {
        var size = analysed.Services + 1 + (int)(analysed.RenderedBytes / BytesPerService);
        if (analysed.Size != size && boards.TryGetValue(analysed.Board, out AnalysedBoard? held) && ReferenceEquals(held, analysed))
        {
            analysed.Size = size;
            Keep(analysed);
        }
    }

    /// <summary>The board's analysis as held now, if any; for tests.</summary>
    internal AnalysedBoard? Held(Guid board) => boards.TryGetValue(board, out AnalysedBoard? held) ? held : null;

    /// <summary>The size of everything held (services plus one per board); for tests.</summary>
    internal long HeldServices => boards.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    private void Keep(AnalysedBoard analysed) =>
        boards.Set(analysed.Board, analysed, new MemoryCacheEntryOptions { Size = analysed.Size, SlidingExpiration = TimeSpan.FromMinutes(30) });

    public void Dispose() => boards.Dispose();
}

/// <summary>What an analysis was made from, besides the knowledge object: the board's data, its weight profile and the day (twelve-month rules).</summary>
internal readonly record struct AnalysisStamp(BoardVersion Data, string Profile, DateOnly Today);

/// <summary>
/// One board's analysis, computed part by part on first use and then shared by every request that has the same stamp.
/// One computation at a time per board: fifty requests arriving together after a change wait for one result instead of
/// making fifty.
/// </summary>
internal sealed class AnalysedBoard(Guid board, AnalysisStamp stamp, RegieKnowledge knowledge, int size)
{
    private readonly SemaphoreSlim computing = new(1, 1);

    public Guid Board => board;
    public AnalysisStamp Stamp => stamp;
    public RegieKnowledge Knowledge => knowledge;
    public int Size { get; set; } = size;

    /// <summary>The landscape's services and the bytes of the answers kept in <see cref="Rendered"/>, which <see cref="Size"/> counts.</summary>
    public int Services { get; set; }
    public long RenderedBytes { get; set; }

    public BoardLandscape? Landscape { get; set; }
    public BoardAssessment? Assessment { get; set; }
    public GraphAnalysis? Graph { get; set; }
    public BoardVerdict? Verdict { get; set; }
    public IReadOnlyList<ServiceAssessment>? Ranked { get; set; }
    public Core.Catalog.KnowledgeCatalog? Catalog { get; set; }

    /// <summary>
    /// Answers rendered from this analysis (an API list in one language, one page), so a repeated request does not render
    /// every reason again; at most <see cref="MaxRendered"/> per board, beyond that rendered per request.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, object> Rendered { get; } = new(StringComparer.Ordinal);

    public const int MaxRendered = 16;

    /// <summary>Work done once for this analysis (<see cref="BoardAnalysis.OncePerVersionAsync"/>).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Done { get; } = new(StringComparer.Ordinal);

    /// <summary>The verdict's what-ifs re-assess the board with one cause removed: sharing it scores the unchanged services once.</summary>
    public AssessmentCache Scores { get; } = new();

    /// <summary>The part when it is there, else computes it once (the computation must not call <see cref="OnceAsync{T}"/> itself).</summary>
    public async Task<T> OnceAsync<T>(Func<AnalysedBoard, T?> read, Func<AnalysedBoard, Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        if (read(this) is { } ready)
        {
            return ready;
        }

        await computing.WaitAsync(cancellationToken);
        try
        {
            return read(this) ?? await compute(this);
        }
        finally
        {
            computing.Release();
        }
    }
}
