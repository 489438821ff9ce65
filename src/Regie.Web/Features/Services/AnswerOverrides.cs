using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;

namespace Regie.Web.Features.Services;

/// <summary>The board's own answer to one criterion: an option number, or "unknown" on purpose.</summary>
public sealed record AnswerOverrideInput(string? Option, string? Reason);

/// <summary>
/// The board's own answers to criteria, for the service page and the API alike: one validation (Dutch messages keyed by
/// field), one way to store; the audit trail comes with every save.
/// </summary>
public sealed class AnswerOverrides(RegieDbContext db, RegieKnowledge knowledge)
{
    public const string Unknown = "unknown";

    /// <summary>Null when the service or the criterion does not exist; else the errors, empty when the answer is stored.</summary>
    public async Task<Dictionary<string, string[]>?> SetAsync(ServiceId serviceId, string criterionId, AnswerOverrideInput input, CancellationToken ct)
    {
        var service = await db.Services.Include(s => s.Overrides).SingleOrDefaultAsync(s => s.Id == serviceId.Value, ct);
        if (service is null || !knowledge.Model.CriterionById.TryGetValue(criterionId, out var criterion))
        {
            return null;
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
            return errors;
        }

        var existing = service.Overrides.FirstOrDefault(x => string.Equals(x.CriterionId, criterion.Id, StringComparison.OrdinalIgnoreCase));
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
        return errors;
    }

    /// <summary>Removes the board's own answer, so the catalog's or the derived answer counts again; false when the service does not exist.</summary>
    public async Task<bool> ClearAsync(ServiceId serviceId, string criterionId, CancellationToken ct)
    {
        var service = await db.Services.Include(s => s.Overrides).SingleOrDefaultAsync(s => s.Id == serviceId.Value, ct);
        if (service is null)
        {
            return false;
        }

        db.AnswerOverrides.RemoveRange(service.Overrides.Where(x => string.Equals(x.CriterionId, criterionId, StringComparison.OrdinalIgnoreCase)));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
