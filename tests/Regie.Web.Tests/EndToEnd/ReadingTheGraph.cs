using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

/// <summary>
/// The dependency graph on the demo board as a person opens it (1400 × 1200): the whole graph in its box, no label drawn
/// smaller than the minimum, the small ones on hover, a filtered graph centred, and a Dutch company of unknown parent
/// coloured as what is known.
/// </summary>
public sealed class ReadingTheGraph
{
    /// <summary>graph.js MIN_LABEL_PX, as docs/GRAPH.md states it.</summary>
    private const double MinimumLabelPx = 12;

    private static async Task<IPage> OpenAsync(BrowserSession session, string path = "/graph")
    {
        await session.GotoAsync(path);
        await session.Page.WaitForFunctionAsync("() => window.regieGraph && window.regieGraph.nodes().length > 0");
        return session.Page;
    }

    [Fact]
    public async Task OnLoadEveryNodeIsInsideTheBoxAndNoLabelIsDrawnBelowTheMinimumSize()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await OpenAsync(session);

        var outside = await page.EvaluateAsync<string[]>("""
            () => {
              const cy = window.regieGraph, e = cy.extent();
              return cy.nodes().filter(n => { const b = n.boundingBox(); return b.x1 < e.x1 || b.x2 > e.x2 || b.y1 < e.y1 || b.y2 > e.y2; })
                .map(n => n.data('label'));
            }
            """);
        // [nodes, labels shown, smallest shown label in px, nodes of criticality 4 or 5, their labels shown]
        var labels = await page.EvaluateAsync<double[]>("""
            () => {
              const cy = window.regieGraph, zoom = cy.zoom();
              const shown = cy.nodes().filter(n => n.style('text-opacity') !== '0');
              const important = cy.nodes().filter(n => n.data('criticality') >= 4);
              return [cy.nodes().length, shown.length, Math.min(...shown.map(n => parseFloat(n.style('font-size')) * zoom)),
                important.length, important.filter(n => n.style('text-opacity') !== '0').length];
            }
            """);
        var box = await page.Locator("#graph").BoundingBoxAsync();

        Assert.Empty(outside);
        Assert.True(box!.X >= 0 && box.X + box.Width <= 1400, $"the box runs off the page: {box.X} + {box.Width}");
        Assert.True(labels[2] >= MinimumLabelPx, $"a label is drawn at {labels[2]:0.0} px");
        Assert.True(labels[3] > 0);
        Assert.Equal(labels[3], labels[4]);
        Assert.True(labels[1] * 2 > labels[0], $"only {labels[1]} of {labels[0]} labels shown");
    }

    [Fact]
    public async Task ALabelTooSmallToDrawAppearsOnHoverAtTheMinimumSize()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await OpenAsync(session);

        var hovered = await page.EvaluateAsync<double[]>("""
            () => {
              const cy = window.regieGraph, node = cy.nodes('.unreadable')[0];
              if (!node) return [];
              node.emit('mouseover');
              const during = [node.style('text-opacity') === '1' ? 1 : 0, parseFloat(node.style('font-size')) * cy.zoom()];
              node.emit('mouseout');
              return [...during, node.style('text-opacity') === '0' ? 1 : 0];
            }
            """);

        Assert.Equal(3, hovered.Length);
        Assert.Equal(1, hovered[0]);
        Assert.True(hovered[1] >= MinimumLabelPx, $"hover label {hovered[1]:0.0} px");
        Assert.Equal(1, hovered[2]);
    }

    [Fact]
    public async Task AFilteredGraphIsCentredInItsBox()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await OpenAsync(session);

        await page.Locator("#graph-filters select[name='process']").SelectOptionAsync("process:toetsing");
        var offset = await page.EvaluateAsync<double[]>("""
            () => {
              const cy = window.regieGraph, bb = cy.elements().renderedBoundingBox();
              return [(bb.x1 + bb.x2) / 2 - cy.width() / 2, (bb.y1 + bb.y2) / 2 - cy.height() / 2, cy.nodes().length];
            }
            """);

        Assert.InRange(offset[2], 2, 60);
        Assert.InRange(offset[0], -2, 2);
        Assert.InRange(offset[1], -2, 2);
    }

    [Fact]
    public async Task ADutchCompanyOfUnknownParentIsEuWithItsParentUnknownNeverOutsideTheEu()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await OpenAsync(session);

        var label = await page.EvaluateAsync<string?>("""
            () => {
              const node = window.regieGraph.nodes().filter(n => n.data('parentUnknown') && n.data('jurisdiction') === 'NL' && n.data('kind') === 'vendor')[0];
              if (!node) return null;
              if (node.data('zone') !== 'eu' || node.style('border-style') !== 'dashed') return 'wrong colour: ' + node.data('zone');
              node.emit('tap');
              return node.data('label');
            }
            """);

        Assert.NotNull(label);
        Assert.DoesNotContain("wrong colour", label);
        var panel = page.Locator("#graph-panel");
        await Expect(panel.Locator("h2")).ToHaveTextAsync(label);
        await Expect(panel).ToContainTextAsync("EU/EER, moederbedrijf onbekend");
        await Expect(panel).Not.ToContainTextAsync("buiten de EU");
        await Expect(page.Locator(".legend").First).ToContainTextAsync("moederbedrijf onbekend");
    }
}
