using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

public sealed class SettingUpABoardInTheBrowser
{
    [Fact]
    public async Task ANewBoardIsOpenedDownloadsTheTemplateAndImportsIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw bestuur" }).ClickAsync();
        await page.Locator("input[name='Name']").FillAsync("Stichting Browser");
        await page.Locator("input[name='Sectors'][value='Po']").CheckAsync();
        await page.Locator("textarea[name='SchoolsText']").FillAsync("De Klimop;12AB;po;240\nDe Wilg;;po;180");
        await page.Locator("input[name='UseProcesses'][value='videobellen']").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestuur aanmaken" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/import#template$"));
        await Expect(page.Locator(".board-name")).ToHaveTextAsync("Stichting Browser");
        await Expect(page.Locator(".demo-banner")).ToHaveCountAsync(0);
        await Expect(page.Locator("#board-switch option:checked")).ToHaveTextAsync("Stichting Browser");
        await Expect(page.Locator("nav a[href='/import']")).ToHaveAttributeAsync("aria-current", "page");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#template-xlsx").ClickAsync());
        Assert.Equal("inventaris.xlsx", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"regie-template-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            await page.Locator("#file").SetInputFilesAsync(file);
            await page.Locator("#import").ClickAsync();

            // First the preview: what the file would add, nothing stored yet.
            await Expect(page.Locator("#import-preview #import-summary")).ToContainTextAsync("Er is nog niets opgeslagen.");
            await Expect(page.Locator("#import-rows")).ToContainTextAsync("Magister");
            await Expect(page.Locator("#import-rows")).ToContainTextAsync("Microsoft Entra ID");
            var services = await (await page.APIRequest.GetAsync(session.BaseUrl + "/services")).TextAsync();
            Assert.Contains("Stichting Browser", services);
            Assert.DoesNotContain("Magister", services);

            await page.Locator("#apply").ClickAsync();
            await Expect(page.Locator("#import-result #import-summary")).ToContainTextAsync("2 nieuwe diensten");
        }
        finally
        {
            File.Delete(file);
        }

        await session.GotoAsync("/services");
        await Expect(page.Locator(".board-name")).ToHaveTextAsync("Stichting Browser");
        await Expect(page.Locator("main")).ToContainTextAsync("Magister");
    }

    [Fact]
    public async Task AReimportShowsItsChangesAndReviewListAndSavesWhatTheUserChose()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var folder = Directory.CreateTempSubdirectory("regie-reimport-").FullName;
        try
        {
            var first = Path.Combine(folder, "inventaris.csv");
            await File.WriteAllTextAsync(first, "naam;leerlingen;dpia\nEigen leerlingvolgsysteem;300;bezig\nOude planner;;\n", TestContext.Current.CancellationToken);
            await session.GotoAsync("/import");
            await page.Locator("#file").SetInputFilesAsync(first);
            await page.Locator("#import").ClickAsync();
            await page.Locator("#apply").ClickAsync();
            await Expect(page.Locator("#import-result")).ToBeVisibleAsync();

            var second = Path.Combine(folder, "inventaris-2026.csv");
            await File.WriteAllTextAsync(second, "naam;leerlingen;dpia\nEigen leerlingvolgsysteem;340;klaar\nTeams Roosterkoppeling;;\n", TestContext.Current.CancellationToken);
            await session.GotoAsync("/import");
            await page.Locator("#file").SetInputFilesAsync(second);
            await page.Locator("#import").ClickAsync();

            await Expect(page.Locator("#import-changes")).ToContainTextAsync("leerlingen");
            await Expect(page.Locator("#import-changes tbody tr").First).ToContainTextAsync("300");
            await Expect(page.Locator("#import-changes tbody tr").First).ToContainTextAsync("340");
            await Expect(page.Locator("#import-missing")).ToContainTextAsync("Oude planner");
            await Expect(page.Locator("#import-review")).ToContainTextAsync("Teams Roosterkoppeling");
            await session.ScreenshotForDocsAsync("import-preview.png");

            await page.Locator("#import-review select").SelectOptionAsync(new SelectOptionValue { Label = "Het is Microsoft Teams" });
            await page.Locator("#apply").ClickAsync();
            await Expect(page.Locator("#import-problem")).ToContainTextAsync("Het voorbeeld is bijgewerkt met je keuzes.");
            await Expect(page.Locator("#import-review")).ToHaveCountAsync(0);
            await page.Locator("#remove-missing").CheckAsync();
            await page.Locator("#apply").ClickAsync();

            await Expect(page.Locator("#import-result #import-summary")).ToContainTextAsync("1 bijgewerkt");
            await Expect(page.Locator("#import-missing")).ToContainTextAsync("Oude planner");

            // The demo board already has Microsoft Teams: the accepted row joins it instead of adding a second Teams.
            await Expect(page.Locator("#import-rows tr", new() { HasText = "Teams Roosterkoppeling" })).ToContainTextAsync("bestaat al als 'Microsoft Teams'");
            await session.GotoAsync("/services");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Oude planner");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Teams Roosterkoppeling");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
