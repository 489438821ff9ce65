using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Privacy;
using static Regie.Core.Knowledge.Loading.KnowledgeConverter;

namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// data/catalog/sector-dpias.yaml: the DPIAs done for the sector, parsed, converted and checked against the catalog (every
/// product and provider must exist, every entry has its source, the date it was read and how sure we are).
/// </summary>
internal static partial class SectorDpiaFile
{
    internal const string Name = "sector-dpias.yaml";

    private static readonly HashSet<string> Audiences = new(StringComparer.Ordinal) { "po", "so", "vo", "mbo", "ho", "rijk" };

    /// <summary>The entries; an absent file is an empty list (a data folder for tests may leave it out).</summary>
    internal static List<SectorDpia> Load(string dataFolder, KnowledgeCatalog catalog, List<DataIssue> issues)
    {
        var path = Path.Combine(dataFolder, "catalog", Name);
        if (!File.Exists(path))
        {
            return [];
        }

        var file = KnowledgeFiles.Read<SectorDpiasDto>(path, Name, issues);
        return file is null ? [] : Convert(file, catalog, issues);
    }

    internal static List<SectorDpia> Convert(SectorDpiasDto file, KnowledgeCatalog catalog, List<DataIssue> issues)
    {
        var result = new List<SectorDpia>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (d, i) in file.SectorDpias.Select((d, i) => (d, i + 1)))
        {
            var place = $"sectorDpia {i} '{d.Id}'";
            CheckSlug(Name, place, d.Id, issues);
            if (d.Id is { } id && !seen.Add(id))
            {
                issues.Add(new(Name, place + ", id", "komt twee keer voor"));
            }

            Required(d.Title, place + ", title", issues);
            Required(d.CommissionedBy, place + ", commissionedBy", issues);
            Required(d.Summary, place + ", summary", issues);
            if (!Uri.TryCreate(d.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                issues.Add(new(Name, place + ", url", d.Url is null ? "ontbreekt" : $"'{d.Url}' is geen https-adres"));
            }

            if (d.Published is null || !PublishedDate().IsMatch(d.Published))
            {
                issues.Add(new(Name, place + ", published", d.Published is null ? "ontbreekt" : $"'{d.Published}' is geen JJJJ, JJJJ-MM of JJJJ-MM-DD"));
            }

            foreach (var audience in d.For.Where(a => !Audiences.Contains(a)))
            {
                issues.Add(new(Name, place + ", for", $"'{audience}' is geen po, so, vo, mbo, ho of rijk"));
            }

            foreach (var product in d.Products.Where(p => !catalog.ProductById.ContainsKey(p)))
            {
                issues.Add(new(Name, place + ", products", $"product '{product}' staat niet in products.yaml"));
            }

            foreach (var provider in d.Providers.Where(p => !catalog.ProviderById.ContainsKey(p)))
            {
                issues.Add(new(Name, place + ", providers", $"aanbieder '{provider}' staat niet in providers.yaml"));
            }

            var outcome = d.Outcome switch
            {
                "high-risks" => SectorDpiaOutcome.HighRisks,
                "mitigated" => SectorDpiaOutcome.Mitigated,
                "medium-risks" => SectorDpiaOutcome.MediumRisks,
                "unknown" => SectorDpiaOutcome.Unknown,
                _ => Fail(SectorDpiaOutcome.Unknown, Name, place + ", outcome", $"'{d.Outcome}' is geen high-risks, mitigated, medium-risks of unknown", issues),
            };
            var confidence = ParseConfidence(d.Confidence, Name, place, issues);
            if (confidence == Confidence.Unknown)
            {
                issues.Add(new(Name, place + ".confidence", "een sector-DPIA die we gelezen hebben is confirmed of secondary"));
            }

            Required(d.Source, place + ", source", issues);
            var checkedOn = ParseDate(d.Checked, Name, place + ", checked", issues);
            if (checkedOn is { } c && catalog.Released is { } released && c > released)
            {
                issues.Add(new(Name, place + ", checked", $"{c:yyyy-MM-dd} ligt na de release van de catalogus ({released:yyyy-MM-dd})"));
            }

            result.Add(new SectorDpia(
                d.Id ?? "", d.Title ?? "", d.PerformedBy is null or "unknown" ? null : d.PerformedBy, d.CommissionedBy ?? "", d.For,
                d.Published ?? "", d.Products, d.Providers, outcome, d.Summary ?? "", d.Url ?? "", d.Source ?? "",
                checkedOn ?? DateOnly.MinValue, confidence));
        }

        return result;
    }

    private static void Required(string? text, string place, List<DataIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(new(Name, place, "ontbreekt"));
        }
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedDate();
}

#pragma warning disable CA1812 // the YAML deserialiser creates these
internal sealed class SectorDpiasDto { public List<SectorDpiaDto> SectorDpias { get; set; } = []; }

internal sealed class SectorDpiaDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? PerformedBy { get; set; }
    public string? CommissionedBy { get; set; }
    public List<string> For { get; set; } = [];
    public string? Published { get; set; }
    public List<string> Products { get; set; } = [];
    public List<string> Providers { get; set; } = [];
    public string? Outcome { get; set; }
    public string? Summary { get; set; }
    public string? Url { get; set; }
    public string? Source { get; set; }
    public string? Checked { get; set; }
    public string? Confidence { get; set; }
}
#pragma warning restore CA1812
