using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Shared;

/// <summary>
/// Where a fact comes from, on a page: every web address in it is a link, the rest stays text (encoded, never HTML). A long
/// source opens from its first words, because an unknown fact's list of searches runs to a few thousand characters after six
/// research rounds and made every table of facts unreadable; nothing is left out, it is one click away.
/// </summary>
public static class FactSourceHtml
{
    /// <summary>How many characters a long source shows before it is opened.</summary>
    public const int Shown = 160;

    public static IHtmlContent Of(string source, UiText text)
    {
        if (!IsLong(source))
        {
            return WithLinks(source);
        }

        var excerpt = new TagBuilder("span");
        excerpt.AddCssClass("excerpt");
        excerpt.InnerHtml.Append(Excerpt(source)); // text only: a link inside <summary> is lost to screen readers (nested-interactive)
        var more = new TagBuilder("span");
        more.AddCssClass("more");
        more.InnerHtml.Append(text["hele bron"]);
        var summary = new TagBuilder("summary");
        summary.InnerHtml.AppendHtml(excerpt).Append(" ").AppendHtml(more);
        var details = new TagBuilder("details");
        details.AddCssClass("long-source");
        details.InnerHtml.AppendHtml(summary).AppendHtml(WithLinks(source));
        return details;
    }

    /// <summary>
    /// Where a fact Regie resolved comes from, in the reader's language. A fact the board entered shows the board's own
    /// source text as it is, or "bestuur" without one; a vendor's answer and the core's own markers are named in the reader's
    /// language (<see cref="ReasonText.SourceMarker"/>); anything else is the catalog's source, which <see cref="OfCatalog"/> renders.
    /// </summary>
    public static IHtmlContent OfFact(string? source, bool known, bool enteredByBoard, UiText text)
    {
        if (source == FactSources.Board || (enteredByBoard && string.IsNullOrWhiteSpace(source)))
        {
            return Text(text["bestuur"]);
        }

        if (enteredByBoard)
        {
            return Of(source!, text);
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            return Text(text["onbekend"]);
        }

        return ReasonText.SourceMarker(source, text.Culture) is { } marker ? Of(marker, text) : OfCatalog(source, known, text);
    }

    /// <summary>
    /// A source from Regie's catalog (data/): an address, a document's title or a research note. The notes are written in
    /// English (data/catalog/SCHEMA.md), and a Dutch page shows no English sentence of its own: there the addresses stay
    /// links and the note opens under a Dutch label that says it is English, marked <c>lang="en"</c> so a screen reader reads
    /// it as English. An unknown fact's note lists what was searched; its addresses are what was read without finding the
    /// fact, so they stay inside the note rather than look like the fact's source. English pages show the source as it is.
    /// </summary>
    public static IHtmlContent OfCatalog(string source, bool known, UiText text)
    {
        if (text.IsEnglish || IsAddress(source))
        {
            return Of(source, text);
        }

        var addresses = FactSources.Addresses(source).Select(a => a.Value).Distinct(StringComparer.Ordinal).ToList();
        var html = new HtmlContentBuilder();
        if (known)
        {
            // Addresses alone are shown all, as there is no note to hold the rest; before a note, the first few.
            var onlyAddresses = IsOnlyAddresses(source);
            foreach (var address in onlyAddresses ? addresses : addresses.Take(AddressesShown))
            {
                html.AppendHtml(html.Count > 0 ? " · " : "").AppendHtml(Link(address));
            }

            if (onlyAddresses)
            {
                return html;
            }

            html.Append(" ");
        }

        var label = new TagBuilder("span");
        label.AddCssClass("more");
        label.InnerHtml.Append(text[known ? "toelichting (Engels)" : "wat is nagezocht (Engels)"]);
        var summary = new TagBuilder("summary");
        summary.InnerHtml.AppendHtml(label);
        var note = new TagBuilder("span");
        note.Attributes["lang"] = "en";
        note.InnerHtml.AppendHtml(WithLinks(source));
        var details = new TagBuilder("details");
        details.AddCssClass("long-source");
        details.AddCssClass("source-note");
        details.InnerHtml.AppendHtml(summary).AppendHtml(note);
        return html.AppendHtml(details);
    }

    private static IHtmlContent Text(string words) => new HtmlContentBuilder().Append(words);

    /// <summary>
    /// A fact's source for a tooltip (a title attribute, plain text): on a Dutch page a catalog note gives only its first
    /// address, and none for an unknown fact; the board's own words and an English page give the text, a long one its first
    /// words as the page's own excerpt does.
    /// </summary>
    public static string? ForTitle(string? source, bool known, bool enteredByBoard, UiText text) =>
        source is null || IsAddress(source) ? source
        : ReasonText.SourceMarker(source, text.Culture) is { } marker ? marker
        : enteredByBoard || text.IsEnglish ? (IsLong(source) ? Excerpt(source) : source)
        // An unknown fact's note lists pages searched in vain: none of them is its source.
        : known ? FirstAddress(source) : null;

    // A little over the excerpt's length: cutting off a few words would hide less than the "hele bron" link takes.
    private static bool IsLong(string source) => source.Length > Shown + 40;

    /// <summary>How many of a known fact's addresses a Dutch page shows before its note; the note holds them all.</summary>
    public const int AddressesShown = 3;

    /// <summary>Addresses with nothing but punctuation and spaces between them: there is no note to open.</summary>
    private static bool IsOnlyAddresses(string source)
    {
        var at = 0;
        foreach (var (index, value) in FactSources.Addresses(source))
        {
            if (!IsPunctuationOrSpace(source[at..index]))
            {
                return false;
            }

            at = index + value.Length;
        }

        return IsPunctuationOrSpace(source[at..]);
    }

    private static bool IsPunctuationOrSpace(string text) => text.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c));

    /// <summary>
    /// The source with each address in it as a link: a fact read again carries its address followed by what was read
    /// ("https://…; read again 2026-12-07: …"), and the address must stay one click away. Text is encoded when written, by
    /// the page's own encoder; only http(s) addresses become links.
    /// </summary>
    public static IHtmlContent WithLinks(string source)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (var address in FactSources.Addresses(source))
        {
            html.Append(source[at..address.Index]).AppendHtml(Link(address.Value));
            at = address.Index + address.Value.Length;
        }

        return html.Append(source[at..]);
    }

    /// <summary>The first web address in a source, for a link that names no address ("bron"); null without one.</summary>
    public static string? FirstAddress(string? source) => source is null ? null : FactSources.Addresses(source).Select(a => a.Value).FirstOrDefault();

    private static TagBuilder Link(string address)
    {
        var link = new TagBuilder("a");
        link.Attributes["href"] = address;
        link.Attributes["rel"] = "noopener noreferrer";
        link.Attributes["target"] = "_blank";
        link.InnerHtml.Append(address);
        return link;
    }

    /// <summary>A web address and nothing else (<see cref="FactSources.IsAddress"/>).</summary>
    public static bool IsAddress(string? source) => FactSources.IsAddress(source);

    /// <summary>The first words, up to <see cref="Shown"/> characters, cut at a space where one is near.</summary>
    public static string Excerpt(string source)
    {
        var cut = source.LastIndexOf(' ', Math.Min(Shown, source.Length - 1));
        return source[..(cut > Shown / 2 ? cut : Math.Min(Shown, source.Length))].TrimEnd(' ', ',', ';', ':') + " …";
    }
}
