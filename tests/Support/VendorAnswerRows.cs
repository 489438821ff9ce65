using Regie.Data;

namespace Regie.Tests.Support;

/// <summary>
/// The board's stored rows for answers it recorded, so the CLI, Data and Web tests of the catalog's sector route put
/// them in the database the same way; the vendor's id doubles as its name, as a board typing it would.
/// </summary>
public static class VendorAnswerRows
{
    public static IEnumerable<VendorAnswerEntity> For(
        Guid organisation, IEnumerable<(string Subject, string Topic, string Vendor, string Answer)> answers, DateOnly answeredOn, DateTimeOffset recordedAt, string recordedBy,
        string? explanation = null) =>
        answers.Select(a => new VendorAnswerEntity
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation,
            VendorId = a.Vendor,
            VendorName = a.Vendor,
            Subject = a.Subject,
            Topic = a.Topic,
            Answer = a.Answer,
            Explanation = explanation,
            AnsweredOn = answeredOn,
            RecordedAt = recordedAt,
            RecordedBy = recordedBy,
        }).ToList();
}
