using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Data;
using Regie.Web.Features.Audit;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Audit;

/// <summary>
/// The board's audit log ("Logboek"): who changed what and when, filtered and paged, with CSV and JSON exports of the same
/// filter; for a system administrator also every board's at once.
/// </summary>
// Who changed what, with every old and new value, is for the board's administrators (docs/SECURITY.md).
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.BoardAdministrator)]
public sealed class IndexModel(RegieDbContext db, CurrentBoard board, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(Name = "from", SupportsGet = true)] public string? FromText { get; set; }
    [BindProperty(Name = "to", SupportsGet = true)] public string? ToText { get; set; }
    [BindProperty(SupportsGet = true)] public bool AcrossBoards { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public AuditPageDto Log { get; private set; } = null!;

    public int Pages => Math.Max(1, (Log.Total + Log.PageSize - 1) / Log.PageSize);

    /// <summary>Only a system administrator is offered the log of every board.</summary>
    public bool MayReadAcrossBoards => AuditLog.MayReadAcrossBoards(board.Caller);

    public DateOnly? From => Day(FromText);
    public DateOnly? To => Day(ToText);

    /// <summary>A date typed that is not one (a browser without a date picker sends the text as typed): named, and left out of the filter.</summary>
    public IEnumerable<string> UnreadDates => new[] { FromText, ToText }.Where(t => !string.IsNullOrWhiteSpace(t) && Day(t) is null)!;

    private AuditFilter Filter => new(Entity, Actor, From, To, PageNumber);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (AcrossBoards && !MayReadAcrossBoards)
        {
            return Forbid();
        }

        Log = await AuditLog.PageAsync(db, Filter, cancellationToken, AcrossBoards, text.IsEnglish);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        AcrossBoards && !MayReadAcrossBoards ? Forbid()
        : File(await AuditLog.CsvAsync(db, Filter, cancellationToken, AcrossBoards), "text/csv; charset=utf-8", AuditLog.FileName("csv"));

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken) =>
        AcrossBoards && !MayReadAcrossBoards ? Forbid()
        : File(JsonSerializer.SerializeToUtf8Bytes(await AuditLog.ExportAsync(db, Filter, cancellationToken, AcrossBoards), JsonSerializerOptions.Web),
            "application/json; charset=utf-8", AuditLog.FileName("json"));

    /// <summary>The ISO date a date input sends (yyyy-mm-dd), or the Dutch dd-mm-jjjj typed where a browser shows a text box.</summary>
    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The link to another page or export of the same filter.</summary>
    public string Link(int? page = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["entity"] = Entity,
            ["actor"] = Actor,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["acrossBoards"] = AcrossBoards ? "true" : null,
            ["page"] = page?.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
