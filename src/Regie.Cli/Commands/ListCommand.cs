using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Exporting;
using Regie.Core.Planning;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;
using Regie.Data;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie list LIJST --format table|csv|xlsx|json [--output FILE]`: one of the board's lists as the web downloads it
/// (services, scores, priorities, scenarios, roadmap, parties, catalog), from the same tables (docs/EXPORTS.md).
/// </summary>
internal static class ListCommand
{
    public static Command Create(CliContext cli)
    {
        var list = new Argument<string>("lijst") { Description = "services, scores, priorities, scenarios, roadmap, parties of catalog." };
        list.AcceptOnlyFromAmong("services", "scores", "priorities", "scenarios", "roadmap", "parties", "catalog");
        var format = ListOutput.Format();
        var output = ListOutput.Output();
        var language = CliLanguage.Create("Taal van kolomkoppen, teksten en getallen: nl of en.");
        var command = new Command("list", "Een lijst van het bestuur als tabel, CSV, Excel-werkmap of JSON, zoals de website hem downloadt.") { list, format, output, language };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var culture = CliLanguage.Culture(parse, language);
            var profile = knowledge.Model.StoredProfileOrDefault(board.Organisation.WeightProfile);
            ExportTable table;
            switch (parse.GetValue(list))
            {
                case "services":
                    table = ListExports.Services(BoardAssessor.Assess(board.Landscape, knowledge, profile), culture);
                    break;
                case "scores":
                    table = ListExports.Scores(BoardAssessor.Assess(board.Landscape, knowledge, profile), culture);
                    break;
                case "priorities":
                    table = ListExports.Priorities(BoardAssessor.Assess(board.Landscape, knowledge, profile), culture);
                    break;
                case "scenarios":
                    table = ListExports.Scenarios(ScenarioBoard.Prepare(board.Landscape, knowledge).RunSweep(), culture);
                    break;
                case "roadmap":
                    var moves = await board.Db.PlannedMoves.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
                    var start = board.Organisation.RoadmapStart is { } s ? Quarter.Of(s) : Quarter.Of(DateOnly.FromDateTime(cli.Time.GetUtcNow().UtcDateTime));
                    var request = new RoadmapRequest(board.Landscape, [.. moves.Select(m => m.ToCore())], Math.Max(1, board.Organisation.MovesPerQuarter), start);
                    table = ListExports.Roadmap(RoadmapSequencer.Sequence(request, knowledge, profile ?? knowledge.Model.DefaultProfile), culture);
                    break;
                case "parties":
                    table = ListExports.Parties(await board.Db.LoadBoardCatalogAsync(knowledge.Catalog, ct), culture);
                    break;
                default:
                    table = ListExports.Catalog(await board.Db.LoadBoardCatalogAsync(knowledge.Catalog, ct), culture);
                    break;
            }

            await ListOutput.WriteAsync(cli, table, parse.GetValue(format)!, parse.GetValue(output), culture, ct);
            return RegieCli.Ok;
        });
        return command;
    }
}
