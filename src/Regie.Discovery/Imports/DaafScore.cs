namespace Regie.Discovery.Imports;

/// <summary>One DAAF indicator: its code, dimension (A–H), level (1 risk, 2 mitigation, 3 importance) and default weight.</summary>
public sealed record DaafIndicator(string Code, string Title, char Dimension, int Level, int Weight);

/// <summary>The computed DAAF result: dimension and level scores, the raw ratio and the 1–10 autonomy score (null when incomplete).</summary>
public sealed record DaafResult(
    IReadOnlyDictionary<char, double?> Dimensions, double? Risk, double? Mitigation, double? Importance, double? Raw, double? Score10);

/// <summary>
/// The Digital Autonomy Assessment Framework's autonomy score, computed as Utrecht University's tool computes it
/// (index.html of github.com/UtrechtUniversity/digital-autonomy-assessment-tool, DAAF v0.8.1, commit 4045c56; functions
/// calcApp and normalize10). Dimension = weighted mean of its scored indicators; level = mean of its dimensions, only when
/// every dimension has a score; raw = mitigation / (risk × importance); score = 1 + 9 · (ln raw − ln 0.04) / (ln 5 − ln 0.04),
/// clamped to 1–10. The quick scan uses only its nine core indicators.
/// </summary>
public static class DaafScore
{
    /// <summary>The 22 indicators with the tool's default weights (INDICATORS in the tool's index.html).</summary>
    public static readonly IReadOnlyList<DaafIndicator> Indicators =
    [
        new("A1", "Jurisdictie leverancier", 'A', 1, 3),
        new("A2", "Sanctie- en geopolitiek risico", 'A', 1, 2),
        new("A3", "Hosting en datalocatie", 'A', 1, 2),
        new("B1", "Vendor concentratie", 'B', 1, 3),
        new("C1", "Alternatief beschikbaar", 'C', 2, 3),
        new("C2", "Migratiecomplexiteit", 'C', 2, 3),
        new("C3", "Data-portabiliteit", 'C', 2, 3),
        new("C4", "Encryptiebeheer", 'C', 2, 2),
        new("C5", "Transparantie en openheid software", 'C', 2, 3),
        new("D1", "Interne expertise en kennisborging", 'D', 2, 3),
        new("D2", "Exit-plan aanwezig", 'D', 2, 3),
        new("D3", "Backup-strategie", 'D', 2, 2),
        new("E1", "Exit-clausules en transitieregeling", 'E', 2, 3),
        new("E2", "Contractuele flexibiliteit", 'E', 2, 2),
        new("F1", "Impact bij uitval", 'F', 3, 3),
        new("F2", "Integratie-afhankelijkheden", 'F', 3, 2),
        new("G1", "Persoonsgegevens", 'G', 3, 3),
        new("G2", "Onderzoeksdata en kennisveiligheid", 'G', 3, 3),
        new("G3", "Intellectueel eigendom", 'G', 3, 2),
        new("H1", "Academische vrijheid", 'H', 3, 3),
        new("H2", "Onderzoekssamenwerking", 'H', 3, 2),
        new("H3", "Langetermijnarchivering", 'H', 3, 2),
    ];

    /// <summary>The quick scan's core indicators (QUICK_CODES in the tool).</summary>
    public static readonly IReadOnlySet<string> QuickCodes = new HashSet<string> { "A1", "A3", "B1", "C1", "D1", "E1", "F1", "G1", "H1" };

    public static readonly IReadOnlyDictionary<char, string> DimensionNames = new Dictionary<char, string>
    {
        ['A'] = "Geopolitiek risico",
        ['B'] = "Leveranciersafhankelijkheid",
        ['C'] = "Technische weerbaarheid",
        ['D'] = "Organisatorische weerbaarheid",
        ['E'] = "Contractuele weerbaarheid",
        ['F'] = "Organisatorisch belang",
        ['G'] = "Data-gevoeligheid",
        ['H'] = "Academische impact",
    };

    private static readonly char[][] LevelDimensions = [['A', 'B'], ['C', 'D', 'E'], ['F', 'G', 'H']];

    /// <summary>
    /// Scores per indicator code (1–5) and weights that replace the default (a weight of 0 or none keeps the default, as the
    /// tool's <c>weights[code] || w</c> does); codes outside the mode's indicators are ignored, as in the tool.
    /// </summary>
    public static DaafResult Compute(IReadOnlyDictionary<string, int> scores, IReadOnlyDictionary<string, int> weights, bool quick)
    {
        var active = quick ? Indicators.Where(i => QuickCodes.Contains(i.Code)).ToList() : [.. Indicators];
        var dimensions = new Dictionary<char, double?>();
        foreach (var dimension in DimensionNames.Keys)
        {
            var indicators = active.Where(i => i.Dimension == dimension).ToList();
            double weightSum = 0, weighted = 0;
            foreach (var indicator in indicators)
            {
                if (scores.TryGetValue(indicator.Code, out var score))
                {
                    var weight = weights.GetValueOrDefault(indicator.Code) is > 0 and var w ? w : indicator.Weight;
                    weightSum += weight;
                    weighted += score * weight;
                }
            }

            dimensions[dimension] = weightSum > 0 ? weighted / weightSum : null;
        }

        double? Level(char[] dims) =>
            dims.All(d => dimensions[d] is not null) ? dims.Average(d => dimensions[d]!.Value) : null;

        var risk = Level(LevelDimensions[0]);
        var mitigation = Level(LevelDimensions[1]);
        var importance = Level(LevelDimensions[2]);
        double? raw = null, score10 = null;
        if (risk is > 0 && mitigation is > 0 && importance is > 0)
        {
            raw = mitigation / (risk * importance);
            score10 = Normalise(raw.Value);
        }

        return new(dimensions, risk, mitigation, importance, raw, score10);
    }

    /// <summary>The tool's logarithmic scale: raw 0.04 (worst) is 1, raw 5.0 (best) is 10.</summary>
    public static double Normalise(double raw)
    {
        double min = Math.Log(0.04), max = Math.Log(5.0);
        return Math.Max(1, Math.Min(10, ((Math.Log(raw) - min) / (max - min) * 9) + 1));
    }
}
