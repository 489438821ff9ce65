using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

/// <summary>
/// The shared sector (/sector/shared) as a person opens it: six boards share, five of them in Utrecht and one in Zeeland. A
/// published figure opens to what it counts and how many boards it rests on; choosing Zeeland, a cell of one board, shows
/// "niet getoond" everywhere, each opening to why, and never a number.
/// </summary>
public sealed class ReadingTheSharedSector
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task SeedAsync(BrowserSession session)
    {
        var knowledge = session.Services.GetRequiredService<RegieKnowledge>();
        for (var i = 0; i < 6; i++)
        {
            Guid id;
            await using (var system = RegieDatabase.Create(session.Database, TenantContext.System))
            {
                id = (await system.CreateOrganisationAsync($"Stichting Deelt {i + 1}", [Sector.Po], 300, 30, false, knowledge.ProcessTemplates, Ct)).Id;
            }

            await using var db = RegieDatabase.Create(session.Database, new FixedTenant(id, "test"));
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = $"Leerlingvolg {i}", CatalogProductId = "magister", ProcessKeys = ["leerlingvolgsysteem"], Pupils = 100 + i });
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = $"Rooster {i}", CatalogProductId = "zermelo", ProcessKeys = ["lesgeven"], Pupils = 200 + i, Staff = 20 });
            var organisation = await db.Organisations.SingleAsync(o => o.Id == id, Ct);
            organisation.SharesWithSector = true;
            organisation.Province = i == 5 ? "Zeeland" : "Utrecht";
            await db.SaveChangesAsync(Ct);
        }
    }

    [Fact]
    public async Task AFigureOpensToItsCountAndACellOfOneBoardShowsNoNumber()
    {
        await using var session = await BrowserSession.StartAsync();
        await SeedAsync(session);
        var page = session.Page;

        await session.GotoAsync("/sector/shared");

        var boards = page.Locator("#size details.figure").First;
        await Expect(boards.Locator("summary")).ToHaveTextAsync("6");
        await boards.Locator("summary").ClickAsync();
        await Expect(boards).ToContainTextAsync("berust op 6 besturen");
        await Expect(page.Locator("#shared-questions li").First).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Leerlingvolg");

        await page.Locator("#cell").SelectOptionAsync("province=Zeeland");
        await page.Locator("#cell-choice button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("cell=province%3DZeeland"));
        var withheld = page.Locator("#size details.figure").First;
        await Expect(withheld.Locator("summary")).ToHaveTextAsync("niet getoond");
        await withheld.Locator("summary").ClickAsync();
        await Expect(withheld).ToContainTextAsync("minder dan 5 besturen");
        await Expect(page.Locator("#size details.figure:not(.withheld)")).ToHaveCountAsync(0);
    }
}
