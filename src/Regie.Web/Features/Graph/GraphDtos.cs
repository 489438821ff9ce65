using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Graph;

public sealed record GraphDto(
    IReadOnlyList<GraphNodeDto> Nodes, IReadOnlyList<GraphEdgeDto> Edges, IReadOnlyList<ConcentrationDto> ByParent,
    IReadOnlyList<ConcentrationDto> ByProvider, IReadOnlyList<SinglePointOfFailureDto> SinglePointsOfFailure,
    ConcentrationIndexDto ParentIndex, ConcentrationIndexDto ProviderIndex);

/// <summary>A node; Jurisdiction is the controlling country as far as known, ParentUnknown when that is not the ultimate parent's.</summary>
public sealed record GraphNodeDto(string Id, NodeKind Kind, string Label, string? Jurisdiction, bool InEuEea, int Criticality, bool ParentUnknown);

public sealed record GraphEdgeDto(string From, string To, EdgeKind Kind);

public sealed record ConcentrationDto(
    string Id, string Name, NodeKind Kind, string? Country, double ProcessShare, IReadOnlyList<string> Processes, double PupilShare,
    double StaffShare, IReadOnlyList<string> DataCategories, double ServiceShare, IReadOnlyList<DependentServiceDto> Services);

public sealed record DependentServiceDto(Guid Id, string Name, bool Direct, string Path);

public sealed record SinglePointOfFailureDto(string Id, string Name, NodeKind Kind, IReadOnlyList<string> Processes);

public sealed record ConcentrationIndexDto(double Hhi, IReadOnlyList<ShareDto> Shares, double UnattributedShare, ReasonDocument Explanation);

public sealed record ShareDto(string Name, double Share);

public static class GraphMapping
{
    public static GraphDto ToDto(this GraphAnalysis g, UiText text) => new(
        [.. g.Nodes.Select(n => new GraphNodeDto(n.Id, n.Kind, n.Label, n.Jurisdiction, n.InEuEea, n.Criticality, n.ParentUnknown))],
        [.. g.Edges.Select(e => new GraphEdgeDto(e.From, e.To, e.Kind))],
        [.. g.ByParent.Select(c => c.ToDto(text.ApiCulture.TwoLetterISOLanguageName))],
        [.. g.ByProvider.Select(c => c.ToDto(text.ApiCulture.TwoLetterISOLanguageName))],
        [.. g.SinglePointsOfFailure.Select(s => new SinglePointOfFailureDto(s.EntityId, s.Name.In(text.ApiCulture.TwoLetterISOLanguageName), s.Kind, [.. s.Processes.Select(p => p.In(text.ApiCulture.TwoLetterISOLanguageName))]))],
        g.ParentIndex.ToDto(text),
        g.ProviderIndex.ToDto(text));

    public static ConcentrationDto ToDto(this Concentration c, string language) => new(
        c.EntityId, c.Name.In(language), c.Kind, c.Country, Math.Round(c.ProcessShare, 4), [.. c.Processes.Select(p => p.In(language))], Math.Round(c.PupilShare, 4), Math.Round(c.StaffShare, 4),
        c.DataCategories, Math.Round(c.ServiceShare, 4), [.. c.Services.Select(s => new DependentServiceDto(s.Service.Value, s.Name, s.Direct, s.Path))]);

    public static ConcentrationIndexDto ToDto(this ConcentrationIndex i, UiText text) =>
        new(Math.Round(i.Hhi), [.. i.Shares.Select(s => new ShareDto(s.Name.In(text.ApiCulture.TwoLetterISOLanguageName), Math.Round(s.Share, 4)))], Math.Round(i.UnattributedShare, 4), text.Document(i.Why));
}
