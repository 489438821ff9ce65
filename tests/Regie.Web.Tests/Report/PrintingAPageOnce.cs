using Regie.Reporting;

namespace Regie.Web.Tests.Report;

/// <summary>The same page asked for again, or twice at once, is printed by one Chromium; another page by its own.</summary>
public sealed class PrintingAPageOnce
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSamePageTwiceAtOnceAndOnceMoreStartsChromiumOnceAndAnotherPageAgain()
    {
        var printer = new PdfPrinter();
        Assert.True(printer.Chromium is not null, "Chromium is needed: scripts/test.sh installs it (apt-get install chromium)");
        const string page = "<!DOCTYPE html><html lang=\"nl\"><body><h1>Rapportage</h1><p>Bestuur A</p></body></html>";

        var both = await Task.WhenAll(printer.PrintAsync(page, Ct), printer.PrintAsync(page, Ct));
        var again = await printer.PrintAsync(page, Ct);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(both[0], 0, 4));
        Assert.Equal(both[0], both[1]);
        Assert.Equal(both[0], again);
        Assert.Equal(1, printer.ChromiumStarts);

        var other = await printer.PrintAsync(page.Replace("Bestuur A", "Bestuur B", StringComparison.Ordinal), Ct);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(other, 0, 4));
        Assert.Equal(2, printer.ChromiumStarts);
    }

    [Fact]
    public async Task AFailedPrintIsNotKeptAndIsTriedAgain()
    {
        var printer = new PdfPrinter(timeout: TimeSpan.FromMilliseconds(1));
        Assert.True(printer.Chromium is not null, "Chromium is needed: scripts/test.sh installs it (apt-get install chromium)");
        const string page = "<!DOCTYPE html><html><body><p>te laat</p></body></html>";

        await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync(page, Ct));
        await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync(page, Ct));

        Assert.Equal(2, printer.ChromiumStarts);
    }
}
