using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Regie.Core.History;
using Regie.Core.Landscape;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Marks a page that can be shown as of a snapshot (<c>?op=JJJJ-MM-DD</c>, docs/HISTORY.md): it reads the board only through
/// <see cref="BoardAnalysis"/>, which then analyses the snapshot's landscape, and hides or labels whatever else it reads.
/// A page without it, asked for as of a date, is not shown with today's data: the visitor is sent to the snapshot's own page,
/// which says the page cannot be shown as of that day.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ViewableAsOfAttribute : Attribute;

/// <summary>
/// The snapshot this request shows the board as of, when it asks for one with <c>?op=JJJJ-MM-DD</c>; filled once per request
/// by <see cref="AsOfPageFilter"/>. Null <see cref="Snapshot"/>: the board as it is now.
/// </summary>
public sealed class AsOfSnapshot
{
    /// <summary>The query value that asks for a page as of a snapshot: <c>?op=2026-12-03</c>.</summary>
    public const string Query = "op";

    public BoardSnapshot? Snapshot { get; private set; }

    /// <summary>The day asked for (the snapshot's row date, which is the day it stands for).</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The snapshot's landscape (format 2 on), which <see cref="BoardAnalysis"/> analyses instead of today's.</summary>
    public BoardLandscape? Landscape => Snapshot?.Landscape;

    public bool Active => Snapshot is not null;

    /// <summary>The date as the query writes it, for links that stay in the snapshot.</summary>
    public string DateText => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal void Show(DateOnly date, BoardSnapshot snapshot) => (Date, Snapshot) = (date, snapshot);

    /// <summary>Whether a link already names a snapshot date (a page's own links keep the query they were opened with).</summary>
    public static bool NamesDate(string href) =>
        href.Split('#')[0].Split('?') is [_, var query] && query.Split('&').Any(p => p.StartsWith(Query + "=", StringComparison.Ordinal));

    /// <summary>
    /// Paths whose links keep the <c>?op=</c> of the snapshot being viewed; links elsewhere (history, account, language,
    /// API, other boards) lead to today's Regie.
    /// </summary>
    public static bool StaysInSnapshot(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)
        && !Outside.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase) || path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase) || path.StartsWith(p + "?", StringComparison.OrdinalIgnoreCase));

    /// <summary>Links that change the board (create, edit, delete, import) are left out of a page shown as of a snapshot.</summary>
    public static bool Changes(string path)
    {
        var bare = path.Split('?', '#')[0];
        return bare.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Any(segment => segment is "new" or "create" or "edit" or "delete" or "import" or "exitplan");
    }

    /// <summary>An attribute's value as it will be written (HTML-encoded), whether Razor holds it as text or as HTML content.</summary>
    public static string? Written(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string plain:
                return HtmlEncoder.Default.Encode(plain);
            case IHtmlContent html:
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return writer.ToString();
                }

            default:
                return HtmlEncoder.Default.Encode(value.ToString() ?? "");
        }
    }

    private static readonly string[] Outside =
        ["/history", "/account", "/language", "/organisation", "/boards", "/users", "/members", "/openapi", "/api", "/audit", "/css", "/js", "/lib"];
}

/// <summary>
/// Reads <c>?op=</c> once per page request: refuses a change (403), sends a date without a snapshot, a snapshot too old to
/// hold its landscape or a page that cannot be shown as of a date to <c>/history/at</c>, which says why; else puts the snapshot
/// in <see cref="AsOfSnapshot"/> so <see cref="BoardAnalysis"/> analyses it.
/// </summary>
public sealed class AsOfPageFilter(AsOfSnapshot asOf, RegieDbContext db, CurrentBoard board, UiText text) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!request.Query.TryGetValue(AsOfSnapshot.Query, out var asked) || board.Organisation is null)
        {
            await next();
            return;
        }

        var date = asked.ToString();
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status403Forbidden,
                ContentType = "text/plain; charset=utf-8",
                Content = text["Een momentopname is alleen te lezen: wijzigen kan alleen in het huidige landschap."],
            };
            return;
        }

        var page = request.Path.Value ?? "/";
        var viewable = context.ActionDescriptor.ModelTypeInfo?.IsDefined(typeof(ViewableAsOfAttribute), inherit: false) == true
            || context.HandlerInstance.GetType().IsDefined(typeof(ViewableAsOfAttribute), inherit: false);
        var snapshot = Features.History.HistoryOperations.TryDate(date, out var day) ? await db.LoadSnapshotAsync(board.Id, day, context.HttpContext.RequestAborted) : null;
        if (snapshot?.Landscape is null || !viewable)
        {
            // /history/at names what is missing: the date (with the nearest that exist), the landscape or the page.
            context.Result = new RedirectResult($"/history/at?date={Uri.EscapeDataString(date)}&view={Uri.EscapeDataString(page)}");
            return;
        }

        asOf.Show(day, snapshot);
        await next();
    }
}

/// <summary>
/// On a page shown as of a snapshot: forms that change something (method post) are left out, forms that only look
/// (method get, to the page itself) keep the snapshot's date; a form marked <c>as-of-keep</c> (signing out) stays.
/// </summary>
[HtmlTargetElement("form")]
public sealed class AsOfFormTagHelper(AsOfSnapshot asOf) : TagHelper
{
    [HtmlAttributeName("as-of-keep")] public bool Keep { get; set; }

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!asOf.Active || Keep)
        {
            return;
        }

        var method = AsOfSnapshot.Written(output.Attributes["method"]?.Value) ?? "get";
        if (!method.Equals("get", StringComparison.OrdinalIgnoreCase))
        {
            output.SuppressOutput();
            return;
        }

        var action = System.Net.WebUtility.HtmlDecode(AsOfSnapshot.Written(output.Attributes["action"]?.Value));
        if (string.IsNullOrEmpty(action) || AsOfSnapshot.StaysInSnapshot(action))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{AsOfSnapshot.Query}\" value=\"{asOf.DateText}\">");
        }
    }
}

/// <summary>
/// On a page shown as of a snapshot: a link within the board keeps the snapshot's date (<c>?op=</c>); a link that changes the
/// board (create, edit, delete, import) is left out, its text kept when it is not a button.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
public sealed class AsOfLinkTagHelper(AsOfSnapshot asOf) : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!asOf.Active || AsOfSnapshot.Written(output.Attributes["data-as-of"]?.Value) == "today"
            || AsOfSnapshot.Written(output.Attributes["href"]?.Value) is not { } written
            || System.Net.WebUtility.HtmlDecode(written) is not { } href || !AsOfSnapshot.StaysInSnapshot(href))
        {
            return;
        }

        if (AsOfSnapshot.Changes(href))
        {
            output.SuppressOutput();
            return;
        }

        if (AsOfSnapshot.NamesDate(href))
        {
            return;
        }

        // The value is kept as written (HTML-encoded); only "op=" is added before any fragment.
        var hash = written.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (written, "") : (written[..hash], written[hash..]);
        var joiner = path.Contains('?', StringComparison.Ordinal) ? "&amp;" : "?";
        output.Attributes.SetAttribute("href", new HtmlString($"{path}{joiner}{AsOfSnapshot.Query}={asOf.DateText}{fragment}"));
    }
}
