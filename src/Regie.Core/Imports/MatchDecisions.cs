using Regie.Core.Common;

namespace Regie.Core.Imports;

/// <summary>
/// The user's answers to an import's review list, by the name as the file writes it: the catalog product a row is (an
/// accepted suggestion or another product picked), or null for "the board's own product, not in the catalog". A decided row
/// no longer goes to the review list; the web's confirm step and `regie import --match` fill it.
/// </summary>
public sealed class MatchDecisions
{
    private readonly Dictionary<string, string?> byName = new(StringComparer.Ordinal);

    public static MatchDecisions None { get; } = new();

    public bool IsEmpty => byName.Count == 0;

    /// <summary>Records that rows named <paramref name="rawName"/> are <paramref name="productId"/> (null: the board's own); the last answer counts.</summary>
    public MatchDecisions Decide(string rawName, string? productId)
    {
        byName[TextKey.Of(rawName)] = string.IsNullOrWhiteSpace(productId) ? null : productId.Trim();
        return this;
    }

    /// <summary>Whether the user decided about rows with this name, and what.</summary>
    public bool TryGet(string rawName, out string? productId) => byName.TryGetValue(TextKey.Of(rawName), out productId);

    /// <summary>The products named, to check against the catalog before anything is read.</summary>
    public IEnumerable<string> Products => byName.Values.OfType<string>().Distinct(StringComparer.Ordinal);
}
