using System.CommandLine;
using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie score`: the sovereignty score of every service, as a table, as JSON (the assessment document the API also gives), or as the
/// scores list in CSV or XLSX (ListExports.Scores, as the web downloads it); from the local database or, with --server, from the API's /scores.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext cli)
    {
        var format = ListOutput.Format("json (met volledige uitleg)");
        var output = ListOutput.Output();
        var profile = new Option<string>("--profile") { Description = "Wegingsprofiel uit het soevereiniteitsmodel.", HelpName = "ID" };
        var language = CliLanguage.Create("Taal van de uitleg in json en van csv en xlsx (nl: ';' en decimale komma): nl of en.");
        var command = new Command("score", "Soevereiniteitsscore, minimumeis en urgentie per dienst.") { format, output, profile, language };
        command.SetAction(async (parse, ct) =>
        {
            using var source = cli.OpenSource(parse);
            // The table speaks Dutch; --language chooses the words of the JSON's explanations and the CSV/XLSX's headers and numbers.
            var culture = parse.GetValue(format) == "table" ? ReasonText.Dutch : CliLanguage.Culture(parse, language);
            var document = await source.ScoresAsync(parse.GetValue(profile), culture, ct);
            switch (parse.GetValue(format))
            {
                case "json":
                    await Output.WriteJsonAsync(cli.Out, document);
                    break;
                case "csv" or "xlsx":
                    await ListOutput.WriteAsync(cli, ListExports.Scores(document, culture), parse.GetValue(format)!, parse.GetValue(output), culture, ct);
                    break;
                default:
                    WriteTable(cli, document);
                    break;
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static void WriteTable(CliContext cli, AssessmentDocument assessment)
    {
        var boardName = assessment.Organisation?.Name ?? "";
        var services = assessment.Services;
        if (services.Count == 0)
        {
            cli.Console.WriteLine($"{boardName} heeft nog geen diensten. Importeer ze met: regie import FILE");
            return;
        }

        var table = new Table().Title($"Soevereiniteit van {Markup.Escape(boardName)}");
        foreach (var header in new[] { "Dienst", "Score", "Bereik", "SEAL", "Minimumeis", "Urgentie" })
        {
            table.AddColumn(header);
        }

        foreach (var s in services)
        {
            table.AddRow(
                new Text(s.Name), new Text($"{s.RoundedScore}"), new Text($"{s.RoundedScore}–{s.RoundedOptimisticScore}"),
                new Text(s.Seal == s.OptimisticSeal ? $"SEAL-{s.Seal}" : $"SEAL-{s.Seal} (tot {s.OptimisticSeal})"),
                new Text(StandingText(s.Policy)), new Text(s.Urgency.Band));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine($"Model {assessment.ModelVersion}, profiel {assessment.Profile.Name}. Bereik: de bewezen score (onbekend telt als het slechtste antwoord) tot de optimistische (elk onbekend antwoord het beste).");
        cli.Console.WriteLine("Oorzaken en wat het wegnemen ervan oplevert: regie verdict");
        cli.Console.WriteLine("De uitleg per criterium, minimumeis en urgentie: regie score --format json");
    }

    internal static string StandingText(PolicyDocument policy) =>
        policy.Applies ? ReasonText.Render(new StandingIs(policy.Standing), ReasonText.Dutch) : "n.v.t.";

    internal static string QuadrantText(RiskQuadrant quadrant) => quadrant switch
    {
        RiskQuadrant.Critical => "kritiek",
        RiskQuadrant.Manageable => "beheersbaar",
        RiskQuadrant.Attention => "aandacht",
        _ => "optimaal",
    };
}
