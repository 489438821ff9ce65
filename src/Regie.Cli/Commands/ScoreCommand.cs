using System.CommandLine;
using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>`regie score`: the sovereignty score of every service, as a table, as JSON (the assessment document the API also gives), or as flat CSV.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "table, json (met volledige uitleg) of csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var profile = new Option<string>("--profile") { Description = "Wegingsprofiel uit het soevereiniteitsmodel.", HelpName = "ID" };
        var language = CliLanguage.Create("Taal van de uitleg in json: nl of en.");
        var command = new Command("score", "Soevereiniteitsscore, minimumeis en urgentie per dienst.") { format, profile, language };
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
                case "csv":
                    Output.WriteCsv(cli.Out, CsvHeader, services.Select(CsvRow));
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

    private static string PolicyText(PolicyResult policy) => !policy.Applies ? "n.v.t." : policy.Passes ? "voldoet" : "voldoet niet";

    private static string StandingText(PolicyResult policy) =>
        policy.Applies ? ReasonText.Render(new StandingIs(policy.Standing), ReasonText.Dutch) : "n.v.t.";

    private static readonly string[] CsvHeader =
    [
        "id", "naam", "catalogus-id", "score", "score-hoog", "seal", "seal-hoog", "onbekende-antwoorden", "minimumeis",
        "kritikaliteit", "risico", "urgentie", "urgentieband", "kwadrant", "stand",
    ];

    private static IEnumerable<object?> CsvRow(ServiceAssessment s) =>
    [
        s.Service.Id, s.Service.Name, s.Service.Service.CatalogProductId, s.Sovereignty.RoundedScore, s.Sovereignty.RoundedOptimisticScore,
        s.Sovereignty.Seal, s.Sovereignty.OptimisticSeal, s.Sovereignty.UnknownAnswers, PolicyText(s.Policy), s.Criticality.Value,
        Math.Round(s.Risk.Value, 2).ToString(CultureInfo.InvariantCulture), Math.Round(s.Urgency.Value, 2).ToString(CultureInfo.InvariantCulture),
        s.Urgency.Band, QuadrantText(s.Urgency.InQuadrant), StandingText(s.Policy),
    ];

    private static string QuadrantText(RiskQuadrant quadrant) => quadrant switch
    {
        RiskQuadrant.Critical => "kritiek",
        RiskQuadrant.Manageable => "beheersbaar",
        RiskQuadrant.Attention => "aandacht",
        _ => "optimaal",
    };
}
