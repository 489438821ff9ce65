using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Regie.Web.Infrastructure;

/// <summary>
/// <c>&lt;analysis-fragment name="…"&gt;</c>: the part of a page drawn only from the board's analysis and the reader's language
/// (and with <see cref="ByQuery"/> the page's query string) is rendered once and kept with the analysis (<see cref="BoardAnalysis.RenderedAsync{T}"/>), so it
/// is dropped with it when the board's data, the knowledge, the weight profile or the day changes, and is never shared
/// between boards. What it wraps must not depend on the user or the role, with one exception: with <see cref="Forms"/> its
/// forms' antiforgery token, which is the user's, is kept as a placeholder and each request gets its own in its place.
/// </summary>
[HtmlTargetElement("analysis-fragment")]
public sealed class AnalysisFragmentTagHelper(BoardAnalysis board, UiText text, IAntiforgery antiforgery) : TagHelper
{
    // Never in rendered user text: the HTML encoder writes control characters as character references.
    private const string TokenPlaceholder = "\u0001antiforgery\u0001";

    /// <summary>The page and part, unique within the board's kept answers.</summary>
    public string Name { get; set; } = "";

    /// <summary>The fragment holds forms: keep it without their antiforgery token and put this request's token in.</summary>
    public bool Forms { get; set; }

    /// <summary>
    /// The fragment depends on the query string (a page number, links that keep the query): each query string is kept apart.
    /// A member of the board can fill the board's few kept answers with odd query strings; then the rest renders per request.
    /// </summary>
    public bool ByQuery { get; set; }

    /// <summary>False renders the fragment for this request only (a page showing the messages of a failed save).</summary>
    public bool Keep { get; set; } = true;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (!Keep)
        {
            return;
        }

        var http = ViewContext.HttpContext;
        // The same token every form of this request carries (the form tag helper asks for it too); it also sets the cookie.
        var token = Forms ? antiforgery.GetAndStoreTokens(http).RequestToken : null;
        var html = await board.RenderedAsync($"html:{Name}:{text.Language}{(ByQuery ? http.Request.QueryString.Value : "")}",
            async () =>
            {
                var rendered = (await output.GetChildContentAsync()).GetContent();
                return token is null ? rendered : rendered.Replace(token, TokenPlaceholder, StringComparison.Ordinal);
            },
            kept => kept.Length * 2L);
        output.Content.SetHtmlContent(token is null ? html : html.Replace(TokenPlaceholder, token, StringComparison.Ordinal));
    }
}
