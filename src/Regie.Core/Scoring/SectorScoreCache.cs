using System.Collections.Concurrent;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

/// <summary>
/// A service's own scores shared across the boards of one sector run (<see cref="BoardAssessor.Figures"/>): most boards use
/// the same catalog products with nothing of their own, so a product's resolved facts and objective scores are computed once
/// per distinct input and reused. Only for boards that see the shipped catalog as it is (no own companies, providers,
/// products, corrections or vendor answers) and services without own answers; every other service is scored as before.
/// Thread-safe: one cache for all boards of a run, on any number of threads. Tied to one knowledge.
/// </summary>
public sealed class SectorScoreCache(RegieKnowledge knowledge)
{
    private readonly ConcurrentDictionary<OwnInput, OwnPart> parts = new();

    public RegieKnowledge Knowledge => knowledge;

    /// <summary>How many distinct inputs were scored (the rest of the sector's services reused them).</summary>
    public int Distinct => parts.Count;

    /// <summary>
    /// Every <see cref="Service"/> field that <see cref="ResolvedService.Resolve"/> and the own scores read. Two services with
    /// the same input resolve to the same facts and score the same in the shipped catalog; the other fields (name, processes,
    /// users, data, mitigation, costs, notes) count only after the own scores, per board.
    /// tests/Regie.Core.Tests/Scoring/FiguresEqualTheFullAssessment.cs varies every field of <see cref="Service"/>.
    /// </summary>
    internal readonly record struct OwnInput(
        string? CatalogProductId, string? VendorId, string? HostingProviderId, string? HostingRegion, DataLocation? DataLocation,
        Tri? OpenSource, Tri ExitClause, string? ExportFormats, AssessmentStatus Dpia);

    /// <summary>The service's input, or null when it carries answers of its own (those are scored per board).</summary>
    internal static OwnInput? InputOf(Service service) =>
        service.OverrideList.Count > 0 ? null
        : new OwnInput(service.CatalogProductId, service.VendorId, service.HostingProviderId, service.HostingRegion, service.DataLocation,
            service.OpenSource, service.ExitClause, service.ExportFormats is null ? null : $"{service.ExportFormats.Count}:{string.Join('\u001f', service.ExportFormats)}", service.Dpia);

    /// <summary>Whether the board sees the catalog this cache was filled from, so its services' own scores may be shared.</summary>
    internal bool Serves(KnowledgeCatalog boardCatalog) => ReferenceEquals(boardCatalog, knowledge.Catalog);

    /// <summary>The own part of the first service seen with this input, its resolved facts carrying <paramref name="service"/>.</summary>
    internal (ResolvedService Resolved, OwnScore[] Objectives) Own(OwnInput input, Service service, Func<Service, OwnPart> score)
    {
        var part = parts.GetOrAdd(input, static (_, arg) => arg.score(arg.service), (score, service));
        return (ReferenceEquals(part.Resolved.Service, service) ? part.Resolved : part.Resolved with { Service = service }, part.Objectives);
    }
}
