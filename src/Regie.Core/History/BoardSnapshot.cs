using System.Globalization;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Reporting;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.History;

/// <summary>Why a snapshot was taken: the one of the day on which something changed, or recorded on demand ("vastgelegd", e.g. before a board meeting).</summary>
public enum SnapshotKind { Daily, Recorded }

/// <summary>
/// A process, an own party or a correction as a snapshot keeps it: a key, a name and its fields as invariant text (a field
/// left out is empty), so that two snapshots compare field by field whatever the item is.
/// </summary>
public sealed record SnapshotItem(string Key, string Name, IReadOnlyDictionary<string, string> Fields);

/// <summary>One criterion's answer as it was: the option (null: unknown), who gave it and its source.</summary>
public sealed record SnapshotAnswer(string Criterion, int? Option, AnswerOrigin Origin, string? Source);

/// <summary>A service as it was: its own fields, its results and every criterion answer, so a later diff can say why a score moved.</summary>
public sealed record SnapshotService(
    Guid Id,
    string Name,
    IReadOnlyDictionary<string, string> Fields,
    double Score,
    double OptimisticScore,
    int Seal,
    int OptimisticSeal,
    Standing Standing,
    int UnknownAnswers,
    bool UnderForeignLaw,
    string UrgencyBand,
    IReadOnlyList<SnapshotAnswer> Answers);

/// <summary>A dependency edge between two services, by their ids.</summary>
public sealed record SnapshotEdge(Guid From, DependencyKind Kind, Guid To);

/// <summary>
/// The headline results of a snapshot, the points of the trend charts: the report's figures, the optimistic SEAL
/// distribution, the shares of pupils and of critical processes on services under a foreign access law, the concentration
/// indices, the share of unknown answers and the roadmap's progress.
/// </summary>
public sealed record SnapshotFigures(
    ReportFigures Report,
    IReadOnlyList<int> OptimisticSeals,
    double PupilShareUnderForeignLaw,
    double CriticalProcessShareUnderForeignLaw,
    double ParentHhi,
    double ProviderHhi,
    int Answers,
    RoadmapProgress Roadmap)
{
    /// <summary>Share of all criterion answers that are unknown (0–1).</summary>
    public double UnknownShare => Answers == 0 ? 0 : (double)Report.UnknownAnswers / Answers;
}

/// <summary>What a snapshot is taken from: the board's landscape and its analysis (computed once by the edge), its planned moves and the day.</summary>
public sealed record SnapshotInputs(
    BoardLandscape Landscape, RegieKnowledge Knowledge, BoardAssessment Assessment, BoardVerdict Verdict, GraphAnalysis Graph,
    IReadOnlyList<PlannedMove> Moves, DateOnly Date);

/// <summary>
/// A board's landscape and results on one day (docs/HISTORY.md): the facts the analysis read (services with their fields,
/// dependencies, processes, own parties and corrections) and what it concluded (figures, per-service score, SEAL,
/// standing and criterion answers). Kept compact: ids and codes, no sentences; the edge stores it as gzipped JSON.
/// From format 2 on it also keeps the landscape itself (<see cref="Landscape"/>: everything the analysis read, vendors'
/// answers included) and the roadmap's planned moves, so the board's pages can be shown again as of that day; a format 1
/// snapshot has neither, and only its stored results can be shown.
/// </summary>
public sealed record BoardSnapshot(
    int Format,
    string Board,
    DateOnly Date,
    string CatalogVersion,
    string ModelVersion,
    string Profile,
    SnapshotFigures Figures,
    IReadOnlyList<SnapshotService> Services,
    IReadOnlyList<SnapshotEdge> Dependencies,
    IReadOnlyList<SnapshotItem> Processes,
    IReadOnlyList<SnapshotItem> OwnParties,
    BoardLandscape? Landscape = null,
    IReadOnlyList<PlannedMove>? Moves = null)
{
    public const int CurrentFormat = 2;

    /// <summary>The oldest format this Regie still reads (format 1: no landscape, no moves).</summary>
    public const int OldestFormat = 1;

    /// <summary>Takes the snapshot from an analysis the caller computed; reads nothing else.</summary>
    public static BoardSnapshot Take(SnapshotInputs inputs)
    {
        var (landscape, knowledge, assessment) = (inputs.Landscape, inputs.Knowledge, inputs.Assessment);
        var proven = new int[5];
        var optimistic = new int[5];
        foreach (var s in assessment.Services)
        {
            proven[Math.Clamp(s.Sovereignty.Seal, 0, 4)]++;
            optimistic[Math.Clamp(s.Sovereignty.OptimisticSeal, 0, 4)]++;
        }

        var services = assessment.Services.OrderBy(s => s.Service.Name, StringComparer.Ordinal).Select(ServiceOf).ToList();
        var figures = new SnapshotFigures(
            BoardReport.FiguresOf(inputs.Date, assessment, inputs.Verdict, proven),
            optimistic,
            PupilShare(landscape, assessment),
            CriticalProcessShare(landscape, assessment),
            inputs.Graph.ParentIndex.Hhi,
            inputs.Graph.ProviderIndex.Hhi,
            assessment.Services.Sum(s => s.Sovereignty.Objectives.Sum(o => o.Criteria.Count)),
            BoardReport.Progress(inputs.Moves));

        return new BoardSnapshot(
            CurrentFormat,
            landscape.Organisation.Name,
            inputs.Date,
            knowledge.Catalog.Version,
            assessment.ModelVersion,
            assessment.Profile.Id,
            figures,
            services,
            [.. landscape.Dependencies.Select(d => new SnapshotEdge(d.From.Value, d.Kind, d.To.Value))
                .OrderBy(e => e.From).ThenBy(e => e.Kind).ThenBy(e => e.To)],
            [.. landscape.Processes.OrderBy(p => p.Id, StringComparer.Ordinal).Select(ProcessOf)],
            OwnPartiesOf(landscape),
            landscape,
            inputs.Moves);
    }

    private static SnapshotService ServiceOf(ServiceAssessment a)
    {
        var s = a.Service.Service;
        var fields = new Fields
        {
            ["catalogProduct"] = s.CatalogProductId,
            ["processes"] = List(s.ProcessIds),
            ["pupils"] = Number(s.Pupils),
            ["staff"] = Number(s.Staff),
            ["dataCategories"] = List(s.DataCategoryIds),
            ["vendor"] = s.VendorId,
            ["hostingProvider"] = s.HostingProviderId,
            ["hostingRegion"] = s.HostingRegion,
            ["dataLocation"] = s.DataLocation?.ToString(),
            ["openSource"] = s.OpenSource?.ToString(),
            ["contractEnd"] = s.ContractEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["exitClause"] = s.ExitClause.ToString(),
            ["exportFormats"] = List(s.ExportFormatList),
            ["dpia"] = s.Dpia.ToString(),
            ["kia"] = s.Kia.ToString(),
            ["annualCost"] = s.AnnualCost?.ToString(CultureInfo.InvariantCulture),
            ["notes"] = s.Notes,
            ["effectiveVendor"] = a.Service.VendorId.Value,
            ["effectiveHosting"] = a.Service.HostingProviderId.Value,
        };
        foreach (var (id, value) in s.MitigationOrNone.Items)
        {
            fields["mitigation." + id] = value.ToString();
        }

        return new SnapshotService(
            s.Id.Value,
            s.Name,
            fields.Written(),
            Round(a.Sovereignty.Score),
            Round(a.Sovereignty.OptimisticScore),
            a.Sovereignty.Seal,
            a.Sovereignty.OptimisticSeal,
            a.Standing,
            a.Sovereignty.UnknownAnswers,
            a.ForeignAccess.Count > 0,
            a.Urgency.Band,
            [.. a.Sovereignty.Objectives.SelectMany(o => o.Criteria).Select(c => new SnapshotAnswer(c.Criterion.Id, c.Option, c.Origin, c.Source))]);
    }

    private static SnapshotItem ProcessOf(Process p) => new(p.Id, p.Name.Nl, new Fields
    {
        ["kind"] = p.Kind.ToString(),
        ["criticality"] = Number(p.Criticality),
        ["essential"] = p.Essential ? "Yes" : "No",
        ["minSeal"] = Number(p.MinSeal),
        ["minScore"] = Number(p.MinScore),
    }.Written());

    private static List<SnapshotItem> OwnPartiesOf(BoardLandscape landscape) =>
    [
        .. landscape.LocalCompanies.Select(c => new SnapshotItem("company:" + c.Id, c.Name, new Fields
        {
            ["country"] = c.Country.Value, ["parent"] = c.Parent.Value, ["kind"] = c.Kind.ToString(),
        }.Written())),
        .. landscape.LocalProviders.Select(p => new SnapshotItem("provider:" + p.Id, p.Name.Nl, new Fields
        {
            ["company"] = p.Company.Value, ["kind"] = p.Kind.ToString(),
        }.Written())),
        .. landscape.LocalProducts.Select(p => new SnapshotItem("product:" + p.Id, p.Name, new Fields
        {
            ["category"] = p.Category, ["vendor"] = p.Vendor.Value, ["hostingProvider"] = p.HostingProvider.Value,
            ["dataLocation"] = p.DataLocation.Value.ToString(), ["openSource"] = p.OpenSource.Value.ToString(),
        }.Written())),
        .. landscape.Corrections.Select(c => new SnapshotItem($"correction:{c.ProductId}:{c.Field}", c.ProductId, new Fields
        {
            ["field"] = c.Field.ToString(), ["value"] = c.Value, ["reason"] = c.Reason, ["source"] = c.Source,
        }.Written())),
    ];

    /// <summary>Pupils on services under a foreign access law: the largest such service's users, as a share of the board's pupils (the graph's lower bound).</summary>
    private static double PupilShare(BoardLandscape landscape, BoardAssessment assessment)
    {
        var total = Math.Max(landscape.Organisation.Pupils, landscape.Services.Select(s => s.Pupils ?? 0).DefaultIfEmpty(0).Max());
        var exposed = assessment.Services.Where(s => s.ForeignAccess.Count > 0).Select(s => s.Service.Service.Pupils ?? 0).DefaultIfEmpty(0).Max();
        return total <= 0 ? 0 : Math.Min(1.0, (double)exposed / total);
    }

    /// <summary>The processes supported by a service under a foreign access law, weighted by criticality, as a share of the processes the board's services support.</summary>
    private static double CriticalProcessShare(BoardLandscape landscape, BoardAssessment assessment)
    {
        var processes = landscape.Processes.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        int Weight(IEnumerable<ServiceAssessment> services) => services.SelectMany(s => s.Service.Service.ProcessIds).Where(processes.ContainsKey)
            .Distinct(StringComparer.OrdinalIgnoreCase).Sum(p => processes[p].Criticality);
        var total = Weight(assessment.Services);
        return total == 0 ? 0 : (double)Weight(assessment.Services.Where(s => s.ForeignAccess.Count > 0)) / total;
    }

    private static double Round(double value) => Math.Round(value, 2);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? List(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(", ", values.Order(StringComparer.Ordinal));

    /// <summary>A field map being filled: empty values are left out, so an absent field and an empty one are the same.</summary>
    private sealed class Fields : Dictionary<string, string?>
    {
        public Fields() : base(StringComparer.Ordinal)
        {
        }

        public IReadOnlyDictionary<string, string> Written() =>
            this.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal);
    }
}
