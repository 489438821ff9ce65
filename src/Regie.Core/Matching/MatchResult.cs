namespace Regie.Core.Matching;

/// <summary>
/// How a name was recognised, strongest first; <see cref="None"/> is an explicit no-match and <see cref="Unsure"/> a
/// no-match that names the product it might be (<see cref="MatchResult.Candidate"/>), for a person to confirm.
/// </summary>
public enum MatchMethod { None, ExactAlias, Normalised, Domain, Fuzzy, Unsure }

/// <summary>A product a name resembles too weakly to join it without asking: the product and the fuzzy score it reached.</summary>
public sealed record MatchCandidate(string CatalogId, string ProductName, double Score);

/// <summary>The catalog product a written name points to, with how sure the matcher is and why.</summary>
public sealed record MatchResult(string Input, string? CatalogId, string? ProductName, string? VendorName, double Confidence, MatchMethod Method)
{
    /// <summary>A product to join. An unsure match is not one: <see cref="CatalogId"/> stays null so nothing joins silently.</summary>
    public bool IsMatch => CatalogId is not null;

    /// <summary>The product an <see cref="MatchMethod.Unsure"/> result might be; null otherwise.</summary>
    public MatchCandidate? Candidate { get; init; }

    public bool IsUnsure => Candidate is not null;

    public static MatchResult NoMatch(string input) => new(input, null, null, null, 0, MatchMethod.None);

    public static MatchResult Unsure(string input, MatchCandidate candidate) =>
        new(input, null, null, null, 0, MatchMethod.Unsure) { Candidate = candidate };
}
