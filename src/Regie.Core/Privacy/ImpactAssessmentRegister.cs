using Regie.Core.Catalog;
using Regie.Core.Landscape;

namespace Regie.Core.Privacy;

/// <summary>One line of the DPIA or KIA register: the service's status, the register's details and what Regie concludes.</summary>
public sealed record ImpactRegisterEntry(
    ServiceId ServiceId,
    string Service,
    string? ProductId,
    ImpactKind Kind,
    AssessmentStatus Status,
    ImpactAssessmentDetails Details,
    bool Overdue,
    bool ReviewDateMissing,
    IReadOnlyList<SectorDpia> SectorDpias,
    IReadOnlyList<ImpactAssessmentReason> Reasons)
{
    public int HighRisks => Details.Risks.Count;
    public int HighRisksWithoutMeasure => Details.Risks.Count(r => !r.HasMeasure);
}

/// <summary>The board's register of one kind, in service order.</summary>
public sealed record ImpactRegister(ImpactKind Kind, IReadOnlyList<ImpactRegisterEntry> Entries)
{
    public int Overdue => Entries.Count(e => e.Overdue);
    public int ReviewDatesMissing => Entries.Count(e => e.ReviewDateMissing);
    public int HighRisksWithoutMeasure => Entries.Sum(e => e.HighRisksWithoutMeasure);
    public IReadOnlyDictionary<AssessmentStatus, int> CountByStatus =>
        Enum.GetValues<AssessmentStatus>().ToDictionary(s => s, s => Entries.Count(e => e.Status == s));
}

public static class ImpactAssessments
{
    /// <summary>The status as the service holds it: the register never keeps a second copy.</summary>
    public static AssessmentStatus StatusOf(Service service, ImpactKind kind) => kind == ImpactKind.Dpia ? service.Dpia : service.Kia;

    /// <summary>
    /// The register of <paramref name="kind"/> for every service of the board. <paramref name="details"/> holds what the board
    /// recorded (absent = nothing yet); <paramref name="today"/> decides what is overdue (a review date before today).
    /// </summary>
    public static ImpactRegister Build(
        IReadOnlyList<Service> services, ImpactKind kind, IReadOnlyDictionary<ServiceId, ImpactAssessmentDetails> details,
        KnowledgeCatalog catalog, IReadOnlyList<SectorDpia> sectorDpias, DateOnly today) =>
        new(kind, [.. services.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(s => Entry(s, kind, details.GetValueOrDefault(s.Id) ?? ImpactAssessmentDetails.None, catalog, sectorDpias, today))]);

    public static ImpactRegisterEntry Entry(
        Service service, ImpactKind kind, ImpactAssessmentDetails details, KnowledgeCatalog catalog, IReadOnlyList<SectorDpia> sectorDpias, DateOnly today)
    {
        var status = StatusOf(service, kind);
        var reasons = new List<ImpactAssessmentReason>();
        var overdue = details.ReviewOn is { } review && review < today;
        if (overdue)
        {
            reasons.Add(new ReviewOverdue(kind, details.ReviewOn!.Value, today.DayNumber - details.ReviewOn.Value.DayNumber));
        }

        var reviewMissing = status == AssessmentStatus.Done && details.ReviewOn is null;
        if (reviewMissing)
        {
            reasons.Add(new ReviewDateMissing(kind));
        }

        if (status is AssessmentStatus.Unknown or AssessmentStatus.NotStarted)
        {
            reasons.Add(new AssessmentNotStarted(kind, status));
        }

        reasons.AddRange(details.Risks.Where(r => !r.HasMeasure).Select(r => new HighRiskWithoutMeasure(kind, r.Description)));
        var offered = kind == ImpactKind.Dpia ? ForProduct(service.CatalogProductId, catalog, sectorDpias) : [];
        if (details.SectorDpiaId is { } used && sectorDpias.FirstOrDefault(d => d.Id == used) is { } usedDpia)
        {
            reasons.Add(new SectorDpiaUsed(usedDpia.Title, usedDpia.Published));
        }
        else
        {
            reasons.AddRange(offered.Select(d => new SectorDpiaAvailable(service.Name, d.Id, d.Title, d.CommissionedBy, d.Published)));
        }

        return new(service.Id, service.Name, service.CatalogProductId, kind, status, details, overdue, reviewMissing, offered, reasons);
    }

    /// <summary>
    /// The sector DPIAs that cover a catalog product: those naming the product itself or the suite it is part of (a DPIA on
    /// Microsoft 365 covers Teams), newest first.
    /// </summary>
    public static IReadOnlyList<SectorDpia> ForProduct(string? productId, KnowledgeCatalog catalog, IReadOnlyList<SectorDpia> sectorDpias)
    {
        if (productId is null)
        {
            return [];
        }

        var covered = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { productId };
        if (catalog.ProductById.TryGetValue(productId, out var product) && product.PartOf is { } suite)
        {
            covered.Add(suite);
        }

        return [.. sectorDpias.Where(d => d.Products.Any(covered.Contains)).OrderByDescending(d => d.Published, StringComparer.Ordinal)];
    }
}
