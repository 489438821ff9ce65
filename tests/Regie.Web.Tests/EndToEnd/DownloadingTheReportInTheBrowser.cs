using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

public sealed class DownloadingTheReportInTheBrowser
{
    [Fact]
    public async Task TheMenuLeadsToTheReportAndItsPdfDownloads()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await page.Locator("nav a[href='/report']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Bestuursrapportage");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#report-pdf").ClickAsync());

        Assert.EndsWith(".pdf", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"regie-report-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            using var document = PdfDocument.Open(file);
            var first = document.GetPage(1).Text;
            Assert.Contains("Stichting Voorbeeld Onderwijs", first);
            Assert.Contains("Oordeel", first);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
