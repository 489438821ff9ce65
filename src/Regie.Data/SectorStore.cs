using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;
using Regie.Core.Observatory;

namespace Regie.Data;

/// <summary>What a register import stored and what it changed against the register before it.</summary>
public sealed record RegisterImportResult(RegisterImportEntity Import, RegisterChanges Changes);

/// <summary>
/// The sector observatory's writes (docs/SECTOR.md): the national register, replaced whole by each import, and sector scans,
/// stored per domain as they finish so that an interrupted scan resumes. Public data: only the system (no board) writes it.
/// </summary>
public static class SectorStore
{
    internal static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(), new StoredNotes() },
    };

    /// <summary>
    /// Replaces the stored register by <paramref name="register"/> in one transaction and records the import with its
    /// counts and changes. A refused save leaves the register as it was.
    /// </summary>
    public static async Task<RegisterImportResult> ReplaceRegisterAsync(
        this RegieDbContext db, SectorRegister register, IReadOnlyList<string> files, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        RegisterImportResult? result = null;
        await db.RunInTransactionAsync(async () =>
        {
            var before = await db.LoadRegisterAsync(cancellationToken);
            var changes = RegisterChanges.Compare(before, register);
            var import = new RegisterImportEntity
            {
                Id = Guid.NewGuid(),
                ImportedAt = now,
                Files = [.. files],
                Boards = register.Boards.Count,
                Schools = register.Schools.Count,
                SchoolsWithPupils = register.Schools.Count(s => s.Pupils is not null),
                NewSchools = changes.NewSchools,
                ClosedSchools = changes.ClosedSchools,
                Renamed = changes.Renamed,
                NewWebsites = changes.NewWebsites,
            };
            // Recorded first: a board's context is refused here (shared knowledge), before anything is deleted.
            db.RegisterImports.Add(import);
            await db.SaveChangesAsync(cancellationToken);

            await db.RegisterSchools.ExecuteDeleteAsync(cancellationToken);
            await db.RegisterBoards.ExecuteDeleteAsync(cancellationToken);
            db.RegisterBoards.AddRange(register.Boards.Select(b => new RegisterBoardEntity
            {
                Id = Guid.NewGuid(),
                BoardNumber = b.BoardNumber,
                Name = b.Name,
                Province = b.Province,
                Municipality = b.Municipality,
                Website = b.Website,
            }));
            db.RegisterSchools.AddRange(register.Schools.Select(s => new RegisterSchoolEntity
            {
                Id = Guid.NewGuid(),
                Code = s.Code,
                Brin = s.Brin,
                BoardNumber = s.BoardNumber,
                Name = s.Name,
                Sector = s.Sector,
                IsMainLocation = s.IsMainLocation,
                Province = s.Province,
                Municipality = s.Municipality,
                Website = s.Website,
                Pupils = s.Pupils,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            result = new RegisterImportResult(import, changes);
        }, cancellationToken);
        return result!;
    }

    /// <summary>
    /// The scan to continue: the unfinished one if there is one (resume), else a new one over <paramref name="domains"/>.
    /// Returns it with the domains it has already done.
    /// </summary>
    public static async Task<(SectorScanEntity Scan, IReadOnlySet<string> Done)> StartOrResumeScanAsync(
        this RegieDbContext db, int domains, string? nameserver, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var running = await db.SectorScans.Where(s => s.Status == SectorScanStatus.Running)
            .OrderByDescending(s => s.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (running is not null)
        {
            var done = await db.SectorScanResults.AsNoTracking().Where(r => r.ScanId == running.Id).Select(r => r.Domain).ToListAsync(cancellationToken);
            running.Domains = Math.Max(running.Domains, domains);
            await db.SaveChangesAsync(cancellationToken);
            return (running, done.ToHashSet(StringComparer.Ordinal));
        }

        var scan = new SectorScanEntity { Id = Guid.NewGuid(), StartedAt = now, Nameserver = nameserver, Domains = domains };
        db.SectorScans.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        return (scan, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>Stores finished domains of a scan (a batch in one save) and adds them to its counts.</summary>
    public static async Task RecordScanResultsAsync(
        this RegieDbContext db, Guid scanId, IReadOnlyList<DomainDiscovery> finished, long queriesSent, CancellationToken cancellationToken = default)
    {
        var scan = await db.SectorScans.SingleAsync(s => s.Id == scanId, cancellationToken);
        foreach (var discovery in finished)
        {
            var o = ScanObservation.Of(discovery);
            db.SectorScanResults.Add(new SectorScanResultEntity
            {
                Id = Guid.NewGuid(),
                ScanId = scanId,
                Domain = discovery.Domain,
                Outcome = discovery.Outcome,
                MailId = o.Mail?.Id,
                MailName = o.Mail?.Name,
                MailFilterId = o.MailFilter?.Id,
                MailFilterName = o.MailFilter?.Name,
                IdentityId = o.Identity?.Id,
                IdentityName = o.Identity?.Name,
                DnsHostingId = o.DnsHosting?.Id,
                DnsHostingName = o.DnsHosting?.Name,
                WebHostingId = o.WebHosting?.Id,
                WebHostingName = o.WebHosting?.Name,
                FindingsJson = JsonSerializer.Serialize(discovery.Findings, StoredJson),
                NotesJson = JsonSerializer.Serialize(discovery.Notes, StoredJson),
            });
        }

        scan.Done += finished.Count;
        scan.Resolved += finished.Count(d => d.Outcome == DomainOutcome.Resolved);
        scan.Queries += queriesSent;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public static async Task FinishScanAsync(this RegieDbContext db, Guid scanId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var scan = await db.SectorScans.SingleAsync(s => s.Id == scanId, cancellationToken);
        scan.Status = SectorScanStatus.Finished;
        scan.FinishedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }
}
