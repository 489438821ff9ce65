using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Shared;

/// <summary>
/// Where a fact comes from, on a page: an address is a link, other text stays text (encoded, never HTML). A long source
/// opens from its first words, because an unknown fact's list of searches runs to a few thousand characters after six
/// research rounds and made every table of facts unreadable; nothing is left out, it is one click away.
/// </summary>
public static class FactSourceHtml
{
    /// <summary>How many characters a long source shows before it is opened.</summary>
    public const int Shown = 160;

    public static IHtmlContent Of(string source, UiText text)
    {
        if (IsAddress(source))
        {
            var link = new TagBuilder("a");
            link.Attributes["href"] = source;
            link.Attributes["rel"] = "noopener noreferrer";
            link.Attributes["target"] = "_blank";
            link.InnerHtml.Append(source);
            return link;
        }

        if (source.Length <= Shown + 40)
        {
            return new HtmlContentBuilder().Append(source); // encoded when written, by the page's own encoder
        }

        var excerpt = new TagBuilder("span");
        excerpt.AddCssClass("excerpt");
        excerpt.InnerHtml.Append(Excerpt(source));
        var more = new TagBuilder("span");
        more.AddCssClass("more");
        more.InnerHtml.Append(text["hele bron"]);
        var summary = new TagBuilder("summary");
        summary.InnerHtml.AppendHtml(excerpt).Append(" ").AppendHtml(more);
        var details = new TagBuilder("details");
        details.AddCssClass("long-source");
        details.InnerHtml.AppendHtml(summary).Append(source);
        return details;
    }

    /// <summary>
    /// A web address and nothing else. Uri.TryCreate also takes "https://… (a note with spaces)" as one address, so a
    /// source with any space is text.
    /// </summary>
    public static bool IsAddress(string? source) =>
        source is not null && !source.Any(char.IsWhiteSpace) && Uri.TryCreate(source, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The first words, up to <see cref="Shown"/> characters, cut at a space where one is near.</summary>
    public static string Excerpt(string source)
    {
        var cut = source.LastIndexOf(' ', Math.Min(Shown, source.Length - 1));
        return source[..(cut > Shown / 2 ? cut : Math.Min(Shown, source.Length))].TrimEnd(' ', ',', ';', ':') + " …";
    }
}
