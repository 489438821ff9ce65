using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Observatory;

/// <summary>The register and scan as the page shows their state: the last import, its counts, and every scan (newest first).</summary>
public sealed record SectorScanState(RegisterImportEntity? LastImport, int Boards, int Schools, IReadOnlyList<SectorScanEntity> Scans);

/// <summary>A scan's summary for the page and the API, or the Dutch words of why there is none (a UiText key with one argument).</summary>
public sealed record SectorScanView(SectorScanState Status, SectorScanSummary? Result, string? Problem, string? ProblemArgument);

/// <summary>One school of a board in one scan: its domain, what DNS said, the provider per area and the findings that prove them.</summary>
public sealed record SchoolScanResult(
    RegisterSchool School, string? Domain, DomainOutcome? Outcome, IReadOnlyDictionary<ScanArea, ScanProvider> Providers, IReadOnlyList<Finding> Findings);

/// <summary>A register board in one scan: how it counts (<see cref="BoardAttribution"/>), its own domain's findings and its schools.</summary>
public sealed record BoardScanResults(
    SectorScanEntity Scan, BoardAttribution Board, DomainOutcome? Outcome, IReadOnlyList<Finding> Findings, IReadOnlyList<SchoolScanResult> Schools);

/// <summary>
/// The public sector scan on the web (docs/SECTOR.md): the summary of a scan by grouping and compared with an older one,
/// and one register board's results. The page `/sector` and `/api/v1/sector/…` both call these.
/// </summary>
public static class SectorScanOperations
{
    /// <summary>The groupings as the query string names them.</summary>
    public static readonly IReadOnlyList<(string By, SummaryGrouping Grouping)> Groupings =
        [("all", SummaryGrouping.None), ("sector", SummaryGrouping.Sector), ("province", SummaryGrouping.Province), ("size", SummaryGrouping.Size)];

    public static SummaryGrouping? Grouping(string? by) =>
        string.IsNullOrWhiteSpace(by) ? SummaryGrouping.None
        : Groupings.Where(g => g.By.Equals(by.Trim(), StringComparison.OrdinalIgnoreCase)).Select(g => (SummaryGrouping?)g.Grouping).FirstOrDefault();

    public static string By(SummaryGrouping grouping) => Groupings.First(g => g.Grouping == grouping).By;

    /// <summary>A scan by "latest" (or nothing), its id, or the first characters of its id when only one scan starts so.</summary>
    public static SectorScanEntity? Find(IReadOnlyList<SectorScanEntity> scans, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return scans.FirstOrDefault();
        }

        var matches = scans.Where(s => s.Id.ToString().StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    public static async Task<SectorScanState> StatusAsync(RegieDbContext db, CancellationToken ct)
    {
        var last = (await db.RegisterImportsAsync(ct)).FirstOrDefault();
        return new SectorScanState(last, await db.RegisterBoards.CountAsync(ct), await db.RegisterSchools.CountAsync(ct), await db.SectorScansAsync(ct));
    }

    /// <summary>The summary of the scan asked for, grouped, and compared with an older scan when one is named.</summary>
    public static async Task<SectorScanView> SummaryAsync(RegieDbContext db, string? scan, SummaryGrouping grouping, string? compare, CancellationToken ct)
    {
        var status = await StatusAsync(db, ct);
        if (status.Scans.Count == 0)
        {
            return new SectorScanView(status, null, null, null);
        }

        if (Find(status.Scans, scan) is not { } chosen)
        {
            return new SectorScanView(status, null, "Geen scan met id '{0}'.", scan);
        }

        SectorScanEntity? older = null;
        if (!string.IsNullOrWhiteSpace(compare) && (older = Find(status.Scans, compare)) is null)
        {
            return new SectorScanView(status, null, "Geen scan met id '{0}' om mee te vergelijken.", compare);
        }

        return new SectorScanView(status, await db.LoadScanSummaryAsync(chosen.Id, grouping, older?.Id, ct), null, null);
    }

    /// <summary>
    /// Who may see one register board's results: sector analysts and system administrators (laptop mode is one), and the
    /// members of the Regie board that says it is this register board. Everybody else sees "not found", also a sector
    /// analyst's API token (aggregates only).
    /// </summary>
    public static async Task<bool> MayOpenAsync(RegieDbContext db, CurrentBoard board, string number, CancellationToken ct)
    {
        if (board.Caller.SeesSectorBoards)
        {
            return true;
        }

        var mine = board.Choices.Select(c => c.Id).ToList();
        return mine.Count > 0 && await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
            .AnyAsync(o => mine.Contains(o.Id) && o.RegisterBoardNumber == number, ct);
    }

    /// <summary>One register board's schools in a scan (null: the newest), with each domain's evidence; null when there is no such board or scan.</summary>
    public static async Task<BoardScanResults?> BoardAsync(RegieDbContext db, string number, string? scan, CancellationToken ct)
    {
        var chosen = Find(await db.SectorScansAsync(ct), scan);
        if (chosen is null || !await db.RegisterBoards.AnyAsync(b => b.BoardNumber == number, ct))
        {
            return null;
        }

        var observations = await db.LoadScanObservationsAsync(chosen.Id, ct);
        var attribution = SectorAttribution.Of(await db.LoadRegisterAsync(ct), observations);
        var board = attribution.Boards.Single(b => b.Board.BoardNumber == number);
        var schools = attribution.Schools.Where(s => s.School.BoardNumber == number).OrderBy(s => s.School.Code, StringComparer.Ordinal).ToList();
        var domains = schools.Select(s => s.Domain).Append(board.Domain).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var findings = await db.LoadScanFindingsAsync(chosen.Id, domains, ct);
        var outcomes = observations.Where(o => domains.Contains(o.Domain)).ToDictionary(o => o.Domain, o => o.Outcome, StringComparer.Ordinal);
        IReadOnlyList<Finding> FindingsOf(string? domain) => domain is not null && findings.TryGetValue(domain, out var f) ? f : [];
        DomainOutcome? OutcomeOf(string? domain) => domain is not null && outcomes.TryGetValue(domain, out var o) ? o : null;
        return new BoardScanResults(chosen, board, OutcomeOf(board.Domain), FindingsOf(board.Domain),
            [.. schools.Select(s => new SchoolScanResult(s.School, s.Domain, OutcomeOf(s.Domain), s.Providers, FindingsOf(s.Domain)))]);
    }
}
