using Regie.Core.History;
using Regie.Core.Knowledge;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.History;

/// <summary>POST /api/v1/history/snapshots: what "vastleggen" records.</summary>
public sealed record RecordSnapshotRequest(string? Label);

/// <summary>One snapshot as the API lists it, with the figures of the trend charts.</summary>
public sealed record SnapshotDto(
    Guid Id, DateOnly Date, DateTimeOffset TakenAt, string Kind, string Label, string Actor, string CatalogVersion, string ModelVersion,
    int StoredBytes, int JsonBytes, int Services, double AverageScore, double AverageOptimisticScore, IReadOnlyList<int> ProvenSeals,
    IReadOnlyList<int> OptimisticSeals, int Meets, int FailsOnKnownFacts, int Undetermined, double PupilShareUnderForeignLaw,
    double CriticalProcessShareUnderForeignLaw, double ParentHhi, double ProviderHhi, double UnknownShare, RoadmapProgressDto Roadmap)
{
    public static SnapshotDto From(SnapshotInfo s) => new(
        s.Id, s.Date, s.TakenAt, KindCode(s.Kind), s.Label, s.Actor, s.CatalogVersion, s.ModelVersion, s.StoredBytes, s.JsonBytes,
        s.Figures.Report.Services, s.Figures.Report.AverageScore, s.Figures.Report.AverageOptimisticScore, s.Figures.Report.ProvenSeals,
        s.Figures.OptimisticSeals, s.Figures.Report.Meets, s.Figures.Report.FailsOnKnownFacts, s.Figures.Report.Undetermined,
        s.Figures.PupilShareUnderForeignLaw, s.Figures.CriticalProcessShareUnderForeignLaw, s.Figures.ParentHhi, s.Figures.ProviderHhi,
        s.Figures.UnknownShare, new(s.Figures.Roadmap.Planned, s.Figures.Roadmap.InProgress, s.Figures.Roadmap.Done, s.Figures.Roadmap.Dropped, s.Figures.Roadmap.DoneShare));

    public static string KindCode(SnapshotKind kind) => kind == SnapshotKind.Recorded ? "recorded" : "daily";
}

public sealed record RoadmapProgressDto(int Planned, int InProgress, int Done, int Dropped, double DoneShare);

public sealed record ScoreMoveDto(string Name, double Before, double After, int SealBefore, int SealAfter, string StandingBefore, string StandingAfter, IReadOnlyList<Core.Explaining.ReasonDocument> Why);

public sealed record ServiceChangeDto(string Name, IReadOnlyList<Core.Explaining.ReasonDocument> Fields);

public sealed record ComparisonDto(
    DateOnly From, DateOnly To, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<ServiceChangeDto> Changed,
    IReadOnlyList<ScoreMoveDto> ScoresMoved, IReadOnlyList<Core.Explaining.ReasonDocument> Edges, IReadOnlyList<Core.Explaining.ReasonDocument> Others,
    double ScoreChange, int MeetsChange, int FailsChange, int UndeterminedChange, int UnknownAnswersChange);

public sealed record ServiceAtDto(string Name, double Score, double OptimisticScore, int Seal, int OptimisticSeal, string Standing, int UnknownAnswers, bool UnderForeignLaw, IReadOnlyDictionary<string, string> Fields);

public sealed record SnapshotAtDto(DateOnly Date, string Board, string CatalogVersion, string ModelVersion, string Profile, IReadOnlyList<ServiceAtDto> Services);

/// <summary>The board's history under /api/v1/history: the series, a snapshot recorded on demand, the comparison of two dates and one date's snapshot.</summary>
public static class HistoryEndpoints
{
    public static void MapHistoryApi(this RouteGroupBuilder api)
    {
        var history = api.MapGroup("/history").WithTags("History");
        history.MapGet("", async (RegieDbContext db, CurrentBoard board, BoardAnalysis analysis, TimeProvider time, CancellationToken ct) =>
            {
                await HistoryOperations.KeepDailyAsync(db, board, analysis, time, ct);
                return TypedResults.Ok((await db.ListSnapshotsAsync(board.Id, ct)).Select(SnapshotDto.From).ToList());
            })
            .WithSummary("Every snapshot of the board, oldest first, with the figures of the trend charts (today's daily snapshot is taken first when the board changed).");

        history.MapPost("/snapshots", async (RecordSnapshotRequest? request, RegieDbContext db, BoardAnalysis analysis, TimeProvider time, CancellationToken ct) =>
            {
                var (snapshot, problem) = await HistoryOperations.RecordAsync(db, analysis, request?.Label, time, ct);
                return snapshot is null
                    ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig label", detail: problem)
                    : Results.Created($"/api/v1/history/at?date={snapshot.Date:yyyy-MM-dd}", SnapshotDto.From(snapshot));
            })
            .WithSummary("Records (\"vastleggen\") a snapshot of the board now, with an optional label such as \"RvT 12 maart\"; the same label on the same day replaces it.");

        history.MapGet("/compare", async (string? from, string? to, RegieDbContext db, CurrentBoard board, RegieKnowledge knowledge, UiText text, CancellationToken ct) =>
            {
                var result = await HistoryOperations.CompareAsync(db, board.Id, from, to, knowledge.Model, ct);
                if (result.BadInput is { } bad)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige datum", detail: bad);
                }

                if (result.Comparison is not { } c)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Geen momentopname", detail: text.Document(result.Problem!).Text);
                }

                return Results.Ok(new ComparisonDto(
                    c.From, c.To, c.Added, c.Removed,
                    [.. c.Changed.Select(s => new ServiceChangeDto(s.Name, [.. s.Fields.Select(text.Document)]))],
                    [.. c.ScoresMoved.Select(m => new ScoreMoveDto(m.Name, m.Before, m.After, m.SealBefore, m.SealAfter, Code(m.StandingBefore), Code(m.StandingAfter), [.. m.Why.Select(text.Document)]))],
                    [.. c.Edges.Select(text.Document)], [.. c.Others.Select(text.Document)],
                    c.Figures.ScoreChange, c.Figures.MeetsChange, c.Figures.FailsChange, c.Figures.UndeterminedChange, c.Figures.UnknownAnswersChange));
            })
            .WithSummary("What changed between the snapshots of two dates (from, to: YYYY-MM-DD): services added, removed and changed field by field, and scores that moved with why.");

        history.MapGet("/at", async (string? date, RegieDbContext db, CurrentBoard board, UiText text, CancellationToken ct) =>
            {
                var result = await HistoryOperations.AtAsync(db, board.Id, date, ct);
                if (result.BadInput)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige datum", detail: $"date: '{date}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12.");
                }

                if (result.Snapshot is not { } s)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Geen momentopname", detail: text.Document(result.Problem!).Text);
                }

                return Results.Ok(new SnapshotAtDto(s.Date, s.Board, s.CatalogVersion, s.ModelVersion, s.Profile,
                    [.. s.Services.Select(x => new ServiceAtDto(x.Name, x.Score, x.OptimisticScore, x.Seal, x.OptimisticSeal, Code(x.Standing), x.UnknownAnswers, x.UnderForeignLaw, x.Fields))]));
            })
            .WithSummary("The board as stored in the snapshot of a date (YYYY-MM-DD): its services with their fields and results, read-only.");
    }

    private static string Code(Standing standing) => standing switch
    {
        Standing.MeetsMinimum => "meetsMinimum",
        Standing.FailsOnKnownFacts => "failsOnKnownFacts",
        _ => "undetermined",
    };
}
