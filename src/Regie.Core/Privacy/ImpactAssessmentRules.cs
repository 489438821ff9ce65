using Regie.Core.Common;

namespace Regie.Core.Privacy;

/// <summary>
/// What a register entry may hold, for the page, the API and the command line alike: every problem as a reason naming the
/// field (and the risk's number), so that nothing half-valid is stored.
/// </summary>
public static class ImpactAssessmentRules
{
    public const int MaxRisks = 50;
    public const int MaxText = 2000;
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>A review may be planned up to ten years ahead; an assessment cannot have been done after today.</summary>
    public const int ReviewYearsAhead = 10;

    public static IReadOnlyList<ImpactAssessmentReason> Check(ImpactAssessmentDetails details, IReadOnlyList<SectorDpia> sectorDpias, DateOnly today)
    {
        var problems = new List<ImpactAssessmentReason>();
        if (details.PerformedOn is { } performed && (performed < Earliest || performed > today))
        {
            problems.Add(new ImpactDateOutOfRange(ImpactField.PerformedOn, performed, Earliest, today));
        }

        var latestReview = today.AddYears(ReviewYearsAhead);
        if (details.ReviewOn is { } review && (review < Earliest || review > latestReview))
        {
            problems.Add(new ImpactDateOutOfRange(ImpactField.ReviewOn, review, Earliest, latestReview));
        }

        if (details is { PerformedOn: { } p, ReviewOn: { } r } && r < p)
        {
            problems.Add(new ReviewBeforePerformed(p, r));
        }

        if (details.Risks.Count > MaxRisks)
        {
            problems.Add(new TooManyRisks(details.Risks.Count, MaxRisks));
        }

        foreach (var (risk, i) in details.Risks.Select((r, i) => (r, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(risk.Description) && (risk.HasMeasure || risk.MeasureStatus != MeasureStatus.Planned))
            {
                problems.Add(new MeasureWithoutRisk(i));
            }

            CheckText(ImpactField.RiskDescription, risk.Description, i, problems);
            CheckText(ImpactField.Measure, risk.Measure, i, problems);
        }

        CheckText(ImpactField.Notes, details.Notes, 0, problems);
        if (details.SectorDpiaId is { } id && sectorDpias.All(d => d.Id != id))
        {
            problems.Add(new UnknownSectorDpia(id));
        }

        return problems;
    }

    /// <summary>The details as stored: blank texts become absent, risks without a description or measure are dropped.</summary>
    public static ImpactAssessmentDetails Normalise(ImpactAssessmentDetails details) => details with
    {
        Risks = [.. details.Risks
            .Where(r => !string.IsNullOrWhiteSpace(r.Description) || !string.IsNullOrWhiteSpace(r.Measure))
            .Select(r => r with { Description = r.Description.Trim(), Measure = Blank(r.Measure) })],
        SectorDpiaId = Blank(details.SectorDpiaId),
        Notes = Blank(details.Notes),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void CheckText(ImpactField field, string? text, int riskNumber, List<ImpactAssessmentReason> problems)
    {
        if (text is null)
        {
            return;
        }

        if (text.Length > MaxText)
        {
            problems.Add(new ImpactTextTooLong(field, riskNumber, text.Length, MaxText));
        }

        // Line breaks and tabs belong in a description; every other control and the reading-direction marks do not.
        if (InputRules.HasHiddenCharacters(text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal)))
        {
            problems.Add(new ImpactTextHidden(field, riskNumber));
        }
    }
}
