using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;

namespace Regie.Core.Observatory;

/// <summary>
/// A vendor's answer received once for the whole sector (e.g. by SIVON): the question as every board asks it
/// (<see cref="Subject"/> a product id, or the vendor's company id for its ultimate parent; <see cref="Topic"/> a criterion id
/// or a fact topic), the answer in the questionnaire's canonical form, and its provenance: when it was given, who received
/// it and where it is written down.
/// </summary>
public sealed record SectorVendorAnswer(
    string VendorId, string VendorName, string Subject, string Topic, string Answer, string? Explanation, DateOnly AnsweredOn, string ReceivedBy, string Source)
{
    public QuestionId Question => new(Subject, Topic);

    /// <summary>The answer as the board's own vendor statement, for when the board accepts it into its facts.</summary>
    public VendorStatement ToStatement() => new(Question, VendorId, VendorName, Answer, Explanation, AnsweredOn);
}

/// <summary>
/// A vendor answer received for the whole sector as someone records it, before it is checked (the API's body, a row of a
/// file): every field as given, null where it was left out.
/// </summary>
public sealed record SectorAnswerInput(
    string? VendorId, string? VendorName, string? Subject, string? Topic, string? Answer, string? Explanation, DateOnly? AnsweredOn, string? ReceivedBy, string? Source)
{
    /// <summary>The fields as the API names them, in the order of a file's columns.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["vendorId", "vendorName", "subject", "topic", "answer", "explanation", "answeredOn", "receivedBy", "source"];

    /// <summary>
    /// A column a file may carry for the person who fills it in, and that is not read: the question's text in the file
    /// `regie catalog questions` writes, so the same file, once answered, goes to either import.
    /// </summary>
    public const string QuestionText = "question";
}

/// <summary>One answer of a file, with the row a reader finds it at: the spreadsheet's row in a CSV (the header is row 1), the element's place in a JSON array (from 1).</summary>
public sealed record SectorAnswerRow(int Row, SectorAnswerInput Input);

/// <summary>A cell the file could not give as the field needs it (a date that is no date, a number where text belongs), in the reader's words.</summary>
public sealed record SectorAnswerCellError(int Row, string Field, string Message);

/// <summary>What a file held: its answers, what is wrong with the file as a whole (then there are no rows), and what is wrong in single cells.</summary>
public sealed record SectorAnswerFileContent(IReadOnlyList<SectorAnswerRow> Rows, IReadOnlyList<string> FileErrors, IReadOnlyList<SectorAnswerCellError> FieldErrors);

/// <summary>
/// A sector answer that concerns the board: the board's services it is about (its own rows, shown only to itself), whether
/// it still counts today (twelve months), and whether the board already holds this very answer.
/// </summary>
public sealed record RelevantAnswer(SectorVendorAnswer Answer, IReadOnlyList<QuestionService> Services, bool Current, bool AlreadyHeld);

public static class SectorAnswers
{
    /// <summary>
    /// The sector's vendor answers that concern this board: about a catalog product one of its services uses, or about the
    /// ultimate parent of one of its vendors. Newest first per question.
    /// </summary>
    public static IReadOnlyList<RelevantAnswer> RelevantTo(BoardLandscape landscape, RegieKnowledge knowledge, IReadOnlyList<SectorVendorAnswer> answers, DateOnly today)
    {
        var catalog = knowledge.Catalog.For(landscape);
        var bySubject = new Dictionary<string, List<QuestionService>>(StringComparer.OrdinalIgnoreCase);
        var byVendor = new Dictionary<string, List<QuestionService>>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in landscape.Services)
        {
            var resolved = ResolvedService.Resolve(service, catalog);
            var entry = new QuestionService(service.Id, service.Name);
            if (resolved.Product is { } product)
            {
                (bySubject.TryGetValue(product.Id, out var list) ? list : bySubject[product.Id] = []).Add(entry);
            }

            if (resolved.VendorId.Value is { } vendor)
            {
                (byVendor.TryGetValue(vendor, out var list) ? list : byVendor[vendor] = []).Add(entry);
            }
        }

        var held = landscape.VendorStatements;
        var result = new List<RelevantAnswer>();
        foreach (var answer in answers)
        {
            var services = answer.Question.Fact == FactTopic.UltimateParent && byVendor.TryGetValue(answer.Subject, out var ofVendor) ? ofVendor
                : bySubject.TryGetValue(answer.Subject, out var ofProduct) ? ofProduct
                : null;
            if (services is null)
            {
                continue;
            }

            var already = held.Any(s => s.Question.Matches(answer.Question) && s.AnsweredOn == answer.AnsweredOn
                && string.Equals(s.Answer.Trim(), answer.Answer.Trim(), StringComparison.OrdinalIgnoreCase));
            result.Add(new RelevantAnswer(answer, [.. services.OrderBy(s => s.Name, StringComparer.CurrentCulture)],
                VendorStatements.IsCurrent(answer.AnsweredOn, today), already));
        }

        return [.. result.OrderBy(r => r.Answer.Question.ToString(), StringComparer.OrdinalIgnoreCase).ThenByDescending(r => r.Answer.AnsweredOn)];
    }
}
