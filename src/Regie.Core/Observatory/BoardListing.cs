using Regie.Core.Common;
using Regie.Core.Exporting;

namespace Regie.Core.Observatory;

/// <summary>
/// One register board in one scan as the list of boards shows it: how it counts (<see cref="BoardAttribution"/>), its
/// number of school locations, and the areas whose provider changed since the scan before (null: no scan before, or the
/// board was not in it).
/// </summary>
public sealed record BoardListRow(BoardAttribution Board, int Schools, IReadOnlyList<ScanArea>? Changed);

/// <summary>The register's boards in one scan beside the scan before, for the sector analyst's list (docs/SECTOR.md).</summary>
public static class BoardListing
{
    public static IReadOnlyList<BoardListRow> Of(SectorAttribution attribution, SectorAttribution? previous)
    {
        var schools = attribution.Schools.CountBy(s => s.School.BoardNumber, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var before = previous?.Boards.ToDictionary(b => b.Board.BoardNumber, StringComparer.Ordinal);
        return [.. attribution.Boards.Select(b => new BoardListRow(b, schools.GetValueOrDefault(b.Board.BoardNumber),
            before is not null && before.TryGetValue(b.Board.BoardNumber, out var older) ? ChangedAreas(older, b) : null))];
    }

    /// <summary>
    /// The areas whose provider differs between two scans of one board, by <see cref="ScanComparison"/>'s rule: only a move
    /// between two measured states counts, so a failed look-up in either scan is no change.
    /// </summary>
    public static IReadOnlyList<ScanArea> ChangedAreas(BoardAttribution older, BoardAttribution newer) =>
        [.. Enum.GetValues<ScanArea>().Where(area => older.Providers[area] is var from && newer.Providers[area] is var to
            && from.Id != to.Id && SectorAttribution.IsMeasured(from) && SectorAttribution.IsMeasured(to))];
}

/// <summary>The list of boards as one export table (CSV for Dutch Excel, XLSX): one row per board, its provider in every area.</summary>
public static class BoardListingExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("boardNumber", "Bestuursnummer", "Board number"),
        new("name", "Naam", "Name"),
        new("sectors", "Sectoren", "Sectors"),
        new("province", "Provincie", "Province"),
        new("municipality", "Gemeente", "Municipality"),
        new("schools", "Scholen", "Schools", CellKind.Integer),
        new("pupils", "Leerlingen", "Pupils", CellKind.Integer),
        new("mail", "Mail", "Mail"),
        new("mailFilter", "Mailfilter", "Mail filter"),
        new("identity", "Identiteit", "Identity"),
        new("dnsHosting", "DNS-hosting", "DNS hosting"),
        new("webHosting", "Webhosting", "Web hosting"),
        new("changed", "Veranderd sinds vorige scan", "Changed since previous scan"),
    ];

    public static ExportTable Table(IEnumerable<BoardListRow> rows, bool english) =>
        new(new LocalizedText("besturen", "boards"), Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Board.Board.BoardNumber,
            r.Board.Board.Name,
            string.Join(", ", r.Board.Sectors.Select(s => s.ToString().ToLowerInvariant())),
            r.Board.Province,
            r.Board.Board.Municipality,
            (long)r.Schools,
            (long)r.Board.Pupils,
            .. Enum.GetValues<ScanArea>().Select(area => (object?)Name(r.Board.Providers[area], english)),
            r.Changed is null ? null : string.Join(", ", r.Changed.Select(a => a.ToString())),
        ]));

    private static string Name(ScanProvider provider, bool english) =>
        Explaining.ReasonText.Provider(provider.Name.Length > 0 ? provider.Name : provider.Id, english);
}
