namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// Where the data folder is: an edge's question (the CLI's --data, the web app's Regie:Data, a test's copy), answered
/// before anything is loaded. The core's analysis never asks it; <see cref="KnowledgeLoader.Load"/> takes the folder.
/// </summary>
public static class DataFolder
{
    /// <summary>The explicit path, else REGIE_DATA, else the nearest `data/` above the app or the working folder.</summary>
    public static string Locate(string? explicitPath = null)
    {
        var candidates = new[] { explicitPath, Environment.GetEnvironmentVariable("REGIE_DATA") }
            .Concat(Ancestors(AppContext.BaseDirectory).Concat(Ancestors(Directory.GetCurrentDirectory())).Select(d => Path.Combine(d, "data")));
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate) && File.Exists(Path.Combine(candidate, "models", "sovereignty-model.yaml")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("De map met gegevensbestanden (data/) is niet gevonden. Zet REGIE_DATA of gebruik --data.");

        static IEnumerable<string> Ancestors(string start)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                yield return dir.FullName;
            }
        }
    }

    /// <summary>
    /// Where the CLI and the web app keep the data folder's parsed files between loads (<see cref="KnowledgeLoader.Load"/>):
    /// <c>.cache/</c> inside it. Nothing in it is needed: an absent or unwritable folder means the YAML is parsed each time.
    /// </summary>
    public static string ParsedFilesFolder(string dataFolder) => Path.Combine(dataFolder, ".cache");

    /// <summary>
    /// The data folder's own files, for a copy of it: everything but the parsed files' folder, which another process may be
    /// writing at that moment and which a copy does not need.
    /// </summary>
    public static IEnumerable<string> Files(string dataFolder)
    {
        var parsed = Path.GetFullPath(ParsedFilesFolder(dataFolder));
        return Below(dataFolder);

        IEnumerable<string> Below(string folder) => Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
            .Where(d => Path.GetFullPath(d) != parsed).SelectMany(Below));
    }

    /// <summary>Copies the data folder's own files (<see cref="Files"/>) into <paramref name="target"/>, keeping their places.</summary>
    public static void Copy(string dataFolder, string target)
    {
        foreach (var file in Files(dataFolder))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(dataFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
