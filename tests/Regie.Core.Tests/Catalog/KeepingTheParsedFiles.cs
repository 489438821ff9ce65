using System.Text.Json;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Core.Tests.Catalog;

/// <summary>
/// A load given a folder for the parsed files (the CLI's and the web app's: the data folder's <c>.cache/</c>) keeps them
/// there, and the next load of the same bytes takes them from there instead of parsing the YAML again (issue 17 point 5);
/// an edited file, a broken entry or a folder that cannot be written falls back to parsing, and every check still runs on
/// every load.
/// </summary>
public sealed class KeepingTheParsedFiles : IDisposable
{
    private readonly DataCopy data = new();

    public void Dispose() => data.Dispose();

    private string CacheFolder => DataFolder.ParsedFilesFolder(data.Folder);

    private string[] Entries() => Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder, "*.json") : [];

    private RegieKnowledge Load() => KnowledgeLoader.Load(data.Folder, CacheFolder);

    private (RegieKnowledge? Knowledge, IReadOnlyList<DataIssue> Issues) Lint() => KnowledgeLoader.Lint(data.Folder, CacheFolder);

    private static string Json(KnowledgeFiles files) => JsonSerializer.Serialize(files, ParsedFilesJson.Default.KnowledgeFiles);

    private KnowledgeFiles ReadFiles()
    {
        var issues = new List<DataIssue>();
        var files = KnowledgeFiles.Read(data.Folder, issues, CacheFolder);
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
        _ = Load();
        MarkTheEntry("uit-de-cache");

        Assert.StartsWith("uit-de-cache-0.", Load().Catalog.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedFileIsParsedAgainAndGetsAnEntryOfItsOwn()
    {
        _ = Load();
        var before = Assert.Single(Entries());
        MarkTheEntry("oud");

        data.Append("products.yaml", V2Yaml.Product("test-nieuw", ""));
        var knowledge = Load();

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
            _ = Load();
        }

        var last = ReadFiles();

        Assert.Equal(ParsedFilesCache.EntriesKept, Entries().Length);
        Assert.Contains(last.Products.Products, p => p.Id == $"test-bewerking-{ParsedFilesCache.EntriesKept + 2}");
    }

    [Fact]
    public void ABrokenEntryIsParsedFromTheYamlAndWrittenAgain()
    {
        var version = Load().Catalog.Version;
        var entry = Assert.Single(Entries());
        File.WriteAllText(entry, "{\"Catalog\": niet af");

        var (knowledge, issues) = Lint();

        Assert.Empty(issues);
        Assert.Equal(version, knowledge!.Catalog.Version);
        Assert.Equal(Json(ReadFiles()), File.ReadAllText(Assert.Single(Entries())));
    }

    [Fact]
    public void AFolderWhereTheEntryCannotBeWrittenStillLoads()
    {
        // A file where the cache folder would go: nothing can be kept, as in a read-only installation.
        File.WriteAllText(CacheFolder, "");

        var (first, firstIssues) = Lint();
        var (second, secondIssues) = Lint();

        Assert.Empty(firstIssues);
        Assert.Empty(secondIssues);
        Assert.Equal(first!.Catalog.Products.Count, second!.Catalog.Products.Count);
        Assert.True(File.Exists(CacheFolder));
        Assert.Empty(Directory.GetFiles(data.Folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void ALoadWithoutAFolderForThemKeepsNothing()
    {
        _ = KnowledgeLoader.Load(data.Folder);

        Assert.False(Directory.Exists(CacheFolder));
    }

    [Fact]
    public void ANumberJsonCannotWriteStillLoadsAndLeavesNoTemporaryFile()
    {
        // YAML's .nan for a number: JSON has no such number unless told; a load must not fail on the keeping.
        var model = Path.Combine(data.Folder, "models", "sovereignty-model.yaml");
        File.WriteAllText(model, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(model), @"exposureFloor: [^\n]*", "exposureFloor: .nan"));

        var first = Lint().Issues.Select(i => i.ToString()).ToList();
        var second = Lint().Issues.Select(i => i.ToString()).ToList();

        Assert.Equal(first, second);
        Assert.Single(Entries());
        Assert.Empty(Directory.GetFiles(CacheFolder, "*.tmp"));
    }

    [Fact]
    public void AnEntryOfAnotherShapeIsParsedFromTheYaml()
    {
        var version = Load().Catalog.Version;
        File.WriteAllText(Assert.Single(Entries()), "{}");

        var (knowledge, issues) = Lint();

        Assert.Empty(issues);
        Assert.Equal(version, knowledge!.Catalog.Version);
    }

    [Fact]
    public void AFolderWithoutTheOptionalFileIsKeptToo()
    {
        // Without it some providers' owners are missing (problems the converting finds), but the files parse and are kept.
        File.Delete(Path.Combine(data.Folder, "catalog", KnowledgeFiles.AlternativeVendorsFile));
        _ = Lint();
        MarkTheEntry("zonder");

        Assert.StartsWith("zonder-", Lint().Knowledge!.Catalog.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void ASaveRemovesTemporaryFilesAKilledProcessLeftButNotOneBeingWritten()
    {
        Directory.CreateDirectory(CacheFolder);
        var abandoned = Path.Combine(CacheFolder, "verlaten.tmp");
        var beingWritten = Path.Combine(CacheFolder, "bezig.tmp");
        File.WriteAllText(abandoned, "half");
        File.WriteAllText(beingWritten, "half");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow - ParsedFilesCache.AbandonedAfter - TimeSpan.FromMinutes(1));

        _ = Load();

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(beingWritten));
    }

    [Fact]
    public void TheFolderKeepsItselfOutOfGit()
    {
        _ = Load();

        Assert.Contains("*", File.ReadAllLines(Path.Combine(CacheFolder, ".gitignore")));
    }

    [Fact]
    public void ACopyOfTheDataFolderLeavesTheParsedFilesBehind()
    {
        _ = Load();

        var files = DataFolder.Files(data.Folder).ToList();

        Assert.Contains(Path.Combine(data.Folder, "catalog", "products.yaml"), files);
        Assert.DoesNotContain(files, f => f.StartsWith(CacheFolder, StringComparison.Ordinal));
    }

    /// <summary>
    /// The round trip compares JSON with JSON, which cannot see a member the JSON leaves out: so every member of every
    /// parsed type must be one the JSON writes and reads back (a public settable property, or one marked to be included).
    /// </summary>
    [Fact]
    public void EveryMemberOfTheParsedFilesSurvivesTheJson()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(KnowledgeFiles)]);
        var lost = new List<string>();
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type) || ParsedFilesJson.Default.GetTypeInfo(type) is not { } info)
            {
                continue;
            }

            if (info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
            {
                var written = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
                var members = type.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                    .Where(p => !p.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), inherit: true) && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
                foreach (var member in members)
                {
                    var readBack = written.GetValueOrDefault(member.Name) is { } property
                        && (property.Set is not null || type.GetConstructors().Any(c => c.GetParameters().Any(a => string.Equals(a.Name, member.Name, StringComparison.OrdinalIgnoreCase))));
                    if (!readBack)
                    {
                        lost.Add($"{type.Name}.{member.Name}");
                    }
                }

                Assert.Empty(type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                    .Where(f => !f.Name.Contains("k__BackingField", StringComparison.Ordinal)).Select(f => $"{type.Name}.{f.Name}"));
            }

            foreach (var next in info.Properties.Select(p => p.PropertyType).Append(info.ElementType).Append(info.KeyType).OfType<Type>())
            {
                pending.Enqueue(next);
            }
        }

        Assert.Empty(lost);
        Assert.Contains(typeof(ScalarOrLanguages), seen);
        Assert.Contains(typeof(FactDto), seen);
    }

    [Fact]
    public void AFileThatIsNotYamlKeepsNoEntry()
    {
        File.AppendAllText(Path.Combine(data.Folder, "catalog", "products.yaml"), "\n  - id: [niet af\n");

        var issues = Lint().Issues;

        Assert.Contains(issues, i => i.File == "products.yaml" && i.Place.StartsWith("regel ", StringComparison.Ordinal));
        Assert.Empty(Entries());
    }

    [Fact]
    public void ProblemsFoundAfterParsingAreFoundOnEveryLoad()
    {
        data.Append("products.yaml", V2Yaml.Product("test-geen-bron", "    eduV: {value: \"no\", checked: 2026-11-01, confidence: confirmed}"));

        var first = Lint().Issues.Select(i => i.ToString()).ToList();
        Assert.Single(Entries());
        var second = Lint().Issues.Select(i => i.ToString()).ToList();

        Assert.Contains("products.yaml: product 'test-geen-bron', eduV.source: bron ontbreekt bij een bekend feit", first);
        Assert.Equal(first, second);
    }
}
