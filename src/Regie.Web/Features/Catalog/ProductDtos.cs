using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Catalog;

public sealed record FactDto<T>(T? Value, string? Source, DateOnly? Checked, Confidence Confidence);

public sealed record ProductDto(
    string Id, string Name, IReadOnlyList<string> Aliases, string Category, IReadOnlyList<string> Processes, FactDto<string> Vendor,
    string? VendorChain, FactDto<string> HostingProvider, FactDto<LocalizedText> HostingRegion, FactDto<DataLocation> DataLocation,
    FactDto<Tri> OpenSource, bool IdentityProvider, string? PartOf, IReadOnlyDictionary<string, FactDto<int>>? Answers)
{
    /// <summary>Which form of the product this is, in Dutch and English (absent when the name says it).</summary>
    public LocalizedText? Variant { get; init; }
}

public static class ProductMapping
{
    /// <summary>The product as the API gives it; its vendor's chain in <paramref name="language"/> ("→ onbekend" / "→ unknown").</summary>
    public static ProductDto ToDto(this Product p, KnowledgeCatalog catalog, bool withAnswers, string language) => new(
        p.Id, p.Name, p.Aliases, p.Category, p.Processes, p.Vendor.ToDto(),
        p.Vendor.Value is { } v ? OwnershipChain.Resolve(catalog, v).Describe().In(language) : null,
        p.HostingProvider.ToDto(), p.HostingRegion.ToDto(), p.DataLocation.ToDto(), p.OpenSource.ToDto(), p.IdentityProvider, p.PartOf,
        withAnswers ? p.Answers.ToDictionary(a => a.Key, a => a.Value.ToDto()) : null)
    {
        Variant = p.Variant,
    };

    public static FactDto<T> ToDto<T>(this Fact<T> f) => new(f.Value, f.Source, f.Checked, f.Confidence);
}
