using Regie.Core.Common;
using Regie.Core.Exporting;

namespace Regie.Core.Observatory;

/// <summary>A scan's summary as one export table (CSV for Dutch Excel, XLSX, JSON): one row per group, area and provider.</summary>
public static class ScanSummaryExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("group", "Groep", "Group"),
        new("area", "Gebied", "Area"),
        new("provider", "Aanbieder-id", "Provider id"),
        new("providerName", "Aanbieder", "Provider"),
        new("schools", "Scholen", "Schools", CellKind.Integer),
        new("schoolShare", "Aandeel scholen", "Share of schools", CellKind.Percentage, 1),
        new("boards", "Besturen", "Boards", CellKind.Integer),
        new("boardShare", "Aandeel besturen", "Share of boards", CellKind.Percentage, 1),
        new("pupils", "Leerlingen", "Pupils", CellKind.Integer),
        new("pupilShare", "Aandeel leerlingen", "Share of pupils", CellKind.Percentage, 1),
    ];

    /// <summary>The whole sector first (group "alle"/"all"), then the groups; the two states without a provider keep their ids.</summary>
    public static ExportTable Table(ScanSummary summary, bool english) =>
        new(new LocalizedText("sectorscan", "sector-scan"), Columns,
            new[] { summary.Overall }.Concat(summary.Groups).SelectMany(group => group.Areas.SelectMany(area => area.Providers.Select(p => (IReadOnlyList<object?>)
            [
                group.Key.Length == 0 ? (english ? "all" : "alle") : group.Key,
                area.Area.ToString(),
                p.Provider.Id,
                p.Provider.Name.Length > 0 ? p.Provider.Name : Explaining.ReasonText.Provider(p.Provider.Id, english),
                p.Schools,
                (decimal)p.SchoolShare,
                p.Boards,
                (decimal)p.BoardShare,
                p.Pupils,
                (decimal)p.PupilShare,
            ]))));
}
