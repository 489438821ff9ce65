using System.Globalization;

namespace Regie.Core.Explaining;

/// <summary>
/// Why the core concluded something, as a value: the record's type is the code, its properties are the arguments
/// (criterion, answer, party, edge, threshold, numbers). The core never writes sentences; <see cref="ReasonText"/>
/// turns a reason into Dutch or English at the edge, so pages, API, CLI and reports say the same thing.
/// </summary>
public abstract record Reason
{
    /// <summary>The stable code the API returns beside the rendered text: the type name in camelCase.</summary>
    public string Code => CodeOf(GetType());

    /// <summary>The code of a reason type, for a reader that maps codes back to types (stored discovery notes).</summary>
    public static string CodeOf(Type type) => char.ToLowerInvariant(type.Name[0]) + type.Name[1..];
}

/// <summary>The one renderer of reasons. Each area (scoring, planning, …) renders its cases in a partial file.</summary>
public static partial class ReasonText
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The reason in the culture's language (English for "en", Dutch otherwise), numbers in its format.</summary>
    public static string Render(Reason reason, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var text = Rendered(reason, english, culture);
        return text ?? throw new NotSupportedException($"No text for reason {reason.Code}.");
    }

    public static string Render(Reason reason) => Render(reason, Dutch);

    private static string? Rendered(Reason reason, bool english, CultureInfo culture) => reason switch
    {
        ScoringReason r => Scoring(r, english, culture),
        PlanningReason r => Planning(r, english, culture),
        ScenarioReason r => Scenarios(r, english, culture),
        ProcurementReason r => Procurement(r, english, culture),
        DiscoveryReason r => Discovery(r, english, culture),
        ExitReason r => Exit(r, english, culture),
        ImportReason r => Import(r, english, culture),
        VerdictReason r => Verdict(r, english, culture),
        QuestionnaireReason r => Questionnaires(r, english, culture),
        HistoryReason r => History(r, english, culture),
        Observatory.ObservatoryReason r => Observatory(r, english, culture),
        SectorReason r => SectorPicture(r, english, culture),
        Privacy.ImpactAssessmentReason r => ImpactAssessments(r, english, culture),
        Privacy.ProcessingRegisterReason r => ProcessingRegister(r, english, culture),
        PublicValueReason r => PublicValues(r, english, culture),
        _ => null,
    };
}

// The areas of the core that explain themselves; each area's reasons derive from its base and are rendered in
// ReasonText.<Area>.cs.
public abstract record ScoringReason : Reason;

public abstract record PlanningReason : Reason;

public abstract record ScenarioReason : Reason;

public abstract record ProcurementReason : Reason;

public abstract record DiscoveryReason : Reason;

public abstract record ExitReason : Reason;

public abstract record ImportReason : Reason;

public abstract record VerdictReason : Reason;

public abstract record QuestionnaireReason : Reason;

public abstract record HistoryReason : Reason;

public abstract record SectorReason : Reason;

public abstract record PublicValueReason : Reason;
