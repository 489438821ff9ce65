namespace Regie.Core.Tests;

public class ArchitectureTests
{
    /// <summary>The analysis stays pure: no persistence, web or network types may leak into the core.</summary>
    [Fact]
    public void CoreReferencesNoPersistenceWebOrNetworkAssemblies()
    {
        var forbidden = new[] { "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "DnsClient", "System.Net.Sockets" };
        var references = typeof(Regie.Core.Scoring.BoardAssessor).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void CoreSourceNeverReadsTheClock()
    {
        var root = Path.GetFullPath(Path.Combine(Regie.Core.Knowledge.KnowledgeLoader.LocateDataFolder(), "..", "src", "Regie.Core"));
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("DateTime.Now") || text.Contains("DateTime.UtcNow") || text.Contains("DateTimeOffset.Now") || text.Contains("DateTimeOffset.UtcNow")))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Empty(offenders);
    }
}
