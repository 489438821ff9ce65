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
        Assert.Contains("<details class=\"long-source\"><summary><span class=\"excerpt\">"
            + encoder.Encode(FactSourceHtml.Excerpt(searches)) + "</span> <span class=\"more\">hele bron</span></summary>", row);
        Assert.Contains(encoder.Encode(searches) + "</details>", row);

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
        // An address followed by a note is text, not one long link.
        Assert.Equal("https://example.org/privacy (read in part)", Render(FactSourceHtml.Of("https://example.org/privacy (read in part)", text)));
    }

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
