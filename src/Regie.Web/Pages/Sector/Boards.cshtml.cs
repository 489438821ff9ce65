using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Explaining;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Web.Features.Observatory;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Observatory;

/// <summary>
/// The register's boards in a scan, for sector analysts and system administrators (a board's own users open only their own
/// board, /sector/boards/{number}): search, filters and sort in the query string, as the API's GET /api/v1/sector/boards.
/// </summary>
[Authorize(Policy = Policies.SectorBoards)]
public sealed class BoardsModel(RegieDbContext db, SectorBoardListCache cache, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Size { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Provider { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true)] public string? Scan { get; set; }

    // Razor Pages keeps "page" as a route value (the page's path): the number is read from the query string itself.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; set; }

    public BoardListFilter Filter { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Null when there is no scan (or none with the id asked for).</summary>
    public BoardListView? List { get; private set; }

    public IReadOnlyList<BoardListRow> Rows { get; private set; } = [];
    public PagerView Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (filter, errors) = SectorBoardList.Parse(Q, Sector, Province, Size, Area, Provider, Sort, Desc);
        (Filter, Problems) = (filter, [.. errors.Values.SelectMany(e => e)]);
        List = await SectorBoardList.ListAsync(db, cache, Scan, filter, ct);
        var page = Paging.From(PageNumber, PageSize, Paging.PageDefault).Of(List?.Rows ?? []);
        (Rows, Pager) = (page.Items, PagerView.For(page, Request));
    }

    /// <summary>The same list as CSV: every matching board, not only this page.</summary>
    public string CsvLink => "/api/v1/sector/boards" + QueryString.Create(Request.Query
        .Where(kv => kv.Key is not ("page" or "pageSize" or "format")).Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString()))
        .Append(new("format", "csv")));

    /// <summary>The link for a column heading: the same filters, sorted by that column, flipping direction on a second click.</summary>
    public string SortLink(string column)
    {
        var query = Request.Query.Where(kv => kv.Key is not ("sort" or "desc" or "page")).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
        query["sort"] = column;
        if (Filter.Sort == column && !Filter.Desc)
        {
            query["desc"] = "true";
        }

        return "/sector/boards" + QueryString.Create(query!);
    }

    public string? SortState(string column) => Filter.Sort == column ? (Filter.Desc ? "descending" : "ascending") : null;

    public string AreaName(ScanArea area) => IndexModel.AreaName(text, area);

    public string ProviderName(ScanProvider provider) =>
        ReasonText.Provider(provider.Name.Length > 0 ? provider.Name : provider.Id, text.IsEnglish);

    public string SizeName(BoardSize size) => text[size switch
    {
        BoardSize.Small => "klein (minder dan 1.000 leerlingen)",
        BoardSize.Medium => "middelgroot (1.000–4.999 leerlingen)",
        BoardSize.Large => "groot (5.000–14.999 leerlingen)",
        _ => "zeer groot (15.000 leerlingen of meer)",
    }];

    public string Changed(BoardListRow row) => row.Changed switch
    {
        null => text["—"],
        [] => text["nee"],
        var areas => text["ja: {0}", string.Join(", ", areas.Select(AreaName))],
    };
}
