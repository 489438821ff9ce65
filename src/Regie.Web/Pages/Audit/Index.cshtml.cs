using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Audit;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Audit;

/// <summary>The board's audit log ("Logboek"): who changed what and when, filtered and paged, with CSV and JSON exports of the same filter.</summary>
// Who changed what, with every old and new value, is for the board's administrators (docs/SECURITY.md).
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.BoardAdministrator)]
public sealed class IndexModel(RegieDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public AuditPageDto Log { get; private set; } = null!;

    public int Pages => Math.Max(1, (Log.Total + Log.PageSize - 1) / Log.PageSize);

    private AuditFilter Filter => new(Entity, Actor, From, To, PageNumber);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Log = await AuditLog.PageAsync(db, Filter, cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        File(await AuditLog.CsvAsync(db, Filter, cancellationToken), "text/csv; charset=utf-8", AuditLog.FileName("csv"));

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken) =>
        File(JsonSerializer.SerializeToUtf8Bytes(await AuditLog.ExportAsync(db, Filter, cancellationToken), JsonSerializerOptions.Web),
            "application/json; charset=utf-8", AuditLog.FileName("json"));

    /// <summary>The link to another page or export of the same filter.</summary>
    public string Link(int? page = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["entity"] = Entity,
            ["actor"] = Actor,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
