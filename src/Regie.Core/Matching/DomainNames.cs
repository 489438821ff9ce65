using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Regie.Core.Matching;

/// <summary>Web domains that belong to one catalog product (data/matching/domains.yaml), and finding a domain in a name.</summary>
public static partial class DomainNames
{
    public const string FileName = "domains.yaml";

    /// <summary>The domain map in the data folder's matching/ folder; empty when the file is absent. Unknown product ids fail loudly.</summary>
    public static IReadOnlyDictionary<string, string> Load(string dataFolder, KnowledgeCatalog catalog)
    {
        var path = Path.Combine(dataFolder, "matching", FileName);
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        Dictionary<string, Dictionary<string, string>>? document;
        try
        {
            document = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        var domains = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (domain, productId) in document?.GetValueOrDefault("domains") ?? [])
        {
            if (!catalog.ProductById.ContainsKey(productId))
            {
                throw new InvalidDataException($"{path}: domein '{domain}' verwijst naar product '{productId}', dat niet in de catalogus staat.");
            }

            domains[domain.Trim().ToLowerInvariant()] = productId;
        }

        return domains;
    }

    /// <summary>The host name in a URL, a bare domain, or a name with a domain in it ("Zermelo Portal (zportal.nl)").</summary>
    public static string? HostIn(string text)
    {
        var found = Host().Match(text.Trim().ToLowerInvariant());
        return found.Success ? found.Groups["host"].Value.TrimStart('.') : null;
    }

    /// <summary>The host and each parent domain, most specific first: school.zportal.nl, zportal.nl.</summary>
    public static IEnumerable<string> SelfAndParents(string host)
    {
        for (var current = host; current.Contains('.'); current = current[(current.IndexOf('.') + 1)..])
        {
            yield return current;
        }
    }

    /// <summary>Whole input is a URL or domain, so its words are only the host's labels.</summary>
    public static bool IsOnlyAddress(string text) => OnlyAddress().IsMatch(text.Trim().ToLowerInvariant());

    [GeneratedRegex(@"(?:^|[\s(\[<""'])(?:https?://)?(?<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(?=$|[\s)\]>""'/:?#,;])")]
    private static partial Regex Host();

    [GeneratedRegex(@"^(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?::\d+)?(?:[/?#]\S*)?$")]
    private static partial Regex OnlyAddress();
}
