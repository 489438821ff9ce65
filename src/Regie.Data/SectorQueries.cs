using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;
using Regie.Core.Observatory;

namespace Regie.Data;

/// <summary>A scan's summary as the command line and the sector page show it: the scan, who serves whom, the shares, and the moves since an older scan.</summary>
public sealed record SectorScanSummary(
    SectorScanEntity Scan, SectorAttribution Attribution, ScanSummary Summary, SectorScanEntity? Compared, IReadOnlyList<ProvidersMoved> Moves);

/// <summary>The sector observatory's reads, shared by `regie sector` and the web app (docs/SECTOR.md).</summary>
public static class SectorQueries
{
    /// <summary>The stored register as the core's value (empty before the first import).</summary>
    public static async Task<SectorRegister> LoadRegisterAsync(this RegieDbContext db, CancellationToken cancellationToken = default)
    {
        var boards = await db.RegisterBoards.AsNoTracking().OrderBy(b => b.BoardNumber)
            .Select(b => new RegisterBoard(b.BoardNumber, b.Name, b.Province, b.Municipality, b.Website)).ToListAsync(cancellationToken);
        var schools = await db.RegisterSchools.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new RegisterSchool(s.Code, s.Brin, s.BoardNumber, s.Name, s.Sector, s.IsMainLocation, s.Province, s.Municipality, s.Website, s.Pupils))
            .ToListAsync(cancellationToken);
        return new SectorRegister(boards, schools);
    }

    /// <summary>The register's imports, newest first.</summary>
    public static Task<List<RegisterImportEntity>> RegisterImportsAsync(this RegieDbContext db, CancellationToken cancellationToken = default) =>
        db.RegisterImports.AsNoTracking().OrderByDescending(i => i.ImportedAt).ToListAsync(cancellationToken);

    /// <summary>Every scan, newest first.</summary>
    public static Task<List<SectorScanEntity>> SectorScansAsync(this RegieDbContext db, CancellationToken cancellationToken = default) =>
        db.SectorScans.AsNoTracking().OrderByDescending(s => s.StartedAt).ToListAsync(cancellationToken);

    /// <summary>One scan's observations, one per domain done.</summary>
    public static async Task<List<ScanObservation>> LoadScanObservationsAsync(this RegieDbContext db, Guid scanId, CancellationToken cancellationToken = default)
    {
        var rows = await db.SectorScanResults.AsNoTracking().Where(r => r.ScanId == scanId)
            .Select(r => new
            {
                r.Domain,
                r.Outcome,
                r.MailId,
                r.MailName,
                r.MailFilterId,
                r.MailFilterName,
                r.IdentityId,
                r.IdentityName,
                r.DnsHostingId,
                r.DnsHostingName,
                r.WebHostingId,
                r.WebHostingName,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ScanObservation(r.Domain, r.Outcome,
            Provider(r.MailId, r.MailName), Provider(r.MailFilterId, r.MailFilterName), Provider(r.IdentityId, r.IdentityName),
            Provider(r.DnsHostingId, r.DnsHostingName), Provider(r.WebHostingId, r.WebHostingName)))];
    }

    /// <summary>
    /// The summary of a scan (null: the newest) over the stored register, grouped as asked, and compared with an older scan
    /// when one is given. Null when there is no such scan.
    /// </summary>
    public static async Task<SectorScanSummary?> LoadScanSummaryAsync(
        this RegieDbContext db, Guid? scanId = null, SummaryGrouping grouping = SummaryGrouping.None, Guid? compareWith = null,
        CancellationToken cancellationToken = default)
    {
        var scans = db.SectorScans.AsNoTracking();
        var scan = scanId is { } id
            ? await scans.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            : await scans.OrderByDescending(s => s.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (scan is null)
        {
            return null;
        }

        var register = await db.LoadRegisterAsync(cancellationToken);
        var attribution = SectorAttribution.Of(register, await db.LoadScanObservationsAsync(scan.Id, cancellationToken));
        SectorScanEntity? older = null;
        IReadOnlyList<ProvidersMoved> moves = [];
        if (compareWith is { } olderId && await scans.SingleOrDefaultAsync(s => s.Id == olderId, cancellationToken) is { } found)
        {
            older = found;
            moves = ScanComparison.Compare(SectorAttribution.Of(register, await db.LoadScanObservationsAsync(found.Id, cancellationToken)), attribution);
        }

        return new SectorScanSummary(scan, attribution, ScanSummary.Of(attribution, grouping), older, moves);
    }

    /// <summary>The stored findings (with their evidence) of the given domains in one scan; a domain not scanned is missing.</summary>
    public static async Task<Dictionary<string, IReadOnlyList<Finding>>> LoadScanFindingsAsync(
        this RegieDbContext db, Guid scanId, IReadOnlyCollection<string> domains, CancellationToken cancellationToken = default)
    {
        var rows = await db.SectorScanResults.AsNoTracking().Where(r => r.ScanId == scanId && domains.Contains(r.Domain))
            .Select(r => new { r.Domain, r.FindingsJson }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Domain,
            r => (IReadOnlyList<Finding>)(JsonSerializer.Deserialize<List<Finding>>(r.FindingsJson, SectorStore.StoredJson) ?? []), StringComparer.Ordinal);
    }

    private static ScanProvider? Provider(string? id, string? name) => id is null ? null : new ScanProvider(id, name ?? id);
}
