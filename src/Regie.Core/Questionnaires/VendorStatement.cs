using Regie.Core.Common;

namespace Regie.Core.Questionnaires;

/// <summary>
/// What a vendor answered to one question of the board's questionnaire, in the canonical form <see cref="QuestionnaireAnswers"/>
/// writes (an option number, a country, a provider id, a list), and the date of the answer. It counts for
/// <see cref="VendorStatements.ValidMonths"/> months; after that the question is open again.
/// </summary>
public sealed record VendorStatement(QuestionId Question, string VendorId, string VendorName, string Answer, string? Explanation, DateOnly AnsweredOn)
{
    /// <summary>"antwoord van &lt;leverancier&gt;, &lt;datum&gt;": how a fact from this answer cites itself.</summary>
    public string Source => FactSources.Vendor(VendorName, AnsweredOn);

    public DateOnly ExpiresOn => VendorStatements.ExpiresOn(AnsweredOn);
}

public static class VendorStatements
{
    /// <summary>A vendor's answer is a statement, not a checked fact: Regie lets it count for a year, then asks again.</summary>
    public const int ValidMonths = 12;

    public static DateOnly ExpiresOn(DateOnly answeredOn) => answeredOn.AddMonths(ValidMonths);

    /// <summary>An answer counts from its date until twelve months later; an answer dated after today does not count yet.</summary>
    public static bool IsCurrent(DateOnly answeredOn, DateOnly today) => answeredOn <= today && today < ExpiresOn(answeredOn);

    /// <summary>The answers that count today; for the same question the newest wins.</summary>
    public static IReadOnlyList<VendorStatement> Current(IEnumerable<VendorStatement> statements, DateOnly today) =>
        [.. statements.Where(s => IsCurrent(s.AnsweredOn, today))
            .GroupBy(s => (s.Question.Subject.ToLowerInvariant(), s.Question.Topic.ToLowerInvariant()))
            .Select(g => g.OrderByDescending(s => s.AnsweredOn).First())];
}
