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
}
