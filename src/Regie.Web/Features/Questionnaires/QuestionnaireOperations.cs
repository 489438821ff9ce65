using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Questionnaires;

public sealed record QuestionnaireSummaryDto(
    string VendorId, string VendorName, int OpenQuestions, int ExpiredQuestions, int AnsweredQuestions, IReadOnlyList<string> Services, string Page);

/// <summary>A vendor's questionnaire; <see cref="Version"/> (also the ETag) is the version of the vendor's recorded answers.</summary>
public sealed record QuestionnaireDto(string VendorId, string VendorName, int OpenQuestions, string Page, IReadOnlyList<QuestionDto> Questions, string? Version = null);

/// <summary>One question; <see cref="Kind"/> is "criterion" or "fact", <see cref="Topic"/> the criterion id or the fact (ultimateParent, hostingProvider, …).</summary>
public sealed record QuestionDto(
    string Id, string Kind, string Topic, string Subject, string Text, string HowToAnswer, IReadOnlyList<QuestionOptionDto>? Options,
    IReadOnlyList<QuestionServiceDto> Services, IReadOnlyList<string> Feeds, QuestionStatus Status, QuestionAnswerDto? Answer);

public sealed record QuestionOptionDto(int Number, string Label, int Seal);

public sealed record QuestionServiceDto(Guid Id, string Name);

public sealed record QuestionAnswerDto(string Answer, string? Explanation, DateOnly AnsweredOn, DateOnly ExpiresOn, string Source);

/// <summary>One answer: the question's code ("subject/topic"), the answer in the form the question asks, and optionally an explanation and the date (yyyy-mm-dd; today when left out).</summary>
public sealed record QuestionnaireAnswerInput(string? Question, string? Answer, string? Explanation, string? Date);

/// <summary>The vendor's answers; <see cref="Version"/> the questionnaire's version as read (If-Match does the same; none: not checked).</summary>
public sealed record QuestionnaireAnswersRequest(IReadOnlyList<QuestionnaireAnswerInput>? Answers, string? Version = null);

/// <summary>What recording a vendor's answers did; <see cref="Stale"/>: someone recorded answers of this vendor since the version sent, nothing stored.</summary>
public sealed record QuestionnaireSaving(QuestionnaireImport Result, bool Stale = false);

public sealed record QuestionnaireAnswersStoredDto(string VendorId, int Stored, QuestionnaireDto Questionnaire);

/// <summary>The vendor questionnaires for the pages and the API alike: one way to build them, to read answers and to store them.</summary>
public static class QuestionnaireOperations
{
    public static string PageOf(string vendorId) => $"/questionnaires/vendor?vendor={Uri.EscapeDataString(vendorId)}";

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Every vendor's questionnaire for the current board: open, expired and answered questions.</summary>
    public static async Task<IReadOnlyList<VendorQuestions>> AllAsync(RegieDbContext db, BoardAnalysis board, TimeProvider time, CancellationToken ct) =>
        VendorQuestionnaire.All(await board.AssessmentAsync(ct), await db.LoadVendorStatementsAsync(ct), Today(time));

    public static async Task<VendorQuestions?> ForAsync(RegieDbContext db, BoardAnalysis board, string vendorId, TimeProvider time, CancellationToken ct) =>
        (await AllAsync(db, board, time, ct)).FirstOrDefault(v => string.Equals(v.VendorId, vendorId.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads and stores a vendor's answers, all or nothing, while the vendor's recorded answers are still at
    /// <paramref name="expectedVersion"/> (<see cref="VersionAsync"/>; null: any): a newer answer to the same question
    /// recorded meanwhile is not silently replaced. The analysis of this request is forgotten after a change.
    /// </summary>
    public static async Task<QuestionnaireSaving> ImportAsync(
        RegieDbContext db, BoardAnalysis board, CurrentBoard current, string vendorId, IEnumerable<AnswerLine> lines, TimeProvider time, string? expectedVersion,
        CancellationToken ct)
    {
        QuestionnaireImport? result = null;
        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, async () => await VersionAsync(db, vendorId, ct),
            async () => result = await db.ImportVendorAnswersAsync(new OrganisationId(current.Id), board.Knowledge, vendorId, lines, time, ct), ct);
        if (!saved)
        {
            return new(new(null, [], []), Stale: true);
        }

        if (result!.Succeeded)
        {
            board.Invalidate();
        }

        return new(result);
    }

    /// <summary>The version of a vendor's recorded answers: every stored answer row of that vendor, so any answer recorded since changes it.</summary>
    public static async Task<string> VersionAsync(RegieDbContext db, string vendorId, CancellationToken ct)
    {
        var id = vendorId.Trim();
        var rows = await db.VendorAnswers.AsNoTracking().ToListAsync(ct);
        return EditVersion.OfValues([.. rows.Where(r => string.Equals(r.VendorId, id, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Subject, StringComparer.Ordinal).ThenBy(r => r.Topic, StringComparer.Ordinal).Select(r => EditVersion.Of(db, r))]);
    }

    public static QuestionnaireSummaryDto ToSummary(VendorQuestions v) => new(
        v.VendorId, v.VendorName, v.Questions.Count(q => q.Status == QuestionStatus.Open), v.Questions.Count(q => q.Status == QuestionStatus.Expired),
        v.Questions.Count(q => q.Status == QuestionStatus.Answered), [.. v.OpenServices.Select(s => s.Name)], PageOf(v.VendorId));

    public static QuestionnaireDto ToDto(VendorQuestions v, UiText text)
    {
        var culture = text.ApiCulture;
        var language = culture.TwoLetterISOLanguageName;
        return new(v.VendorId, v.VendorName, v.OpenCount, PageOf(v.VendorId), [.. v.Questions.Select(q => new QuestionDto(
            q.Id.ToString(), q.Criterion is null ? "fact" : "criterion", q.Id.Topic, QuestionnaireDocument.Subject(q, v.VendorName),
            QuestionnaireDocument.QuestionText(q, culture), QuestionnaireDocument.AnswerFormat(q, culture),
            q.Criterion is { } c ? [.. c.Options.Select((o, i) => new QuestionOptionDto(i, o.Label.In(language), o.Seal))] : null,
            [.. q.Services.Select(s => new QuestionServiceDto(s.Id.Value, s.Name))], q.Feeds, q.Status,
            q.Answer is { } a ? new QuestionAnswerDto(a.Answer, a.Explanation, a.AnsweredOn, a.ExpiresOn, a.Source) : null))]);
    }

    /// <summary>"regel 3, antwoord: …": an answer's problem in the reader's language; without a row for the file as a whole.</summary>
    public static string ErrorText(QuestionnaireError error, UiText text) =>
        error.Row is { } row ? $"{text["regel {0}", row]}, {text[error.Field]}: {text.Why(error.Problem)}" : $"{text[error.Field]}: {text.Why(error.Problem)}";

    public static ValidationProblem Problem(IReadOnlyList<QuestionnaireError> errors, UiText text) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Row is { } row ? $"regel {row}: {e.Field}" : e.Field).ToDictionary(g => g.Key, g => g.Select(e => ErrorText(e, text)).ToArray()),
            title: "De antwoorden zijn niet opgeslagen: niets is overgenomen. Herstel de regels hieronder.");
}
