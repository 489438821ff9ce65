namespace Regie.Core.Planning;

/// <summary>
/// The numbers of the effort rules (data/models/migration-effort.yaml, docs/ROADMAP.md "Effort"), in person-days unless
/// the name says otherwise: a base per category, instruction per users, work per neighbour and per kind of data, and the
/// percentages for a missing open export and for a shared or missing open standard.
/// </summary>
public sealed record EffortRules(
    string Version,
    IReadOnlyDictionary<string, double> BaseDays,
    double OtherBaseDays,
    int UsersPerInstructionDay,
    double MaxInstructionDays,
    double DaysPerDependant,
    double DaysPerIntegration,
    double DaysPerDataCategory,
    double NoOpenExportFactor,
    double SharedStandardSaving,
    double NoSharedStandardExtra,
    double LowFactor,
    double HighFactor,
    int SmallUpToDays,
    int MediumUpToDays);
