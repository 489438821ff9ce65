using System.Net;
using System.Text.RegularExpressions;

namespace Regie.Web.Tests.Api;

/// <summary>Dutch pages write decimals with a comma (nl-NL), English pages with a point; a decimal point never shows in Dutch.</summary>
public sealed partial class NumbersInTheReadersLanguage(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Theory]
    [InlineData("/priorities", true)]
    [InlineData("/roadmap", true)]
    [InlineData("/", false)]
    [InlineData("/graph", false)]
    [InlineData("/services", false)]
    [InlineData("teams", true)]
    public async Task DutchPagesWriteDecimalsWithAComma(string path, bool hasDecimals)
    {
        var text = await VisibleTextAsync(await PathOfAsync(path), english: false);

        Assert.False(DecimalPoint().IsMatch(text), $"a decimal point in Dutch: '{DecimalPoint().Match(text).Value}' on {path}");
        if (hasDecimals)
        {
            Assert.Matches(DecimalComma(), text);
        }
    }

    [Theory]
    [InlineData("/priorities")]
    [InlineData("teams")]
    public async Task EnglishPagesWriteDecimalsWithAPoint(string path)
    {
        var text = await VisibleTextAsync(await PathOfAsync(path), english: true);

        Assert.Matches(DecimalPoint(), text);
        Assert.False(DecimalComma().IsMatch(text), $"a decimal comma in English: '{DecimalComma().Match(text).Value}' on {path}");
    }

    private async Task<string> PathOfAsync(string path) => path == "teams"
        ? $"/services/{Assert.Single(await app.ServicesAsync(app.CreateClient()), s => s.Name == "Microsoft Teams").Id}"
        : path;

    /// <summary>The page's text as a reader sees it: no scripts (the charts' JSON is invariant by design), no tags, entities decoded.</summary>
    private async Task<string> VisibleTextAsync(string path, bool english)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (english)
        {
            request.Headers.Add("Cookie", "regie-lang=en");
        }

        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html, " "), " "));
    }

    // One or two digits after the separator: "12.5" or "0.90" is a decimal, "1.932" is a Dutch thousand, "v1.2.1" a version.
    [GeneratedRegex(@"(?<![\w.,])\d+\.\d{1,2}(?![\w.,])")]
    private static partial Regex DecimalPoint();

    [GeneratedRegex(@"(?<![\w.,])\d+,\d{1,2}(?![\w.,])")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
