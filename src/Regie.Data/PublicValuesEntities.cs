using Regie.Core.PublicValues;

namespace Regie.Data;

/// <summary>
/// A public-values assessment of one subject (docs/PUBLIC-VALUES.md): a service of the board (<see cref="SubjectKey"/> its id),
/// a catalog alternative (its id) or a public facility known by name (key empty).
/// </summary>
public class ValueAssessmentEntity : ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxEvidenceLength = 2000;
    public const int MaxAssessorLength = 200;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public SubjectKind SubjectKind { get; set; }
    public string SubjectKey { get; set; } = "";
    public string SubjectName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ValueAnswerEntity> Answers { get; set; } = [];
}

/// <summary>An assessor's answer to one question: a score, or null for an explicit "unknown" (which overrides Regie's pre-fill).</summary>
public class ValueAnswerEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid AssessmentId { get; set; }
    public string QuestionId { get; set; } = "";
    public int? Score { get; set; }
    public string? Evidence { get; set; }
    public string? Assessor { get; set; }
    public DateOnly? Date { get; set; }
}

/// <summary>The board's weight for one public value; a value without a row weighs the model's default.</summary>
public class ValueWeightEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string ValueId { get; set; } = "";
    public double Weight { get; set; }
}
