using System.Text.Json;
using System.Text.Json.Serialization;
using Regie.Core.Common;
using Regie.Core.Questionnaires;

namespace Regie.Core.Catalog;

/// <summary>A country; <paramref name="LawNote"/> is the catalog's note on its law that can compel access to data, in both languages.</summary>
public sealed record Country(
    string Code, LocalizedText Name, bool Eu, bool Eea, Tri ExtraterritorialAccessLaw, LocalizedText? LawNote, string Source, DateOnly? Checked)
{
    /// <summary>GDPR territory: the EU plus the EEA.</summary>
    public bool InEuEea => Eu || Eea;
}

public enum CompanyKind { Commercial, Foundation, Public, Cooperative, PrivateEquity }

public sealed record Company(string Id, string Name, Fact<string> Country, Fact<string> Parent, CompanyKind Kind, bool IsLocal = false)
{
    public const string NoParent = "none";
    public bool IsUltimate => Parent.Value == NoParent;
}

public enum ProviderKind { Hyperscaler, Cloud, Datacenter, Sector, SelfHosted }

/// <summary>
/// Where a product runs. <paramref name="Name"/> is a proper name, the same in both languages ("Microsoft Azure"), except
/// where none exists ("Zelf gehost" / "Self-hosted"); <see cref="Variant"/> says what it is in the reader's language.
/// </summary>
public sealed record HostingProvider(
    string Id, [property: JsonConverter(typeof(NameInOneOrTwoLanguages))] LocalizedText Name, Fact<string> Company, ProviderKind Kind, bool IsLocal = false)
{
    /// <summary>What it is, in Dutch and English ("Nederlandse hoster: mail, webhosting, DNS").</summary>
    public LocalizedText? Variant { get; init; }

    /// <summary>The name with the variant in the reader's language: "TransIP (Nederlandse hoster: mail, webhosting, DNS)".</summary>
    public string NameIn(string language) => LocalizedText.Named(Name.In(language), Variant, language);

    /// <summary>The name with the variant in both languages, for texts rendered later in the reader's language (reasons).</summary>
    [JsonIgnore]
    public LocalizedText FullName => new(NameIn("nl"), NameIn("en"));

    /// <summary>Names it had in earlier catalog versions, which inventories, exports and answers written then still use.</summary>
    public IReadOnlyList<string> FormerNames { get; init; } = [];

    /// <summary>The names it is known by: its name and full name in either language, and its former names.</summary>
    [JsonIgnore]
    public IEnumerable<string> KnownNames => ((string[])[Name.Nl, Name.En, NameIn("nl"), NameIn("en"), .. FormerNames]).Distinct(StringComparer.Ordinal);
}

/// <summary>A kind of product. <paramref name="Processes"/> are the processes ../processes.yaml a product of this kind serves: its function.</summary>
public sealed record Category(string Id, LocalizedText Name, IReadOnlyList<string>? Processes = null)
{
    public IReadOnlyList<string> ProcessIds => Processes ?? [];
}

/// <summary>The school sectors whose pupils an identity service admits, as catalog facts write them (po, so, vo, mbo, ho).</summary>
public static class PupilSector
{
    public const string Po = "po", So = "so", Vo = "vo", Mbo = "mbo", Ho = "ho";

    public static readonly IReadOnlyList<string> All = [Po, So, Vo, Mbo, Ho];
}

/// <summary>Where a service keeps and processes its data.</summary>
public enum DataLocation { Unknown, OutsideEu, EuDefault, EuOnly }

public sealed record Product(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Category,
    IReadOnlyList<string> Processes,
    Fact<string> Vendor,
    Fact<string> HostingProvider,
    Fact<LocalizedText> HostingRegion,
    Fact<DataLocation> DataLocation,
    Fact<Tri> OpenSource,
    bool IdentityProvider,
    string? PartOf,
    IReadOnlyDictionary<string, Fact<int>> Answers)
{
    /// <summary>
    /// Which form of the product this is, in Dutch and English ("zelf gehost of door een ICT-partner" / "self-hosted or run
    /// by an IT partner"), for products whose <see cref="Name"/> alone does not say it. The name stays free of language, so
    /// it reads the same on Dutch and English pages; the catalog's own pages add the variant in the reader's language.
    /// </summary>
    public LocalizedText? Variant { get; init; }

    /// <summary>The name with the variant in the reader's language: "Nextcloud (zelf gehost of door een ICT-partner)".</summary>
    public string NameIn(string language) => LocalizedText.Named(Name, Variant, language);

    /// <summary>The name with the variant in both languages, for texts rendered later in the reader's language (reasons).</summary>
    [JsonIgnore] // computed from Name and Variant, which the catalog's JSON export writes
    public LocalizedText FullName => LocalizedText.Named(Name, Variant);

    /// <summary>The names the product is known by: with its variant in either language (or its name alone), and its aliases.</summary>
    [JsonIgnore]
    public IEnumerable<string> KnownNames => Variant is null ? [Name, .. Aliases] : [NameIn("nl"), NameIn("en"), .. Aliases];

    /// <summary>Companies (ids) or plain names that process data for the vendor; a known empty list means none.</summary>
    public Fact<IReadOnlyList<string>> SubProcessors { get; init; } = Fact<IReadOnlyList<string>>.Unknown();

    /// <summary>The value of <see cref="AiFeatures"/> that says a product has none.</summary>
    public const string NoAiFeatures = "none";

    /// <summary>What the AI features do, or <see cref="NoAiFeatures"/>.</summary>
    public Fact<LocalizedText> AiFeatures { get; init; } = Fact<LocalizedText>.Unknown();

    /// <summary>The company (id) whose AI model the product uses.</summary>
    public Fact<string> AiModelProvider { get; init; } = Fact<string>.Unknown();

    /// <summary>standards.yaml ids the product supports.</summary>
    public Fact<IReadOnlyList<string>> Standards { get; init; } = Fact<IReadOnlyList<string>>.Unknown();

    /// <summary>Signed the Convenant Digitale Onderwijsmiddelen en Privacy.</summary>
    public Fact<Tri> PrivacyCovenant { get; init; } = Fact<Tri>.Unknown();

    /// <summary>Holds an Edu-V keurmerk.</summary>
    public Fact<Tri> EduV { get; init; } = Fact<Tri>.Unknown();

    /// <summary>For an identity service: the school sectors (<see cref="PupilSector"/>) whose pupils it admits.</summary>
    public Fact<IReadOnlyList<string>> PupilSectors { get; init; } = Fact<IReadOnlyList<string>>.Unknown();
}

/// <summary>The versioned knowledge catalog, indexed for lookup.</summary>
public sealed class KnowledgeCatalog
{
    public KnowledgeCatalog(
        string version, DateOnly? released,
        IReadOnlyList<Country> countries, IReadOnlyList<Company> companies, IReadOnlyList<HostingProvider> providers,
        IReadOnlyList<Category> categories, IReadOnlyList<Product> products,
        IReadOnlyList<Standard>? standards = null, IReadOnlyList<Alternative>? alternatives = null)
    {
        Version = version;
        Released = released;
        Countries = countries;
        Companies = companies;
        Providers = providers;
        Categories = categories;
        Products = products;
        CountryByCode = ToLookup(countries, c => c.Code);
        CompanyById = ToLookup(companies, c => c.Id);
        ProviderById = ToLookup(providers, p => p.Id);
        CategoryById = ToLookup(categories, c => c.Id);
        ProductById = ToLookup(products, p => p.Id);
        Standards = standards ?? [];
        Alternatives = alternatives ?? [];
        StandardById = ToLookup(Standards, s => s.Id);
        alternativesByProduct = Alternatives
            .SelectMany(a => a.Replaces.Select(p => (Product: p, Alternative: a)))
            .GroupBy(x => x.Product, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Alternative>)[.. g.Select(x => x.Alternative)], StringComparer.OrdinalIgnoreCase);
    }

    private readonly Dictionary<string, IReadOnlyList<Alternative>> alternativesByProduct;

    public string Version { get; }
    public DateOnly? Released { get; }
    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<Company> Companies { get; }
    public IReadOnlyList<HostingProvider> Providers { get; }
    public IReadOnlyList<Category> Categories { get; }
    public IReadOnlyList<Product> Products { get; }
    public IReadOnlyList<Standard> Standards { get; }
    public IReadOnlyList<Alternative> Alternatives { get; }
    public IReadOnlyDictionary<string, Standard> StandardById { get; }
    public IReadOnlyDictionary<string, Country> CountryByCode { get; }
    public IReadOnlyDictionary<string, Company> CompanyById { get; }
    public IReadOnlyDictionary<string, HostingProvider> ProviderById { get; }
    public IReadOnlyDictionary<string, Category> CategoryById { get; }
    public IReadOnlyDictionary<string, Product> ProductById { get; }

    /// <summary>The alternatives that can replace a product, in catalog order; none for an unknown product.</summary>
    public IReadOnlyList<Alternative> AlternativesFor(string productId) =>
        alternativesByProduct.TryGetValue(productId, out var found) ? found : [];

    /// <summary>The board's vendors' current answers to its questionnaire; none in the shipped catalog.</summary>
    public StatedKnowledge Stated { get; private init; } = StatedKnowledge.None;

    /// <summary>
    /// The same catalog with a board's current vendor answers filling its gaps: stated ownership and own data centres as
    /// companies and providers, stated facts and answers per product or service in <see cref="Stated"/>. Apply it after
    /// <see cref="WithLocal(IReadOnlyList{Company}, IReadOnlyList{HostingProvider}, IReadOnlyList{Product}, IReadOnlyList{FactCorrection})"/>:
    /// an answer never overrules what the catalog or the board knows. This catalog is never changed.
    /// </summary>
    public KnowledgeCatalog WithStatements(IReadOnlyList<VendorStatement> statements)
    {
        if (statements.Count == 0)
        {
            return this;
        }

        var (stated, companies, providers) = StatedKnowledge.Read(statements, this);
        var companyIds = companies.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var providerIds = providers.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new KnowledgeCatalog(
            Version, Released, Countries,
            [.. Companies.Where(c => !companyIds.Contains(c.Id)), .. companies],
            [.. Providers.Where(p => !providerIds.Contains(p.Id)), .. providers],
            Categories, Products, Standards, Alternatives)
        { Stated = stated };
    }

    /// <summary>
    /// The catalog as it counts on <paramref name="today"/>: each fact of a product, company, provider or alternative with
    /// confidence <c>stated</c> (a vendor's answer) that ran out twelve months after it was given is unknown again
    /// (<see cref="StatedFactExpiry"/>). This catalog itself when none did, which is the usual case and costs one pass over
    /// the facts, done once per catalog and day by the caller.
    /// </summary>
    public KnowledgeCatalog AsOf(DateOnly today)
    {
        if (!StatedFactExpiry.AnyRunOut(StatedFactExpiry.Facts(this), today))
        {
            return this;
        }

        return new KnowledgeCatalog(
            Version, Released, Countries,
            [.. Companies.Select(c => StatedFactExpiry.On(c, today))],
            [.. Providers.Select(p => StatedFactExpiry.On(p, today))],
            Categories,
            [.. Products.Select(p => StatedFactExpiry.On(p, today))],
            Standards,
            [.. Alternatives.Select(a => StatedFactExpiry.On(a, today))])
        { Stated = Stated };
    }

    /// <summary>Ownership chains already walked (the catalog is immutable, so they never go stale).</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, OwnershipChain> Chains { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same catalog with a board's own companies and providers added (a board's entry wins over the catalog's).</summary>
    public KnowledgeCatalog WithLocal(IReadOnlyList<Company> companies, IReadOnlyList<HostingProvider> providers) =>
        WithLocal(companies, providers, [], []);

    /// <summary>
    /// The same catalog as one board sees it: its own companies, providers and products added, and its corrections laid
    /// over the catalog's facts. This catalog is never changed; the board's view is a new one.
    /// </summary>
    public KnowledgeCatalog WithLocal(
        IReadOnlyList<Company> companies, IReadOnlyList<HostingProvider> providers, IReadOnlyList<Product> products, IReadOnlyList<FactCorrection> corrections)
    {
        if (companies.Count == 0 && providers.Count == 0 && products.Count == 0 && corrections.Count == 0)
        {
            return this;
        }

        var localCompanyIds = companies.Select(c => c.Id).ToHashSet();
        var localProviderIds = providers.Select(p => p.Id).ToHashSet();
        var localProductIds = products.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byProduct = corrections.ToLookup(c => c.ProductId, StringComparer.OrdinalIgnoreCase);
        return new KnowledgeCatalog(
            Version, Released, Countries,
            [.. Companies.Where(c => !localCompanyIds.Contains(c.Id)), .. companies],
            [.. Providers.Where(p => !localProviderIds.Contains(p.Id)), .. providers],
            Categories,
            [.. Products.Where(p => !localProductIds.Contains(p.Id)).Select(p => byProduct[p.Id].Aggregate(p, (product, c) => c.ApplyTo(product))), .. products],
            Standards, Alternatives);
    }

    private static Dictionary<string, T> ToLookup<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var lookup = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            lookup[key(item)] = item;
        }

        return lookup;
    }
}

/// <summary>
/// A name in JSON as a string when it reads the same in both languages (every proper name, and every snapshot written before
/// names could differ), as <c>{"nl": …, "en": …}</c> when it does not ("Zelf gehost" / "Self-hosted").
/// </summary>
public sealed class NameInOneOrTwoLanguages : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? LocalizedText.Same(reader.GetString()!)
            : JsonSerializer.Deserialize<LocalizedText>(ref reader, options) ?? throw new JsonException("a name is a string or {nl, en}");

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        if (value.Nl == value.En)
        {
            writer.WriteStringValue(value.Nl);
        }
        else
        {
            JsonSerializer.Serialize(writer, value, options);
        }
    }
}
