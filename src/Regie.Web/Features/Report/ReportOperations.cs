using System.Globalization;
using System.Text;
using Regie.Core.Reporting;
using Regie.Data;
using Regie.Reporting;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Report;

/// <summary>A rendered report: its bytes, content type and the file name it downloads as.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The board report for the page and the API alike (docs/REPORT.md): built from this request's analysis, so it shows the
/// figures the pages show, rendered as HTML and printed to PDF by Chromium (<see cref="PdfPrinter"/>).
/// </summary>
public static class ReportOperations
{
    public static readonly string[] Formats = ["pdf", "html"];

    public static async Task<BoardReport> BuildAsync(RegieDbContext db, BoardAnalysis analysis, TimeProvider time, CancellationToken ct)
    {
        var report = await db.LoadReportAsync(
            await analysis.LandscapeAsync(ct), analysis.Knowledge, await analysis.AssessmentAsync(ct), await analysis.VerdictAsync(ct),
            await analysis.GraphAsync(ct), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), ct);
        // A report read is a day looked at: keep today's snapshot if the board changed (docs/HISTORY.md).
        await History.HistoryOperations.KeepDailyAsync(db, analysis, time, ct);
        return report;
    }

    /// <summary>The report as a file in the format asked; a PDF needs Chromium (<see cref="PdfPrintException"/> when it fails).</summary>
    public static async Task<ReportFile> RenderAsync(BoardReport report, string format, CultureInfo culture, PdfPrinter printer, CancellationToken ct)
    {
        var html = ReportHtml.Render(report, culture);
        var name = FileName(report.Header, culture, format);
        return format == "html"
            ? new ReportFile(new UTF8Encoding(false).GetBytes(html), "text/html; charset=utf-8", name)
            : new ReportFile(await printer.PrintAsync(html, ct), "application/pdf", name);
    }

    /// <summary>"bestuursrapportage-stichting-voorbeeld-2026-12-06.pdf": letters and digits of the board's name only, so the header cannot be broken.</summary>
    public static string FileName(ReportHeader header, CultureInfo culture, string format)
    {
        var slug = new StringBuilder();
        foreach (var ch in header.Board.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(char.ToLowerInvariant(ch));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                slug.Append('-');
            }
        }

        var board = slug.ToString().Trim('-');
        board = board.Length > 60 ? board[..60].TrimEnd('-') : board;
        var word = culture.TwoLetterISOLanguageName == "en" ? "board-report" : "bestuursrapportage";
        return $"{word}{(board.Length > 0 ? "-" + board : "")}-{header.Date:yyyy-MM-dd}.{format}";
    }
}
