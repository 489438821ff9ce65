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

    /// <summary>
    /// Answers written as "NAME=product-id" or "NAME=eigen" (also "own"), as `regie import --match` and the API's match
    /// parameter take them; null with <paramref name="bad"/> the first answer that is neither.
    /// </summary>
    public static MatchDecisions? Parse(IEnumerable<string> answers, out string? bad)
    {
        var decisions = new MatchDecisions();
        foreach (var answer in answers)
        {
            var split = answer.LastIndexOf('=');
            if (split <= 0 || split == answer.Length - 1 || string.IsNullOrWhiteSpace(answer[..split]))
            {
                bad = answer;
                return null;
            }

            var product = answer[(split + 1)..].Trim();
            decisions.Decide(answer[..split].Trim(), product.Equals("eigen", StringComparison.OrdinalIgnoreCase) || product.Equals("own", StringComparison.OrdinalIgnoreCase) ? null : product);
        }

        bad = null;
        return decisions;
    }

    /// <summary>The products named, to check against the catalog before anything is read.</summary>
    public IEnumerable<string> Products => byName.Values.OfType<string>().Distinct(StringComparer.Ordinal);
}
