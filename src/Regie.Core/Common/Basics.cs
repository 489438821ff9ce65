namespace Regie.Core.Common;

/// <summary>Yes, no or unknown: unknown is a real answer in Regie, never a hidden null.</summary>
public enum Tri { Unknown, No, Yes }

/// <summary>
/// How sure a fact is. <see cref="StatedByVendor"/> is a vendor's own answer to the board's questionnaire: known and
/// counted, but neither checked by Regie nor confirmed by a public source, and only for twelve months.
/// </summary>
public enum Confidence { Unknown, Secondary, Confirmed, StatedByVendor }

/// <summary>A text in Dutch (the UI default) and English.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    public string In(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Nl;
    public override string ToString() => Nl;

    /// <summary>A text that reads the same in both languages: a name, a code, or someone's own words quoted as they are.</summary>
    public static LocalizedText Same(string text) => new(text, text);

    /// <summary>A name with its variant in the reader's language, "Nextcloud (zelf gehost …)"; the name alone without one.</summary>
    public static string Named(string name, LocalizedText? variant, string language) => variant is null ? name : $"{name} ({variant.In(language)})";

    /// <summary>A name with its variant in both languages, for a text rendered later in the reader's language.</summary>
    public static LocalizedText Named(string name, LocalizedText? variant) => new(Named(name, variant, "nl"), Named(name, variant, "en"));
}

/// <summary>What every fact says of itself, whatever its value: where it was read, when, and how sure we are.</summary>
public interface IFactView
{
    string? Source { get; }
    DateOnly? Checked { get; }
    Confidence Confidence { get; }

    /// <summary>The board entered the fact itself: its source, if any, is the board's own words.</summary>
    bool EnteredByBoard { get; }
}

/// <summary>A fact about the world with where it was read, when it was checked and how sure we are.</summary>
public sealed record Fact<T>(T? Value, string? Source, DateOnly? Checked, Confidence Confidence) : IFactView
{
    public bool IsKnown => Value is not null && Confidence != Confidence.Unknown;

    /// <summary>The board entered the fact itself (screens say "board" in the reader's language instead of the source).</summary>
    public bool EnteredByBoard { get; init; }

    // Shared: facts are immutable, and a sector run resolves hundreds of thousands of services with unknown facts.
    private static readonly Fact<T> UnknownWithoutReason = new(default, null, null, Confidence.Unknown);

    public static Fact<T> Unknown(string? why = null) => why is null ? UnknownWithoutReason : new(default, why, null, Confidence.Unknown);

    /// <summary>A fact entered by the board itself; the board is its own source.</summary>
    public static Fact<T> FromBoard(T? value) =>
        value is null ? Unknown(FactSources.LeftUnknownByBoard) : new(value, FactSources.Board, null, Confidence.Confirmed) { EnteredByBoard = true };

    /// <summary>A fact a vendor stated in its answer to the board's questionnaire, dated by that answer.</summary>
    public static Fact<T> FromVendor(T value, string vendorName, DateOnly answeredOn) =>
        new(value, FactSources.Vendor(vendorName, answeredOn), answeredOn, Confidence.StatedByVendor);

    public bool StatedByVendor => Confidence == Confidence.StatedByVendor;
}

public static partial class FactSources
{
    /// <summary>The source a fact the board entered itself carries, for documents that only carry the source.</summary>
    public const string Board = "ingevoerd door het bestuur";

    /// <summary>The source of a fact the board left unknown; screens name it in the reader's language.</summary>
    public const string LeftUnknownByBoard = "door het bestuur als onbekend opgegeven";

    /// <summary>The source of a service's vendor or host when the service names no catalog product and the board entered none.</summary>
    public const string NoCatalogProduct = "geen catalogusproduct";

    /// <summary>The prefix of a board's correction of a catalog fact (Catalog.FactCorrection.CitedAs): the board's reason and source follow.</summary>
    public const string CorrectionPrefix = "eigen correctie van het bestuur: ";

    /// <summary>The prefix of <see cref="Vendor"/>, so that screens can name it in the reader's language.</summary>
    public const string VendorPrefix = "antwoord van ";

    /// <summary>The source a vendor's answer to the board's questionnaire carries: "antwoord van &lt;leverancier&gt;, &lt;datum&gt;".</summary>
    public static string Vendor(string vendorName, DateOnly answeredOn) =>
        $"{VendorPrefix}{vendorName}, {answeredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The web addresses in a source, where each starts: a fact read again carries its address followed by what was read
    /// ("https://…; read again 2026-12-07: …"). Punctuation that closes the sentence around an address is not part of it,
    /// unless it closes a bracket in it; only http(s) addresses count.
    /// </summary>
    public static IEnumerable<(int Index, string Value)> Addresses(string source)
    {
        foreach (System.Text.RegularExpressions.Match match in Address().Matches(source))
        {
            var value = match.Value;
            while (value.Length > 0 && ".,;:!?)]'”’»›…".Contains(value[^1], StringComparison.Ordinal)
                && !(value[^1] == ')' && value.Count(c => c == '(') >= value.Count(c => c == ')')))
            {
                value = value[..^1];
            }

            if (IsAddress(value))
            {
                yield return (match.Index, value);
            }
        }
    }

    /// <summary>
    /// A web address and nothing else. Uri.TryCreate also takes "https://… (a note with spaces)" as one address, so a
    /// source with any space is text.
    /// </summary>
    public static bool IsAddress(string? source) =>
        source is not null && !source.Any(char.IsWhiteSpace) && Uri.TryCreate(source, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// What a document cites for a fact: the distinct web addresses its source names, in order, or the whole source when it
    /// names none (a document's title), or the whole of one of Regie's markers. The catalog's sources are research notes in English
    /// that run to thousands of characters; a report or register cites the pages read, and the note stays one click away
    /// at the fact in the app and in the catalog export.
    /// </summary>
    public static IReadOnlyList<string> Cited(string source)
    {
        // Regie's own markers and a board's correction are cited whole: an address in a board's reason is the board's, not a
        // page read for the catalog.
        if (IsMarker(source))
        {
            return [source.Trim()];
        }

        var addresses = Addresses(source).Select(a => a.Value).Distinct(StringComparer.Ordinal).ToList();
        return addresses.Count > 0 ? addresses : [source.Trim()];
    }

    /// <summary>A source Regie writes itself: the board, a vendor's answer, a board's correction, no catalog product.</summary>
    public static bool IsMarker(string source) =>
        source is Board or LeftUnknownByBoard or NoCatalogProduct
        || source.StartsWith(VendorPrefix, StringComparison.Ordinal) || source.StartsWith(CorrectionPrefix, StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://[^\s<>""]+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Address();
}

public static class TriText
{
    public static Tri Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "yes" or "ja" or "true" or "y" or "j" => Tri.Yes,
        "no" or "nee" or "false" or "n" => Tri.No,
        _ => Tri.Unknown,
    };

    public static bool TryParseStrict(string? text, out Tri value)
    {
        value = Parse(text);
        var t = text?.Trim().ToLowerInvariant();
        return value != Tri.Unknown || string.IsNullOrEmpty(t) || t is "unknown" or "onbekend" or "?";
    }
}
