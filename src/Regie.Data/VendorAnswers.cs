using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;

namespace Regie.Data;

/// <summary>The outcome of reading a vendor's answers: the vendor's questionnaire (null when the board has no such vendor), what was stored, or every problem.</summary>
public sealed record QuestionnaireImport(VendorQuestions? Questionnaire, IReadOnlyList<VendorStatement> Stored, IReadOnlyList<QuestionnaireError> Errors)
{
    public bool Succeeded => Questionnaire is not null && Errors.Count == 0;
}

/// <summary>A board's vendor questionnaires and the answers to them, for the web app and the command line alike (docs/QUESTIONNAIRE.md).</summary>
public static class VendorAnswers
{
    /// <summary>Every stored answer of the current board, current or expired.</summary>
    public static async Task<IReadOnlyList<VendorStatement>> LoadVendorStatementsAsync(this RegieDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.VendorAnswers.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Subject, StringComparer.Ordinal).ThenBy(r => r.Topic, StringComparer.Ordinal).Select(ToCore)];
    }

    /// <summary>Every vendor's questionnaire for the board: open, expired and answered questions, the clock deciding what expired.</summary>
    public static async Task<IReadOnlyList<VendorQuestions>> LoadQuestionnairesAsync(
        this RegieDbContext db, OrganisationId organisation, RegieKnowledge knowledge, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var landscape = await db.LoadLandscapeAsync(organisation, time, cancellationToken);
        return VendorQuestionnaire.All(BoardAssessor.Assess(landscape, knowledge), await db.LoadVendorStatementsAsync(cancellationToken), Today(time));
    }

    /// <summary>
    /// Reads the lines as the vendor's answers to its questionnaire and stores them in one transaction, each replacing an
    /// earlier answer to the same question; with any error nothing is stored. Who recorded them is the context's actor.
    /// </summary>
    public static async Task<QuestionnaireImport> ImportVendorAnswersAsync(
        this RegieDbContext db, OrganisationId organisation, RegieKnowledge knowledge, string vendorId, IEnumerable<AnswerLine> lines,
        TimeProvider time, CancellationToken cancellationToken = default)
    {
        var landscape = await db.LoadLandscapeAsync(organisation, time, cancellationToken);
        var stored = await db.LoadVendorStatementsAsync(cancellationToken);
        var today = Today(time);
        var questionnaire = VendorQuestionnaire.All(BoardAssessor.Assess(landscape, knowledge), stored, today)
            .FirstOrDefault(v => string.Equals(v.VendorId, vendorId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (questionnaire is null)
        {
            return new(null, [], []);
        }

        var (statements, errors) = QuestionnaireAnswers.Read(questionnaire, lines, knowledge.Catalog.For(landscape), today);
        if (errors.Count > 0)
        {
            return new(questionnaire, [], errors);
        }

        var now = time.GetUtcNow();
        await db.RunInTransactionAsync(async () =>
        {
            var existing = await db.VendorAnswers.ToListAsync(cancellationToken);
            foreach (var statement in statements)
            {
                var row = existing.FirstOrDefault(r => statement.Question.Matches(new QuestionId(r.Subject, r.Topic)));
                if (row is null)
                {
                    row = new VendorAnswerEntity { Id = Guid.NewGuid(), Subject = statement.Question.Subject, Topic = statement.Question.Topic };
                    db.VendorAnswers.Add(row);
                    existing.Add(row);
                }

                (row.VendorId, row.VendorName, row.Answer, row.Explanation, row.AnsweredOn, row.RecordedAt, row.RecordedBy) =
                    (statement.VendorId, statement.VendorName, statement.Answer, statement.Explanation, statement.AnsweredOn, now, db.Actor);
            }

            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return new(questionnaire, statements, []);
    }

    public static VendorStatement ToCore(this VendorAnswerEntity row) =>
        new(new QuestionId(row.Subject, row.Topic), row.VendorId, row.VendorName, row.Answer, row.Explanation, row.AnsweredOn);

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
