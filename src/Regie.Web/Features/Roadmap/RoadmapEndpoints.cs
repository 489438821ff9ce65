using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Roadmap;

public sealed record WhatIfDto(double Score, double OptimisticScore, int UnknownAnswers, int Seal, double ScoreChange, int SealChange, double BoardMeanBefore, double BoardMeanAfter, IReadOnlyList<ReasonDocument> Binding);

public sealed record AlternativeOptionDto(
    string Id, string Name, CandidateOrigin Origin, string? ProductId, WhatIfDto? WhatIf, ReasonDocument? UnknownReason, IReadOnlyList<string> Standards,
    IReadOnlyList<string> HostingOptions, string? Maturity, string? DutchEducationUse, string? ExitTerms, string? Caveats, string? Licence,
    int? EffortDays, decimal? OneOffCost, Guid? ChosenMove, EffortEstimateDto IndicativeEffort, IReadOnlyList<ReasonDocument> ListedBecause);

/// <summary>An alternative the catalog names for the product that Regie does not propose for this service, and why.</summary>
public sealed record NotProposedDto(string Id, string Name, ReasonDocument Reason);

/// <summary>Regie's indicative effort for the move (a rule of thumb, docs/ROADMAP.md "Effort"); <c>EffortDays</c> is the board's own estimate.</summary>
public sealed record EffortEstimateDto(int LowDays, int HighDays, string Size, IReadOnlyList<EffortPartDto> Parts);

public sealed record EffortPartDto(ReasonDocument Reason, double Days);

public sealed record ServiceAlternativesDto(
    Guid ServiceId, string Service, string? ProductId, double Score, int Seal, ReasonDocument? Note, IReadOnlyList<AlternativeOptionDto> Candidates,
    IReadOnlyList<NotProposedDto> NotProposed);

public sealed record MoveDto(
    Guid Id, Guid ServiceId, string Service, string AlternativeId, string Alternative, MoveState Status, string? PinnedPeriod, int? EffortDays,
    decimal? OneOffCost, string? Notes, string? Quarter, IReadOnlyList<ReasonDocument> Reasons, string? Version = null);

/// <summary>
/// A projection: <see cref="MeanScore"/> and <see cref="SealCounts"/> by the EC rule (unknown is the worst answer), the
/// optimistic ones with every unknown at best, and the services with a minimum by where they stand against it.
/// </summary>
public sealed record ProjectionDto(
    double MeanScore, IReadOnlyList<int> SealCounts, double ParentHhi, double ProviderHhi, string? TopParent, double TopParentShare, string? TopProvider, double TopProviderShare,
    double MeanOptimisticScore, IReadOnlyList<int> OptimisticSealCounts, StandingsDto Standings);

/// <summary>How many of the board's services with a minimum meet it, fail it on known facts, or wait on answers.</summary>
public sealed record StandingsDto(int Meets, int FailsOnKnownFacts, int Undetermined);

public sealed record RoadmapQuarterDto(string Quarter, IReadOnlyList<MoveDto> Moves, int? EffortDays, ProjectionDto After);

/// <param name="Concentration">Where the whole plan raises a concentration index notably, in words (Roadmap.Concentration).</param>
public sealed record RoadmapDto(
    string Start, int MovesPerQuarter, ProjectionDto Before, IReadOnlyList<RoadmapQuarterDto> Quarters, IReadOnlyList<ReasonDocument> Problems,
    IReadOnlyList<MoveDto> NotSequenced, IReadOnlyList<ReasonDocument> Concentration, string? SettingsVersion = null);

/// <param name="Version">When changing a move: the version read (<see cref="MoveDto.Version"/>); null when not checked.</param>
public sealed record MoveInput(Guid ServiceId, string? AlternativeId, MoveState Status = MoveState.Planned, string? PinnedPeriod = null,
    int? EffortDays = null, decimal? OneOffCost = null, string? Notes = null, string? Version = null);

/// <param name="Version">The settings' version read (<see cref="RoadmapDto.SettingsVersion"/>); null when not checked.</param>
public sealed record RoadmapSettingsInput(int MovesPerQuarter, string? Start, string? Version = null);

/// <summary>Alternatives and the roadmap: the board's plan of action (docs/ROADMAP.md).</summary>
public static class RoadmapEndpoints
{
    public static void MapRoadmapApi(this RouteGroupBuilder api)
    {
        api.MapGet("/services/{id:guid}/alternatives", AlternativesAsync).WithTags("Planning")
            .WithSummary("Candidate alternatives with the score and SEAL the service would have, standards, hosting options, effort, cost and caveats.");

        var roadmap = api.MapGroup("/roadmap").WithTags("Planning");
        roadmap.MapGet("/", RoadmapAsync).WithSummary(
            "The sequenced moves per quarter with reasons and the projected board after each quarter; each move's `version` and the settings' `settingsVersion`.");
        roadmap.MapPut("/settings", SettingsAsync).WithSummary(
            "Capacity (moves per quarter) and the first quarter. Send `settingsVersion` as `version` (409 when stale) or as If-Match (412): a stale save stores nothing and returns the current roadmap; without a version the save is not checked.");
        roadmap.MapGet("/moves", MovesAsync);
        roadmap.MapPost("/moves", AddMoveAsync).WithSummary("Chooses an alternative for a service: adds a move to the roadmap.");
        roadmap.MapPut("/moves/{id:guid}", UpdateMoveAsync).WithSummary(
            "Changes status (Planned, InProgress, Done, Dropped), pin, effort or cost of a move; the new version comes as the ETag and `version`. Send the move's version as `version` (409 when stale) or If-Match (412): a stale save stores nothing and returns the current move; without a version the save is not checked.");
        roadmap.MapDelete("/moves/{id:guid}", DeleteMoveAsync)
            .WithSummary("Removes a move. With If-Match the move must still be at that version (412 with the current move when not).");
    }

    private static async Task<Results<Ok<ServiceAlternativesDto>, ProblemHttpResult>> AlternativesAsync(
        Guid id, RegieDbContext db, BoardAnalysis board, UiText text, CancellationToken ct)
    {
        var assessment = await board.AssessmentAsync(ct);
        if (assessment.For(new ServiceId(id)) is null)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        var found = AlternativeFinder.For(await board.LandscapeAsync(ct), board.Knowledge, new ServiceId(id), board.ProfileId, assessment);
        var moves = await db.PlannedMoves.AsNoTracking().Where(m => m.ServiceId == id).ToListAsync(ct);
        return TypedResults.Ok(ToDto(found, moves, text));
    }

    public static ServiceAlternativesDto ToDto(ServiceAlternatives found, IReadOnlyList<PlannedMoveEntity> moves, UiText text)
    {
        var now = found.Current;
        return new(now.Service.Id.Value, now.Service.Name, now.Service.Product?.Id, Math.Round(now.Sovereignty.Score, 1), now.Sovereignty.Seal, found.Why is { } note ? text.Document(note) : null,
            [.. found.Candidates.Select(c =>
            {
                var move = moves.FirstOrDefault(m => string.Equals(m.AlternativeId, c.Id, StringComparison.OrdinalIgnoreCase) && m.Status != MoveState.Dropped);
                var alt = c.Alternative;
                return new AlternativeOptionDto(c.Id, c.NameIn(text.ApiCulture.TwoLetterISOLanguageName), c.Origin,
                    c.Product?.Id,
                    c.WhatIf is { } w ? new WhatIfDto(Math.Round(w.Score, 1), Math.Round(w.OptimisticScore, 1), w.Assessment.Sovereignty.UnknownAnswers, w.Seal, Math.Round(w.ScoreChange, 1), w.SealChange, Math.Round(w.BoardMeanBefore, 1),
                        Math.Round(w.BoardMeanAfter, 1), [.. w.Assessment.Sovereignty.Binding.Select(b => text.Document(b.Why))]) : null,
                    c.Unknown is { } unknown ? text.Document(unknown) : null, [.. c.Standards.Select(s => s.Name), .. c.UnknownStandards],
                    alt?.HostingOptions.Value is { } h ? [.. h.Select(o => o.ToString())] : [],
                    alt?.Maturity is { IsKnown: true } mat ? mat.Value.ToString() : null,
                    alt?.DutchEducationUse is { IsKnown: true } use ? use.Value!.In(text.ApiCulture.TwoLetterISOLanguageName) : null,
                    alt?.ExitTerms is { IsKnown: true } exit ? exit.Value!.In(text.ApiCulture.TwoLetterISOLanguageName) : null,
                    alt?.Caveats.In(text.ApiCulture.TwoLetterISOLanguageName),
                    alt?.Licence is { IsKnown: true } lic ? lic.Value!.In(text.ApiCulture.TwoLetterISOLanguageName) : null,
                    move?.EffortDays, move?.OneOffCost, move?.Id,
                    new EffortEstimateDto(c.Effort.LowDays, c.Effort.HighDays, c.Effort.Size.ToString(), [.. c.Effort.Parts.Select(p => new EffortPartDto(text.Document(p.Why), Math.Round(p.Days, 1)))]),
                    [.. c.Listed.Select(r => text.Document(r))]);
            })],
            [.. found.NotProposed.Select(n => new NotProposedDto(n.Target.Id, n.Target.NameIn(text.ApiCulture.TwoLetterISOLanguageName), text.Document(n.Why)))]);
    }

    private static async Task<Results<Ok<RoadmapDto>, ProblemHttpResult>> RoadmapAsync(
        RegieDbContext db, BoardAnalysis board, CurrentBoard current, UiText text, TimeProvider time, CancellationToken ct)
    {
        var plan = await RoadmapOperations.RoadmapAsync(db, board, current, time, ct);
        return TypedResults.Ok(ToDto(plan, text));
    }

    /// <summary>The roadmap with each move's version and the settings' version.</summary>
    public static RoadmapDto ToDto(RoadmapOperations.Plan plan, UiText text) =>
        ToDto(plan.Roadmap, plan.Moves, text) with { SettingsVersion = RoadmapOperations.SettingsVersionOf(plan.Organisation) };

    public static RoadmapDto ToDto(Core.Planning.Roadmap roadmap, IReadOnlyList<PlannedMoveEntity> moves, UiText text)
    {
        var byId = moves.ToDictionary(m => m.Id);
        MoveDto Dto(PlannedMove move, string service, MoveTarget target, Quarter? quarter, IEnumerable<PlanningReason> reasons)
        {
            var e = byId[move.Id];
            return new MoveDto(e.Id, e.ServiceId, service, e.AlternativeId, target.NameIn(text.ApiCulture.TwoLetterISOLanguageName), e.Status, e.PinnedPeriod, e.EffortDays, e.OneOffCost, e.Notes,
                quarter?.ToString(), [.. reasons.Select(r => text.Document(r))], RoadmapOperations.VersionOf(e));
        }

        return new(roadmap.Start.ToString(), roadmap.MovesPerQuarter, ToDto(roadmap.Before, text.ApiCulture.TwoLetterISOLanguageName),
            [.. roadmap.Quarters.Select(q => new RoadmapQuarterDto(q.Quarter.ToString(),
                [.. q.Steps.Select(s => Dto(s.Move, s.ServiceName, s.Target, s.Quarter, s.Why))], q.EffortDays, ToDto(q.After, text.ApiCulture.TwoLetterISOLanguageName)))],
            [.. roadmap.Problems.Select(p => text.Document(p.Problem))],
            [.. roadmap.SetAside.Select(s => Dto(s.Move, s.ServiceName, s.Target, null, [s.Why]))],
            [.. roadmap.Concentration.Select(r => text.Document(r))]);
    }

    public static ProjectionDto ToDto(Projection p, string language) => new(
        Math.Round(p.MeanScore, 1), p.SealCounts, Math.Round(p.ParentHhi), Math.Round(p.ProviderHhi), p.TopParent?.In(language), Math.Round(p.TopParentShare, 3),
        p.TopProvider?.In(language), Math.Round(p.TopProviderShare, 3), Math.Round(p.MeanOptimisticScore, 1), p.OptimisticSealCounts,
        new(p.Standings.Meets, p.Standings.FailsOnKnownFacts, p.Standings.Undetermined));

    private static async Task<Results<Ok<RoadmapDto>, ValidationProblem, ProblemHttpResult>> SettingsAsync(
        RoadmapSettingsInput input, RegieDbContext db, BoardAnalysis board, CurrentBoard current, UiText text, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var saving = await RoadmapOperations.SaveSettingsAsync(db, current, input.MovesPerQuarter, input.Start, EditVersion.Requested(http.Request, input.Version), ct);
        if (saving.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "De instellingen van de routekaart zijn niet opgeslagen.");
        }

        board.Invalidate();
        var dto = ToDto(await RoadmapOperations.RoadmapAsync(db, board, current, time, ct), text);
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, "De instellingen van de routekaart", dto, dto.SettingsVersion!);
        }

        EditVersion.Tag(http, dto.SettingsVersion!);
        return TypedResults.Ok(dto);
    }

    private static async Task<Ok<List<MoveDto>>> MovesAsync(
        RegieDbContext db, BoardAnalysis board, CurrentBoard current, UiText text, TimeProvider time, CancellationToken ct)
    {
        var plan = await RoadmapOperations.RoadmapAsync(db, board, current, time, ct);
        var dto = ToDto(plan.Roadmap, plan.Moves, text);
        return TypedResults.Ok(dto.Quarters.SelectMany(q => q.Moves).Concat(dto.NotSequenced).ToList());
    }

    private static async Task<Results<Created<MoveDto>, ValidationProblem>> AddMoveAsync(
        MoveInput input, RegieDbContext db, BoardAnalysis board, UiText text, CancellationToken ct)
    {
        var (move, errors) = await RoadmapOperations.AddMoveAsync(db, board, input, ct);
        if (move is null)
        {
            return TypedResults.ValidationProblem(errors, title: "De verhuizing is niet opgeslagen.");
        }

        return TypedResults.Created($"/api/v1/roadmap/moves/{move.Id}", await MoveDtoAsync(move, db, board, text, ct));
    }

    private static async Task<Results<Ok<MoveDto>, ValidationProblem, ProblemHttpResult>> UpdateMoveAsync(
        Guid id, MoveInput input, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var move = await RoadmapOperations.FindMoveAsync(db, id, ct);
        if (move is null)
        {
            return RegieApi.NotFound("Deze verhuizing");
        }

        var saving = await RoadmapOperations.UpdateMoveAsync(db, board, move, input with { Version = EditVersion.Requested(http.Request, input.Version) }, ct);
        if (!saving.Found)
        {
            return RegieApi.NotFound("Deze verhuizing");
        }

        if (saving.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "De verhuizing is niet opgeslagen.");
        }

        var dto = await MoveDtoAsync(move, db, board, text, ct);
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, "Deze verhuizing", dto, dto.Version!);
        }

        EditVersion.Tag(http, dto.Version!);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteMoveAsync(Guid id, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var saving = await RoadmapOperations.DeleteMoveAsync(db, id, EditVersion.Requested(http.Request, null), ct);
        if (!saving.Found)
        {
            return RegieApi.NotFound("Deze verhuizing");
        }

        if (saving.Stale && await RoadmapOperations.FindMoveAsync(db, id, ct) is { } move)
        {
            var dto = await MoveDtoAsync(move, db, board, text, ct);
            return EditVersion.Conflict(http, "Deze verhuizing", dto, dto.Version!);
        }

        return TypedResults.NoContent();
    }

    private static async Task<MoveDto> MoveDtoAsync(PlannedMoveEntity move, RegieDbContext db, BoardAnalysis board, UiText text, CancellationToken ct)
    {
        var name = await db.Services.Where(s => s.Id == move.ServiceId).Select(s => s.Name).SingleAsync(ct);
        var catalog = await board.CatalogAsync(ct);
        return new MoveDto(move.Id, move.ServiceId, name, move.AlternativeId, MoveTarget.Resolve(move.AlternativeId, catalog).NameIn(text.ApiCulture.TwoLetterISOLanguageName), move.Status,
            move.PinnedPeriod, move.EffortDays, move.OneOffCost, move.Notes, null, [], RoadmapOperations.VersionOf(move));
    }
}
