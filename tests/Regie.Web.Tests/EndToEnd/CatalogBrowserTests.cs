using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

public sealed class CatalogBrowserTests
{
    [Fact]
    public async Task SearchingMagisterLeadsToItsOwnerSanomaInFinlandWithSources()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await session.GotoAsync("/catalog");
        var shipped = Regie.Core.Knowledge.KnowledgeLoader.Load(Regie.Core.Knowledge.Loading.DataFolder.Locate());
        await Expect(page.Locator("body")).ToContainTextAsync(shipped.Catalog.Version);

        await page.GetByRole(AriaRole.Searchbox).FillAsync("magister");
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Magister", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Magister");
        await Expect(page.Locator(".chain").First).ToContainTextAsync("Sanoma Oyj (Finland)");
        var sanomaCountry = page.Locator("table.facts tr", new() { HasText = "Land van Sanoma Oyj" });
        await Expect(sanomaCountry).ToContainTextAsync("Finland");
        // Sanoma's own page is a link on the Dutch page itself; the English note, opened under its Dutch label, names it again.
        await Expect(sanomaCountry.Locator("td.source > a[href^='https://www.sanoma.com']")).ToBeVisibleAsync();
        var note = sanomaCountry.Locator("td.source details.source-note");
        await note.Locator("summary").ClickAsync();
        await Expect(note.Locator("span[lang='en'] a[href^='https://www.sanoma.com']")).ToBeVisibleAsync();
        // Magister's hosting is not public: the page says so instead of leaving it out.
        await Expect(page.Locator("table.facts tr", new() { HasText = "Hostingpartij" }).First).ToContainTextAsync("onbekend");
    }
}
