using System.Text.Json;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Core.Tests.Catalog;

/// <summary>
/// A load keeps the data files as parsed in the data folder's <c>.cache/</c> and the next load of the same bytes takes
/// them from there instead of parsing the YAML again (issue 17 point 5); an edited file, a broken entry or a folder that
/// cannot be written falls back to parsing, and every check still runs on every load.
/// </summary>
public sealed class KeepingTheParsedFiles : IDisposable
{
    private readonly DataCopy data = new();

    public KeepingTheParsedFiles()
    {
        // The copy may carry the shipped folder's own entry; each test starts without one.
        var cache = Path.Combine(data.Folder, ParsedFilesCache.FolderName);
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    public void Dispose() => data.Dispose();

    private string[] Entries() => Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder) : [];

    private string CacheFolder => Path.Combine(data.Folder, ParsedFilesCache.FolderName);

    private static string Json(KnowledgeFiles files) => JsonSerializer.Serialize(files, ParsedFilesJson.Default.KnowledgeFiles);

    private KnowledgeFiles ReadFiles()
    {
        var issues = new List<DataIssue>();
        var files = KnowledgeFiles.Read(data.Folder, issues);
        Assert.Empty(issues);
        return files!;
    }

    /// <summary>Rewrites the one kept entry with another catalog version, so a load that reads it shows that version.</summary>
    private void MarkTheEntry(string version)
    {
        var entry = Assert.Single(Entries());
        var files = JsonSerializer.Deserialize(File.ReadAllText(entry), ParsedFilesJson.Default.KnowledgeFiles)!;
        files.Catalog.Version = $"{version}-{files.Catalog.Version}";
        File.WriteAllText(entry, Json(files));
    }

    [Fact]
    public void TheFirstLoadKeepsTheParsedFilesAndTheSecondGivesTheSameValues()
    {
        // A value that is YAML's null beside the shipped values in two languages, so the round trip has to keep both shapes.
        data.Append("products.yaml", V2Yaml.Product("test-bewaard",
            "    aiFeatures: {value: ~, source: \"https://example.org\", checked: 2026-11-01, confidence: confirmed}"));

        var parsed = ReadFiles();
        var entry = Assert.Single(Entries());
        var kept = ReadFiles();

        Assert.EndsWith(".json", entry, StringComparison.Ordinal);
        Assert.Equal(Json(parsed), Json(kept));
        Assert.Null(kept.Products.Products.Single(p => p.Id == "test-bewaard").AiFeatures!.Value!.Scalar);
        Assert.NotNull(kept.Products.Products.Single(p => p.Id == "google-drive").HostingRegion!.Value!.Languages!["nl"]);
    }

    [Fact]
    public void AnUnchangedFolderIsReadFromTheKeptEntry()
    {
        _ = KnowledgeLoader.Load(data.Folder);
        MarkTheEntry("uit-de-cache");

        Assert.StartsWith("uit-de-cache-0.", KnowledgeLoader.Load(data.Folder).Catalog.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedFileIsParsedAgainAndGetsAnEntryOfItsOwn()
    {
        _ = KnowledgeLoader.Load(data.Folder);
        var before = Assert.Single(Entries());
        MarkTheEntry("oud");

        data.Append("products.yaml", V2Yaml.Product("test-nieuw", ""));
        var knowledge = KnowledgeLoader.Load(data.Folder);

        Assert.True(knowledge.Catalog.ProductById.ContainsKey("test-nieuw"));
        Assert.DoesNotContain("oud", knowledge.Catalog.Version, StringComparison.Ordinal);
        Assert.Equal(2, Entries().Length);
        Assert.Contains(before, Entries());
    }

    [Fact]
    public void AFolderKeepsOnlyItsNewestEntries()
    {
        for (var edit = 1; edit <= ParsedFilesCache.EntriesKept + 2; edit++)
        {
            data.Append("products.yaml", V2Yaml.Product($"test-bewerking-{edit}", ""));
            _ = KnowledgeLoader.Load(data.Folder);
        }

        var last = ReadFiles();

        Assert.Equal(ParsedFilesCache.EntriesKept, Entries().Length);
        Assert.Contains(last.Products.Products, p => p.Id == $"test-bewerking-{ParsedFilesCache.EntriesKept + 2}");
    }

    [Fact]
    public void ABrokenEntryIsParsedFromTheYamlAndWrittenAgain()
    {
        var version = KnowledgeLoader.Load(data.Folder).Catalog.Version;
        var entry = Assert.Single(Entries());
        File.WriteAllText(entry, "{\"Catalog\": niet af");

        var (knowledge, issues) = KnowledgeLoader.Lint(data.Folder);

        Assert.Empty(issues);
        Assert.Equal(version, knowledge!.Catalog.Version);
        Assert.Equal(Json(ReadFiles()), File.ReadAllText(Assert.Single(Entries())));
    }

    [Fact]
    public void AFolderWhereTheEntryCannotBeWrittenStillLoads()
    {
        // A file where the cache folder would go: nothing can be kept, as in a read-only installation.
        File.WriteAllText(CacheFolder, "");

        var (first, firstIssues) = KnowledgeLoader.Lint(data.Folder);
        var (second, secondIssues) = KnowledgeLoader.Lint(data.Folder);

        Assert.Empty(firstIssues);
        Assert.Empty(secondIssues);
        Assert.Equal(first!.Catalog.Products.Count, second!.Catalog.Products.Count);
        Assert.True(File.Exists(CacheFolder));
        Assert.Empty(Directory.GetFiles(data.Folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void AFileThatIsNotYamlKeepsNoEntry()
    {
        File.AppendAllText(Path.Combine(data.Folder, "catalog", "products.yaml"), "\n  - id: [niet af\n");

        var issues = KnowledgeLoader.Lint(data.Folder).Issues;

        Assert.Contains(issues, i => i.File == "products.yaml" && i.Place.StartsWith("regel ", StringComparison.Ordinal));
        Assert.Empty(Entries());
    }

    [Fact]
    public void ProblemsFoundAfterParsingAreFoundOnEveryLoad()
    {
        data.Append("products.yaml", V2Yaml.Product("test-geen-bron", "    eduV: {value: \"no\", checked: 2026-11-01, confidence: confirmed}"));

        var first = data.LintIssues();
        Assert.Single(Entries());
        var second = data.LintIssues();

        Assert.Contains("products.yaml: product 'test-geen-bron', eduV.source: bron ontbreekt bij een bekend feit", first);
        Assert.Equal(first, second);
    }
}
