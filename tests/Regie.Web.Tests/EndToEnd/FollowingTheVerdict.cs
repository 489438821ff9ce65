using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

public sealed class FollowingTheVerdict
{
    [Fact]
    public async Task TheBoardReadsTheVerdictAndBeginHereLeadsToThePageWhereItIsDone()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        var verdict = page.Locator("#verdict");
        await Expect(verdict.GetByRole(AriaRole.Heading, new() { Name = "Oordeel" })).ToBeVisibleAsync();
        await Expect(verdict.Locator("p[data-code='standingSummary']")).ToContainTextAsync("met een minimumeis");
        await Expect(page.Locator(".cards.standings [data-standing='known'] .figure")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));

        var begin = verdict.Locator("a.begin-here");
        var target = await begin.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(target));
        await begin.ClickAsync();

        await Expect(page).ToHaveURLAsync(session.BaseUrl + target);
        Assert.Equal(200, (await page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation')[0].responseStatus")));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }
}
