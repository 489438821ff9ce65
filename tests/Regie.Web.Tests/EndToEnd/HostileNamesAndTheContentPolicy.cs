using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Regie.Web.Tests.EndToEnd;

/// <summary>
/// Names a board types are text everywhere: a service called <c>&lt;img src=x onerror=…&gt;</c> on every chart's tooltip and
/// label runs nothing. And no page breaks its own Content-Security-Policy (no inline script, no handler attributes).
/// </summary>
public sealed class HostileNamesAndTheContentPolicy
{
    private const string ImageName = "<img src=x onerror=window.__xss=1>";
    private const string ScriptName = "\"><script>window.__xss=2</script>";
    private const string CompanyName = "<svg onload=window.__xss=3>";

    /// <summary>The pages a board reads, each with charts, tables and forms.</summary>
    private static readonly string[] Pages =
    [
        "/", "/services", "/processes", "/parties", "/graph", "/discovery", "/import", "/priorities", "/scenarios", "/roadmap",
        "/questionnaires", "/procurement", "/catalog", "/boards/new", "/services/create",
    ];

    private const string WatchViolations = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || '')));
        """;

    [Fact]
    public async Task EveryChartElementShowsTheHostileNamesAsTextAndNoScriptRuns()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var problems = Watch(page);
        await PlantHostileNamesAsync(session);

        var tooltipTexts = new List<string>();
        foreach (var path in new[] { "/", "/priorities", "/roadmap", "/scenarios", "/graph", "/services", "/parties" })
        {
            await session.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            tooltipTexts.AddRange(await HoverEveryChartElementAsync(page));
            if (path == "/graph")
            {
                await HoverEveryGraphNodeAsync(page);
            }

            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"{path}: a hostile name ran script");
            Assert.Equal(0, await page.Locator("img[src=x], svg[onload]").CountAsync());
        }

        // The names were in the tooltips, as written.
        Assert.Contains(tooltipTexts, t => t.Contains(ImageName, StringComparison.Ordinal));
        Assert.Contains(tooltipTexts, t => t.Contains(ScriptName, StringComparison.Ordinal));
        Assert.Contains(tooltipTexts, t => t.Contains(CompanyName, StringComparison.Ordinal));

        // And on the pages as text.
        await session.GotoAsync("/services");
        Assert.Contains(ImageName, await page.Locator("main").InnerTextAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task NoMainPageReportsAContentSecurityPolicyViolation()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var problems = Watch(page);
        var service = await FirstServiceAsync(session);

        foreach (var path in Pages.Concat([$"/services/{service}", $"/services/{service}/edit", $"/services/{service}/exit-plan", $"/services/{service}/alternatives"]))
        {
            var response = await session.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var violations = await page.EvaluateAsync<string[]>("() => window.__csp");
            Assert.True(violations.Length == 0, $"{path}: {string.Join("; ", violations)}");
        }

        // The charts and the graph drew: their scripts came from files and ran.
        await session.GotoAsync("/");
        Assert.True(await page.EvaluateAsync<bool>("() => !!window.echarts && !!echarts.getInstanceByDom(document.getElementById('chart-scores'))"));
        Assert.Empty(problems);
    }

    /// <summary>Console errors about the policy and script errors on the page, as they happen.</summary>
    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.AddInitScriptAsync(WatchViolations).GetAwaiter().GetResult();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal)))
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: {error}");
        return problems;
    }

    /// <summary>Every series' every data point of every ECharts chart on the page gets its tooltip shown; returns the tooltips' texts.</summary>
    private static async Task<List<string>> HoverEveryChartElementAsync(IPage page)
    {
        var texts = await page.EvaluateAsync<string[]>("""
            async () => {
              const texts = [];
              if (!window.echarts) return texts;
              for (const el of document.querySelectorAll('.chart')) {
                const chart = echarts.getInstanceByDom(el);
                if (!chart) continue;
                const series = chart.getOption().series || [];
                for (let s = 0; s < series.length; s++) {
                  const count = (series[s].data || []).length;
                  for (let i = 0; i < count; i++) {
                    chart.dispatchAction({ type: 'showTip', seriesIndex: s, dataIndex: i });
                    await new Promise(r => requestAnimationFrame(() => r()));
                    const tip = el.querySelector('.chart-tooltip');
                    if (tip) {
                      if (tip.querySelector('img, svg, script')) texts.push('ELEMENT IN TOOLTIP: ' + tip.innerHTML);
                      texts.push(tip.textContent);
                    }
                  }
                }
                chart.dispatchAction({ type: 'hideTip' });
              }
              return texts;
            }
            """);
        Assert.DoesNotContain(texts, t => t.StartsWith("ELEMENT IN TOOLTIP", StringComparison.Ordinal));

        // One real hover with the mouse, where a hostile point of the priorities chart lies.
        var point = await page.EvaluateAsync<double[]?>($$"""
            () => {
              const el = document.getElementById('chart-quadrant');
              const chart = el && window.echarts && echarts.getInstanceByDom(el);
              if (!chart) return null;
              el.scrollIntoView({ block: 'center' });
              const series = chart.getOption().series;
              for (let s = 0; s < series.length; s++) {
                const p = series[s].data.find(d => d.name === {{JsonSerializer.Serialize(ImageName)}});
                if (p) { const [x, y] = chart.convertToPixel({ seriesIndex: s }, p.value); const box = el.getBoundingClientRect(); return [box.left + x, box.top + y]; }
              }
              return null;
            }
            """);
        if (point is { Length: 2 })
        {
            await page.Mouse.MoveAsync((float)point[0], (float)point[1]);
            var tip = page.Locator("#chart-quadrant .chart-tooltip");
            // Points with the same facts lie on top of each other, so the mouse may find another service there: what counts is
            // that the mouse's tooltip is the text-built one (the dispatched tooltips above carried the hostile names).
            await Microsoft.Playwright.Assertions.Expect(tip).ToContainTextAsync(new System.Text.RegularExpressions.Regex("^#[0-9]+ "));
            texts = [.. texts, await tip.TextContentAsync() ?? ""];
        }

        return [.. texts];
    }

    /// <summary>The graph draws labels on a canvas; hovering and tapping each node opens its panel, which must stay text.</summary>
    private static async Task HoverEveryGraphNodeAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.regieGraph && window.regieGraph.nodes().length > 0");
        var panel = await page.EvaluateAsync<string>("""
            () => {
              const cy = window.regieGraph;
              let shown = '';
              cy.nodes().forEach(n => {
                n.emit('mouseover'); n.emit('mouseout');
                if (String(n.data('label')).includes('onerror')) { n.emit('tap'); shown = document.getElementById('graph-panel').textContent; }
              });
              return shown;
            }
            """);
        Assert.Contains(ImageName, panel);
    }

    private static async Task PlantHostileNamesAsync(BrowserSession session)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var company = await client.PostAsJsonAsync("/api/v1/companies", new { name = CompanyName, country = "NL", parentKey = "none" }, ct);
        Assert.True(company.IsSuccessStatusCode, await company.Content.ReadAsStringAsync(ct));
        var key = (await company.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("key").GetString();

        foreach (var name in new[] { ImageName, ScriptName })
        {
            var service = await client.PostAsJsonAsync("/api/v1/services",
                new { name, processes = new[] { "lesgeven", "leerlingadministratie" }, vendorId = key, pupils = 900, staff = 80 }, ct);
            Assert.True(service.IsSuccessStatusCode, await service.Content.ReadAsStringAsync(ct));
        }
    }

    private static async Task<Guid> FirstServiceAsync(BrowserSession session)
    {
        using var client = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var services = await client.GetFromJsonAsync<JsonElement>("/api/v1/services", TestContext.Current.CancellationToken);
        return services[0].GetProperty("id").GetGuid();
    }
}
