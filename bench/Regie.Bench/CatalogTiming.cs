using System.Diagnostics;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Bench;

/// <summary>
/// Whole-process timing of <see cref="KnowledgeLoader.Load"/> (parse, convert, lint), with reading the files as the
/// baseline in the same run: once as the CLI and the web app load (the parsed files kept in the data folder's cache)
/// and once with every load parsing the YAML (no folder for the parsed files: the old path and the simplest baseline).
/// Optionally the same on a copy whose products are doubled, the catalog's growth ahead of time (docs/PERFORMANCE.md,
/// issue 17 point 5).
/// </summary>
internal static class CatalogTiming
{
    public static void Run(string dataFolder, bool grown)
    {
        // The first load in this process is the cold one a command or the app's start pays; without an entry for this
        // build yet (a fresh clone, another build since) it parses the YAML and writes one, which the line then says.
        Time("shipped, parsed files kept", dataFolder, DataFolder.ParsedFilesFolder(dataFolder));
        Time("shipped, YAML parsed every load", dataFolder, null);
        if (!grown)
        {
            return;
        }

        var copy = Directory.CreateTempSubdirectory("regie-grown-").FullName;
        try
        {
            DataFolder.Copy(dataFolder, copy);

            // Every product once more under a new id: twice the products and their facts, the rest of the data as shipped.
            var products = Path.Combine(copy, "catalog", "products.yaml");
            var text = File.ReadAllText(products);
            var list = text[text.IndexOf("products:\n", StringComparison.Ordinal)..]["products:\n".Length..];
            File.AppendAllText(products, "\n" + list.Replace("  - id: ", "  - id: grown-", StringComparison.Ordinal)
                .Replace("    partOf: ", "    partOf: grown-", StringComparison.Ordinal));
            _ = KnowledgeLoader.Load(copy, DataFolder.ParsedFilesFolder(copy));
            Time("products doubled, parsed files kept", copy, DataFolder.ParsedFilesFolder(copy));
            Time("products doubled, YAML parsed every load", copy, null);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void Time(string name, string folder, string? parsedFiles)
    {
        var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories);
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var entries = Entries(parsedFiles);
        var first = Stopwatch.StartNew();
        var products = KnowledgeLoader.Load(folder, parsedFiles).Catalog.Products.Count;
        var jit = first.Elapsed.TotalMilliseconds;
        var wrote = !Entries(parsedFiles).SetEquals(entries) ? " (no entry for this build yet: it parsed the YAML and wrote one)" : "";
        var loads = new List<double>();
        var cpus = new List<double>();
        var reads = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < 20; i++)
        {
            var read = Stopwatch.StartNew();
            _ = files.Sum(f => File.ReadAllText(f).Length);
            reads.Add(read.Elapsed.TotalMilliseconds);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var load = Stopwatch.StartNew();
            _ = KnowledgeLoader.Load(folder, parsedFiles);
            loads.Add(load.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        loads.Sort();
        cpus.Sort();
        reads.Sort();
        Console.WriteLine($"{name}: {products} products, {bytes / 1024} KiB of YAML; load first (JIT) {jit:0} ms{wrote}; "
            + $"load median {loads[10]:0.0} ms (min {loads[0]:0.0}, max {loads[^1]:0.0}), CPU median {cpus[10]:0} ms (min {cpus[0]:0}); read files only median {reads[10]:0.00} ms; "
            + $"ratio {loads[10] / reads[10]:0}×");
    }

    /// <summary>The entries kept in the parsed files' folder (none without one).</summary>
    private static HashSet<string> Entries(string? parsedFiles) =>
        parsedFiles is not null && Directory.Exists(parsedFiles) ? [.. Directory.GetFiles(parsedFiles, "*.json")] : [];
}
