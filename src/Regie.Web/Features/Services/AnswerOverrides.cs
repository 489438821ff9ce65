using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Features.Shared;

namespace Regie.Web.Features.Services;

/// <summary>
/// The board's own answer to one criterion: an option number, or "unknown" on purpose; <paramref name="Version"/> is the version
/// read (<see cref="AnswerOverrideDto.Version"/>), null when the caller does not check it.
/// </summary>
public sealed record AnswerOverrideInput(string? Option, string? Reason, string? Version = null);

/// <summary>The board's own answer to one criterion as stored: option and reason null (version "0") while there is none.</summary>
public sealed record AnswerOverrideDto(string CriterionId, string? Option, string? Reason, string Version);

/// <summary>What a save or removal of an own answer came to: service or criterion not found, the messages by field, or refused as stale.</summary>
public sealed record AnswerSaving(bool Found, Dictionary<string, string[]> Errors, bool Stale = false);

/// <summary>
/// The board's own answers to criteria, for the service page and the API alike: one validation (Dutch messages keyed by
/// field), one way to store; the audit trail comes with every save. Each answer has a version (<see cref="EditVersion"/>),
/// so a save or removal based on an answer someone else changed meanwhile is refused.
/// </summary>
public sealed class AnswerOverrides(RegieDbContext db, RegieKnowledge knowledge)
{
    public const string Unknown = "unknown";

    /// <summary>The version of one stored answer; <see cref="EditVersion.NotStored"/> while there is none.</summary>
    public string VersionOf(AnswerOverrideEntity? stored) => stored is null ? EditVersion.NotStored : EditVersion.Of(db, stored);

    /// <summary>The stored answers' versions of one service, by criterion id as the model spells it.</summary>
    public async Task<Dictionary<string, string>> VersionsAsync(ServiceId serviceId, CancellationToken ct) =>
        (await db.AnswerOverrides.AsNoTracking().Where(o => o.ServiceId == serviceId.Value).ToListAsync(ct))
            .ToDictionary(o => o.CriterionId, VersionOf, StringComparer.OrdinalIgnoreCase);

    /// <summary>The stored answer to one criterion (or none, version "0"); null when the service or the criterion does not exist.</summary>
    public async Task<AnswerOverrideDto?> GetAsync(ServiceId serviceId, string criterionId, CancellationToken ct)
    {
        if (!knowledge.Model.CriterionById.TryGetValue(criterionId, out var criterion) || !await db.Services.AnyAsync(s => s.Id == serviceId.Value, ct))
        {
            return null;
        }

        var stored = await StoredAsync(serviceId, criterion.Id, ct);
        return new(criterion.Id, stored is null ? null : stored.Option?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Unknown, stored?.Reason, VersionOf(stored));
    }

    /// <summary>Stores the answer when it is still as at the input's version (none: not checked).</summary>
    public async Task<AnswerSaving> SetAsync(ServiceId serviceId, string criterionId, AnswerOverrideInput input, CancellationToken ct)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId.Value, ct);
        if (service is null || !knowledge.Model.CriterionById.TryGetValue(criterionId, out var criterion))
        {
            return new(false, []);
        }

        var errors = new Dictionary<string, string[]>();
        int? chosen = int.TryParse(input.Option, out var o) && o >= 0 && o < criterion.Options.Count ? o : null;
        if (chosen is null && input.Option != Unknown)
        {
            errors["option"] = ["Kies een antwoord of 'onbekend'."];
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            errors["reason"] = ["Vul een reden in: waarom wijkt het bestuur af?"];
        }

        if (errors.Count > 0)
        {
            return new(true, errors);
        }

        var saved = await EditVersion.SaveIfUnchangedAsync(db, input.Version, () => StoredVersionAsync(serviceId, criterion.Id, ct), async () =>
        {
            var existing = await db.AnswerOverrides.OrderBy(x => x.Id).FirstOrDefaultAsync(x => x.ServiceId == service.Id && x.CriterionId == criterion.Id, ct);
            if (existing is null)
            {
                // Added through the set, not the navigation: EF takes a new row with a preset key for an existing one.
                db.AnswerOverrides.Add(new AnswerOverrideEntity { Id = Guid.NewGuid(), ServiceId = service.Id, CriterionId = criterion.Id, Option = chosen, Reason = input.Reason!.Trim() });
            }
            else
            {
                (existing.Option, existing.Reason) = (chosen, input.Reason!.Trim());
            }

            await db.SaveChangesAsync(ct);
        }, ct);
        return await FoundAfterAsync(serviceId, saved, ct);
    }

    /// <summary>
    /// Removes the board's own answer, so the catalog's or the derived answer counts again, when it is still as at
    /// <paramref name="expectedVersion"/> (null: not checked); not found when the service does not exist.
    /// </summary>
    public async Task<AnswerSaving> ClearAsync(ServiceId serviceId, string criterionId, string? expectedVersion, CancellationToken ct)
    {
        if (!await db.Services.AnyAsync(s => s.Id == serviceId.Value, ct))
        {
            return new(false, []);
        }

        // Stored as the model spells the criterion.
        criterionId = knowledge.Model.CriterionById.TryGetValue(criterionId, out var criterion) ? criterion.Id : criterionId;
        var saved = await EditVersion.SaveIfUnchangedAsync(db, expectedVersion, () => StoredVersionAsync(serviceId, criterionId, ct), async () =>
        {
            db.AnswerOverrides.RemoveRange(await db.AnswerOverrides.Where(x => x.ServiceId == serviceId.Value && x.CriterionId == criterionId).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
        }, ct);
        return await FoundAfterAsync(serviceId, saved, ct);
    }

    // A refusal is stale while the service is still there; deleted meanwhile, it is not found.
    private async Task<AnswerSaving> FoundAfterAsync(ServiceId serviceId, bool saved, CancellationToken ct) =>
        saved ? new(true, []) : await db.Services.AnyAsync(s => s.Id == serviceId.Value, ct) ? new(true, [], Stale: true) : new(false, []);

    // The version as stored now, "0" while there is no answer; null only when the service is gone.
    private async Task<string?> StoredVersionAsync(ServiceId serviceId, string criterionId, CancellationToken ct) =>
        await db.Services.AnyAsync(s => s.Id == serviceId.Value, ct) ? VersionOf(await StoredAsync(serviceId, criterionId, ct)) : null;

    private Task<AnswerOverrideEntity?> StoredAsync(ServiceId serviceId, string criterionId, CancellationToken ct) =>
        db.AnswerOverrides.AsNoTracking().OrderBy(x => x.Id).FirstOrDefaultAsync(x => x.ServiceId == serviceId.Value && x.CriterionId == criterionId, ct);
}
