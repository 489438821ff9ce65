using Regie.Core.Common;

namespace Regie.Core.Catalog;

/// <summary>The catalog facts of a product that a board may correct for itself.</summary>
public enum CorrectableFact { Vendor, HostingProvider, HostingRegion, DataLocation, OpenSource }

/// <summary>
/// A board's own correction of one catalog fact, with its reason. A null value records "unknown" on purpose. The value of
/// <see cref="CorrectableFact.DataLocation"/> and <see cref="CorrectableFact.OpenSource"/> is the enum member's name.
/// </summary>
public sealed record FactCorrection(string ProductId, CorrectableFact Field, string? Value, string Reason, string? Source = null)
{
    public const string SourcePrefix = FactSources.CorrectionPrefix;

    /// <summary>
    /// How the corrected fact cites itself: the board's reason, then its own source when it gave one. ReasonText.SourceMarker
    /// reads this shape back to name it in English.
    /// </summary>
    public string CitedAs => SourcePrefix + Reason + (string.IsNullOrWhiteSpace(Source) ? "" : $" (bron: {Source})");

    /// <summary>The product with this fact replaced by the board's; the product itself is not changed.</summary>
    public Product ApplyTo(Product product) => Field switch
    {
        CorrectableFact.Vendor => product with { Vendor = Text() },
        CorrectableFact.HostingProvider => product with { HostingProvider = Text() },
        CorrectableFact.HostingRegion => product with { HostingRegion = BoardsWords() },
        CorrectableFact.DataLocation => product with { DataLocation = Enum<DataLocation>(DataLocation.Unknown) },
        CorrectableFact.OpenSource => product with { OpenSource = Enum<Tri>(Tri.Unknown) },
        _ => product,
    };

    private Fact<string> Text() =>
        string.IsNullOrWhiteSpace(Value) ? Fact<string>.Unknown(CitedAs) : new(Value, CitedAs, null, Confidence.Confirmed);

    /// <summary>A text in the board's own words, shown as it wrote it in either language.</summary>
    private Fact<LocalizedText> BoardsWords() =>
        string.IsNullOrWhiteSpace(Value) ? Fact<LocalizedText>.Unknown(CitedAs) : new(LocalizedText.Same(Value), CitedAs, null, Confidence.Confirmed);

    private Fact<T> Enum<T>(T unknown)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(Value, ignoreCase: true, out var parsed) && !parsed.Equals(unknown)
            ? new(parsed, CitedAs, null, Confidence.Confirmed)
            : Fact<T>.Unknown(CitedAs);
}
