using Microsoft.EntityFrameworkCore;
using Regie.Core.Discovery;

namespace Regie.Data;

/// <summary>
/// What shows a board's own domains (<see cref="OwnDomains"/>), read from the database. A system administrator's approval
/// of a domain is kept as an audit entry of its own (entity "ApprovedDomain", the domain as its key, "Added" or "Deleted"):
/// the approval is the audited act itself, and the newest entry per domain decides, so no new table was needed.
/// </summary>
public static class OwnDomainRecords
{
    public const string ApprovalEntity = "ApprovedDomain";

    /// <summary>The register's websites of the board (by its DUO number) and of its schools (by that number or their BRIN).</summary>
    public static async Task<OwnDomainEvidence> OwnDomainEvidenceAsync(this RegieDbContext db, Guid board, CancellationToken ct)
    {
        var number = await db.Organisations.Where(o => o.Id == board).Select(o => o.RegisterBoardNumber).SingleOrDefaultAsync(ct);
        var brins = await db.Schools.Where(s => s.OrganisationId == board && s.Brin != null).Select(s => s.Brin!).Distinct().ToListAsync(ct);
        var websites = new List<RegisterWebsite>();
        if (number is not null)
        {
            websites.AddRange(await db.RegisterBoards.Where(b => b.BoardNumber == number && b.Website != null)
                .Select(b => new RegisterWebsite(b.Name, b.Website)).ToListAsync(ct));
        }

        websites.AddRange(await db.RegisterSchools.Where(s => s.Website != null && ((number != null && s.BoardNumber == number) || brins.Contains(s.Brin)))
            .OrderBy(s => s.Code).Select(s => new RegisterWebsite(s.Name, s.Website)).ToListAsync(ct));
        var members = await db.Memberships.Where(m => m.OrganisationId == board).Select(m => m.UserId).ToListAsync(ct);
        var emails = await db.Users.Where(u => members.Contains(u.Id) && u.Email != null).Select(u => u.Email!).ToListAsync(ct);
        return new OwnDomainEvidence(websites, emails, await db.ApprovedDomainsAsync(board, ct));
    }

    /// <summary>The domains a system administrator approved for the board and did not withdraw, in alphabetical order.</summary>
    public static async Task<IReadOnlyList<string>> ApprovedDomainsAsync(this RegieDbContext db, Guid board, CancellationToken ct)
    {
        var entries = await db.AuditEntries.Where(a => a.OrganisationId == board && a.Entity == ApprovalEntity)
            .OrderBy(a => a.Id).Select(a => new { a.EntityId, a.Action }).ToListAsync(ct);
        var approved = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _ = entry.Action == "Added" ? approved.Add(entry.EntityId) : approved.Remove(entry.EntityId);
        }

        return [.. approved];
    }

    /// <summary>Approves a normalised domain for the board, or withdraws the approval; recorded with who did it.</summary>
    public static async Task SetDomainApprovalAsync(this RegieDbContext db, Guid board, string domain, bool approved, string actor, DateTimeOffset at, CancellationToken ct)
    {
        var values = $"{{\"Domain\":\"{domain}\"}}";
        db.AuditEntries.Add(new AuditEntry
        {
            OrganisationId = board,
            Actor = actor,
            At = at,
            Entity = ApprovalEntity,
            EntityId = domain,
            Action = approved ? "Added" : "Deleted",
            OldValues = approved ? null : values,
            NewValues = approved ? values : null,
        });
        await db.SaveChangesAsync(ct);
    }
}
