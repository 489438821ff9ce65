using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Discovery.Questionnaires;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Sharing;

/// <summary>
/// Vendor answers received at sector level (issue 15 point 6): recorded once by a system administrator, offered to every
/// board that uses the product, and taken into a board's own answers only when one of its editors accepts one.
/// </summary>
public static class SectorAnswerOperations
{
    public static async Task<IReadOnlyList<(Guid Id, RelevantAnswer Relevant)>> RelevantAsync(RegieDbContext db, BoardAnalysis board, TimeProvider time, CancellationToken ct) =>
        await SectorAnswerRecords.RelevantAsync(db, await board.LandscapeAsync(ct), board.Knowledge, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), ct);

    /// <summary>
    /// What the sector and the boards that share with it heard from vendors about the catalog's open questions, for the next
    /// catalog release (<see cref="SectorAnswerRecords.ForTheCatalogAsync"/>); for system administrators, as it reads across boards.
    /// </summary>
    public static Task<CatalogAnswersFromTheSector> ForTheCatalogAsync(RegieDbContext db, RegieKnowledge knowledge, int k, TimeProvider time, CancellationToken ct) =>
        SectorAnswerRecords.ForTheCatalogAsync(db, knowledge.Catalog, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), k, ct);

    /// <summary>Takes the sector answer into the board's own answers, with its provenance in the explanation; the board's write is audited.</summary>
    /// <remarks>
    /// Only while the vendor's recorded answers are still at <paramref name="expectedVersion"/> (<see cref="QuestionnaireOperations.VersionAsync"/>;
    /// null: any), so an answer recorded since the list was opened is not silently replaced; null when the answer does not concern the board.
    /// </remarks>
    public static async Task<QuestionnaireSaving?> AcceptAsync(
        RegieDbContext db, BoardAnalysis board, CurrentBoard current, Guid id, TimeProvider time, string? expectedVersion, CancellationToken ct)
    {
        var relevant = (await RelevantAsync(db, board, time, ct)).FirstOrDefault(r => r.Id == id);
        if (relevant.Relevant is not { } offered)
        {
            return null;
        }

        var a = offered.Answer;
        var provenance = $"Ontvangen door {a.ReceivedBy} op {a.AnsweredOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))}, bron: {a.Source}.";
        var line = new AnswerLine(1, a.Question.ToString(), a.Answer,
            string.IsNullOrWhiteSpace(a.Explanation) ? provenance : $"{a.Explanation.Trim()} ({provenance})", a.AnsweredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return await QuestionnaireOperations.ImportAsync(db, board, current, a.VendorId, [line], time, expectedVersion, ct);
    }

    /// <summary>
    /// Records every answer of an uploaded file (the reader and the rules of `regie sector answers import`: at most 5 MB and
    /// 10,000 answers, all or nothing), audited with the system administrator who uploads it. Returns the number stored and
    /// the Dutch errors naming file, row and field.
    /// </summary>
    public static async Task<(int Stored, IReadOnlyList<string> Errors)> ImportFileAsync(
        DatabaseSettings settings, CurrentBoard current, IFormFile file, TimeProvider time, CancellationToken ct)
    {
        var name = Path.GetFileName(file.FileName);
        SectorAnswerFileContent content;
        await using (var stream = file.Length > SectorAnswerFile.MaxBytes ? Stream.Null : file.OpenReadStream())
        {
            content = SectorAnswerFile.Read(stream, name, file.Length);
        }

        if (content.FileErrors.Count > 0)
        {
            return (0, content.FileErrors);
        }

        await using var db = RegieDatabase.Create(settings, new SharedKnowledgeWriter(current.Actor), time);
        return await SectorAnswerRecords.ImportFileAsync(db, name, content, current.Actor, time, ct);
    }

    /// <summary>Records a sector answer (<see cref="SectorAnswerRecords"/>, the same check as the command line's import). Returns the errors by field.</summary>
    public static async Task<Dictionary<string, string[]>> AddAsync(DatabaseSettings settings, CurrentBoard current, SectorAnswerInput input, TimeProvider time, CancellationToken ct)
    {
        // Shared knowledge is written without a board, as the system administrator who records it.
        await using var db = RegieDatabase.Create(settings, new SharedKnowledgeWriter(current.Actor), time);
        var errors = await SectorAnswerRecords.AddAsync(db, [input], current.Actor, time, ct);
        return errors.Count > 0 ? errors[0].Errors : [];
    }
}
