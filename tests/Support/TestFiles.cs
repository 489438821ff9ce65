using Regie.Core.Knowledge.Loading;

namespace Regie.Tests.Support;

/// <summary>The repository's data folder and its sample files in tests/fixtures, for every test project that links this file.</summary>
public static class TestFiles
{
    public static string RealDataFolder { get; } = DataFolder.Locate();

    /// <summary>tests/fixtures/KIND (dns, imports, ranges), found from the test binary's folder upwards.</summary>
    public static string Fixtures(string kind)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "fixtures", kind);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/fixtures/{kind} not found above {AppContext.BaseDirectory}");
    }
}
