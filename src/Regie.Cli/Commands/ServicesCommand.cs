using System.CommandLine;
using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Scoring;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie services` (the board's services with catalog product and processes) and `regie priorities` (ranked by urgency, with
/// criticality, risk and quadrant): two views of the same assessment document as `regie score`, locally or from a server.
/// </summary>
internal static class ServicesCommand
{
    public static Command Services(CliContext cli) => Create(cli, "services", "De diensten van het bestuur met catalogusproduct, processen, score en minimumeis.", WriteServices);

    public static Command Priorities(CliContext cli) =>
        Create(cli, "priorities", "De diensten naar urgentie: band, kritikaliteit, risico en kwadrant, de meest urgente eerst.", WritePriorities);

    private static Command Create(CliContext cli, string name, string description, Action<CliContext, AssessmentDocument> table)
    {
        var format = new Option<string>("--format") { Description = "table of json (het beoordelingsdocument, als regie score --format json).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command(name, description) { format };
        command.SetAction(async (parse, ct) =>
        {
            using var source = cli.OpenSource(parse);
            var document = await source.ScoresAsync(null, ReasonText.Dutch, ct);
            if (parse.GetValue(format) == "json")
            {
                await Output.WriteJsonAsync(cli.Out, document);
            }
            else if (document.Services.Count == 0)
            {
                cli.Console.WriteLine($"{document.Organisation?.Name} heeft nog geen diensten. Importeer ze met: regie import FILE");
            }
            else
            {
                table(cli, document);
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static void WriteServices(CliContext cli, AssessmentDocument document)
    {
        var table = Table($"Diensten van {document.Organisation?.Name}", "Dienst", "Catalogus", "Processen", "Score", "SEAL", "Minimumeis");
        foreach (var s in document.Services.OrderBy(s => s.Name, StringComparer.Create(ReasonText.Dutch, CompareOptions.IgnoreCase)))
        {
            table.AddRow(
                new Text(s.Name), new Text(s.CatalogProductId ?? "eigen dienst"), new Text(string.Join(", ", s.Processes)),
                new Text($"{s.RoundedScore}"), new Text($"SEAL-{s.Seal}"), new Text(ScoreCommand.StandingText(s.Policy)));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine(Plural.Count(document.Services.Count, "dienst", "diensten") + ".");
    }

    private static void WritePriorities(CliContext cli, AssessmentDocument document)
    {
        var dutch = ReasonText.Dutch;
        var table = Table($"Prioriteiten van {document.Organisation?.Name}", "#", "Dienst", "Urgentieband", "Urgentie", "Kritikaliteit", "Risico", "Kwadrant");
        foreach (var (s, rank) in document.Services.Select((s, i) => (s, i + 1)))
        {
            table.AddRow(
                new Text(rank.ToString(dutch)), new Text(s.Name), new Text(s.Urgency.Band), new Text(s.Urgency.Value.ToString("0.00", dutch)),
                new Text(s.Criticality.Value.ToString(dutch)), new Text(s.Risk.Value.ToString("0.00", dutch)), new Text(ScoreCommand.QuadrantText(s.Urgency.Quadrant)));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine("Waarom een dienst zo urgent is (de formules met hun redenen): regie score --format json");
    }

    private static Table Table(string title, params string[] headers)
    {
        var table = new Table().Title(Markup.Escape(title));
        foreach (var header in headers)
        {
            table.AddColumn(header);
        }

        return table;
    }
}
