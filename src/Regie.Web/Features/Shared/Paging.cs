using Microsoft.AspNetCore.WebUtilities;

namespace Regie.Web.Features.Shared;

/// <summary>
/// One page of a long list (services, priorities, scores), asked for as <c>?page=&amp;pageSize=</c>. Pages show
/// <see cref="PageDefault"/> rows; the API answers <see cref="ApiDefault"/> without a size, so a client that never asked
/// for a page still gets a whole board of up to that many services. A size above <see cref="MaxPageSize"/> is cut to it.
/// </summary>
public sealed record Paging(int Page, int PageSize)
{
    public const int PageDefault = 50;
    public const int ApiDefault = 500;
    public const int MaxPageSize = 500;

    /// <summary>The API's total-count header; the body stays the list it always was.</summary>
    public const string TotalHeader = "X-Total-Count";

    public static Paging From(int? page, int? pageSize, int defaultSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? defaultSize, 1, MaxPageSize));

    public Page<T> Of<T>(IReadOnlyList<T> all)
    {
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        // Past the end: the last page, so a link kept after deletions still shows rows.
        var page = Math.Min(Page, pages);
        var skip = (page - 1) * PageSize;
        return new([.. all.Skip(skip).Take(PageSize)], page, PageSize, all.Count, pages, skip);
    }
}

/// <summary>The rows of one page and where it sits in the whole list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total, int Pages, int Skipped)
{
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < Pages;

    /// <summary>The position of the first and last row shown, counted from 1 ("1–50 van 200"); 0–0 for an empty list.</summary>
    public (int First, int Last) Shown => Items.Count == 0 ? (0, 0) : (Skipped + 1, Skipped + Items.Count);

    /// <summary>The same request for another page (the other query values kept), for links and the API's Link header.</summary>
    public string Link(HttpRequest request, int page)
    {
        var query = request.Query.Where(kv => kv.Key is not ("page" or "pageSize"))
            .Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString())).ToList();
        query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (Size != Paging.PageDefault || request.Query.ContainsKey("pageSize"))
        {
            query.Add(new("pageSize", Size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(request.Path, query);
    }

    /// <summary>The API's answer beside the list: the total count and RFC 8288 links to the neighbouring pages.</summary>
    public void Describe(HttpResponse response)
    {
        response.Headers[Paging.TotalHeader] = Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var links = new List<string>();
        if (HasPrevious)
        {
            links.Add($"<{Link(response.HttpContext.Request, Number - 1)}>; rel=\"prev\"");
        }

        if (HasNext)
        {
            links.Add($"<{Link(response.HttpContext.Request, Number + 1)}>; rel=\"next\"");
        }

        if (links.Count > 0)
        {
            response.Headers.Link = string.Join(", ", links);
        }
    }
}

/// <summary>What the pager under a table shows (<c>Pages/Shared/_Pager.cshtml</c>): "1–50 van 200" and the links either side.</summary>
public sealed record PagerView(int First, int Last, int Total, string? Previous, string? Next)
{
    public static PagerView For<T>(Page<T> page, HttpRequest request) =>
        new(page.Shown.First, page.Shown.Last, page.Total,
            page.HasPrevious ? page.Link(request, page.Number - 1) : null,
            page.HasNext ? page.Link(request, page.Number + 1) : null);
}
