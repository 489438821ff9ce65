namespace Regie.Core.Matching;

/// <summary>How a name was recognised, strongest first; <see cref="None"/> is an explicit no-match.</summary>
public enum MatchMethod { None, ExactAlias, Normalised, Domain, Fuzzy }

/// <summary>The catalog product a written name points to, with how sure the matcher is and why.</summary>
public sealed record MatchResult(string Input, string? CatalogId, string? ProductName, string? VendorName, double Confidence, MatchMethod Method)
{
    public bool IsMatch => CatalogId is not null;

    public static MatchResult NoMatch(string input) => new(input, null, null, null, 0, MatchMethod.None);
}
