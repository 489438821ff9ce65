using System.Text;
using System.Text.Json.Nodes;
using Regie.Core.Imports;
using Regie.Discovery.Imports;

namespace Regie.Discovery.Tests.Imports;

/// <summary>
/// Every importer, fed seeded random bytes, truncated files and mutated copies of its fixture (bytes flipped, deleted or
/// duplicated; lines and fields changed; JSON values swapped): it never throws, a refusal names the file, and a refused
/// file leaves the database exactly as it was.
/// </summary>
public sealed class FuzzingTheImporters
{
    private const int Cases = 200;

    private static readonly string[] FieldValues =
    [
        "", " ", "\"", "a\"b", "\0", "-1", "0", "1e309", "99999999999", "3,5", "Microsoft", "Google Classroom", "日本語", "💥",
        new string('x', 300), "ja", "nee", "2026-02-30", "=cmd|' /C calc'!A0", "\r", "\t", ";", ",",
    ];

    public static TheoryData<string, ImportFormat> Fixtures => new()
    {
        { "inventory.csv", ImportFormat.Inventory },
        { "entra-enterprise-apps.csv", ImportFormat.Entra },
        { "google-accessed-apps.csv", ImportFormat.GoogleWorkspace },
        { "saasbom.json", ImportFormat.CycloneDx },
        { "daaf-export.json", ImportFormat.Daaf },
        { "../archimate/archi-model.xml", ImportFormat.ArchiMate },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task BrokenFilesNeverCrashAndNeverHalfWrite(string fixture, ImportFormat format)
    {
        using var board = await ImportBoard.CreateAsync();
        var original = File.ReadAllBytes(ImportBoard.Fixture(fixture));
        var random = new Random(20261123 + (int)format);
        var refused = 0;

        for (var i = 0; i < Cases; i++)
        {
            var (content, how) = Mutate(original, random, i, fixture.EndsWith(".json", StringComparison.Ordinal));
            var before = await board.CountAsync();
            ImportResult result;
            try
            {
                result = await board.ImportAsync(content, fixture, format);
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} ({how}) threw instead of reporting: {e}");
                throw;
            }

            if (!result.Succeeded)
            {
                refused++;
                Assert.All(result.Errors, e => Assert.StartsWith(fixture + ": ", e.ToString()));
                Assert.True(before == await board.CountAsync(), $"case {i} ({how}) was refused but changed the database");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{fixture}: {refused} of {Cases} mutated files refused, {Cases - refused} imported");
        // The mutations must reach the error paths, or this test proves nothing; the CSV exports are lenient on purpose
        // (unknown columns are ignored), so many mutated copies still import.
        Assert.True(refused >= Cases / 10, $"only {refused} of {Cases} mutated files were refused");
    }

    private static (byte[] Content, string How) Mutate(byte[] original, Random random, int index, bool json) => (index % 8) switch
    {
        0 => (RandomBytes(random), "random bytes"),
        1 => (original[..random.Next(original.Length)], "truncated"),
        2 => (FlipBits(original, random), "bits flipped"),
        3 => (DeleteRange(original, random), "bytes deleted"),
        4 => (DuplicateRange(original, random), "bytes duplicated"),
        5 => (MutateLines(original, random), "lines changed"),
        6 => (MutateFields(original, random), "fields changed"),
        _ => json ? (SwapJsonValue(original, random), "JSON value swapped") : (MutateFields(original, random), "fields changed"),
    };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 2000)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] FlipBits(byte[] original, Random random)
    {
        var copy = (byte[])original.Clone();
        for (var n = random.Next(1, 10); n > 0; n--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] DeleteRange(byte[] original, Random random)
    {
        var start = random.Next(original.Length);
        var length = random.Next(1, Math.Min(40, original.Length - start) + 1);
        return [.. original[..start], .. original[(start + length)..]];
    }

    private static byte[] DuplicateRange(byte[] original, Random random)
    {
        var start = random.Next(original.Length);
        var length = random.Next(1, Math.Min(80, original.Length - start) + 1);
        return [.. original[..(start + length)], .. original[start..]];
    }

    private static byte[] MutateLines(byte[] original, Random random)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(3))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                break;
            default:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Replaces one field between separators (comma, semicolon, colon or quote) with a hostile value.</summary>
    private static byte[] MutateFields(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        var separators = text.Select((c, i) => (c, i)).Where(x => x.c is ',' or ';' or ':' or '"').Select(x => x.i).ToList();
        if (separators.Count < 2)
        {
            return FlipBits(original, random);
        }

        var k = random.Next(separators.Count - 1);
        var (start, end) = (separators[k] + 1, separators[k + 1]);
        var value = FieldValues[random.Next(FieldValues.Length)];
        return Encoding.UTF8.GetBytes(text[..start] + value + text[end..]);
    }

    /// <summary>Parses the JSON and puts a value of another kind at one random place.</summary>
    private static byte[] SwapJsonValue(byte[] original, Random random)
    {
        var root = JsonNode.Parse(original)!;
        var nodes = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

            if (node.Parent is not null)
            {
                nodes.Add(node);
            }

            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, child) in o.ToList())
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a.ToList())
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(root);
        JsonNode?[] replacements =
        [
            null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(1.5), JsonValue.Create(""), new JsonArray(), new JsonObject(),
            JsonValue.Create(true), JsonValue.Create(new string('z', 300)), JsonValue.Create(6), new JsonArray(JsonValue.Create("x"), new JsonObject()),
        ];
        var target = nodes[random.Next(nodes.Count)];
        var replacement = replacements[random.Next(replacements.Length)]?.DeepClone();
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement;
                break;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
