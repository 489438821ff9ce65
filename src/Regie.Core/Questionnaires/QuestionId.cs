using Regie.Core.Landscape;

namespace Regie.Core.Questionnaires;

/// <summary>The catalog facts a vendor can state for the board; each feeds one or more criteria through their prefill rules.</summary>
public enum FactTopic { UltimateParent, HostingProvider, HostingRegion, DataLocation, SubProcessors, ExportFormats, ExitTerms, OpenSource }

/// <summary>
/// A question of a vendor questionnaire: what it is about (<see cref="Subject"/>: a product id, a service without a product as
/// <c>service-&lt;id&gt;</c>, or for the ultimate parent the vendor's company id) and what is asked (<see cref="Topic"/>: a
/// criterion id of the model, or a <see cref="FactTopic"/> in camelCase). Written "subject/topic", e.g.
/// <c>microsoft-teams/SOV2.law</c>; the same product asks the same question on every board, so answers can be pooled later.
/// </summary>
public readonly record struct QuestionId(string Subject, string Topic)
{
    private const string ServicePrefix = "service-";

    public override string ToString() => $"{Subject}/{Topic}";

    /// <summary>The fact this question asks for, or null when it asks a criterion of the model.</summary>
    public FactTopic? Fact => FactTopics.Parse(Topic);

    /// <summary>The subject of a service the catalog has no product for: its answers hold for that service alone.</summary>
    public static string ServiceSubject(ServiceId service) => ServicePrefix + service.Value.ToString("D");

    public static QuestionId For(string subject, FactTopic fact) => new(subject, FactTopics.Name(fact));

    /// <summary>"subject/topic" as written in an answer file; false for anything else.</summary>
    public static bool TryParse(string? text, out QuestionId id)
    {
        id = default;
        var trimmed = text?.Trim() ?? "";
        var slash = trimmed.LastIndexOf('/');
        if (slash <= 0 || slash == trimmed.Length - 1)
        {
            return false;
        }

        id = new QuestionId(trimmed[..slash].Trim(), trimmed[(slash + 1)..].Trim());
        return true;
    }

    public bool Matches(QuestionId other) =>
        string.Equals(Subject, other.Subject, StringComparison.OrdinalIgnoreCase) && string.Equals(Topic, other.Topic, StringComparison.OrdinalIgnoreCase);
}

public static class FactTopics
{
    public static string Name(FactTopic topic) => char.ToLowerInvariant(topic.ToString()[0]) + topic.ToString()[1..];

    public static FactTopic? Parse(string topic) =>
        Enum.TryParse<FactTopic>(topic, ignoreCase: true, out var fact) && Enum.IsDefined(fact) && !int.TryParse(topic, out _) ? fact : null;
}
