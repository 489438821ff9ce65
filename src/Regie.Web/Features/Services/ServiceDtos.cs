using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Services;

// Plain records, mapped by hand. A score is the core's AssessmentDocument (the same contract as the CLI's), not a record of its own here.

public sealed record ServiceSummaryDto(
    Guid Id, string Name, string? CatalogProductId, IReadOnlyList<string> Processes, string? Vendor, string? UltimateParent,
    string? ParentCountry, bool? ParentInEu, int Score, int OptimisticScore, int Seal, bool PolicyApplies, bool PassesPolicy,
    double Urgency, string UrgencyBand);

public sealed record ServiceDto(
    Guid Id, string Name, string? CatalogProductId, IReadOnlyList<string> Processes, int? Pupils, int? Staff,
    IReadOnlyList<string> DataCategories, Guid? SignsInThrough, Guid? HostedOnService, string? HostingProviderId, string? HostingRegion,
    string? VendorId, DataLocation DataLocation, Tri OpenSource, DateOnly? ContractEnd, Tri ExitClause, IReadOnlyList<string> ExportFormats,
    AssessmentStatus Dpia, AssessmentStatus Kia, decimal? AnnualCost, MitigationInput Mitigation, string? Notes,
    IReadOnlyList<DependencyDto> Dependencies, string? Version = null);

/// <summary>An edge; <see cref="Version"/> is what a DELETE sends as If-Match so that it removes only the edge as read.</summary>
public sealed record DependencyDto(Guid Id, Guid From, string FromName, DependencyKind Kind, Guid To, string ToName, string? Version = null);

public sealed record DependencyRequest(Guid From, DependencyKind Kind, Guid To);

public static class ServiceMapping
{
    public static ServiceSummaryDto ToSummary(this ServiceAssessment a, KnowledgeCatalog catalog)
    {
        var parent = a.Service.VendorChain.UltimateParent;
        var country = Jurisdiction.CountryOf(catalog, parent);
        return new(a.Service.Id.Value, a.Service.Name, a.Service.Service.CatalogProductId, a.Service.Service.ProcessIds,
            a.Service.VendorChain.Vendor?.Name, parent?.Name, country?.Code, country?.InEuEea,
            a.Sovereignty.RoundedScore, a.Sovereignty.RoundedOptimisticScore, a.Sovereignty.Seal, a.Policy.Applies, a.Policy.Passes,
            Math.Round(a.Urgency.Value, 1), a.Urgency.Band);
    }

    public static ServiceDto ToDto(this ServiceEntity s, IReadOnlyList<DependencyDto> dependencies, string? version = null)
    {
        var input = ServiceInput.From(s, [.. dependencies.Select(d => new DependencyEntity { FromServiceId = d.From, Kind = d.Kind, ToServiceId = d.To })]);
        return new(s.Id, s.Name, s.CatalogProductId, s.ProcessKeys, s.Pupils, s.Staff, s.DataCategories, input.SignsInThrough,
            input.HostedOnService, s.HostingProviderId, s.HostingRegion, s.VendorId, s.DataLocation, s.OpenSource, s.ContractEnd,
            s.ExitClause, s.ExportFormats, s.Dpia, s.Kia, s.AnnualCost, input.Mitigation, s.Notes, dependencies, version);
    }

    /// <summary>The board's assessment as the one assessment contract, the document `regie score --format json` writes.</summary>
    /// <param name="services">One page of the services in the document's order (most urgent first); all of them when null.</param>
    public static AssessmentDocument ToDocument(
        this BoardAssessment board, CurrentBoard current, KnowledgeCatalog catalog, CultureInfo culture, IReadOnlyList<ServiceAssessment>? services = null) =>
        AssessmentDocument.From(
            board, culture, current.Organisation is { } o ? new AssessedOrganisation(o.Id, o.Name) : null, catalog.Version, services);

    public static double Percent(double fraction) => Math.Round(100 * fraction, 1);
}
