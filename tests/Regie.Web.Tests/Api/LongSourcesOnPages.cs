using System.Text.Encodings.Web;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Common;
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
    public async Task AnUnknownFactsSearchesOpenUnderADutchLabelOnDutchPagesAndFromTheirFirstWordsOnEnglishOnes()
    {
        var searches = app.Services.GetRequiredService<RegieKnowledge>().Catalog.ProductById["squla"].HostingProvider.Source!;
        Assert.True(searches.Length > 1_000, "the shipped catalog lists the searches for Squla's hosting");
        var encoder = app.Services.GetRequiredService<HtmlEncoder>(); // the pages' own, which leaves letters like é as they are
        var links = new System.Text.RegularExpressions.Regex("<a [^>]*>|</a>");

        // Dutch: the catalog's notes are English, so they open under a Dutch label and carry lang="en"; the addresses the
        // searches read stay inside the note, as they are not the source of an unknown fact.
        var row = Row(await app.CreateClient().GetStringAsync("/catalog/squla", Ct), "Hostingpartij");
        Assert.StartsWith("<details class=\"long-source source-note\"><summary><span class=\"more\">wat is nagezocht (Engels)</span></summary><span lang=\"en\">",
            row[row.IndexOf("<details", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("<a ", row[..row.IndexOf("<details", StringComparison.Ordinal)]);
        var note = row[(row.IndexOf("<span lang=\"en\">", StringComparison.Ordinal) + "<span lang=\"en\">".Length)..row.IndexOf("</span></details>", StringComparison.Ordinal)];
        Assert.Equal(encoder.Encode(searches), links.Replace(note, ""));

        // English: the source as it is, from its first words, the whole text one click away.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/catalog/squla");
        request.Headers.Add("Cookie", "regie-lang=en");
        var english = Row(await (await app.CreateClient().SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct), "Hosting provider");
        Assert.Contains("<details class=\"long-source\"><summary><span class=\"excerpt\">"
            + encoder.Encode(FactSourceHtml.Excerpt(searches)) + "</span> <span class=\"more\">whole source</span></summary>", links.Replace(english, ""));
        var body = english[(english.IndexOf("</summary>", StringComparison.Ordinal) + "</summary>".Length)..english.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Equal(encoder.Encode(searches), links.Replace(body, ""));
    }

    [Fact]
    public void AKnownFactsAddressesStayLinksOnADutchPageAndItsNoteOpensUnderADutchLabel()
    {
        var source = "https://example.org/a (the vendor's privacy statement, read 2026-12-07), https://example.org/b, https://example.org/c, "
            + "https://example.org/d and again https://example.org/a: 'data is stored in Frankfurt'";

        var dutch = Render(FactSourceHtml.OfCatalog(source, known: true, Dutch));

        var before = dutch[..dutch.IndexOf("<details", StringComparison.Ordinal)];
        Assert.Equal(FactSourceHtml.AddressesShown, System.Text.RegularExpressions.Regex.Count(before, "<a "));
        Assert.Contains(">https://example.org/a</a> · <a", before);
        Assert.DoesNotContain("privacy statement", before);
        Assert.Contains("<summary><span class=\"more\">toelichting (Engels)</span></summary><span lang=\"en\">", dutch);
        Assert.Contains("&#x27;data is stored in Frankfurt&#x27;", dutch);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(dutch[dutch.IndexOf("<span lang", StringComparison.Ordinal)..], "<a "));
        // Addresses alone need no note, in any language; an English page shows the source as it is.
        Assert.DoesNotContain("<details", Render(FactSourceHtml.OfCatalog("https://example.org/a, https://example.org/b.", known: true, Dutch)));
        Assert.Equal(Render(FactSourceHtml.Of(source, English)), Render(FactSourceHtml.OfCatalog(source, known: true, English)));
    }

    [Theory]
    [InlineData(FactSources.NoCatalogProduct, "geen catalogusproduct", "no catalog product")]
    [InlineData(FactSources.LeftUnknownByBoard, "door het bestuur als onbekend opgegeven", "entered by the board as unknown")]
    [InlineData(FactSources.Board, "bestuur", "board")]
    [InlineData("antwoord van Iddink, 2026-12-01", "antwoord van Iddink, 2026-12-01", "answer from Iddink, 2026-12-01")]
    public void TheCoresOwnMarkersAndAVendorsAnswerAreNamedInTheReadersLanguage(string source, string dutch, string english)
    {
        Assert.Equal(dutch, Render(FactSourceHtml.OfFact(source, known: false, enteredByBoard: false, Dutch)));
        Assert.Equal(english, Render(FactSourceHtml.OfFact(source, known: false, enteredByBoard: false, English)));
    }

    [Fact]
    public void TheBoardsOwnSourceTextShowsAsItIsAndWithoutOneTheBoardIsNamed()
    {
        // The board's own words are in its own language: never folded away as an English note.
        Assert.Equal("eigen onderzoek, zie https://example.nl/x".Replace("https://example.nl/x",
                "<a href=\"https://example.nl/x\" rel=\"noopener noreferrer\" target=\"_blank\">https://example.nl/x</a>"),
            Render(FactSourceHtml.OfFact("eigen onderzoek, zie https://example.nl/x", known: true, enteredByBoard: true, Dutch)));
        Assert.Equal("board", Render(FactSourceHtml.OfFact(null, known: true, enteredByBoard: true, English)));
        Assert.Equal("onbekend", Render(FactSourceHtml.OfFact(" ", known: false, enteredByBoard: false, Dutch)));
    }

    [Fact]
    public async Task DutchPagesShowTheCatalogsEnglishNotesOnlyInsideElementsMarkedEnglish()
    {
        var client = app.CreateClient();
        var pages = new List<string> { "/catalog/squla", "/catalog/magister", "/catalog/microsoft-teams" };
        foreach (var service in (await app.ServicesAsync(client)).Where(s => s.Name is "Microsoft Teams" or "Magister" or "Squla"))
        {
            pages.Add($"/services/{service.Id}");
            pages.Add($"/processing-register/{service.Id}");
        }

        Assert.Equal(9, pages.Count);
        var english = new System.Text.RegularExpressions.Regex(@"<span lang=""en"">.*?</span></details>", System.Text.RegularExpressions.RegexOptions.Singleline);
        foreach (var path in pages)
        {
            var page = await client.GetStringAsync(path, Ct);
            Assert.Contains("lang=\"en\"", page);
            var dutchOnly = english.Replace(page, "");
            // Words every research note uses and no Dutch sentence does.
            foreach (var word in new[] { "searched", "not stated", " read ", "confirmed on" })
            {
                Assert.False(dutchOnly.Contains(word, StringComparison.OrdinalIgnoreCase), $"{path} shows '{word}' outside an English note");
            }
        }
    }

    private static string Row(string page, string label)
    {
        var row = page[page.IndexOf($"<th scope=\"row\">{label}</th>", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    private static readonly Regie.Web.Infrastructure.UiText Dutch = new(new Microsoft.AspNetCore.Http.HttpContextAccessor());

    private static readonly Regie.Web.Infrastructure.UiText English = EnglishText();

    private static Regie.Web.Infrastructure.UiText EnglishText()
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Request.Headers.Cookie = "regie-lang=en";
        return new(new Microsoft.AspNetCore.Http.HttpContextAccessor { HttpContext = http });
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
