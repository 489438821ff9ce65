using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Planning;

public enum EffortSize { Small, Medium, Large }

/// <summary>One rule's share of an effort estimate, in person-days (negative when it saves work), with its reason.</summary>
public sealed record EffortPart(PlanningReason Why, double Days);

/// <summary>
/// An indicative effort for moving one service to another product: a range in person-days from rules anyone can check,
/// each part with its reason. A first indication to plan with, never a quote; the board's own estimate replaces it.
/// </summary>
public sealed record EffortEstimate(int LowDays, int HighDays, EffortSize Size, IReadOnlyList<EffortPart> Parts)
{
    public double Days => Parts.Sum(p => p.Days);
}

/// <summary>
/// The effort rules (docs/ROADMAP.md, "Effort"): a base for the kind of service, plus instruction of its users, re-connecting
/// the services that sign in through it or run on it, checking its integrations and moving each kind of personal data; more
/// when no export in an open format is known, less when the two products share an open standard. The range runs from
/// three quarters to one and a half times the sum, because these are rules of thumb, not measurements. The numbers are
/// data (<see cref="EffortRules"/>, data/models/migration-effort.yaml).
/// </summary>
public static class MigrationEffort
{
    /// <summary>The effort of moving <paramref name="service"/> (on its catalog product, if any) to <paramref name="target"/>.</summary>
    public static EffortEstimate Estimate(BoardLandscape landscape, Service service, MoveTarget target, KnowledgeCatalog catalog, EffortRules rules) =>
        Estimate(landscape, service, service.CatalogProductId is { } id ? catalog.ProductById.GetValueOrDefault(id) : null, target.StandardIds, catalog, rules);

    public static EffortEstimate Estimate(
        BoardLandscape landscape, Service service, Product? current, IReadOnlyList<string> targetStandards, KnowledgeCatalog catalog, EffortRules rules)
    {
        var parts = new List<EffortPart>();
        var category = current?.Category;
        LocalizedText? categoryName = category is not null && catalog.CategoryById.TryGetValue(category, out var c) ? c.Name : null;
        parts.Add(new(new SetUpAndMove(categoryName), category is not null ? rules.BaseDays.GetValueOrDefault(category, rules.OtherBaseDays) : rules.OtherBaseDays));

        var users = Math.Max(0, service.Pupils ?? 0) + Math.Max(0, service.Staff ?? 0);
        if (users > 0)
        {
            var days = Math.Min(rules.MaxInstructionDays, Math.Ceiling(2.0 * users / rules.UsersPerInstructionDay) / 2);
            parts.Add(new(new InstructUsers(users, rules.UsersPerInstructionDay / 2, rules.MaxInstructionDays), days));
        }

        // Each neighbour counts once: a service that signs in through this one is not also counted as an integration,
        // an integration recorded in both directions is one, and edges to services not on the board do not count.
        var onBoard = landscape.Services.Select(s => s.Id).ToHashSet();
        var hardDependants = landscape.Dependencies.Where(d => d.IsHard && d.To == service.Id && d.From != service.Id && onBoard.Contains(d.From))
            .Select(d => d.From).ToHashSet();
        if (hardDependants.Count > 0)
        {
            parts.Add(new(new ReconnectDependants(hardDependants.Count), hardDependants.Count * rules.DaysPerDependant));
        }

        var integrations = landscape.Dependencies
            .Where(d => d.Kind == DependencyKind.IntegratesWith && d.From != d.To && (d.From == service.Id || d.To == service.Id))
            .Select(d => d.From == service.Id ? d.To : d.From)
            .Where(n => onBoard.Contains(n) && !hardDependants.Contains(n))
            .Distinct().Count();
        if (integrations > 0)
        {
            parts.Add(new(new CheckIntegrations(integrations), integrations * rules.DaysPerIntegration));
        }

        var dataKinds = service.DataCategoryIds.Count;
        if (dataKinds > 0)
        {
            var days = dataKinds * rules.DaysPerDataCategory;
            parts.Add(new(new MoveData(dataKinds), days));
            if (!service.ExportFormatList.Any(Prefill.IsOpenFormat))
            {
                parts.Add(new(new NoOpenExport(rules.NoOpenExportFactor - 1), days * (rules.NoOpenExportFactor - 1)));
            }
        }

        var currentStandards = current?.Standards.Value ?? [];
        var shared = currentStandards.Intersect(targetStandards, StringComparer.OrdinalIgnoreCase).ToList();
        var subtotal = parts.Sum(p => p.Days);
        if (shared.Count > 0)
        {
            var names = shared.Select(s => catalog.StandardById.TryGetValue(s, out var standard) ? standard.Name : s).ToList();
            parts.Add(new(new SharedStandards(names), -subtotal * rules.SharedStandardSaving));
        }
        else if (currentStandards.Count > 0 && targetStandards.Count > 0)
        {
            parts.Add(new(new NoSharedStandard(), subtotal * rules.NoSharedStandardExtra));
        }

        var total = parts.Sum(p => p.Days);
        var low = (int)Math.Round(total * rules.LowFactor, MidpointRounding.AwayFromZero);
        var high = (int)Math.Round(total * rules.HighFactor, MidpointRounding.AwayFromZero);
        var size = high <= rules.SmallUpToDays ? EffortSize.Small : high <= rules.MediumUpToDays ? EffortSize.Medium : EffortSize.Large;
        return new EffortEstimate(Math.Max(1, low), Math.Max(1, high), size, parts);
    }
}
