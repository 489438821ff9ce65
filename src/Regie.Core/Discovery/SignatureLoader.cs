using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regie.Core.Discovery;

/// <summary>Reads and checks data/discovery/signatures.yaml; every issue names the file, the signature and the field.</summary>
public static partial class SignatureLoader
{
    public const string RelativePath = "discovery/signatures.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private static readonly Dictionary<string, SignatureRecord> Records = new(StringComparer.Ordinal)
    {
        ["mx"] = SignatureRecord.Mx,
        ["spf-include"] = SignatureRecord.SpfInclude,
        ["txt-prefix"] = SignatureRecord.TxtPrefix,
        ["cname"] = SignatureRecord.Cname,
        ["ns"] = SignatureRecord.Ns,
        ["dkim-cname"] = SignatureRecord.DkimCname,
        ["dkim-selector"] = SignatureRecord.DkimSelector,
        ["srv"] = SignatureRecord.Srv,
        ["dmarc-report"] = SignatureRecord.DmarcReport,
    };

    /// <summary>Loads the signatures in the data folder; throws <see cref="KnowledgeLoadException"/> listing every issue.</summary>
    public static SignatureSet Load(string dataFolder, KnowledgeCatalog? catalog = null)
    {
        var (set, issues) = Lint(Path.Combine(dataFolder, RelativePath), catalog);
        return issues.Count > 0 || set is null ? throw new KnowledgeLoadException(issues) : set;
    }

    /// <summary>Checks one signatures file; with a catalog, product ids must exist in it.</summary>
    public static (SignatureSet? Signatures, IReadOnlyList<DataIssue> Issues) Lint(string path, KnowledgeCatalog? catalog = null)
    {
        var issues = new List<DataIssue>();
        if (!File.Exists(path))
        {
            issues.Add(new(RelativePath, "bestand", $"ontbreekt ({path})"));
            return (null, issues);
        }

        SignaturesFile? file;
        try
        {
            file = Yaml.Deserialize<SignaturesFile>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            issues.Add(new(RelativePath, $"regel {e.Start.Line}, kolom {e.Start.Column}", e.InnerException?.Message ?? e.Message));
            return (null, issues);
        }

        if (file?.Signatures is not { Count: > 0 })
        {
            issues.Add(new(RelativePath, "signatures", "bevat geen signaturen"));
            return (null, issues);
        }

        var result = new List<Signature>();
        var index = 0;
        foreach (var dto in file.Signatures)
        {
            index++;
            var place = string.IsNullOrWhiteSpace(dto.Id) ? $"signatuur {index}" : $"signatuur '{dto.Id}'";
            if (Convert(dto, place, catalog, issues) is { } signature)
            {
                result.Add(signature);
            }
        }

        foreach (var twice in result.GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            issues.Add(new(RelativePath, $"signatuur '{twice.Key}', id", "komt meer dan eens voor"));
        }

        return (new SignatureSet(result), issues);
    }

    private static Signature? Convert(SignatureDto dto, string place, KnowledgeCatalog? catalog, List<DataIssue> issues)
    {
        var before = issues.Count;
        void Issue(string field, string message) => issues.Add(new(RelativePath, $"{place}, {field}", message));

        if (string.IsNullOrWhiteSpace(dto.Id) || !Slug().IsMatch(dto.Id))
        {
            Issue("id", "ontbreekt of is geen geldige id (kleine letters, cijfers, streepjes)");
        }

        if (!Records.TryGetValue(dto.Record ?? "", out var record))
        {
            Issue("record", $"'{dto.Record}' is geen bekend recordsoort ({string.Join(", ", Records.Keys)})");
        }

        var patterns = (dto.Patterns ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (patterns.Count == 0)
        {
            Issue("patterns", "ontbreekt");
        }

        foreach (var pattern in patterns.Where(p => record is not (SignatureRecord.TxtPrefix or SignatureRecord.DkimSelector) && !HostPatternText().IsMatch(p)))
        {
            Issue("patterns", $"'{pattern}' is geen hostnaam (labels van letters, cijfers, streepjes; '*' binnen een label)");
        }

        if (string.IsNullOrWhiteSpace(dto.Provider) || !Slug().IsMatch(dto.Provider))
        {
            Issue("provider", "ontbreekt of is geen geldige id");
        }

        if (string.IsNullOrWhiteSpace(dto.ProviderName))
        {
            Issue("providerName", "ontbreekt");
        }

        if (dto.Product is { } product && catalog is not null && !catalog.ProductById.ContainsKey(product))
        {
            Issue("product", $"product '{product}' staat niet in products.yaml");
        }

        if (string.IsNullOrWhiteSpace(dto.Service))
        {
            Issue("service", "ontbreekt");
        }

        if (!Enum.TryParse<FindingArea>(dto.Area, ignoreCase: false, out var area) || !Enum.IsDefined(area) || int.TryParse(dto.Area, out _))
        {
            Issue("area", $"'{dto.Area}' is geen gebied ({string.Join(", ", Enum.GetNames<FindingArea>())})");
        }

        if (dto.Jurisdiction is { } jurisdiction && !CountryCode().IsMatch(jurisdiction))
        {
            Issue("jurisdiction", $"'{jurisdiction}' is geen landcode van twee hoofdletters");
        }

        if (dto.Gateway && area != FindingArea.MailGateway)
        {
            Issue("gateway", "een mailfilter hoort in gebied MailGateway");
        }

        if (dto.Confidence is not (> 0 and <= 1))
        {
            Issue("confidence", "moet tussen 0 en 1 liggen");
        }

        if (string.IsNullOrWhiteSpace(dto.Source) || !Uri.TryCreate(dto.Source, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Issue("source", "ontbreekt of is geen webadres");
        }

        if (!DateOnly.TryParseExact(dto.Checked ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkedOn))
        {
            Issue("checked", "ontbreekt of is geen datum (JJJJ-MM-DD)");
        }

        if (dto.Label is not null && record is not (SignatureRecord.Cname or SignatureRecord.Srv))
        {
            Issue("label", "alleen cname- en srv-signaturen hebben een label");
        }

        return issues.Count > before
            ? null
            : new Signature(dto.Id!, record, patterns, dto.Label, dto.Provider!, dto.ProviderName!, dto.Product, dto.Service!, area,
                dto.Jurisdiction, dto.Gateway, dto.Confidence!.Value, dto.Source!, checkedOn);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^(?:[a-zA-Z0-9_*](?:[a-zA-Z0-9_*-]*[a-zA-Z0-9_*])?\.)*[a-zA-Z0-9_*](?:[a-zA-Z0-9_*-]*[a-zA-Z0-9_*])?$")]
    private static partial Regex HostPatternText();

#pragma warning disable CA1812 // the YAML deserialiser creates these
    private sealed class SignaturesFile
    {
        public int Version { get; set; }
        public string? Checked { get; set; }
        public List<SignatureDto>? Signatures { get; set; }
    }

    private sealed class SignatureDto
    {
        public string? Id { get; set; }
        public string? Record { get; set; }
        public List<string>? Patterns { get; set; }
        public string? Label { get; set; }
        public string? Provider { get; set; }
        public string? ProviderName { get; set; }
        public string? Product { get; set; }
        public string? Service { get; set; }
        public string? Area { get; set; }
        public string? Jurisdiction { get; set; }
        public bool Gateway { get; set; }
        public double? Confidence { get; set; }
        public string? Source { get; set; }
        public string? Checked { get; set; }
    }
#pragma warning restore CA1812
}
