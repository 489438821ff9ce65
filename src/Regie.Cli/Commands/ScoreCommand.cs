using System.CommandLine;
using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>`regie score`: the sovereignty score of every service, as a table, as JSON (the assessment document the API also gives), or as the scores list in CSV or XLSX (ListExports.Scores, as the web downloads it).</summary>
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
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            var profileId = parse.GetValue(profile);
            if (profileId is not null && knowledge.Model.Profiles.All(p => p.Id != profileId))
            {
                throw UserError.Usage($"--profile: onbekend wegingsprofiel '{profileId}'. Kies uit: {string.Join(", ", knowledge.Model.Profiles.Select(p => p.Id))}.");
            }

            await using var board = await cli.OpenBoardAsync(parse, ct);
            var assessment = await cli.StatusAsync("Scores berekenen…", () => Task.FromResult(BoardAssessor.Assess(board.Landscape, knowledge, profileId)));
            var services = assessment.ByUrgency();
            switch (parse.GetValue(format))
            {
                case "json":
                    var culture = CliLanguage.Culture(parse, language);
                    await Output.WriteJsonAsync(cli.Out, AssessmentDocument.From(
                        assessment, culture, new AssessedOrganisation(board.Organisation.Id, board.Organisation.Name), knowledge.Catalog.Version));
                    break;
                case "csv" or "xlsx":
                    await ListOutput.WriteAsync(cli, ListExports.Scores(assessment, CliLanguage.Culture(parse, language)), parse.GetValue(format)!, parse.GetValue(output), CliLanguage.Culture(parse, language), ct);
                    break;
                default:
                    WriteTable(cli, board.Organisation.Name, assessment, services);
                    break;
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static void WriteTable(CliContext cli, string boardName, BoardAssessment assessment, IReadOnlyList<ServiceAssessment> services)
    {
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
            var score = s.Sovereignty;
            table.AddRow(
                new Text(s.Service.Name), new Text($"{score.RoundedScore}"), new Text($"{score.RoundedScore}–{score.RoundedOptimisticScore}"),
                new Text(score.Seal == score.OptimisticSeal ? $"SEAL-{score.Seal}" : $"SEAL-{score.Seal} (tot {score.OptimisticSeal})"),
                new Text(StandingText(s.Policy)), new Text(s.Urgency.Band));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine($"Model {assessment.ModelVersion}, profiel {assessment.Profile.Name.Nl}. Bereik: de bewezen score (onbekend telt als het slechtste antwoord) tot de optimistische (elk onbekend antwoord het beste).");
        cli.Console.WriteLine("Oorzaken en wat het wegnemen ervan oplevert: regie verdict");
        cli.Console.WriteLine("De uitleg per criterium, minimumeis en urgentie: regie score --format json");
    }

    private static string StandingText(PolicyResult policy) =>
        policy.Applies ? ReasonText.Render(new StandingIs(policy.Standing), ReasonText.Dutch) : "n.v.t.";
}
