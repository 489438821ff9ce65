using Microsoft.EntityFrameworkCore;
using Regie.Core.Ranges;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The IP-range table for discovery, built once and kept: a stored set is megabytes of text, so a run only asks which sets
/// exist (provider and import time) and rebuilds when that changed after an import.
/// </summary>
public sealed class RangeTableCache
{
    // A reference, so concurrent runs read a whole pair or the previous one, never half of each.
    private Built? current;

    public async Task<IpRangeTable> GetAsync(RegieDbContext db, CancellationToken cancellationToken)
    {
        var sets = await db.IpRangeSets.AsNoTracking().Select(s => new { s.Provider, s.ImportedAt }).ToListAsync(cancellationToken);
        var stamp = string.Join("|", sets.OrderBy(s => s.Provider, StringComparer.Ordinal).Select(s => $"{s.Provider}@{s.ImportedAt:O}"));
        if (current is { } cached && cached.Stamp == stamp)
        {
            return cached.Table;
        }

        var table = await RangeSets.LoadTableAsync(db, cancellationToken);
        current = new Built(stamp, table);
        return table;
    }

    private sealed record Built(string Stamp, IpRangeTable Table);
}
