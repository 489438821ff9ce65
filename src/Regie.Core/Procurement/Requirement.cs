using System.Text.Json;
using System.Text.Json.Serialization;
using Regie.Core.Explaining;

namespace Regie.Core.Procurement;

/// <summary>
/// A knock-out requirement must be met or the offer fails as a whole; a scored requirement is a wish that earns
/// its weight in points (the policy letter asks for a preference for open source, not an exclusion). A question asks
/// a criterion of the sovereignty model that no requirement covers; it passes or fails nothing by itself but feeds the
/// computed SEAL and score (unknown counts as the worst answer there).
/// </summary>
public enum RequirementKind { KnockOut, Scored, Question }

/// <summary>What a requirement asks about; the evaluator and the score mapping read this, never the text.</summary>
public enum RequirementTopic { MinimumSeal, MinimumScore, ExitStrategy, DataPortability, OpenStandard, EuJurisdiction, OpenSource, SubProcessors, CriterionQuestion }

/// <summary>
/// One requirement of a tender: its id ("E-01"), the Dutch text a vendor answers, how the board verifies it and where
/// in the board's policy it comes from. <paramref name="Threshold"/> holds the minimum SEAL or score, or a question's highest option number; <paramref name="Subject"/>
/// the standard id of an open-standard requirement or the criterion id of a question. A computed requirement is not answered by the vendor: Regie
/// derives it from the other answers.
/// </summary>
public sealed record Requirement(
    string Id,
    RequirementKind Kind,
    RequirementTopic Topic,
    string Text,
    string Verification,
    string Source,
    int Weight = 0,
    int? Threshold = null,
    string? Subject = null)
{
    public bool IsComputed => Topic is RequirementTopic.MinimumSeal or RequirementTopic.MinimumScore;

    public string KindText => Kind switch
    {
        RequirementKind.KnockOut => IsComputed ? "knock-out, berekend" : "knock-out",
        RequirementKind.Scored => $"wens ({Weight} punt{(Weight == 1 ? "" : "en")})",
        _ => "vraag voor de score",
    };
}

/// <summary>A generated set of requirements for one catalog category, stored as it was so that later answers keep their meaning.</summary>
public sealed record TenderRequirements(string Category, string CategoryName, IReadOnlyList<Requirement> Requirements, IReadOnlyList<ProcurementReason> Remarks)
{
    public Requirement? Find(string id) =>
        Requirements.FirstOrDefault(r => string.Equals(r.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>The stored form of the requirements (TenderEntity.RequirementsJson): a JSON array with the kinds and topics as names.</summary>
public static class RequirementJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(IReadOnlyList<Requirement> requirements) => JsonSerializer.Serialize(requirements, Options);

    public static IReadOnlyList<Requirement> Read(string json) => JsonSerializer.Deserialize<List<Requirement>>(json, Options) ?? [];

    public static string WriteAnswers(IReadOnlyList<VendorAnswer> answers) => JsonSerializer.Serialize(answers, Options);

    public static IReadOnlyList<VendorAnswer> ReadAnswers(string json)
    {
        // Older rows may hold a plain map of requirement id to answer text.
        if (json.TrimStart().StartsWith('{'))
        {
            var map = JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? [];
            return [.. map.Select(kv => new VendorAnswer(kv.Key, AnswerValues.Parse(kv.Value) ?? AnswerValue.Unknown, null))];
        }

        return JsonSerializer.Deserialize<List<VendorAnswer>>(json, Options) ?? [];
    }
}
