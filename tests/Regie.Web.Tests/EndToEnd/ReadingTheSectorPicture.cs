using Microsoft.Playwright;
using Regie.Web.Tests.SectorScan;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

/// <summary>
/// The sector picture as a person opens it: the whole sector's charts with their bars and provider labels, a switch to
/// "per provincie" that draws a chart per province, and a share that opens to how it was counted.
/// </summary>
public sealed class ReadingTheSectorPicture
{
    [Fact]
    public async Task SwitchingToProvincesDrawsTheirChartsAndAShareOpensToItsCountingRule()
    {
        await using var session = await BrowserSession.StartAsync();
        await SmallSector.SeedAsync(session.Database, TestContext.Current.CancellationToken);
        var page = session.Page;

        await session.GotoAsync("/sector");
        var charts = page.Locator("figure.sector-chart svg");
        await Expect(charts).ToHaveCountAsync(5); // the whole sector: one chart per area
        var mail = charts.First;
        Assert.True(await mail.Locator("rect").CountAsync() >= 3 * 3, "the mail chart has a bar per provider and measure");
        await Expect(mail.Locator("text", new() { HasText = "Microsoft 365" })).ToHaveCountAsync(1);
        await session.ScreenshotForDocsAsync("sector.png");

        await page.Locator("#grouping a[data-by='province']").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("by=province"));
        await Expect(page.Locator("#grouping a[aria-current='page']")).ToHaveTextAsync("per provincie");
        await Expect(charts).ToHaveCountAsync(5 * 4); // the whole sector and Groningen, Limburg, Utrecht
        foreach (var province in new[] { "Groningen", "Limburg", "Utrecht" })
        {
            await Expect(page.Locator("section.sector-group h2", new() { HasText = province })).ToHaveCountAsync(1);
        }

        var groningen = page.Locator("section.sector-group[aria-label='Groningen']");
        await Expect(groningen.Locator("figure.sector-chart").First.Locator("svg text", new() { HasText = "Microsoft 365" })).ToHaveCountAsync(1);
        var share = groningen.Locator("table.sector-shares").First.Locator("details.share").First;
        await share.Locator("summary").ClickAsync();
        await Expect(share).ToContainTextAsync("2 van 2 scholen.");
        await Expect(share).ToContainTextAsync("eigen website");
        await session.ScreenshotForDocsAsync("sector-provinces.png");

        await session.GotoAsync("/language/en?returnUrl=" + Uri.EscapeDataString("/sector?by=size"));

        await Expect(page.Locator("#grouping a[aria-current='page']")).ToHaveTextAsync("by size");
        await Expect(charts.First.Locator("text", new() { HasText = "schools" })).ToHaveCountAsync(1);
        await session.ScreenshotForDocsAsync("sector-en.png");

        await session.GotoAsync("/sector/boards/10001");
        await page.Locator("#board-schools details summary").First.ClickAsync();
        await Expect(page.Locator("#board-schools details").First).ToContainTextAsync("10 mx.microsoft.example.");
        await session.ScreenshotForDocsAsync("sector-board.png");

        // From the shares, a provider opens the list of boards that count with it.
        await session.GotoAsync("/sector");
        await page.Locator("table.sector-shares").First.Locator("a.boards-link", new() { HasText = "Microsoft 365" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("provider=microsoft"));
        await Expect(page.Locator("table.sector-boards tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table.sector-boards tbody tr[data-board='10001'] td.provider")).ToHaveTextAsync("Microsoft 365");
        await page.Locator("#provider").SelectOptionAsync("(not-measured)");
        await page.Locator("#boards-filters button[type=submit]").ClickAsync();
        await Expect(page.Locator("table.sector-boards tbody tr[data-board='10003']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#boards-count")).ToContainTextAsync("1 of 3 boards"); // the page is in English since the switch above
    }
}
