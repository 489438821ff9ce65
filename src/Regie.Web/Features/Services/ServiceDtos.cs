using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Services;

// Plain records, mapped by hand. Scores are 0–100 throughout; objective scores too (the core keeps them as fractions).

public sealed record ServiceSummaryDto(
    Guid Id, string Name, string? CatalogProductId, IReadOnlyList<string> Processes, string? Vendor, string? UltimateParent,
    string? ParentCountry, bool? ParentInEu, int Score, int OptimisticScore, int Seal, bool PolicyApplies, bool PassesPolicy,
    double Urgency, string UrgencyBand);

public sealed record ServiceDto(
    Guid Id, string Name, string? CatalogProductId, IReadOnlyList<string> Processes, int? Pupils, int? Staff,
    IReadOnlyList<string> DataCategories, Guid? SignsInThrough, Guid? HostedOnService, string? HostingProviderId, string? HostingRegion,
    string? VendorId, DataLocation DataLocation, Tri OpenSource, DateOnly? ContractEnd, Tri ExitClause, IReadOnlyList<string> ExportFormats,
    AssessmentStatus Dpia, AssessmentStatus Kia, decimal? AnnualCost, MitigationInput Mitigation, string? Notes,
    IReadOnlyList<DependencyDto> Dependencies);

public sealed record DependencyDto(Guid Id, Guid From, string FromName, DependencyKind Kind, Guid To, string ToName);

public sealed record DependencyRequest(Guid From, DependencyKind Kind, Guid To);

public sealed record ScoreDto(
    Guid ServiceId, string Service, string ModelVersion, string Profile, double Score, double OptimisticScore, int Seal, int OptimisticSeal,
    int UnknownAnswers, IReadOnlyList<ObjectiveDto> Objectives, IReadOnlyList<BindingDto> Binding, PolicyDto Policy,
    CriticalityDto Criticality, RiskDto Risk, UrgencyDto Urgency, IReadOnlyList<ForeignAccessDto> ForeignAccess);

public sealed record ObjectiveDto(
    string Id, string Name, double Weight, double OwnScore, int OwnSeal, double Score, int Seal, double OptimisticScore, int OptimisticSeal,
    InheritedCapDto? InheritedCap, IReadOnlyList<CriterionDto> Criteria);

public sealed record InheritedCapDto(Guid FromServiceId, string FromService, DependencyKind Edge, double Score, int Seal, string Explanation);

public sealed record CriterionDto(
    string Id, string Question, int? Option, string? Answer, AnswerOrigin Origin, string Explanation, string? Source, DateOnly? Checked,
    double Points, int Seal);

public sealed record BindingDto(string Objective, string? Criterion, string Text);

public sealed record PolicyDto(bool Applies, bool Passes, int MinSeal, int MinScore, IReadOnlyList<string> EssentialProcesses, IReadOnlyList<string> Reasons);

public sealed record FactorDto(string Name, double Value, string Explanation);

public sealed record CriticalityDto(int Value, IReadOnlyList<FactorDto> Factors, string Formula);

public sealed record RiskDto(double Value, double Exposure, double Mitigation, bool ExposureFloored, IReadOnlyList<string> Reasons, string Formula);

public sealed record UrgencyDto(double Value, string Band, string Quadrant, IReadOnlyList<string> Reasons, string Formula);

public sealed record ForeignAccessDto(string Company, string Country, string Role, string? Via);

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

    public static ServiceDto ToDto(this ServiceEntity s, IReadOnlyList<DependencyDto> dependencies)
    {
        var input = ServiceInput.From(s, [.. dependencies.Select(d => new DependencyEntity { FromServiceId = d.From, Kind = d.Kind, ToServiceId = d.To })]);
        return new(s.Id, s.Name, s.CatalogProductId, s.ProcessKeys, s.Pupils, s.Staff, s.DataCategories, input.SignsInThrough,
            input.HostedOnService, s.HostingProviderId, s.HostingRegion, s.VendorId, s.DataLocation, s.OpenSource, s.ContractEnd,
            s.ExitClause, s.ExportFormats, s.Dpia, s.Kia, s.AnnualCost, input.Mitigation, s.Notes, dependencies);
    }

    public static ScoreDto ToScore(this ServiceAssessment a, BoardAssessment board)
    {
        var s = a.Sovereignty;
        return new(a.Service.Id.Value, a.Service.Name, board.ModelVersion, board.Profile.Id, Math.Round(s.Score, 1), Math.Round(s.OptimisticScore, 1),
            s.Seal, s.OptimisticSeal, s.UnknownAnswers,
            [.. s.Objectives.Select(o => new ObjectiveDto(o.Objective.Id, o.Objective.Name.Nl, o.Weight, Percent(o.OwnScore), o.OwnSeal,
                Percent(o.Score), o.Seal, Percent(o.OptimisticScore), o.OptimisticSeal,
                o.Cap is { } cap ? new InheritedCapDto(cap.FromService.Value, cap.FromName, cap.Edge, Percent(cap.Score), cap.Seal,
                    $"Geërfd van {cap.FromName} via {BoardAssessor.EdgeText(cap.Edge)}: niet hoger dan {Percent(cap.Score)} en SEAL-{cap.Seal}.") : null,
                [.. o.Criteria.Select(c => new CriterionDto(c.Criterion.Id, c.Criterion.Question.Nl, c.Option, c.AnswerLabel("nl"), c.Origin,
                    c.Explanation, c.Source, c.Checked, Math.Round(c.Points, 3), c.Seal))]))],
            [.. s.Binding.Select(b => new BindingDto(b.ObjectiveId, b.CriterionId, b.Text))],
            new(a.Policy.Applies, a.Policy.Passes, a.Policy.MinSeal, a.Policy.MinScore, a.Policy.EssentialProcesses, a.Policy.Reasons),
            new(a.Criticality.Value, [.. new[] { a.Criticality.Impact, a.Criticality.Data, a.Criticality.Coupling }.Select(f => new FactorDto(f.Name, f.Value, f.Explanation))],
                a.Criticality.Formula),
            new(Math.Round(a.Risk.Value, 2), Math.Round(a.Risk.Exposure, 3), Math.Round(a.Risk.Mitigation, 3), a.Risk.ExposureFloored, a.Risk.Reasons, a.Risk.Formula),
            new(Math.Round(a.Urgency.Value, 2), a.Urgency.Band, a.Urgency.Quadrant, a.Urgency.Reasons, a.Urgency.Formula),
            [.. a.ForeignAccess.Select(f => new ForeignAccessDto(f.CompanyName, f.CountryCode, f.Role, f.ViaService))]);
    }


    public static double Percent(double fraction) => Math.Round(100 * fraction, 1);
}
