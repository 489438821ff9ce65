using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Data;

namespace Regie.Web.Features.Observatory;

/// <summary>
/// What the list of boards was asked for (the page's and the API's query string): search in name, number and municipality;
/// filters by sector, province ("-" for none known), size band and the provider in one area (mail unless named); a sort.
/// </summary>
public sealed record BoardListFilter(
    string? Q, Sector? Sector, string? Province, BoardSize? Size, ScanArea Area, string? Provider, string Sort, bool Desc);

/// <summary>
/// The boards of one scan that pass the filter, sorted, with the scan before (null: none), how many the register holds, and
/// the provinces and the providers of the filter's area among all boards (the filter's choices).
/// </summary>
public sealed record BoardListView(
    SectorScanEntity Scan, SectorScanEntity? Previous, int RegisterBoards, IReadOnlyList<BoardListRow> Rows, IReadOnlyList<string> Provinces, IReadOnlyList<ScanProvider> Providers);

/// <summary>
/// The register's boards in a scan for sector analysts and system administrators (docs/SECTOR.md): the page
/// <c>/sector/boards</c> and <c>GET /api/v1/sector/boards</c> both call these. One scan's attribution needs the whole
/// register: the rows of a scan beside the one before are built once (the register and two scans' observations, four
/// queries) and kept in <see cref="SectorBoardListCache"/>; each request then asks only which scans and register import
/// exist, and filters, sorts and pages in memory.
/// </summary>
public static class SectorBoardList
{
    public static readonly IReadOnlyList<string> Sorts = ["name", "number", "province", "municipality", "schools", "pupils", "provider", "changed"];

    /// <summary>The query string as a filter, or the Dutch errors by parameter (the API's 400; the page shows them).</summary>
    public static (BoardListFilter Filter, Dictionary<string, string[]> Errors) Parse(
        string? q, string? sector, string? province, string? size, string? area, string? provider, string? sort, bool desc)
    {
        var errors = new Dictionary<string, string[]>();
        T? Named<T>(string field, string? text, string choices) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text.Trim()[0]))
            {
                return value;
            }

            errors[field] = [$"{field}: '{text.Trim()}' kennen we niet; kies {choices}."];
            return null;
        }

        var chosenSort = string.IsNullOrWhiteSpace(sort) ? "name" : sort.Trim().ToLowerInvariant();
        if (!Sorts.Contains(chosenSort))
        {
            errors["sort"] = [$"sort: '{sort!.Trim()}' kennen we niet; kies {string.Join(", ", Sorts)}."];
            chosenSort = "name";
        }

        var filter = new BoardListFilter(
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            Named<Sector>("sector", sector, "po, so, vo of mbo"),
            string.IsNullOrWhiteSpace(province) ? null : province.Trim(),
            Named<BoardSize>("size", size, "small, medium, large of verylarge"),
            Named<ScanArea>("area", area, "mail, mailfilter, identity, dnshosting of webhosting") ?? ScanArea.Mail,
            string.IsNullOrWhiteSpace(provider) ? null : provider.Trim(),
            chosenSort, desc);
        return (filter, errors);
    }

    /// <summary>The boards of the scan asked for (null or "latest": the newest) that pass the filter; null when there is no such scan.</summary>
    public static async Task<BoardListView?> ListAsync(RegieDbContext db, SectorBoardListCache cache, string? scan, BoardListFilter filter, CancellationToken ct)
    {
        var scans = await db.SectorScansAsync(ct);
        if (SectorScanOperations.Find(scans, scan) is not { } chosen)
        {
            return null;
        }

        var previous = scans.SkipWhile(s => s.Id != chosen.Id).Skip(1).FirstOrDefault();
        var (boards, all) = await cache.GetAsync(db, chosen, previous, async () =>
        {
            var register = await db.LoadRegisterAsync(ct);
            var attribution = SectorAttribution.Of(register, await db.LoadScanObservationsAsync(chosen.Id, ct));
            var before = previous is null ? null : SectorAttribution.Of(register, await db.LoadScanObservationsAsync(previous.Id, ct));
            return (register.Boards.Count, BoardListing.Of(attribution, before));
        }, ct);
        return new BoardListView(chosen, previous, boards, Sorted(Matching(all, filter), filter),
            [.. all.Select(r => r.Board.Province).OfType<string>().Distinct(StringComparer.Ordinal).Order(Names)],
            [.. all.Select(r => r.Board.Providers[filter.Area]).DistinctBy(p => p.Id).OrderBy(ProviderKey, Names)]);
    }

    private static IEnumerable<BoardListRow> Matching(IEnumerable<BoardListRow> rows, BoardListFilter filter)
    {
        if (filter.Q is { } q)
        {
            rows = rows.Where(r => r.Board.Board.Name.Contains(q, StringComparison.CurrentCultureIgnoreCase)
                || r.Board.Board.BoardNumber.StartsWith(q, StringComparison.Ordinal)
                || r.Board.Board.Municipality?.Contains(q, StringComparison.CurrentCultureIgnoreCase) == true);
        }

        if (filter.Sector is { } sector)
        {
            rows = rows.Where(r => r.Board.Sectors.Contains(sector));
        }

        if (filter.Province is { } province)
        {
            rows = province == "-" ? rows.Where(r => r.Board.Province is null)
                : rows.Where(r => string.Equals(r.Board.Province, province, StringComparison.OrdinalIgnoreCase));
        }

        if (filter.Size is { } size)
        {
            rows = rows.Where(r => r.Board.Size == size);
        }

        if (filter.Provider is { } provider)
        {
            rows = rows.Where(r => string.Equals(r.Board.Providers[filter.Area].Id, provider, StringComparison.OrdinalIgnoreCase));
        }

        return rows;
    }

    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    private static List<BoardListRow> Sorted(IEnumerable<BoardListRow> rows, BoardListFilter filter)
    {
        IOrderedEnumerable<BoardListRow> By<TKey>(Func<BoardListRow, TKey> key, IComparer<TKey>? comparer = null) =>
            filter.Desc ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
        var sorted = filter.Sort switch
        {
            "number" => By(r => r.Board.Board.BoardNumber, StringComparer.Ordinal),
            "province" => By(r => r.Board.Province ?? "", Names),
            "municipality" => By(r => r.Board.Board.Municipality ?? "", Names),
            "schools" => By(r => r.Schools),
            "pupils" => By(r => r.Board.Pupils),
            "provider" => By(r => ProviderKey(r.Board.Providers[filter.Area]), Names),
            "changed" => By(r => r.Changed?.Count ?? -1),
            _ => By(r => r.Board.Board.Name, Names),
        };
        return [.. sorted.ThenBy(r => r.Board.Board.Name, Names).ThenBy(r => r.Board.Board.BoardNumber, StringComparer.Ordinal)];
    }

    // Measured providers by name; "none seen" and "not measured" after them.
    private static string ProviderKey(ScanProvider provider) =>
        (SectorAttribution.IsMeasured(provider) ? provider.Id == SectorAttribution.NoneSeen.Id ? "1" : "0" : "2") + ReasonText.Provider(provider.Name.Length > 0 ? provider.Name : provider.Id, english: false);
}

/// <summary>
/// The list's rows of one scan beside the one before, kept until a scan goes on or the register is imported again: paging,
/// sorting and filtering 1,600 boards then cost two small queries instead of reading 10,000 schools and two scans again.
/// </summary>
public sealed class SectorBoardListCache
{
    // A reference, so concurrent requests read a whole entry or the previous one, never half of each.
    private Built? current;

    public async Task<(int RegisterBoards, IReadOnlyList<BoardListRow> Rows)> GetAsync(
        RegieDbContext db, SectorScanEntity scan, SectorScanEntity? previous, Func<Task<(int, IReadOnlyList<BoardListRow>)>> build, CancellationToken ct)
    {
        var import = (await db.RegisterImportsAsync(ct)).FirstOrDefault();
        var stamp = $"{Stamp(scan)}|{(previous is null ? "-" : Stamp(previous))}|{import?.Id}";
        if (current is { } cached && cached.Stamp == stamp)
        {
            return (cached.RegisterBoards, cached.Rows);
        }

        var (boards, rows) = await build();
        current = new Built(stamp, boards, rows);
        return (boards, rows);
    }

    private static string Stamp(SectorScanEntity scan) => $"{scan.Id}:{scan.Done}:{scan.Status}";

    private sealed record Built(string Stamp, int RegisterBoards, IReadOnlyList<BoardListRow> Rows);
}
