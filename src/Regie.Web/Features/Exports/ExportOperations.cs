using System.Globalization;
using Regie.Core.Exporting;
using Regie.Data;
using Regie.Web.Features.Audit;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Roadmap;
using Regie.Web.Features.Scenarios;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Exports;

/// <summary>
/// The board's lists as export tables, read from the features' own operations (never from a paged endpoint), so a
/// download holds every row the page and the analysis have (docs/EXPORTS.md).
/// </summary>
public sealed class ExportOperations(RegieDbContext db, BoardAnalysis board, CurrentBoard current, PartyEditor parties, TimeProvider time)
{
    /// <summary>The lists that download, by the name in their route (/api/v1/exports/{list}).</summary>
    public static readonly IReadOnlyList<string> Lists = ["services", "scores", "priorities", "scenarios", "roadmap", "parties", "catalog", "audit", "impact-assessments", "processing-register"];

    public async Task<ExportTable> ServicesAsync(CultureInfo culture, CancellationToken ct) => ListExports.Services(await board.AssessmentAsync(ct), culture);

    public async Task<ExportTable> ScoresAsync(CultureInfo culture, CancellationToken ct) => ListExports.Scores(await board.AssessmentAsync(ct), culture);

    public async Task<ExportTable> PrioritiesAsync(CultureInfo culture, CancellationToken ct) => ListExports.Priorities(await board.AssessmentAsync(ct), culture);

    public async Task<ExportTable> ScenariosAsync(CultureInfo culture, CancellationToken ct) =>
        ListExports.Scenarios((await ScenarioOperations.PrepareAsync(board, ct)).RunSweep(), culture);

    public async Task<ExportTable> RoadmapAsync(CultureInfo culture, CancellationToken ct) =>
        ListExports.Roadmap((await RoadmapOperations.RoadmapAsync(db, board, current, time, ct)).Roadmap, culture);

    public async Task<ExportTable> PartiesAsync(CultureInfo culture, CancellationToken ct) => ListExports.Parties(await parties.CatalogAsync(ct), culture);

    /// <summary>The catalog as the board sees it: the shipped one with the board's own products and corrections laid over it, as on /catalog.</summary>
    public async Task<ExportTable> CatalogAsync(CultureInfo culture, CancellationToken ct) =>
        ListExports.Catalog(await db.LoadBoardCatalogAsync(board.Knowledge.Catalog, ct), culture);

    /// <summary>The DPIA and the KIA register, a row per service and kind, as on /impact-assessments.</summary>
    public async Task<ExportTable> ImpactAssessmentsAsync(CultureInfo culture, CancellationToken ct)
    {
        var today = ImpactAssessments.ImpactAssessmentStore.Today(time);
        return Core.Privacy.ImpactAssessmentExport.Table(
            [await ImpactAssessments.ImpactAssessmentStore.RegisterAsync(db, board, Core.Privacy.ImpactKind.Dpia, today, ct),
             await ImpactAssessments.ImpactAssessmentStore.RegisterAsync(db, board, Core.Privacy.ImpactKind.Kia, today, ct)], culture);
    }

    /// <summary>The processing register (docs/PROCESSING-REGISTER.md), all records or only those with a transfer outside the EU/EEA.</summary>
    public async Task<ExportTable> ProcessingRegisterAsync(CultureInfo culture, bool outsideEea, CancellationToken ct)
    {
        var records = await ProcessingRecords.ProcessingRegisterOperations.RecordsAsync(db, board, ct);
        return ListExports.ProcessingRegister(outsideEea ? Core.Privacy.ProcessingRegister.OutsideEea(records) : records, culture);
    }

    public async Task<ExportTable> AuditAsync(AuditFilter filter, CancellationToken ct) => AuditExport.Table(await AuditLog.StoredAsync(db, filter, ct, acrossBoards: false));

    /// <summary>"diensten-stichting-voorbeeld-2026-12-06.csv".</summary>
    public string FileName(ExportTable table, bool english, string extension) =>
        table.FileName(current.Organisation?.Name ?? "", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), english, extension);
}
