using Regie.Core.Landscape;

namespace Regie.Core.Observatory;

/// <summary>How the summary splits the sector besides the whole.</summary>
public enum SummaryGrouping { None, Sector, Province, Size }

/// <summary>One provider's share of an area: schools, boards and pupils it serves and their share of the group.</summary>
public sealed record ProviderShare(ScanProvider Provider, int Schools, int Boards, int Pupils, double SchoolShare, double BoardShare, double PupilShare);

public sealed record AreaShares(ScanArea Area, IReadOnlyList<ProviderShare> Providers);

/// <summary>One group of the summary ("" for the whole sector; else a sector, a province or a size band by name).</summary>
public sealed record SummaryGroup(string Key, int Schools, int Boards, int Pupils, IReadOnlyList<AreaShares> Areas);

/// <summary>
/// The share of schools, boards and pupils per provider in each area, for the whole sector and per group. Schools and pupils
/// count by the school's own domain; boards by <see cref="SectorAttribution"/>'s rule. A board counts in every sector it has
/// a school in; in a province by its own province (else its schools' most common one); in a size band by its pupils.
/// Shares are of all schools (boards, pupils) of the group, the not-measured included, so shares of a group add up to 1.
/// </summary>
public sealed record ScanSummary(SummaryGrouping Grouping, SummaryGroup Overall, IReadOnlyList<SummaryGroup> Groups)
{
    public static ScanSummary Of(SectorAttribution attribution, SummaryGrouping grouping = SummaryGrouping.None)
    {
        var byNumber = attribution.Boards.ToDictionary(b => b.Board.BoardNumber, b => b, StringComparer.Ordinal);
        BoardAttribution? BoardOf(SchoolAttribution s) => byNumber.GetValueOrDefault(s.School.BoardNumber);

        var overall = Group("", attribution.Schools, attribution.Boards);
        IReadOnlyList<SummaryGroup> groups = grouping switch
        {
            SummaryGrouping.Sector => [.. Enum.GetValues<Sector>()
                .Select(sector => Group(sector.ToString(), [.. attribution.Schools.Where(s => s.School.Sector == sector)], [.. attribution.Boards.Where(b => b.Sectors.Contains(sector))]))
                .Where(g => g.Schools > 0 || g.Boards > 0)],
            SummaryGrouping.Province => [.. attribution.Schools.Select(s => s.School.Province ?? "").Concat(attribution.Boards.Select(b => b.Province ?? ""))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(p => Group(p, [.. attribution.Schools.Where(s => (s.School.Province ?? "") == p)], [.. attribution.Boards.Where(b => (b.Province ?? "") == p)]))],
            SummaryGrouping.Size => [.. Enum.GetValues<BoardSize>()
                .Select(size => Group(size.ToString(), [.. attribution.Schools.Where(s => BoardOf(s)?.Size == size)], [.. attribution.Boards.Where(b => b.Size == size)]))
                .Where(g => g.Schools > 0 || g.Boards > 0)],
            _ => [],
        };
        return new ScanSummary(grouping, overall, groups);
    }

    private static SummaryGroup Group(string key, IReadOnlyList<SchoolAttribution> schools, IReadOnlyList<BoardAttribution> boards)
    {
        var pupils = schools.Sum(s => s.School.Pupils ?? 0);
        var areas = Enum.GetValues<ScanArea>().Select(area =>
        {
            var providers = schools.Select(s => s.Providers[area]).Concat(boards.Select(b => b.Providers[area]))
                .DistinctBy(p => p.Id).ToList();
            var shares = providers.Select(p =>
            {
                var s = schools.Where(x => x.Providers[area].Id == p.Id).ToList();
                var b = boards.Count(x => x.Providers[area].Id == p.Id);
                var pp = s.Sum(x => x.School.Pupils ?? 0);
                return new ProviderShare(p, s.Count, b, pp, Share(s.Count, schools.Count), Share(b, boards.Count), Share(pp, pupils));
            })
            .OrderBy(x => SectorAttribution.IsMeasured(x.Provider) ? 0 : 1)
            .ThenByDescending(x => x.Schools).ThenByDescending(x => x.Boards).ThenBy(x => x.Provider.Id, StringComparer.Ordinal)
            .ToList();
            return new AreaShares(area, shares);
        }).ToList();
        return new SummaryGroup(key, schools.Count, boards.Count, pupils, areas);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>
/// What changed between two scans of the same register: per area, how many boards and schools moved from one provider to
/// another. Only moves between two measured states count (a failed look-up is no move); "none seen" is a state.
/// </summary>
public static class ScanComparison
{
    public static IReadOnlyList<ProvidersMoved> Compare(SectorAttribution older, SectorAttribution newer)
    {
        var moves = new Dictionary<(ScanArea, string, string), (string From, string To, int Boards, int Schools)>();
        void Count(ScanArea area, ScanProvider from, ScanProvider to, bool board)
        {
            if (from.Id == to.Id || !SectorAttribution.IsMeasured(from) || !SectorAttribution.IsMeasured(to))
            {
                return;
            }

            var key = (area, from.Id, to.Id);
            var (f, t, boards, schools) = moves.GetValueOrDefault(key, (Name(from), Name(to), 0, 0));
            moves[key] = board ? (f, t, boards + 1, schools) : (f, t, boards, schools + 1);
        }

        var oldSchools = older.Schools.ToDictionary(s => s.School.Code, StringComparer.Ordinal);
        foreach (var school in newer.Schools)
        {
            if (oldSchools.TryGetValue(school.School.Code, out var before))
            {
                foreach (var area in Enum.GetValues<ScanArea>())
                {
                    Count(area, before.Providers[area], school.Providers[area], board: false);
                }
            }
        }

        var oldBoards = older.Boards.ToDictionary(b => b.Board.BoardNumber, StringComparer.Ordinal);
        foreach (var board in newer.Boards)
        {
            if (oldBoards.TryGetValue(board.Board.BoardNumber, out var before))
            {
                foreach (var area in Enum.GetValues<ScanArea>())
                {
                    Count(area, before.Providers[area], board.Providers[area], board: true);
                }
            }
        }

        return
        [
            .. moves.OrderBy(m => m.Key.Item1).ThenByDescending(m => m.Value.Boards).ThenByDescending(m => m.Value.Schools)
                .ThenBy(m => m.Key.Item2, StringComparer.Ordinal).ThenBy(m => m.Key.Item3, StringComparer.Ordinal)
                .Select(m => new ProvidersMoved(m.Key.Item1, m.Value.From, m.Value.To, m.Value.Boards, m.Value.Schools)),
        ];
    }

    /// <summary>The provider's display name; the two states without a provider by their id, which the renderer words.</summary>
    private static string Name(ScanProvider provider) => provider.Name.Length > 0 ? provider.Name : provider.Id;
}
