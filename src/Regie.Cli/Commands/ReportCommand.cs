using System.CommandLine;
using System.Text;
using Regie.Data;
using Regie.Reporting;

namespace Regie.Cli.Commands;

/// <summary>`regie report`: the board report ("bestuursrapportage") as PDF (printed by headless Chromium) or as one HTML page (docs/REPORT.md).</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext cli)
    {
        var output = new Option<string>("--output", "-o") { Description = "Het bestand dat wordt geschreven (rapport.pdf of rapport.html).", Required = true, HelpName = "FILE" };
        var format = new Option<string?>("--format") { Description = "pdf of html; standaard volgt het de extensie van --output." };
        format.AcceptOnlyFromAmong("pdf", "html");
        var chromium = new Option<string?>("--chromium") { Description = "Pad naar Chromium voor de PDF (standaard REGIE_CHROMIUM of /usr/bin/chromium).", HelpName = "PATH" };
        var language = CliLanguage.Create("Taal van de rapportage: nl of en.");
        var command = new Command("report", "De bestuursrapportage: oordeel, scores, concentratie, scenario's, roadmap en een bijlage per dienst, als PDF of HTML.")
        {
            output, format, chromium, language,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output)!;
            var kind = parse.GetValue(format)
                ?? (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? "html" : "pdf");
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var culture = CliLanguage.Culture(parse, language);
            var profile = knowledge.Model.StoredProfileOrDefault(board.Organisation.WeightProfile);
            var today = DateOnly.FromDateTime(cli.Time.GetUtcNow().UtcDateTime);
            var report = await cli.StatusAsync("Rapportage samenstellen…", () => board.Db.LoadReportAsync(board.Landscape, knowledge, profile, today, ct));
            var html = ReportHtml.Render(report, culture);
            byte[] bytes;
            try
            {
                bytes = kind == "html"
                    ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html)
                    : await cli.StatusAsync("PDF maken met Chromium…", () => new PdfPrinter(parse.GetValue(chromium)).PrintAsync(html, ct));
            }
            catch (PdfPrintException e)
            {
                throw new UserError(e.Message, RegieCli.InternalError);
            }

            try
            {
                await File.WriteAllBytesAsync(path, bytes, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"--output: {path} kan niet worden geschreven ({e.Message}).");
            }

            await cli.Out.WriteLineAsync($"Bestuursrapportage van '{board.Organisation.Name}' geschreven naar {path} ({kind.ToUpperInvariant()}, {report.Services.Count} diensten).");
            return RegieCli.Ok;
        });
        return command;
    }
}
