using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Explaining;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Reporting;
using Regie.Web.Features.Observatory;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Observatory;

/// <summary>
/// "Sectorbeeld": the public sector scan's shares per provider, as charts and tables, by grouping, with the moves since an
/// older scan (docs/SECTOR.md). Public DNS facts about public bodies: anyone signed in may read them.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(RegieDbContext db, UiText text) : PageModel
{
    public SectorScanView View { get; private set; } = null!;

    public SummaryGrouping Grouping { get; private set; }

    /// <summary>The grouping's query value, kept in the links that change the scan.</summary>
    public string By => SectorScanOperations.By(Grouping);

    public string? Scan { get; private set; }

    public string? Compare { get; private set; }

    /// <summary>An unknown grouping in the link; the page then shows the whole sector.</summary>
    public bool UnknownGrouping { get; private set; }

    public async Task OnGetAsync(string? scan, string? by, string? compare, CancellationToken ct)
    {
        UnknownGrouping = SectorScanOperations.Grouping(by) is null;
        Grouping = SectorScanOperations.Grouping(by) ?? SummaryGrouping.None;
        (Scan, Compare) = (scan, compare);
        View = await SectorScanOperations.SummaryAsync(db, scan, Grouping, compare, ct);
    }

    public static readonly IReadOnlyList<ScanArea> Areas = Enum.GetValues<ScanArea>();

    public string AreaName(ScanArea area) => AreaName(text, area);

    public static string AreaName(UiText text, ScanArea area) => text[area switch
    {
        ScanArea.Mail => "Mail",
        ScanArea.MailFilter => "Mailfilter",
        ScanArea.Identity => "Identiteit",
        ScanArea.DnsHosting => "DNS-hosting",
        _ => "Webhosting",
    }];

    public string GroupingName(SummaryGrouping grouping) => text[grouping switch
    {
        SummaryGrouping.Sector => "per sector",
        SummaryGrouping.Province => "per provincie",
        SummaryGrouping.Size => "per omvang",
        _ => "hele sector",
    }];

    /// <summary>A group's name as the reader says it: a sector, a province or a size band; "" is the whole sector.</summary>
    public string GroupName(string key) => key.Length == 0 ? text["Hele sector"] : Grouping switch
    {
        SummaryGrouping.Sector => key.ToLowerInvariant(),
        SummaryGrouping.Size => text[key switch
        {
            nameof(BoardSize.Small) => "kleine besturen (minder dan 1.000 leerlingen)",
            nameof(BoardSize.Medium) => "middelgrote besturen (1.000–4.999 leerlingen)",
            nameof(BoardSize.Large) => "grote besturen (5.000–14.999 leerlingen)",
            _ => "zeer grote besturen (15.000 leerlingen of meer)",
        }],
        SummaryGrouping.Province => key.Length == 0 ? text["provincie onbekend"] : key,
        _ => key,
    };

    public string ProviderName(ScanProvider provider) =>
        ReasonText.Provider(provider.Name.Length > 0 ? provider.Name : provider.Id, text.IsEnglish);

    /// <summary>The list of boards that count with this provider in this area, within the group (sector, province or size band) shown.</summary>
    public string BoardsLink(SummaryGroup group, ScanArea area, ScanProvider provider)
    {
        var query = new List<KeyValuePair<string, string?>> { new("area", area.ToString().ToLowerInvariant()), new("provider", provider.Id) };
        if (group.Key.Length > 0 || Grouping == SummaryGrouping.Province)
        {
            query.Add(Grouping switch
            {
                SummaryGrouping.Sector => new("sector", group.Key.ToLowerInvariant()),
                SummaryGrouping.Size => new("size", group.Key.ToLowerInvariant()),
                _ => new("province", group.Key.Length == 0 ? "-" : group.Key),
            });
        }

        if (!string.IsNullOrEmpty(Scan))
        {
            query.Add(new("scan", View.Result?.Scan.Id.ToString() ?? Scan));
        }

        return "/sector/boards" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    public string Percent(double share) => text.Percent(share);

    /// <summary>
    /// One chart per area of a group: per provider, the share of schools, boards and pupils (labels encoded by
    /// <see cref="SvgChart"/>), with one decimal as in the table beside it (<see cref="Percent"/>).
    /// </summary>
    public string Chart(SummaryGroup group, AreaShares area) => SvgChart.Shares(
        $"{AreaName(area.Area)} — {GroupName(group.Key)}",
        [.. area.Providers.Select(p => new ChartBar(ProviderName(p.Provider), [p.SchoolShare * 100, p.BoardShare * 100, p.PupilShare * 100]))],
        [text["scholen"], text["besturen"], text["leerlingen"]], text.Culture, ChartWidth, decimals: 1);

    /// <summary>
    /// The chart shares its row with the table, so it shows at about half the page's width: drawn 420 wide it is scaled up,
    /// not down, and its labels stay as large as the table's text (at 640 they shrank to about 7 pixels).
    /// </summary>
    private const int ChartWidth = 420;

    public string ScanLabel(SectorScanEntity scan) =>
        $"{scan.StartedAt.ToString("d MMM yyyy HH:mm", text.Culture)} ({scan.Id.ToString()[..8]})" +
        (scan.Status == SectorScanStatus.Running ? " — " + text["nog niet af"] : "");
}
