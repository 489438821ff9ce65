namespace Regie.Core.Procurement;

/// <summary>
/// Which criterion of the sovereignty model each kind of tender requirement answers (data/models/tender-criteria.yaml).
/// The evaluator's option indices follow those criteria's answer ladders; the lint checks that the ladders are long enough.
/// </summary>
public sealed record TenderCriteria(string Version, string EuJurisdiction, string ExitStrategy, string DataPortability, string OpenSource, string OpenStandards)
{
    /// <summary>The model's criteria that a requirement answers; the generator asks the others as questions.</summary>
    public IReadOnlyList<string> Mapped => [EuJurisdiction, ExitStrategy, DataPortability, OpenSource, OpenStandards];
}
