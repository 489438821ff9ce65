using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// The data folder's files as parsed, kept in <c>.cache/</c> inside it as JSON, so that the next load reads JSON instead
/// of parsing 1,5 MB of YAML (issue 17 point 5: YAML parsing was most of a load's time). The entry's name is a hash of
/// every file's name and bytes and of Regie's build, so an edited file or another build never meets an old entry: it
/// misses, the YAML is parsed again and a new entry is written. Only what parsed without a problem is kept; converting
/// and checking run on every load, cached or not. The cache is an optimisation only: when the folder cannot be written
/// (a read-only installation) or an entry cannot be read, loading parses the YAML as before and says nothing.
/// </summary>
internal static class ParsedFilesCache
{
    internal const string FolderName = ".cache";
    private const string Prefix = "parsed-data-files-";

    /// <summary>
    /// Entries one folder keeps: more than one, so two builds loading the same folder in turn (a developer's Debug tests
    /// and Release commands) do not replace each other's entry on every load.
    /// </summary>
    internal const int EntriesKept = 3;

    /// <summary>SHA-256 over Regie.Core's build and each file's name, length and bytes, in the order given.</summary>
    public static string KeyOf(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ParsedFilesCache).Module.ModuleVersionId.ToByteArray());
        foreach (var (name, bytes) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string PathOf(string dataFolder, string key) => Path.Combine(dataFolder, FolderName, Prefix + key + ".json");

    /// <summary>The files parsed earlier under this key, or null (none kept, or not readable).</summary>
    public static KnowledgeFiles? Load(string dataFolder, string key)
    {
        var path = PathOf(dataFolder, key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, ParsedFilesJson.Default.KnowledgeFiles);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Keeps the parsed files under this key, written to a file of its own and then moved into place, so that another
    /// process loading at the same time sees the whole entry or none. Only the newest <see cref="EntriesKept"/> entries stay,
    /// so a folder edited many times holds a few megabytes at most.
    /// </summary>
    public static void Save(string dataFolder, string key, KnowledgeFiles files)
    {
        var target = PathOf(dataFolder, key);
        var folder = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(folder, $"{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, files, ParsedFilesJson.Default.KnowledgeFiles);
            }

            File.Move(temporary, target, overwrite: true);
            var older = new DirectoryInfo(folder).GetFiles(Prefix + "*.json").Where(f => f.FullName != target)
                .OrderByDescending(f => f.LastWriteTimeUtc).Skip(EntriesKept - 1);
            foreach (var entry in older)
            {
                entry.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the folder is not ours to write, and the next load parses the YAML again.
            }
        }
    }
}

/// <summary>Source-generated JSON for <see cref="ParsedFilesCache"/>: no reflection, and nulls written, so a round trip keeps them.</summary>
[JsonSerializable(typeof(KnowledgeFiles))]
internal sealed partial class ParsedFilesJson : JsonSerializerContext;
