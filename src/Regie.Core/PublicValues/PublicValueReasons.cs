using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.PublicValues;

// Totals and comparisons.
public sealed record TotalOverAnsweredValues(double Total, int Max, int Counted, int Values, double WeightSum) : PublicValueReason;

public sealed record NoValueAnswered(int Values) : PublicValueReason;

public sealed record ValuesLeftOut(IReadOnlyList<LocalizedText> Values) : PublicValueReason;

public sealed record SovereigntyKeptApart : PublicValueReason;

public sealed record ComparedOnDifferentValues(int Values) : PublicValueReason;

public sealed record NoSovereigntyScore : PublicValueReason;

// Pre-fills: where an answer came from, or which fact is missing.
public sealed record NotABoardService : PublicValueReason;

public sealed record SupportsNoProcess : PublicValueReason;

public sealed record StopsWhenPartyFalls(LocalizedText Party, IReadOnlyList<LocalizedText> Processes) : PublicValueReason;

public sealed record ChainUnknownForContinuity : PublicValueReason;

public sealed record NoSinglePointOfFailureFound(int Processes) : PublicValueReason;

public sealed record SealUndetermined(int Seal, int OptimisticSeal) : PublicValueReason;

public sealed record AnsweredFromSeal(int Seal, double Score) : PublicValueReason;

public sealed record ExitFactsMissing(bool ExportFormats, bool ExitClause) : PublicValueReason;

public sealed record ExitFactsCounted(bool OpenExport, bool ExitClause, bool TestedExitPlan) : PublicValueReason;

public sealed record NoDataCategoriesRecorded : PublicValueReason;

public sealed record PersonalDataUnderForeignLaw(LocalizedText Category, int Level, string Company, string Country) : PublicValueReason;

public sealed record JurisdictionUnknownForPrivacy : PublicValueReason;

public sealed record PersonalDataWithoutForeignLaw(LocalizedText Category, int Level, string Country, bool EuOnly) : PublicValueReason;

public sealed record DpiaStatusRecorded(AssessmentStatus Status) : PublicValueReason;

public sealed record DpiaStatusUnknown : PublicValueReason;

public sealed record UnknownValuePrefillRule(string Rule) : PublicValueReason;
