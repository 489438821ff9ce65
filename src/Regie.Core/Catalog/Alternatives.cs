using System.Text.Json.Serialization;
using Regie.Core.Common;

namespace Regie.Core.Catalog;

/// <summary>What a standard is for: data exchange, signing in, learning content, or a general exchange protocol.</summary>
/// <summary>
/// What a standard is for. <see cref="Identifier"/> names a person across services (ECK iD); it is neither a format data is
/// exported in nor a protocol, so tenders and exit plans never list it as one.
/// </summary>
public enum StandardKind { Data, SignIn, Content, Exchange, Identifier }

/// <summary>An open standard a product or alternative can speak (standards.yaml).</summary>
public sealed record Standard(string Id, string Name, StandardKind Kind, string Owner, string Url);

/// <summary>How mature an alternative is for use in schools.</summary>
public enum Maturity { Unknown, Pilot, Usable, Established }

/// <summary>Who can run an alternative: an EU party as SaaS, a sector body (SURF, Kennisnet, SIVON), or the board itself.</summary>
public enum HostingOption { EuSaas, Sector, SelfHosted }

/// <summary>A European, open-source or public alternative to products in the catalog (alternatives.yaml).</summary>
public sealed record Alternative(
    string Id,
    string Name,
    string? Product,
    IReadOnlyList<string> Replaces,
    string Category,
    Fact<LocalizedText> Licence,
    Fact<string> Vendor,
    Fact<IReadOnlyList<HostingOption>> HostingOptions,
    Fact<IReadOnlyList<string>> Standards,
    Fact<Maturity> Maturity,
    Fact<LocalizedText> DutchEducationUse,
    LocalizedText Caveats,
    Fact<LocalizedText> ExitTerms)
{
    /// <summary>Which form of it this is, in Dutch and English, as for a product (<see cref="Product.Variant"/>).</summary>
    public LocalizedText? Variant { get; init; }

    /// <summary>The name with the variant in the reader's language: "Keycloak (zelf gehoste identiteitsdienst)".</summary>
    public string NameIn(string language) => LocalizedText.Named(Name, Variant, language);

    /// <summary>The name with the variant in both languages, for texts rendered later in the reader's language (reasons).</summary>
    [JsonIgnore] // computed from Name and Variant, which the catalog's JSON export writes
    public LocalizedText FullName => LocalizedText.Named(Name, Variant);

    /// <summary>What it can take over (alternatives.yaml <c>replacesFunctions</c>): Regie proposes it only for a service of one of these.</summary>
    public ReplacedFunctions ReplacesFunctions { get; init; } = ReplacedFunctions.None;
}

/// <summary>
/// The catalog categories and processes (../processes.yaml) an alternative can replace. Regie's own classification, so
/// no source: a video platform for a website replaces neither a chat nor a meeting service.
/// </summary>
public sealed record ReplacedFunctions(IReadOnlyList<string> Categories, IReadOnlyList<string> Processes)
{
    public static readonly ReplacedFunctions None = new([], []);

    public bool CoversCategory(string category) => Categories.Contains(category, StringComparer.OrdinalIgnoreCase);

    public bool CoversProcess(string process) => Processes.Contains(process, StringComparer.OrdinalIgnoreCase);
}
