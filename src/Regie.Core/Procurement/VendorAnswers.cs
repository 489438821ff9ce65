using Regie.Core.Explaining;

namespace Regie.Core.Procurement;

/// <summary>A vendor's answer to a requirement; unknown is an answer too, and it fails.</summary>
public enum AnswerValue { Unknown, No, Partly, Yes }

/// <summary>A vendor's answer; to a question of the model it is the chosen option (0 = the first rung), with Value Yes.</summary>
public sealed record VendorAnswer(string RequirementId, AnswerValue Value, string? Explanation, int? Option = null);

/// <summary>A vendor's offer: who, which catalog product when it is one, and the answers.</summary>
public sealed record VendorOffer(string VendorName, string? ProductId, IReadOnlyList<VendorAnswer> Answers);

/// <summary>One row of answers as it came in (form, API or CSV), with the line it came from.</summary>
public sealed record AnswerRow(int Line, string? RequirementId, string? Answer, string? Explanation);

/// <summary>A problem in the answers, naming the line and the field (Dutch field names, as the CSV's columns).</summary>
public sealed record AnswerError(int? Line, string Field, ProcurementReason Problem);

public static class AnswerValues
{
    public const string Allowed = "ja, nee, deels of onbekend";

    private const int MaxExplanation = 4000;

    /// <summary>The answer in a vendor's words; null when the text is none of them.</summary>
    public static AnswerValue? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "ja" or "yes" or "j" or "y" or "true" or "voldoet" => AnswerValue.Yes,
        "nee" or "no" or "n" or "false" or "voldoet niet" => AnswerValue.No,
        "deels" or "gedeeltelijk" or "partly" or "partial" => AnswerValue.Partly,
        "onbekend" or "unknown" or "?" or "" or null => AnswerValue.Unknown,
        _ => null,
    };

    public static string Dutch(AnswerValue value) => value switch
    {
        AnswerValue.Yes => "ja",
        AnswerValue.No => "nee",
        AnswerValue.Partly => "deels",
        _ => "onbekend",
    };

    /// <summary>
    /// The rows as answers to this tender, or every problem with them: an id the tender lacks, a computed requirement,
    /// an answer twice, an answer that is not one of the allowed words. All or nothing: with one error nothing is taken.
    /// </summary>
    public static (IReadOnlyList<VendorAnswer> Answers, IReadOnlyList<AnswerError> Errors) FromRows(TenderRequirements tender, IEnumerable<AnswerRow> rows)
    {
        var answers = new List<VendorAnswer>();
        var errors = new List<AnswerError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.RequirementId))
            {
                errors.Add(new(row.Line, "eis", new RequirementIdMissing()));
                continue;
            }

            var requirement = tender.Find(row.RequirementId);
            if (requirement is null)
            {
                errors.Add(new(row.Line, "eis", new RequirementNotInTender(row.RequirementId.Trim(), [.. tender.Requirements.Where(r => !r.IsComputed).Select(r => r.Id)])));
                continue;
            }

            if (requirement.IsComputed)
            {
                errors.Add(new(row.Line, "eis", new RequirementComputed(requirement.Id)));
                continue;
            }

            if (seen.TryGetValue(requirement.Id, out var earlier))
            {
                errors.Add(new(row.Line, "eis", new AnsweredTwice(requirement.Id, earlier)));
                continue;
            }

            seen[requirement.Id] = row.Line;
            int? option = null;
            if (requirement.Topic == RequirementTopic.CriterionQuestion && Parse(row.Answer) != AnswerValue.Unknown)
            {
                var last = requirement.Threshold ?? 0;
                if (!int.TryParse(row.Answer?.Trim(), out var chosen) || chosen < 0 || chosen > last)
                {
                    errors.Add(new(row.Line, "antwoord", new NotAnOption(row.Answer, requirement.Id, last)));
                    continue;
                }

                option = chosen;
            }

            if ((option is null ? Parse(row.Answer) : AnswerValue.Yes) is not { } value)
            {
                errors.Add(new(row.Line, "antwoord", new NotAnAnswer(row.Answer)));
                continue;
            }

            var explanation = string.IsNullOrWhiteSpace(row.Explanation) ? null : row.Explanation.Trim();
            if (explanation is { Length: > MaxExplanation })
            {
                errors.Add(new(row.Line, "toelichting", new ExplanationTooLong(MaxExplanation)));
                continue;
            }

            answers.Add(new(requirement.Id, value, explanation, option));
        }

        return errors.Count > 0 ? ([], errors) : (answers, errors);
    }
}
