using System.Collections.Concurrent;
using DnsClient;
using DnsClient.Protocol;

namespace Regie.Discovery.Dns;

/// <summary>How one question went.</summary>
internal enum AnswerStatus { Ok, NotFound, ServerFailure, Refused, TimedOut, Error }

internal sealed record DnsAnswer(AnswerStatus Status, IReadOnlyList<DnsResourceRecord> Records, string? Message = null)
{
    public static readonly DnsAnswer Empty = new(AnswerStatus.Ok, []);
}

/// <summary>
/// Sends questions with the run's rate cap, retries with back-off, and a cache for names that many domains share
/// (SPF includes, CNAME targets). DnsClient's own cache and retries are off, so each of these is Regie's decision.
/// </summary>
internal sealed class DnsQuerier
{
    private readonly LookupClient _client;
    private readonly DnsDiscoveryOptions _options;
    private readonly ConcurrentDictionary<(string Name, QueryType Type), Lazy<Task<DnsAnswer>>> _cache = new();
    private long _queries;

    public DnsQuerier(DnsDiscoveryOptions options)
    {
        _options = options;
        var lookup = options.Nameserver is { } ns ? new LookupClientOptions(ns) : new LookupClientOptions();
        lookup.UseCache = false;
        lookup.Retries = 0;
        lookup.Timeout = options.Timeout;
        lookup.ThrowDnsErrors = false;
        lookup.ContinueOnDnsError = false;
        lookup.UseTcpFallback = true;
        _client = new LookupClient(lookup);
        Pacer = new QueryPacer(options.RatePerSecond, TimeProvider.System);
    }

    /// <summary>The run's rate cap, which every question sent waits for.</summary>
    public QueryPacer Pacer { get; }

    /// <summary>Questions actually sent (retries included, cache hits not).</summary>
    public long QueriesSent => Interlocked.Read(ref _queries);

    public Task<DnsAnswer> AskAsync(string name, QueryType type, bool shared, CancellationToken ct)
    {
        if (!shared)
        {
            return AskWithRetriesAsync(name, type, ct);
        }

        var entry = _cache.GetOrAdd((name, type), key => new Lazy<Task<DnsAnswer>>(() => AskWithRetriesAsync(key.Name, key.Type, CancellationToken.None)));
        return entry.Value.WaitAsync(ct);
    }

    private async Task<DnsAnswer> AskWithRetriesAsync(string name, QueryType type, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var answer = await AskOnceAsync(name, type, ct);
            if (answer.Status is not (AnswerStatus.TimedOut or AnswerStatus.ServerFailure) || attempt >= _options.Retries)
            {
                return answer;
            }

            await Task.Delay(_options.RetryDelay * Math.Pow(2, attempt), ct);
        }
    }

    private async Task<DnsAnswer> AskOnceAsync(string name, QueryType type, CancellationToken ct)
    {
        await Pacer.WaitAsync(ct);
        Interlocked.Increment(ref _queries);
        try
        {
            var response = await _client.QueryAsync(new DnsQuestion(name, type, QueryClass.IN), ct);
            return response.Header.ResponseCode switch
            {
                DnsHeaderResponseCode.NoError => new DnsAnswer(AnswerStatus.Ok, response.Answers),
                DnsHeaderResponseCode.NotExistentDomain => new DnsAnswer(AnswerStatus.NotFound, []),
                DnsHeaderResponseCode.ServerFailure => new DnsAnswer(AnswerStatus.ServerFailure, [], "SERVFAIL"),
                DnsHeaderResponseCode.Refused => new DnsAnswer(AnswerStatus.Refused, [], "REFUSED"),
                var code => new DnsAnswer(AnswerStatus.Error, [], code.ToString()),
            };
        }
        catch (DnsResponseException e) when (e.Code == DnsResponseCode.ConnectionTimeout)
        {
            return new DnsAnswer(AnswerStatus.TimedOut, [], "time-out");
        }
        catch (DnsResponseException e)
        {
            return new DnsAnswer(AnswerStatus.Error, [], e.DnsError);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new DnsAnswer(AnswerStatus.TimedOut, [], "time-out");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A malformed answer (DnsResponseParseException), a socket error: one bad server must not end a sector run.
            return new DnsAnswer(AnswerStatus.Error, [], $"{e.GetType().Name}: {e.Message}");
        }
    }
}
