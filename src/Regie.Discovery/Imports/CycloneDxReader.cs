using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Core.Matching;

namespace Regie.Discovery.Imports;

/// <summary>
/// A CycloneDX BOM in JSON (1.2 and later carry services; written for 1.6): each entry of <c>services[]</c>, nested ones
/// included, becomes a service; <c>dependencies[]</c> between services become integrations. Fields Regie reads are checked
/// against the 1.6 schema's rules (required name; data needs flow and classification; externalReferences need url and type).
/// Regie's own export adds properties (regie:catalog-id, regie:hosting-provider, regie:signs-in-through, …) that make a
/// round trip exact; any other BOM is matched by name, endpoint domain and provider.
/// </summary>
internal static partial class CycloneDxReader
{
    public const string CatalogIdProperty = "regie:catalog-id";
    public const string HostingProviderProperty = "regie:hosting-provider";

    private static readonly string[] Flows = ["inbound", "outbound", "bi-directional", "unknown"];

    public static string KindProperty(DependencyKind kind) => kind switch
    {
        DependencyKind.SignsInThrough => "regie:signs-in-through",
        DependencyKind.HostedOn => "regie:hosted-on",
        _ => "regie:integrates-with",
    };

    public static ImportPlan Read(Stream stream, string fileName, Recogniser recogniser)
    {
        var errors = new List<ImportIssue>();
        var notes = new List<ImportIssue>();
        using var document = JsonInput.Parse(stream, fileName, errors);
        if (document is null)
        {
            return ImportPlan.Failed(ImportFormat.CycloneDx, errors);
        }

        var json = new JsonInput(fileName, errors);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            json.Error("$", new NotACycloneDxBom(JsonInput.Kind(root)));
            return ImportPlan.Failed(ImportFormat.CycloneDx, errors);
        }

        if (json.String(root, "$", "bomFormat", required: true) is { } format && format != "CycloneDX")
        {
            json.Error("$.bomFormat", new NotCycloneDx(format));
        }

        if (json.String(root, "$", "specVersion", required: true) is { } spec && !SpecVersion().IsMatch(spec))
        {
            json.Error("$.specVersion", new UnknownSpecVersion(spec));
        }

        if (json.String(root, "$", "serialNumber") is { } serial && !SerialNumber().IsMatch(serial))
        {
            json.Error("$.serialNumber", new NotASerialNumber(serial));
        }

        var entries = new List<(string Path, JsonElement Service)>();
        Collect(json, root, "$", entries);

        var candidates = new List<ImportCandidate>();
        var refs = new Dictionary<string, string>(StringComparer.Ordinal);
        var kinds = new Dictionary<(string From, string To), DependencyKind>();
        foreach (var (path, service) in entries)
        {
            if (Candidate(json, recogniser, path, service, notes, refs, kinds) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        var edges = new List<ImportEdge>();
        if (json.Array(root, "$", "dependencies") is { } dependencies)
        {
            var index = 0;
            foreach (var dependency in dependencies.EnumerateArray())
            {
                var path = JsonInput.Item("$.dependencies", index++);
                if (dependency.ValueKind != JsonValueKind.Object)
                {
                    json.Error(path, new WrongJsonType(JsonShape.Object, JsonInput.Kind(dependency)));
                    continue;
                }

                var from = json.String(dependency, path, "ref", required: true);
                foreach (var to in json.Strings(dependency, path, "dependsOn"))
                {
                    // Edges to the board itself or to components are not service dependencies.
                    if (from is not null && from != to && refs.ContainsKey(from) && refs.ContainsKey(to))
                    {
                        edges.Add(new(path, from, kinds.GetValueOrDefault((from, to), DependencyKind.IntegratesWith), to));
                    }
                }
            }
        }

        return new(ImportFormat.CycloneDx, candidates, edges, errors, notes);
    }

    private static void Collect(JsonInput json, JsonElement parent, string path, List<(string, JsonElement)> entries)
    {
        if (json.Array(parent, path, "services") is not { } services)
        {
            return;
        }

        var index = 0;
        foreach (var service in services.EnumerateArray())
        {
            var at = JsonInput.Item(JsonInput.Child(path, "services"), index++);
            if (service.ValueKind != JsonValueKind.Object)
            {
                json.Error(at, new NotAServiceEntry(JsonInput.Kind(service)));
                continue;
            }

            entries.Add((at, service));
            Collect(json, service, at, entries);
        }
    }

    private static ImportCandidate? Candidate(
        JsonInput json, Recogniser recogniser, string path, JsonElement service, List<ImportIssue> notes,
        Dictionary<string, string> refs, Dictionary<(string, string), DependencyKind> kinds)
    {
        var name = json.String(service, path, "name", required: true);
        if (name is not null && Recogniser.NameProblem(name) is { } problem)
        {
            json.Error(JsonInput.Child(path, "name"), problem);
            name = null;
        }

        var bomRef = json.String(service, path, "bom-ref");
        if (bomRef is not null && !refs.TryAdd(bomRef, path))
        {
            json.Error(JsonInput.Child(path, "bom-ref"), new BomRefTwice(bomRef, refs[bomRef]));
        }

        var provider = json.Object(service, path, "provider");
        var providerPath = JsonInput.Child(path, "provider");
        var providerName = provider is { } p ? json.String(p, providerPath, "name") : null;
        var providerUrls = provider is { } q ? json.Strings(q, providerPath, "url") : [];
        var group = json.String(service, path, "group");
        var version = json.String(service, path, "version");
        var trustZone = json.String(service, path, "trustZone");
        var endpoints = json.Strings(service, path, "endpoints");
        var websites = ExternalReferences(json, service, path);
        var properties = Properties(json, service, path);
        var categories = DataCategories(json, recogniser, service, path, notes);

        foreach (var kind in new[] { DependencyKind.SignsInThrough, DependencyKind.HostedOn, DependencyKind.IntegratesWith })
        {
            foreach (var target in properties.Where(x => x.Name == KindProperty(kind)).Select(x => x.Value))
            {
                if (bomRef is not null)
                {
                    kinds[(bomRef, target)] = kind;
                }
            }
        }

        if (name is null)
        {
            return null;
        }

        MatchResult? match = null;
        if (properties.FirstOrDefault(x => x.Name == CatalogIdProperty).Value is { } catalogId)
        {
            if (recogniser.Product(catalogId) is { } product)
            {
                match = new MatchResult(name, product.Id, product.Name, null, 1.0, MatchMethod.ExactAlias);
            }
            else
            {
                notes.Add(ImportIssue.AtPath(json.FileName, JsonInput.Child(path, "properties"), new CatalogIdNotFound(catalogId)));
            }
        }

        match ??= recogniser.Match(name, [.. endpoints, .. websites, .. providerUrls]);
        var productFacts = recogniser.Product(match.CatalogId);

        var vendor = recogniser.CompanyId(providerName);
        if (providerName is not null && vendor is null)
        {
            notes.Add(ImportIssue.AtPath(json.FileName, JsonInput.Child(providerPath, "name"), new VendorNotInCatalog(providerName)));
        }

        var hostingName = properties.FirstOrDefault(x => x.Name == HostingProviderProperty).Value;
        var hosting = recogniser.ProviderId(hostingName);

        // Facts the catalog already gives stay with the catalog, so a later catalog correction still reaches this service.
        if (vendor == productFacts?.Vendor.Value)
        {
            vendor = null;
        }

        if (hosting == productFacts?.HostingProvider.Value)
        {
            hosting = null;
        }

        var details = new[]
        {
            group is not null ? $"groep {group}" : null,
            version is not null ? $"versie {version}" : null,
            trustZone is not null ? $"vertrouwenszone {trustZone}" : null,
            endpoints.Count > 0 ? $"eindpunten {string.Join(", ", endpoints)}" : null,
        }.OfType<string>().ToList();
        var notesText = details.Count > 0 ? $"CycloneDX: {string.Join("; ", details)}." : null;
        return new(path, "cyclonedx-service", name,
            recogniser.NewService(name, match.CatalogId, vendor, hosting, categories, notesText),
            match.IsMatch ? match.Confidence : null, bomRef);
    }

    private static List<string> ExternalReferences(JsonInput json, JsonElement service, string path)
    {
        var urls = new List<string>();
        if (json.Array(service, path, "externalReferences") is not { } references)
        {
            return urls;
        }

        var index = 0;
        foreach (var reference in references.EnumerateArray())
        {
            var at = JsonInput.Item(JsonInput.Child(path, "externalReferences"), index++);
            if (reference.ValueKind != JsonValueKind.Object)
            {
                json.Error(at, new WrongJsonType(JsonShape.Object, JsonInput.Kind(reference)));
                continue;
            }

            var url = json.String(reference, at, "url", required: true);
            var type = json.String(reference, at, "type", required: true);
            if (url is not null && type is "website")
            {
                urls.Add(url);
            }
        }

        return urls;
    }

    private static List<(string Name, string Value)> Properties(JsonInput json, JsonElement service, string path)
    {
        var found = new List<(string, string)>();
        if (json.Array(service, path, "properties") is not { } properties)
        {
            return found;
        }

        var index = 0;
        foreach (var property in properties.EnumerateArray())
        {
            var at = JsonInput.Item(JsonInput.Child(path, "properties"), index++);
            if (property.ValueKind != JsonValueKind.Object)
            {
                json.Error(at, new WrongJsonType(JsonShape.Object, JsonInput.Kind(property)));
                continue;
            }

            if (json.String(property, at, "name", required: true) is { } name && json.String(property, at, "value") is { } value)
            {
                found.Add((name, value.Trim()));
            }
        }

        return found;
    }

    private static List<string> DataCategories(JsonInput json, Recogniser recogniser, JsonElement service, string path, List<ImportIssue> notes)
    {
        var ids = new List<string>();
        if (json.Array(service, path, "data") is not { } data)
        {
            return ids;
        }

        var index = 0;
        foreach (var item in data.EnumerateArray())
        {
            var at = JsonInput.Item(JsonInput.Child(path, "data"), index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                json.Error(at, new WrongJsonType(JsonShape.Object, JsonInput.Kind(item)));
                continue;
            }

            if (json.String(item, at, "flow", required: true) is { } flow && !Flows.Contains(flow))
            {
                json.Error(JsonInput.Child(at, "flow"), new NotAFlow(flow, Flows));
            }

            if (json.String(item, at, "classification", required: true) is not { } classification)
            {
                continue;
            }

            if ((recogniser.DataCategoryId(classification) ?? recogniser.DataCategoryId(json.String(item, at, "name"))) is { } id)
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
            else
            {
                notes.Add(ImportIssue.AtPath(json.FileName, JsonInput.Child(at, "classification"), new UnknownDataClassification(classification)));
            }
        }

        return ids;
    }

    [GeneratedRegex(@"^1\.[2-7]$")]
    private static partial Regex SpecVersion();

    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex SerialNumber();
}
