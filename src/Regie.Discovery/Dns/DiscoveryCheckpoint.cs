using System.Text.Json;
using System.Text.Json.Serialization;
using Regie.Core.Discovery;

namespace Regie.Discovery.Dns;

/// <summary>
/// A JSON-lines file with one finished domain per line, appended as each finishes, so an interrupted bulk run resumes
/// and skips what it already did. A cut-off last line (the run stopped mid-write) is ignored; a broken line elsewhere is an error.
/// </summary>
public sealed class DiscoveryCheckpoint : IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(), new StoredNotes() }, // notes as {code, args}; an old checkpoint's text notes still read
    };

    private readonly StreamWriter _writer;

    private DiscoveryCheckpoint(string path, IReadOnlyList<DomainDiscovery> finished)
    {
        Finished = finished;
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
    }

    /// <summary>The domains a previous run finished.</summary>
    public IReadOnlyList<DomainDiscovery> Finished { get; }

    /// <summary>Reads what is there (nothing for a new file) and opens the file for appending.</summary>
    public static DiscoveryCheckpoint Open(string path)
    {
        var finished = new List<DomainDiscovery>();
        var kept = new List<string>();
        var cutOff = false;
        if (File.Exists(path))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i]))
                {
                    continue;
                }

                try
                {
                    finished.Add(JsonSerializer.Deserialize<DomainDiscovery>(lines[i], Json) ?? throw new JsonException("leeg"));
                    kept.Add(lines[i]);
                }
                catch (JsonException) when (i == lines.Length - 1)
                {
                    cutOff = true; // the run was stopped while writing this line: that domain is simply done again
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"{path}: regel {i + 1}: geen geldig resultaat ({e.Message})", e);
                }
            }
        }

        if (cutOff)
        {
            File.WriteAllLines(path, kept);
        }
        else if (File.Exists(path) && new FileInfo(path).Length > 0 && !File.ReadAllText(path).EndsWith('\n'))
        {
            File.AppendAllText(path, Environment.NewLine);
        }

        return new DiscoveryCheckpoint(path, finished);
    }

    public async ValueTask AppendAsync(DomainDiscovery discovery, CancellationToken ct)
    {
        await _writer.WriteLineAsync(JsonSerializer.Serialize(discovery, Json).AsMemory(), ct);
    }

    public void Dispose() => _writer.Dispose();
}
