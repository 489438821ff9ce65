using Microsoft.EntityFrameworkCore;

namespace Regie.Data;

/// <summary>
/// The board the web app opens for a visitor who has chosen none (no <c>regie-org</c> cookie, no API header): the one the
/// operator configures (<c>Regie:Board</c>), else the board created first. Creating a board (`regie init`, the web's new-board
/// page) therefore never changes it behind anyone's back; the creator opens the new board through the switcher.
/// </summary>
public static class DefaultBoard
{
    /// <summary>The first of <paramref name="boards"/> to be created, read from the audit trail (its first entry is the board's own row); null when none is recorded.</summary>
    public static async Task<Guid?> FirstCreatedAsync(RegieDbContext db, IReadOnlyCollection<Guid> boards, CancellationToken cancellationToken = default)
    {
        // Ordered by the audit's own key: the first boards' rows are the first entries ever written, so the scan stops early.
        var nullable = boards.Select(b => (Guid?)b).ToList();
        return await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking()
            .Where(a => a.Entity == nameof(OrganisationEntity) && a.Action == "Added" && nullable.Contains(a.OrganisationId))
            .OrderBy(a => a.Id)
            .Select(a => a.OrganisationId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The configured board (an id) when it exists, else the first created, else the first of <paramref name="boards"/>.</summary>
    public static async Task<Guid?> ChooseAsync(RegieDbContext db, IReadOnlyList<Guid> boards, string? configured, CancellationToken cancellationToken = default)
    {
        if (Guid.TryParse(configured, out var id) && boards.Contains(id))
        {
            return id;
        }

        return await FirstCreatedAsync(db, boards, cancellationToken) ?? (boards.Count > 0 ? boards[0] : null);
    }
}
