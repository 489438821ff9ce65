using Microsoft.EntityFrameworkCore;
using Regie.Core.Ranges;

namespace Regie.Data;

/// <summary>The imported IP-range sets (global, not per board): store one, list them, and load them as one look-up table.</summary>
public static class RangeSets
{
    /// <summary>One stored set without its prefixes.</summary>
    public sealed record Summary(string Provider, string Format, string SourceFile, string? SyncToken, DateTimeOffset ImportedAt, int PrefixCount);

    /// <summary>Stores the set, replacing an earlier set of the same provider (names compared without case) in one transaction.</summary>
    /// <returns>Whether an earlier set was replaced.</returns>
    public static async Task<bool> ReplaceAsync(RegieDbContext db, IpRangeSet set, CancellationToken cancellationToken = default)
    {
        var replaced = false;
        await db.RunInTransactionAsync(async () =>
        {
            var providers = await db.IpRangeSets.Select(s => new { s.Id, s.Provider }).ToListAsync(cancellationToken);
            var earlier = providers.FirstOrDefault(p => string.Equals(p.Provider, set.Source.Provider, StringComparison.OrdinalIgnoreCase));
            IpRangeSetEntity entity;
            if (earlier is null)
            {
                entity = new IpRangeSetEntity { Id = Guid.NewGuid() };
                db.IpRangeSets.Add(entity);
            }
            else
            {
                entity = await db.IpRangeSets.SingleAsync(s => s.Id == earlier.Id, cancellationToken);
                replaced = true;
            }

            entity.Provider = set.Source.Provider;
            entity.Format = set.Source.Format;
            entity.SourceFile = set.Source.SourceFile;
            entity.SyncToken = set.Source.SyncToken;
            entity.ImportedAt = set.Source.ImportedAt;
            entity.PrefixCount = set.Ranges.Count;
            entity.Prefixes = set.ToLines();
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return replaced;
    }

    public static async Task<List<Summary>> ListAsync(RegieDbContext db, CancellationToken cancellationToken = default)
    {
        var sets = await db.IpRangeSets.AsNoTracking()
            .Select(s => new Summary(s.Provider, s.Format, s.SourceFile, s.SyncToken, s.ImportedAt, s.PrefixCount))
            .ToListAsync(cancellationToken);
        return [.. sets.OrderBy(s => s.Provider, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Every stored set, ordered by provider name so that a prefix published by two providers is always attributed the same way.</summary>
    public static async Task<List<IpRangeSet>> LoadSetsAsync(RegieDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.IpRangeSets.AsNoTracking().ToListAsync(cancellationToken);
        return
        [
            .. rows.OrderBy(r => r.Provider, StringComparer.OrdinalIgnoreCase)
                .Select(r => IpRangeSet.FromLines(new RangeSetSource(r.Provider, r.Format, r.SourceFile, r.SyncToken, r.ImportedAt), r.Prefixes)),
        ];
    }

    /// <summary>The look-up table over every stored set: build it once, keep it, and attribute addresses with <see cref="IpRangeTable.Lookup"/>.</summary>
    public static async Task<IpRangeTable> LoadTableAsync(RegieDbContext db, CancellationToken cancellationToken = default) =>
        IpRangeTable.Build(await LoadSetsAsync(db, cancellationToken));
}
