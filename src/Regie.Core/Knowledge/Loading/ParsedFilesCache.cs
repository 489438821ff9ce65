using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// The data folder's main files as parsed, kept as JSON in a folder an edge chooses (the CLI and the web app:
/// <see cref="DataFolder.ParsedFilesFolder"/>), so that the next load reads JSON instead of parsing 1,5 MB of YAML (issue
/// 17 point 5: YAML parsing was most of a load's time). An entry's name is a hash of every file's name and bytes and of
/// the build of Regie.Core and YamlDotNet, so an edited file or another build never meets an old entry: it misses, the
/// YAML is parsed again and a new entry is written. Only what parsed without a problem is kept; converting and checking
/// run on every load, kept or not. Keeping is an optimisation only: when the folder cannot be written (a read-only
/// installation) or an entry cannot be read, loading parses the YAML as before and says nothing.
/// </summary>
internal static class ParsedFilesCache
{
    private const string Prefix = "parsed-data-files-";

    /// <summary>
    /// Entries one folder keeps: more than one, so two builds loading the same folder in turn (a developer's Debug tests
    /// and Release commands) do not replace each other's entry on every load.
    /// </summary>
    internal const int EntriesKept = 3;

    /// <summary>How old another process's temporary file must be before a save removes it (writing one takes well under a second).</summary>
    internal static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// SHA-256 over the builds that shape the parsed values (Regie.Core's DTOs, YamlDotNet's parser) and each file's name,
    /// length and bytes in the order given; an absent file (null) counts as absent, not as empty.
    /// </summary>
    public static string KeyOf(IEnumerable<(string Name, byte[]? Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ParsedFilesCache).Module.ModuleVersionId.ToByteArray());
        hash.AppendData(typeof(YamlDotNet.Serialization.IDeserializer).Module.ModuleVersionId.ToByteArray());
        foreach (var (name, bytes) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(BitConverter.GetBytes(bytes is null ? -1L : bytes.Length));
            hash.AppendData(bytes ?? []);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string PathOf(string folder, string key) => Path.Combine(folder, Prefix + key + ".json");

    /// <summary>The files parsed earlier under this key, or null (none kept, not readable, or not the whole set).</summary>
    public static KnowledgeFiles? Load(string folder, string key)
    {
        var path = PathOf(folder, key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, ParsedFilesJson.Default.KnowledgeFiles) is { IsComplete: true } files ? files : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever is wrong with the entry (unreadable, not JSON, another shape), the YAML is the truth: parse it.
            return null;
        }
    }

    /// <summary>
    /// Keeps the parsed files under this key, written to a file of its own and then moved into place, so that another
    /// process loading at the same time sees the whole entry or none. Only the newest <see cref="EntriesKept"/> entries stay,
    /// and temporary files abandoned by a killed process go, so a folder edited many times holds a few megabytes at most; a
    /// <c>.gitignore</c> keeps the folder out of a repository the data folder may be part of.
    /// </summary>
    public static void Save(string folder, string key, KnowledgeFiles files)
    {
        var target = PathOf(folder, key);
        var temporary = Path.Combine(folder, $"{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            var ignore = Path.Combine(folder, ".gitignore");
            if (!File.Exists(ignore))
            {
                File.WriteAllText(ignore, "# Regie's parsed data files: made again from the YAML when missing.\n*\n");
            }

            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, files, ParsedFilesJson.Default.KnowledgeFiles);
            }

            File.Move(temporary, target, overwrite: true);
            var older = new DirectoryInfo(folder).GetFiles(Prefix + "*.json").Where(f => f.FullName != target)
                .OrderByDescending(f => f.LastWriteTimeUtc).Skip(EntriesKept - 1);
            // A process killed between writing and moving leaves its temporary file; one written an hour before the entry just
            // written is nobody's any more (the file system's times, as the core reads no clock).
            var written = File.GetLastWriteTimeUtc(target);
            var abandoned = new DirectoryInfo(folder).GetFiles("*.tmp").Where(f => f.LastWriteTimeUtc < written - AbandonedAfter);
            foreach (var entry in older.Concat(abandoned))
            {
                Try(entry.Delete);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not kept (a folder that is not ours to write, a full disk, a value JSON cannot hold): the next load parses again.
        }
        finally
        {
            Try(() => File.Delete(temporary));
        }
    }

    /// <summary>A clean-up step that may fail (another process holds or removed the file) without stopping the others.</summary>
    private static void Try(Action step)
    {
        try
        {
            step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next save to remove.
        }
    }
}

/// <summary>
/// Source-generated JSON for <see cref="ParsedFilesCache"/>: no reflection; nulls written, so a round trip keeps them; NaN
/// and infinities allowed, as YAML allows them in a number.
/// </summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(KnowledgeFiles))]
internal sealed partial class ParsedFilesJson : JsonSerializerContext;
