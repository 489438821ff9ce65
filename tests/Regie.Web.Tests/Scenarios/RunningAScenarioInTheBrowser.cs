using Microsoft.Playwright;
using Regie.Web.Tests.EndToEnd;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.Scenarios;

public sealed class RunningAScenarioInTheBrowser
{
    [Fact]
    public async Task MicrosoftUnavailableOnTheDemoBoardListsTheServicesItTakesDown()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await session.GotoAsync("/scenarios");

        await page.GetByLabel("Scenario", new() { Exact = true }).SelectOptionAsync("unavailable");
        await page.GetByLabel("Wie of wat").SelectOptionAsync("company:microsoft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Doorrekenen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Microsoft Corporation valt weg" })).ToBeVisibleAsync();
        var magister = page.Locator("#affected-services tbody tr", new() { HasText = "Magister" });
        await Expect(magister).ToContainTextAsync("valt uit");
        await Expect(magister.Locator("td.path")).ToContainTextAsync("Magister → logt in via Microsoft Entra ID");
        await Expect(page.Locator("#affected-services tbody tr", new() { HasText = "Microsoft Teams" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#affected-processes")).ToBeVisibleAsync();
        await session.ScreenshotForDocsAsync("scenarios.png");

        // The sweep below ranks every party; its rows open the scenario with the paths.
        await page.Locator("#sweep-table a", new() { HasText = "Verenigde Staten (US)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Verenigde Staten (US) valt weg" })).ToBeVisibleAsync();
        await Expect(page.Locator("#affected-services tbody tr", new() { HasText = "Magister" })).ToHaveCountAsync(1);
    }
}
