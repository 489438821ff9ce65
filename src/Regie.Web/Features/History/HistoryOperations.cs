using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.History;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.History;

/// <summary>A snapshot found, or why not: the date asked and the dates that do have one.</summary>
public sealed record SnapshotLookup(BoardSnapshot? Snapshot, HistoryReason? Problem, bool BadInput = false);

/// <summary>The comparison of two dates, or why it cannot be made.</summary>
public sealed record ComparisonLookup(SnapshotComparison? Comparison, HistoryReason? Problem, string? BadInput = null);

/// <summary>
/// The board's history for the pages and the API alike (docs/HISTORY.md): today's daily snapshot kept when the board is
/// looked at, a snapshot recorded on demand, the series for the trend charts, the comparison of two dates and a snapshot read back.
/// </summary>
public static class HistoryOperations
{
    public const int MaxLabel = 100;

    /// <summary>The analysis this request already computed, as a snapshot takes it.</summary>
    public static async Task<SnapshotAnalysis> AnalysisOf(BoardAnalysis analysis, CancellationToken ct) => new(
        await analysis.LandscapeAsync(ct), analysis.Knowledge, await analysis.AssessmentAsync(ct), await analysis.VerdictAsync(ct), await analysis.GraphAsync(ct));

    /// <summary>Takes today's daily snapshot when the board changed since its newest one; cheap (two small queries) when it did not.</summary>
    public static Task<bool> KeepDailyAsync(RegieDbContext db, CurrentBoard board, BoardAnalysis analysis, TimeProvider time, CancellationToken ct) =>
        board.Organisation is null || analysis.IsAsOf
            ? Task.FromResult(false)
            : db.KeepDailyAsync(board.Id, analysis.Knowledge.Catalog.Version, analysis.Knowledge.Model.Version, () => AnalysisOf(analysis, ct), time, ct);

    /// <summary>The same, for a caller that has the board's landscape at hand (the report).</summary>
    public static async Task<bool> KeepDailyAsync(RegieDbContext db, BoardAnalysis analysis, TimeProvider time, CancellationToken ct) =>
        !analysis.IsAsOf && await db.KeepDailyAsync((await analysis.LandscapeAsync(ct)).Organisation.Id.Value, analysis.Knowledge.Catalog.Version, analysis.Knowledge.Model.Version,
            () => AnalysisOf(analysis, ct), time, ct);

    /// <summary>"Vastleggen": a snapshot with a label (at most <see cref="MaxLabel"/> characters), or the Dutch message why not.</summary>
    public static async Task<(SnapshotInfo? Snapshot, string? Problem)> RecordAsync(
        RegieDbContext db, BoardAnalysis analysis, string? label, TimeProvider time, CancellationToken ct)
    {
        var trimmed = (label ?? "").Trim();
        if (trimmed.Length > MaxLabel)
        {
            return (null, $"label: hoogstens {MaxLabel} tekens ({trimmed.Length} gegeven).");
        }

        // The same rule as names (InputRules): a bidirectional control would make the label read differently from what it is.
        if (InputRules.HasHiddenCharacters(trimmed))
        {
            return (null, "label: bevat een regeleinde of een ander onzichtbaar stuurteken (zoals NUL of een teken dat de leesrichting omdraait); schrijf het label op één regel.");
        }

        return (await db.RecordAsync(await AnalysisOf(analysis, ct), trimmed, time, ct), null);
    }

    /// <summary>The snapshot of a date written as JJJJ-MM-DD, or the reason it is not there (naming the dates that are).</summary>
    public static async Task<SnapshotLookup> AtAsync(RegieDbContext db, Guid board, string? date, CancellationToken ct)
    {
        if (!TryDate(date, out var day))
        {
            return new SnapshotLookup(null, null, BadInput: true);
        }

        return await db.LoadSnapshotAsync(board, day, ct) is { } snapshot
            ? new SnapshotLookup(snapshot, null)
            : new SnapshotLookup(null, await MissingAsync(db, board, day, ct));
    }

    /// <summary>Compares the snapshots of two dates (JJJJ-MM-DD); the model names the answers' options.</summary>
    public static async Task<ComparisonLookup> CompareAsync(RegieDbContext db, Guid board, string? from, string? to, Core.Scoring.SovereigntyModel model, CancellationToken ct)
    {
        if (!TryDate(from, out var start))
        {
            return new ComparisonLookup(null, null, $"from: '{from}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12.");
        }

        if (!TryDate(to, out var end))
        {
            return new ComparisonLookup(null, null, $"to: '{to}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12.");
        }

        var before = await db.LoadSnapshotAsync(board, start, ct);
        if (before is null)
        {
            return new ComparisonLookup(null, await MissingAsync(db, board, start, ct));
        }

        var after = await db.LoadSnapshotAsync(board, end, ct);
        return after is null
            ? new ComparisonLookup(null, await MissingAsync(db, board, end, ct))
            : new ComparisonLookup(SnapshotDiff.Compare(before, after, model), null);
    }

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>How many of the dates nearest to a missing one the message names.</summary>
    public const int NearestDates = 5;

    private static async Task<NoSnapshotOn> MissingAsync(RegieDbContext db, Guid board, DateOnly date, CancellationToken ct) =>
        new(date, [.. (await db.ListSnapshotsAsync(board, ct)).Select(s => s.Date).Distinct()
            .OrderBy(d => Math.Abs(d.DayNumber - date.DayNumber)).ThenBy(d => d).Take(NearestDates).Order()]);
}
