using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Api;

// Plain records, mapped by hand. Scores are 0–100 throughout; objective scores too (the core keeps them as fractions).

public sealed record OrganisationDto(
    Guid Id, string Name, bool IsDemo, IReadOnlyList<Sector> Sectors, int Pupils, int Staff, string WeightProfile, IReadOnlyList<string> Domains);

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

public sealed record ProcessDto(
    string Key, string Name, string NameEn, ProcessKind Kind, int Criticality, bool Essential, int? MinSeal, int? MinScore,
    int EffectiveMinSeal, int EffectiveMinScore, IReadOnlyList<Guid> Services);

public sealed record ProcessUpdate(int Criticality, bool Essential, int? MinSeal, int? MinScore);

public sealed record GraphDto(
    IReadOnlyList<GraphNodeDto> Nodes, IReadOnlyList<GraphEdgeDto> Edges, IReadOnlyList<ConcentrationDto> ByParent,
    IReadOnlyList<ConcentrationDto> ByProvider, IReadOnlyList<SinglePointOfFailureDto> SinglePointsOfFailure,
    ConcentrationIndexDto ParentIndex, ConcentrationIndexDto ProviderIndex);

public sealed record GraphNodeDto(string Id, NodeKind Kind, string Label, string? Jurisdiction, bool InEuEea, int Criticality);

public sealed record GraphEdgeDto(string From, string To, EdgeKind Kind);

public sealed record ConcentrationDto(
    string Id, string Name, NodeKind Kind, string? Country, double ProcessShare, IReadOnlyList<string> Processes, double PupilShare,
    double StaffShare, IReadOnlyList<string> DataCategories, double ServiceShare, IReadOnlyList<DependentServiceDto> Services);

public sealed record DependentServiceDto(Guid Id, string Name, bool Direct, string Path);

public sealed record SinglePointOfFailureDto(string Id, string Name, NodeKind Kind, IReadOnlyList<string> Processes);

public sealed record ConcentrationIndexDto(double Hhi, IReadOnlyList<ShareDto> Shares, double UnattributedShare, string Explanation);

public sealed record ShareDto(string Name, double Share);

/// <summary>A company: the board's own (<c>own: true</c>) or the catalog's. Chain and ultimate parent as the score resolves them.</summary>
public sealed record CompanyDto(
    string Key, string Name, string? Country, string? ParentKey, CompanyKind Kind, string? Source, bool Own, string Chain,
    string? UltimateParent, string? UltimateParentCountry);

/// <summary>A hosting provider: the board's own (<c>own: true</c>) or the catalog's.</summary>
public sealed record ProviderDto(string Key, string Name, string? CompanyKey, string? Company, ProviderKind Kind, bool Own);

public sealed record FactDto<T>(T? Value, string? Source, DateOnly? Checked, Confidence Confidence);

public sealed record ProductDto(
    string Id, string Name, IReadOnlyList<string> Aliases, string Category, IReadOnlyList<string> Processes, FactDto<string> Vendor,
    string? VendorChain, FactDto<string> HostingProvider, FactDto<string> HostingRegion, FactDto<DataLocation> DataLocation,
    FactDto<Tri> OpenSource, bool IdentityProvider, string? PartOf, IReadOnlyDictionary<string, FactDto<int>>? Answers);

public static class DtoMapping
{
    public static OrganisationDto ToDto(this OrganisationEntity o, string profile) =>
        new(o.Id, o.Name, o.IsDemo, o.Sectors, o.Pupils, o.Staff, profile, o.Domains);

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

    public static GraphDto ToDto(this GraphAnalysis g) => new(
        [.. g.Nodes.Select(n => new GraphNodeDto(n.Id, n.Kind, n.Label, n.Jurisdiction, n.InEuEea, n.Criticality))],
        [.. g.Edges.Select(e => new GraphEdgeDto(e.From, e.To, e.Kind))],
        [.. g.ByParent.Select(ToDto)],
        [.. g.ByProvider.Select(ToDto)],
        [.. g.SinglePointsOfFailure.Select(s => new SinglePointOfFailureDto(s.EntityId, s.Name, s.Kind, s.Processes))],
        g.ParentIndex.ToDto(),
        g.ProviderIndex.ToDto());

    public static ConcentrationDto ToDto(this Concentration c) => new(
        c.EntityId, c.Name, c.Kind, c.Country, Math.Round(c.ProcessShare, 4), c.Processes, Math.Round(c.PupilShare, 4), Math.Round(c.StaffShare, 4),
        c.DataCategories, Math.Round(c.ServiceShare, 4), [.. c.Services.Select(s => new DependentServiceDto(s.Service.Value, s.Name, s.Direct, s.Path))]);

    public static ConcentrationIndexDto ToDto(this ConcentrationIndex i) =>
        new(Math.Round(i.Hhi), [.. i.Shares.Select(s => new ShareDto(s.Name, Math.Round(s.Share, 4)))], Math.Round(i.UnattributedShare, 4), i.Explanation);

    public static ProductDto ToDto(this Product p, KnowledgeCatalog catalog, bool withAnswers) => new(
        p.Id, p.Name, p.Aliases, p.Category, p.Processes, p.Vendor.ToDto(),
        p.Vendor.Value is { } v ? OwnershipChain.Resolve(catalog, v).Describe() : null,
        p.HostingProvider.ToDto(), p.HostingRegion.ToDto(), p.DataLocation.ToDto(), p.OpenSource.ToDto(), p.IdentityProvider, p.PartOf,
        withAnswers ? p.Answers.ToDictionary(a => a.Key, a => a.Value.ToDto()) : null);

    /// <summary>
    /// A company as seen through <paramref name="catalog"/>, the catalog with the board's own parties merged in. The source is
    /// the board's own citation for its companies (<paramref name="ownSource"/>), else the catalog's source of the country.
    /// </summary>
    public static CompanyDto ToDto(this Company c, KnowledgeCatalog catalog, string? ownSource = null)
    {
        var chain = OwnershipChain.Resolve(catalog, c.Id);
        return new(c.Id, c.Name, c.Country.IsKnown ? c.Country.Value : null, c.Parent.IsKnown ? c.Parent.Value : null, c.Kind,
            c.IsLocal ? ownSource : c.Country.Source, c.IsLocal, chain.Describe(), chain.UltimateParent?.Name, Jurisdiction.ControllingCountry(catalog, chain)?.Code);
    }

    public static ProviderDto ToDto(this HostingProvider p, KnowledgeCatalog catalog)
    {
        var owner = p.Company.IsKnown ? p.Company.Value : null;
        return new(p.Id, p.Name, owner, owner is null ? null : catalog.CompanyById.GetValueOrDefault(owner)?.Name, p.Kind, p.IsLocal);
    }

    public static FactDto<T> ToDto<T>(this Fact<T> f) => new(f.Value, f.Source, f.Checked, f.Confidence);

    public static double Percent(double fraction) => Math.Round(100 * fraction, 1);
}
