using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

public sealed partial class AddingAServiceTests
{
    private const string NewService = "Toetsplatform Test";

    [Fact]
    public async Task AServiceSigningInThroughEntraInheritsItsCapAndAppearsInTheGraphAsItsDependant()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await session.GotoAsync("/");
        await Expect(page.Locator(".demo-banner")).ToBeVisibleAsync();
        await Expect(page.Locator(".chart canvas").First).ToBeVisibleAsync();
        await session.ScreenshotForDocsAsync("dashboard.png");

        var nodesBefore = await NodeCountAsync(session);

        await session.GotoAsync("/services");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe dienst" }).ClickAsync();
        await page.Locator("input[name='Input.Name']").FillAsync(NewService);
        await page.Locator("input[name='Input.Processes'][value='toetsing']").CheckAsync();
        await page.Locator("select[name='Input.SignsInThrough']").SelectOptionAsync(new SelectOptionValue { Label = "Microsoft Entra ID" });
        // Own facts that score well (a Dutch foundation, hosted in the Netherlands, data in the EU), so that the cap
        // from Entra ID binds. Both parties are already in the demo's graph: the new service is the only new node.
        await page.Locator("select[name='Input.VendorId']").SelectOptionAsync("stichting-cito");
        await page.Locator("select[name='HostedOn']").SelectOptionAsync("provider:demo-hoster");
        await page.Locator("select[name='Input.DataLocation']").SelectOptionAsync("EuOnly");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ServicePage());
        var serviceId = ServicePage().Match(page.Url).Groups["id"].Value;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(NewService);
        await Expect(page.Locator(".cards")).ToContainTextAsync("Soevereiniteitsscore");
        await Expect(page.Locator(".cards")).ToContainTextAsync("SEAL-");
        await Expect(page.Locator("section[aria-labelledby='score']")).ToContainTextAsync("geërfd van Microsoft Entra ID");

        Assert.Equal(nodesBefore + 1, await NodeCountAsync(session));
        Assert.True(await page.EvaluateAsync<bool>($"() => window.regieGraph.getElementById('service:{serviceId}').nonempty()"));

        // A block body that returns nothing: returning the collection makes Playwright serialise it (ecosystem.md pitfall 8).
        await page.EvaluateAsync("() => { window.regieGraph.nodes().filter(n => n.data('label') === 'Microsoft Entra ID').emit('tap'); }");
        var panel = page.Locator("#graph-panel");
        await Expect(panel.Locator("h2")).ToHaveTextAsync("Microsoft Entra ID");
        await Expect(panel.Locator("#graph-dependants ul[data-kind='service']")).ToContainTextAsync(NewService);
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = NewService })).ToHaveAttributeAsync("href", $"/services/{serviceId}");

        await page.Locator("#graph-filters select[name='process']").SelectOptionAsync("process:toetsing");
        Assert.InRange(await page.EvaluateAsync<int>("() => window.regieGraph.nodes().length"), 2, nodesBefore);
        Assert.True(await page.EvaluateAsync<bool>($"() => window.regieGraph.getElementById('service:{serviceId}').nonempty()"));
        Assert.Contains("process=process%3Atoetsing", page.Url, StringComparison.Ordinal);
        // The README picture: one process is readable at a glance, the whole board is not.
        await page.EvaluateAsync("() => { window.regieGraph.nodes().filter(n => n.data('label') === 'Microsoft Entra ID').emit('tap'); }");
        await session.ScreenshotForDocsAsync("graph.png");
    }

    private static async Task<int> NodeCountAsync(BrowserSession session)
    {
        await session.GotoAsync("/graph");
        await session.Page.WaitForFunctionAsync("() => window.regieGraph && window.regieGraph.nodes().length > 0");
        return await session.Page.EvaluateAsync<int>("() => window.regieGraph.nodes().length");
    }

    [GeneratedRegex(@"/services/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex ServicePage();
}
