using System.Globalization;
using System.Text.Json;
using Regie.Core.Ranges;

namespace Regie.Discovery.Ranges;

/// <summary>The JSON files; field names as the providers publish them (see docs and README "IP-reeksen / IP ranges").</summary>
internal static class JsonRangeFormats
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>AWS ip-ranges.json: syncToken, createDate, prefixes[].ip_prefix, ipv6_prefixes[].ipv6_prefix, each with region and service.</summary>
    public static string? Aws(string text, List<IpRange> ranges, Problems problems)
    {
        using var document = JsonDocument.Parse(text, Options);
        var root = Root(document, problems);
        foreach (var (list, field, family) in new[] { ("prefixes", "ip_prefix", 4), ("ipv6_prefixes", "ipv6_prefix", 6) })
        {
            foreach (var (item, path) in Items(root, list, "", required: list == "prefixes", problems))
            {
                if (Prefix(item, path, field, family, problems) is { } prefix)
                {
                    ranges.Add(new IpRange(prefix, Text(item, "service"), Text(item, "region")));
                }
            }
        }

        return Token(Text(root, "syncToken"), Text(root, "createDate"));
    }

    /// <summary>Azure Service Tags: changeNumber, values[].name and .properties{region, systemService, addressPrefixes[]}.</summary>
    public static string? Azure(string text, List<IpRange> ranges, Problems problems)
    {
        using var document = JsonDocument.Parse(text, Options);
        var root = Root(document, problems);
        foreach (var (tag, path) in Items(root, "values", "", required: true, problems))
        {
            if (!tag.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, "properties", "ontbreekt of is geen object.");
                continue;
            }

            // A tag without systemService is a region of the whole cloud ("AzureCloud.westeurope"): its name says which.
            var service = Text(properties, "systemService") ?? Text(tag, "name")?.Split('.')[0];
            var region = Text(properties, "region");
            foreach (var (cidr, cidrPath) in Strings(properties, "addressPrefixes", $"{path}.properties", problems))
            {
                if (problems.TryPrefix(cidr, cidrPath, "addressPrefixes", allowBareAddress: false, family: null, out var prefix))
                {
                    ranges.Add(new IpRange(prefix, service, region));
                }
            }
        }

        return root.TryGetProperty("changeNumber", out var change) && change.ValueKind == JsonValueKind.Number
            ? $"changeNumber {change.GetRawText()}"
            : null;
    }

    /// <summary>Google cloud.json (service, scope) and goog.json (neither): syncToken, creationTime, prefixes[].ipv4Prefix|ipv6Prefix.</summary>
    public static string? Gcp(string text, List<IpRange> ranges, Problems problems)
    {
        using var document = JsonDocument.Parse(text, Options);
        var root = Root(document, problems);
        foreach (var (item, path) in Items(root, "prefixes", "", required: true, problems))
        {
            if (!item.TryGetProperty("ipv4Prefix", out _) && !item.TryGetProperty("ipv6Prefix", out _))
            {
                problems.Add(path, "ipv4Prefix", "ontbreekt (en ipv6Prefix ook).");
                continue;
            }

            var (field, family) = item.TryGetProperty("ipv6Prefix", out _) ? ("ipv6Prefix", 6) : ("ipv4Prefix", 4);
            if (Prefix(item, path, field, family, problems) is { } prefix)
            {
                ranges.Add(new IpRange(prefix, Text(item, "service"), Text(item, "scope")));
            }
        }

        return Token(Text(root, "syncToken"), Text(root, "creationTime"));
    }

    /// <summary>Oracle public_ip_ranges.json: last_updated_timestamp, regions[].region, regions[].cidrs[]{cidr, tags[]}.</summary>
    public static string? Oracle(string text, List<IpRange> ranges, Problems problems)
    {
        using var document = JsonDocument.Parse(text, Options);
        var root = Root(document, problems);
        foreach (var (region, path) in Items(root, "regions", "", required: true, problems))
        {
            var regionName = Text(region, "region");
            foreach (var (cidr, cidrPath) in Items(region, "cidrs", path, required: true, problems))
            {
                if (Prefix(cidr, cidrPath, "cidr", family: null, problems) is { } prefix)
                {
                    var tags = cidr.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array
                        ? string.Join(", ", t.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()))
                        : "";
                    ranges.Add(new IpRange(prefix, tags.Length == 0 ? null : tags, regionName));
                }
            }
        }

        return Text(root, "last_updated_timestamp");
    }

    /// <summary>Cloudflare API answer: result{ipv4_cidrs[], ipv6_cidrs[], etag}.</summary>
    public static string? CloudflareApi(string text, List<IpRange> ranges, Problems problems)
    {
        using var document = JsonDocument.Parse(text, Options);
        var root = Root(document, problems);
        if (!root.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Object)
        {
            problems.Add(null, "result", "ontbreekt of is geen object.");
            return null;
        }

        AddList(result, "ipv4_cidrs", "result", 4, required: true, ranges, problems);
        AddList(result, "ipv6_cidrs", "result", 6, required: false, ranges, problems);
        return Text(result, "etag");
    }

    /// <summary>Fastly public-ip-list: addresses[] (IPv4) and ipv6_addresses[].</summary>
    public static string? Fastly(string text, List<IpRange> ranges, Problems problems)
    {
        using var document = JsonDocument.Parse(text, Options);
        var root = Root(document, problems);
        AddList(root, "addresses", "", 4, required: true, ranges, problems);
        AddList(root, "ipv6_addresses", "", 6, required: false, ranges, problems);
        return null;
    }

    private static void AddList(JsonElement parent, string name, string path, int family, bool required, List<IpRange> ranges, Problems problems)
    {
        if (!parent.TryGetProperty(name, out _) && !required)
        {
            return;
        }

        foreach (var (cidr, cidrPath) in Strings(parent, name, path, problems))
        {
            if (problems.TryPrefix(cidr, cidrPath, name, allowBareAddress: false, family, out var prefix))
            {
                ranges.Add(new IpRange(prefix, null, null));
            }
        }
    }

    private static JsonElement Root(JsonDocument document, Problems problems)
    {
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add(null, null, "het bestand is geen JSON-object. Is dit het juiste bestand en het juiste --format?");
        }

        return document.RootElement;
    }

    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement parent, string name, string path, bool required, Problems problems)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var list))
        {
            if (required && parent.ValueKind == JsonValueKind.Object)
            {
                problems.Add(path.Length == 0 ? null : path, name, "ontbreekt. Is dit het juiste bestand en het juiste --format?");
            }

            yield break;
        }

        var listPath = path.Length == 0 ? name : $"{path}.{name}";
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path.Length == 0 ? null : path, name, "is geen lijst.");
            yield break;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{listPath}[{index.ToString(CultureInfo.InvariantCulture)}]";
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(itemPath, null, "is geen object.");
                continue;
            }

            yield return (item, itemPath);
        }
    }

    private static IEnumerable<(string? Text, string Path)> Strings(JsonElement parent, string name, string path, Problems problems)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            if (parent.ValueKind == JsonValueKind.Object)
            {
                problems.Add(path.Length == 0 ? null : path, name, "ontbreekt of is geen lijst.");
            }

            yield break;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{(path.Length == 0 ? name : $"{path}.{name}")}[{index.ToString(CultureInfo.InvariantCulture)}]";
            index++;
            yield return (item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText(), itemPath);
        }
    }

    private static IpPrefix? Prefix(JsonElement item, string path, string field, int? family, Problems problems)
    {
        if (!item.TryGetProperty(field, out var value))
        {
            problems.Add(path, field, "ontbreekt.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(path, field, $"{value.GetRawText()} is geen tekst; hier hoort een CIDR-reeks.");
            return null;
        }

        return problems.TryPrefix(value.GetString(), path, field, allowBareAddress: false, family, out var prefix) ? prefix : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static string? Token(string? token, string? date) => (token, date) switch
    {
        (null, null) => null,
        (_, null) => token,
        (null, _) => date,
        _ => $"{token} ({date})",
    };
}
