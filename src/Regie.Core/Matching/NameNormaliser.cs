using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Regie.Core.Matching;

/// <summary>
/// Turns a name as staff write it into comparable words: case, accents and punctuation go, and so do the words that
/// say which edition, licence, version or wrapper it is ("for Education", "A3", "6", "app", "portal", "B.V.").
/// </summary>
public static partial class NameNormaliser
{
    /// <summary>Edition, wrapper and filler words that never tell two products apart.</summary>
    private static readonly HashSet<string> NoiseWords =
    [
        "app", "portal", "online", "web", "for", "voor", "education", "onderwijs", "business", "enterprise", "the", "de", "het",
        "een", "van", "of", "en", "and", "uitgeverij", "stichting", "bv", "nv", "ltd", "inc", "gmbh", "licentie", "licenties",
        "licence", "licences", "license", "licenses", "licentieplan", "abonnement", "plus", "fundamentals", "standard", "premium",
        "www", "https", "http",
    ];

    /// <summary>Licence tiers as Microsoft and Google sell them (A1, A3, E5, F3, P1).</summary>
    private static readonly HashSet<string> LicenceTiers = ["a1", "a3", "a5", "e1", "e3", "e5", "f1", "f3", "p1", "p2"];

    private static readonly Dictionary<string, string> Synonyms = new() { ["ms"] = "microsoft" };

    /// <summary>Suffixes Entra and Google append to app display names.</summary>
    private static readonly string[] AccountSuffixes = ["werk of school", "work or school", "werk en school", "school or work"];

    /// <summary>Brand words that say who sells a product, not which product it is.</summary>
    public static readonly IReadOnlySet<string> UmbrellaBrands =
        new HashSet<string> { "microsoft", "google", "apple", "iddink", "topicus", "kennisnet", "rovict", "visma" };

    /// <summary>
    /// Words that say what kind of thing a name is, not which product: alone they never make a match ("SSO" is not
    /// Google SSO, "Portaal" not an ouderportaal). A compound ending in one counts too ("roosterkoppeling").
    /// </summary>
    public static readonly IReadOnlySet<string> GenericWords = new HashSet<string>
    {
        "app", "apps", "portaal", "portal", "koppeling", "koppelingen", "sso", "eigen", "netwerkschijf", "schijf", "login",
        "inlog", "inloggen", "account", "accounts", "website", "site", "server", "cloud", "omgeving", "integratie", "connector",
        "plugin", "api", "sync", "synchronisatie", "ouderportaal", "leerlingportaal", "schoolportaal", "mail", "email",
    };

    /// <summary>Words that make a name something built on or linked to a product, not the product: "Teams Roosterkoppeling".</summary>
    public static readonly IReadOnlySet<string> LinkWords = new HashSet<string>
    {
        "koppeling", "koppelingen", "sso", "integratie", "connector", "plugin", "api", "sync", "synchronisatie", "saml", "oidc",
    };

    /// <summary>Words that say the board made or runs the thing itself: "Entra Eigen App 001" is the board's own app, not Entra.</summary>
    public static readonly IReadOnlySet<string> OwnWords = new HashSet<string> { "eigen", "own", "maatwerk", "zelfgebouwd" };

    /// <summary>A word from <paramref name="words"/>, or a compound ending in one of them ("roosterkoppeling" ends in "koppeling").</summary>
    public static bool IsOrEndsIn(string token, IReadOnlySet<string> words) =>
        words.Contains(token) || words.Any(w => w.Length >= 4 && token.Length > w.Length + 2 && token.EndsWith(w, StringComparison.Ordinal));

    /// <summary>Lower case, no accents, every run of other characters one space: what an exact alias comparison needs.</summary>
    public static string Key(string? text) => string.Join(' ', Words(text));

    /// <summary>The words of a name with case, accents, punctuation and the edition, licence and version words removed.</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        var key = Key(text);
        foreach (var suffix in AccountSuffixes)
        {
            key = key.Replace(suffix, " ", StringComparison.Ordinal);
        }

        key = LegalForm().Replace(key, " ");
        var tokens = new List<string>();
        foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = Synonyms.GetValueOrDefault(word, word);
            if (NoiseWords.Contains(token) || LicenceTiers.Contains(token) || (tokens.Count > 0 && IsVersion(token)))
            {
                continue;
            }

            tokens.Add(token);
        }

        return tokens;
    }

    /// <summary>
    /// A number after the name is a version ("Magister 6", "Office 2019"); a leading one is part of the name. A long number,
    /// or one written with leading zeros ("App 001", "Taallees 000518"), numbers a board's own items and stays a word, so it
    /// counts against a fuzzy match instead of vanishing.
    /// </summary>
    private static bool IsVersion(string token) =>
        token != "365" && token.All(char.IsAsciiDigit) && token.Length <= 4 && (token.Length == 1 || token[0] != '0');

    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’')
            {
                continue; // "It's learning" is itslearning
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"(^| )(b v|n v|b\.v|u a)( |$)")]
    private static partial Regex LegalForm();
}
