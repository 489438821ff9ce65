using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Web.Features.Questionnaires;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Sharing;

/// <summary>A vendor answer received for the whole sector, as a system administrator records it.</summary>
public sealed record SectorAnswerInput(
    string? VendorId, string? VendorName, string? Subject, string? Topic, string? Answer, string? Explanation, DateOnly? AnsweredOn, string? ReceivedBy, string? Source);

/// <summary>
/// Vendor answers received at sector level (issue 15 point 6): recorded once by a system administrator, offered to every
/// board that uses the product, and taken into a board's own answers only when one of its editors accepts one.
/// </summary>
public static class SectorAnswerOperations
{
    public static async Task<IReadOnlyList<(Guid Id, RelevantAnswer Relevant)>> RelevantAsync(RegieDbContext db, BoardAnalysis board, TimeProvider time, CancellationToken ct)
    {
        var rows = await db.SectorVendorAnswers.AsNoTracking().ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var byAnswer = rows.ToDictionary(ToAnswer, r => r.Id);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var relevant = SectorAnswers.RelevantTo(await board.LandscapeAsync(ct), board.Knowledge, [.. byAnswer.Keys], today);
        return [.. relevant.Select(r => (byAnswer[r.Answer], r))];
    }

    /// <summary>Takes the sector answer into the board's own answers, with its provenance in the explanation; the board's write is audited.</summary>
    public static async Task<QuestionnaireImport?> AcceptAsync(
        RegieDbContext db, BoardAnalysis board, CurrentBoard current, Guid id, TimeProvider time, CancellationToken ct)
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
        return await QuestionnaireOperations.ImportAsync(db, board, current, a.VendorId, [line], time, ct);
    }

    /// <summary>Records a sector answer; every field but the explanation is needed. Returns the errors by field.</summary>
    public static async Task<Dictionary<string, string[]>> AddAsync(DatabaseSettings settings, CurrentBoard current, SectorAnswerInput input, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Need(string field, string? value, string dutch)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"{dutch}: vul dit in."];
            }
        }

        Need("vendorId", input.VendorId, "Leverancier (id)");
        Need("vendorName", input.VendorName, "Leverancier (naam)");
        Need("subject", input.Subject, "Onderwerp (product of leverancier)");
        Need("topic", input.Topic, "Vraag (criterium of feit)");
        Need("answer", input.Answer, "Antwoord");
        Need("receivedBy", input.ReceivedBy, "Ontvangen door");
        Need("source", input.Source, "Bron");
        if (input.AnsweredOn is null)
        {
            errors["answeredOn"] = ["Datum van het antwoord: vul dit in."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // Shared knowledge is written without a board, as the system administrator who records it.
        await using var db = RegieDatabase.Create(settings, new Administrator(current.Actor), time);
        db.SectorVendorAnswers.Add(new SectorVendorAnswerEntity
        {
            Id = Guid.NewGuid(),
            VendorId = input.VendorId!.Trim().ToLowerInvariant(),
            VendorName = input.VendorName!.Trim(),
            Subject = input.Subject!.Trim().ToLowerInvariant(),
            Topic = input.Topic!.Trim(),
            Answer = input.Answer!.Trim(),
            Explanation = string.IsNullOrWhiteSpace(input.Explanation) ? null : input.Explanation.Trim(),
            AnsweredOn = input.AnsweredOn!.Value,
            RecordedAt = time.GetUtcNow(),
            RecordedBy = current.Actor,
            ReceivedBy = input.ReceivedBy!.Trim(),
            Source = input.Source!.Trim(),
        });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    private sealed record Administrator(string Actor) : ITenantContext
    {
        public Guid? OrganisationId => null;
    }

    private static SectorVendorAnswer ToAnswer(SectorVendorAnswerEntity e) =>
        new(e.VendorId, e.VendorName, e.Subject, e.Topic, e.Answer, e.Explanation, e.AnsweredOn, e.ReceivedBy, e.Source);
}
