using Regie.Core.PublicValues;

namespace Regie.Core.Reporting;

/// <summary>One public-values assessment as the board report lists it: its result and, apart from its total, its sovereignty.</summary>
public sealed record ReportedPublicValues(ValuesResult Result, SovereigntyBeside Sovereignty);
