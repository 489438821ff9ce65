using System.Text.Encodings.Web;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Knowledge;
using Regie.Web.Features.Shared;

namespace Regie.Web.Tests.Api;

/// <summary>
/// A fact's source on a page: an address is a link, a short text is text, and a long one (an unknown fact's searches)
/// opens from its first words with the whole text one click away, encoded.
/// </summary>
public sealed class LongSourcesOnPages(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUnknownFactsSearchesOpenFromTheirFirstWordsAndHoldTheWholeText()
    {
        var searches = app.Services.GetRequiredService<RegieKnowledge>().Catalog.ProductById["squla"].HostingProvider.Source!;
        Assert.True(searches.Length > 1_000, "the shipped catalog lists the searches for Squla's hosting");

        var page = await app.CreateClient().GetStringAsync("/catalog/squla", Ct);
        var encoder = app.Services.GetRequiredService<HtmlEncoder>(); // the pages' own, which leaves letters like é as they are

        var row = page[page.IndexOf("<th scope=\"row\">Hostingpartij</th>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var links = new System.Text.RegularExpressions.Regex("<a [^>]*>|</a>");
        Assert.Contains("<details class=\"long-source\"><summary><span class=\"excerpt\">"
            + encoder.Encode(FactSourceHtml.Excerpt(searches)) + "</span> <span class=\"more\">hele bron</span></summary>", links.Replace(row, ""));
        // The whole text, with each address in it a link whose text is the address itself.
        var body = row[(row.IndexOf("</summary>", StringComparison.Ordinal) + "</summary>".Length)..row.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Equal(encoder.Encode(searches), links.Replace(body, ""));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/catalog/squla");
        request.Headers.Add("Cookie", "regie-lang=en");
        var english = await (await app.CreateClient().SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("<span class=\"more\">whole source</span>", english);
    }

    [Fact]
    public void TheExcerptEndsAtAWordWithinItsLengthAndSaysThereIsMore()
    {
        var text = string.Join(' ', Enumerable.Repeat("gezocht;", 60));

        var excerpt = FactSourceHtml.Excerpt(text);

        Assert.EndsWith("gezocht …", excerpt);
        Assert.InRange(excerpt.Length, FactSourceHtml.Shown / 2, FactSourceHtml.Shown + 2);
    }

    [Fact]
    public void AnAddressIsALinkAndAShortTextStaysTextEncoded()
    {
        var text = new Regie.Web.Infrastructure.UiText(new Microsoft.AspNetCore.Http.HttpContextAccessor());

        Assert.Equal("<a href=\"https://example.org/privacy\" rel=\"noopener noreferrer\" target=\"_blank\">https://example.org/privacy</a>",
            Render(FactSourceHtml.Of("https://example.org/privacy", text)));
        Assert.Equal("vendor&#x27;s page &lt;b&gt;", Render(FactSourceHtml.Of("vendor's page <b>", text)));
        // An address followed by a note: the address is a link, the note stays text.
        Assert.Equal("<a href=\"https://example.org/privacy\" rel=\"noopener noreferrer\" target=\"_blank\">https://example.org/privacy</a> (read in part)",
            Render(FactSourceHtml.Of("https://example.org/privacy (read in part)", text)));
    }

    [Theory]
    [InlineData("https://example.org/a; read again 2026-12-07: it says so", "https://example.org/a", "; read again 2026-12-07: it says so")]
    [InlineData("(see https://example.org/b).", "https://example.org/b", ").")]
    [InlineData("https://en.wikipedia.org/wiki/Sanoma_(company), read", "https://en.wikipedia.org/wiki/Sanoma_(company)", ", read")]
    [InlineData("„https://example.nl/a”", "https://example.nl/a", "”")]
    public void EachAddressInATextIsALinkWithoutTheSentencesPunctuation(string source, string address, string after)
    {
        var html = Render(FactSourceHtml.WithLinks(source));

        Assert.Contains($"<a href=\"{address}\" rel=\"noopener noreferrer\" target=\"_blank\">{address}</a>{HtmlEncoder.Default.Encode(after)}", html);
        Assert.Equal(address, FactSourceHtml.FirstAddress(source));
    }

    [Fact]
    public void TheExcerptOfALongSourceIsTextAndTheWholeTextHoldsTheLinks()
    {
        var text = new Regie.Web.Infrastructure.UiText(new Microsoft.AspNetCore.Http.HttpContextAccessor());
        var whole = "https://example.org/first; read again: " + string.Join(' ', Enumerable.Repeat("gelezen", 30)) + " https://example.org/second.";

        var html = Render(FactSourceHtml.Of(whole, text));
        var summary = html[..html.IndexOf("</summary>", StringComparison.Ordinal)];

        // A link inside <summary> is lost to screen readers (axe nested-interactive); the opened text has both.
        Assert.DoesNotContain("<a ", summary);
        Assert.Contains("https://example.org/first", summary);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html[html.IndexOf("</summary>", StringComparison.Ordinal)..], "<a "));
        Assert.Contains(">https://example.org/second</a>.", html);
    }

    [Fact]
    public void OnlyWebAddressesBecomeLinksAndTheRestStaysEncoded()
    {
        var html = Render(FactSourceHtml.WithLinks("javascript:alert(1) <script>x</script> ftp://example.org/f \"https://example.org/q?a=1&b=<i>\""));

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<a "));
        Assert.Contains("href=\"https://example.org/q?a=1&amp;b=\"", html);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<i>", html);
        Assert.Null(FactSourceHtml.FirstAddress("no address here"));
    }

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
