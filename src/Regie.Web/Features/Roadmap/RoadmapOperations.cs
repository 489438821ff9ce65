using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Roadmap;

/// <summary>The rules and queries that the planning pages and the API share: one validation, one way to load and sequence.</summary>
public static class RoadmapOperations
{
    public sealed record Plan(Core.Planning.Roadmap Roadmap, IReadOnlyList<PlannedMoveEntity> Moves, OrganisationEntity Organisation);

    public static async Task<Plan> RoadmapAsync(
        RegieDbContext db, BoardAnalysis board, CurrentBoard current, TimeProvider time, CancellationToken ct, OrganisationEntity? organisation = null)
    {
        organisation ??= await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == current.Id, ct);
        // As of a snapshot: that day's planned moves (without their notes, which a snapshot does not keep); the quarter settings are today's.
        var moves = board.MovesAsOf is { } then
            ? [.. then.OrderBy(m => m.Id).Select(m => new PlannedMoveEntity
            {
                Id = m.Id, OrganisationId = current.Id, ServiceId = m.Service.Value, AlternativeId = m.AlternativeId, Status = m.State,
                PinnedPeriod = m.Pinned?.ToString(), EffortDays = m.EffortDays, OneOffCost = m.OneOffCost,
            })]
            : await db.PlannedMoves.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
        var start = organisation.RoadmapStart is { } s ? Quarter.Of(s) : Quarter.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var request = new RoadmapRequest(await board.LandscapeAsync(ct), [.. moves.Select(m => m.ToCore())], Math.Max(1, organisation.MovesPerQuarter), start);
        return new Plan(RoadmapSequencer.Sequence(request, board.Knowledge, board.ProfileId), moves, organisation);
    }


    public static Dictionary<string, string[]> ValidateSettings(int movesPerQuarter, string? startText, out Quarter? start)
    {
        var errors = new Dictionary<string, string[]>();
        start = null;
        if (movesPerQuarter is < 1 or > 50)
        {
            errors["movesPerQuarter"] = ["Verhuizingen per kwartaal: kies een heel getal van 1 tot en met 50."];
        }

        if (!string.IsNullOrWhiteSpace(startText))
        {
            if (Quarter.TryParse(startText, out var q))
            {
                start = q;
            }
            else
            {
                errors["start"] = [$"Startkwartaal: '{startText}' is geen kwartaal; schrijf het als 2027-Q1."];
            }
        }

        return errors;
    }

    public static async Task<Dictionary<string, string[]>> ValidateMoveAsync(
        MoveInput input, Guid? moveId, RegieDbContext db, BoardAnalysis board, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!await db.Services.AnyAsync(s => s.Id == input.ServiceId, ct))
        {
            errors["serviceId"] = ["Dienst: kies een dienst van dit bestuur."];
        }

        var catalog = await board.CatalogAsync(ct);
        if (string.IsNullOrWhiteSpace(input.AlternativeId))
        {
            errors["alternativeId"] = ["Alternatief: kies een alternatief of product uit de catalogus."];
        }
        else if (!catalog.Alternatives.Any(a => string.Equals(a.Id, input.AlternativeId.Trim(), StringComparison.OrdinalIgnoreCase))
            && !catalog.ProductById.ContainsKey(input.AlternativeId.Trim()))
        {
            errors["alternativeId"] = [$"Alternatief: '{input.AlternativeId}' staat niet in de catalogus en is geen eigen product van het bestuur."];
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors["status"] = ["Status: kies gepland, bezig, afgerond of geschrapt."];
        }

        if (!string.IsNullOrWhiteSpace(input.PinnedPeriod) && !Quarter.TryParse(input.PinnedPeriod, out _))
        {
            errors["pinnedPeriod"] = [$"Vast kwartaal: '{input.PinnedPeriod}' is geen kwartaal; schrijf het als 2027-Q2."];
        }

        if (input.EffortDays is < 0 or > 10_000)
        {
            errors["effortDays"] = ["Inspanning: een heel aantal persoonsdagen van 0 tot 10.000."];
        }

        if (FieldRules.Amount("Eenmalige kosten", input.OneOffCost) is { } cost)
        {
            errors["oneOffCost"] = [cost];
        }

        if (errors.Count == 0 && input.Status is MoveState.Planned or MoveState.InProgress
            && await db.PlannedMoves.AnyAsync(m => m.ServiceId == input.ServiceId && m.Id != moveId && (m.Status == MoveState.Planned || m.Status == MoveState.InProgress), ct))
        {
            errors["serviceId"] = ["Dienst: voor deze dienst staat al een verhuizing gepland; schrap die eerst."];
        }

        return errors;
    }

    public static void Apply(MoveInput input, PlannedMoveEntity move)
    {
        move.ServiceId = input.ServiceId;
        move.AlternativeId = input.AlternativeId!.Trim();
        move.Status = input.Status;
        move.PinnedPeriod = Quarter.TryParse(input.PinnedPeriod, out var q) ? q.ToString() : null;
        move.EffortDays = input.EffortDays;
        move.OneOffCost = input.OneOffCost;
        move.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
    }

    public static string StatusText(MoveState status) => status switch
    {
        MoveState.InProgress => "bezig",
        MoveState.Done => "afgerond",
        MoveState.Dropped => "geschrapt",
        _ => "gepland",
    };


    /// <summary>Stores capacity and first quarter; the errors (keyed by the API's field names) when they are not valid.</summary>
    /// <summary>The version of the roadmap's settings as stored (capacity and first quarter).</summary>
    public static string SettingsVersionOf(OrganisationEntity organisation) =>
        EditVersion.OfValues(organisation.MovesPerQuarter, organisation.RoadmapStart);

    /// <summary>The version of a move as stored: every field its forms and the API change.</summary>
    public static string VersionOf(PlannedMoveEntity move) =>
        EditVersion.OfValues(move.Id, move.ServiceId, move.AlternativeId, move.Status.ToString(), move.PinnedPeriod, move.EffortDays, move.OneOffCost, move.Notes);

    /// <summary>Stores the settings while they still have <paramref name="expectedVersion"/> (null: any); the errors, or stale with nothing stored.</summary>
    public static async Task<RoadmapSaving> SaveSettingsAsync(
        RegieDbContext db, CurrentBoard current, int movesPerQuarter, string? startText, string? expectedVersion, CancellationToken ct)
    {
        var errors = ValidateSettings(movesPerQuarter, startText, out var start);
        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == current.Id, ct);
        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, async () =>
        {
            await db.Entry(organisation).ReloadAsync(ct);
            return SettingsVersionOf(organisation);
        }, async () =>
        {
            (organisation.MovesPerQuarter, organisation.RoadmapStart) = (movesPerQuarter, start?.FirstDay);
            await db.SaveChangesAsync(ct);
        }, ct);
        return new(true, errors, Stale: !saved);
    }

    /// <summary>Adds a move (a chosen alternative); the errors when the input is not valid, with no move.</summary>
    public static async Task<(PlannedMoveEntity? Move, Dictionary<string, string[]> Errors)> AddMoveAsync(
        RegieDbContext db, BoardAnalysis board, MoveInput input, CancellationToken ct)
    {
        var errors = await ValidateMoveAsync(input, null, db, board, ct);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var move = new PlannedMoveEntity { Id = Guid.NewGuid() };
        Apply(input, move);
        db.PlannedMoves.Add(move);
        await db.SaveChangesAsync(ct);
        return (move, errors);
    }

    public static Task<PlannedMoveEntity?> FindMoveAsync(RegieDbContext db, Guid id, CancellationToken ct) =>
        db.PlannedMoves.SingleOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>
    /// Changes a move found with <see cref="FindMoveAsync"/> while it still has the input's version (none: any); the errors when
    /// the input is not valid, stale when someone else changed it first, not found when it was removed meanwhile: nothing changed then.
    /// </summary>
    public static async Task<RoadmapSaving> UpdateMoveAsync(
        RegieDbContext db, BoardAnalysis board, PlannedMoveEntity move, MoveInput input, CancellationToken ct)
    {
        var errors = await ValidateMoveAsync(input, move.Id, db, board, ct);
        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var saved = await SaveMoveIfUnchangedAsync(db, move, input.Version, async () =>
        {
            Apply(input, move);
            await db.SaveChangesAsync(ct);
        }, ct);
        return Outcome(db, move, saved, errors);
    }

    /// <summary>Removes a move while it still has <paramref name="expectedVersion"/> (null: any).</summary>
    public static async Task<RoadmapSaving> DeleteMoveAsync(RegieDbContext db, Guid id, string? expectedVersion, CancellationToken ct)
    {
        if (await FindMoveAsync(db, id, ct) is not { } move)
        {
            return new(false, []);
        }

        var saved = await SaveMoveIfUnchangedAsync(db, move, expectedVersion, async () =>
        {
            db.PlannedMoves.Remove(move);
            await db.SaveChangesAsync(ct);
        }, ct);
        return saved ? new(true, []) : Outcome(db, move, saved, []);
    }

    private static Task<bool> SaveMoveIfUnchangedAsync(RegieDbContext db, PlannedMoveEntity move, string? expected, Func<Task> write, CancellationToken ct) =>
        EditVersion.SaveIfUnchangedAsync(db, expected, async () =>
        {
            await db.Entry(move).ReloadAsync(ct);
            return db.Entry(move).State == EntityState.Detached ? null : VersionOf(move);
        }, write, ct);

    private static RoadmapSaving Outcome(RegieDbContext db, PlannedMoveEntity move, bool saved, Dictionary<string, string[]> errors) =>
        db.Entry(move).State == EntityState.Detached && !saved ? new(false, errors) : new(true, errors, Stale: !saved);
}

/// <summary>What a change of the roadmap came to: the move not found, the messages by field, or refused as stale (nothing stored).</summary>
public sealed record RoadmapSaving(bool Found, Dictionary<string, string[]> Errors, bool Stale = false);
