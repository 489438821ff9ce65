using System.CommandLine;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Data;
using Regie.Discovery.Questionnaires;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie questionnaire`: the vendors with open questions; `--vendor ID [--format md|csv|xlsx]` one vendor's questionnaire
/// as a document or answer file; `regie questionnaire import FILE` reads a filled-in answer file, all or nothing (docs/QUESTIONNAIRE.md).
/// </summary>
internal static class QuestionnaireCommand
{
    public static Command Create(CliContext cli)
    {
        var vendor = new Option<string>("--vendor") { Description = "Id van de leverancier (zie 'regie questionnaire' voor de lijst).", HelpName = "ID" };
        var format = new Option<string>("--format") { Description = "md (document om te sturen), csv of xlsx (antwoordbestand).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "csv", "xlsx");
        var language = new Option<string>("--language") { Description = "Taal van het document en het antwoordbestand: nl of en.", DefaultValueFactory = _ => "nl" };
        language.AcceptOnlyFromAmong("nl", "en");
        var output = new Option<string>("--output") { Description = "Schrijf naar dit bestand in plaats van naar de uitvoer (verplicht voor xlsx).", HelpName = "BESTAND" };
        var command = new Command("questionnaire", "Vragenlijsten voor leveranciers: de open vragen per leverancier, als document of antwoordbestand.")
        {
            vendor, format, language, output, Import(cli),
        };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var all = await board.Db.LoadQuestionnairesAsync(new OrganisationId(board.Organisation.Id), knowledge, cli.Time, ct);
            if (parse.GetValue(vendor) is not { } vendorId)
            {
                WriteList(cli, board.Organisation.Name, all);
                return RegieCli.Ok;
            }

            var questionnaire = all.FirstOrDefault(v => string.Equals(v.VendorId, vendorId.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new UserError($"--vendor: '{vendorId}' is geen leverancier van een dienst van '{board.Organisation.Name}'. Bekend: {string.Join(", ", all.Select(v => v.VendorId))}.");
            var culture = parse.GetValue(language) == "en" ? ReasonText.English : ReasonText.Dutch;
            var catalog = knowledge.Catalog.For(board.Landscape);
            var path = parse.GetValue(output);
            byte[] content;
            switch (parse.GetValue(format))
            {
                case "csv":
                    content = AnswerFile.CsvBytes(questionnaire, culture);
                    break;
                case "xlsx":
                    if (path is null)
                    {
                        throw UserError.Usage("--format xlsx schrijft een werkmap: geef een bestand op met --output.");
                    }

                    using (var workbook = new MemoryStream())
                    {
                        AnswerFile.Xlsx(workbook, questionnaire, catalog, culture);
                        content = workbook.ToArray();
                    }

                    break;
                default:
                    content = System.Text.Encoding.UTF8.GetBytes(QuestionnaireDocument.Markdown(
                        questionnaire, board.Organisation.Name, DateOnly.FromDateTime(cli.Time.GetUtcNow().UtcDateTime), catalog, culture));
                    break;
            }

            await ListOutput.WriteFileOrOutputAsync(cli, path, content, ct);
            if (path is null)
            {
                return RegieCli.Ok;
            }

            await cli.Err.WriteLineAsync($"{Count(questionnaire.OpenCount, "open vraag", "open vragen")} voor {questionnaire.VendorName} geschreven naar {Path.GetFullPath(path)}.");
            return RegieCli.Ok;
        });
        return command;
    }

    private static Command Import(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "Het ingevulde antwoordbestand (.csv of .xlsx)." };
        var vendor = new Option<string>("--vendor")
        {
            Description = "Id van de leverancier; standaard de kolom 'leverancier' van het bestand, of de leverancier van de eerste vraag.",
            HelpName = "ID",
        };
        var command = new Command("import", "Lees de antwoorden van een leverancier in; alles of niets, fouten met regel en veld.") { file, vendor };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UserError($"Het bestand '{path}' bestaat niet.");
            }

            var fileName = Path.GetFileName(path);
            AnswerFileContent content;
            await using (var stream = File.OpenRead(path))
            {
                content = AnswerFile.Read(stream, fileName);
            }

            if (content.Errors.Count > 0)
            {
                return await RefuseAsync(cli, fileName, content.Errors);
            }

            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var organisation = new OrganisationId(board.Organisation.Id);
            var vendorId = parse.GetValue(vendor) ?? content.Vendor ?? await VendorOfFirstQuestionAsync(board, knowledge, content, cli, ct)
                ?? throw new UserError($"{fileName}: welke leverancier? Het bestand noemt er geen; geef --vendor ID.");
            var result = await board.Db.ImportVendorAnswersAsync(organisation, knowledge, vendorId, content.Lines, cli.Time, ct);
            if (result.Questionnaire is null)
            {
                throw new UserError($"{fileName}: '{vendorId}' is geen leverancier van een dienst van '{board.Organisation.Name}'.");
            }

            if (!result.Succeeded)
            {
                return await RefuseAsync(cli, fileName, result.Errors);
            }

            await cli.Out.WriteLineAsync(
                $"{Count(result.Stored.Count, "antwoord", "antwoorden")} van {result.Questionnaire.VendorName} opgeslagen uit {fileName}; ze tellen als 'verklaard door leverancier' tot twaalf maanden na hun datum.");
            return RegieCli.Ok;
        });
        return command;
    }

    private static async Task<string?> VendorOfFirstQuestionAsync(Board board, Regie.Core.Knowledge.RegieKnowledge knowledge, AnswerFileContent content, CliContext cli, CancellationToken ct)
    {
        var all = await board.Db.LoadQuestionnairesAsync(new OrganisationId(board.Organisation.Id), knowledge, cli.Time, ct);
        return content.Lines.Select(l => QuestionId.TryParse(l.Question, out var id) ? all.FirstOrDefault(v => v.Find(id) is not null)?.VendorId : null)
            .FirstOrDefault(v => v is not null);
    }

    private static async Task<int> RefuseAsync(CliContext cli, string fileName, IReadOnlyList<QuestionnaireError> errors)
    {
        foreach (var error in errors)
        {
            var place = error.Row is { } row ? $"{fileName}, regel {row}, {error.Field}" : $"{fileName}, {error.Field}";
            await cli.Err.WriteLineAsync($"{place}: {ReasonText.Render(error.Problem)}");
        }

        await cli.Err.WriteLineAsync($"Niets opgeslagen: {Count(errors.Count, "fout", "fouten")} in {fileName}. Verbeter het bestand en lees het opnieuw in.");
        return RegieCli.BadInput;
    }

    private static void WriteList(CliContext cli, string boardName, IReadOnlyList<VendorQuestions> all)
    {
        if (all.Count == 0)
        {
            cli.Console.WriteLine($"{boardName} heeft geen diensten met een bekende leverancier: er valt niets te vragen.");
            return;
        }

        var table = new Table().Title($"Vragenlijsten voor de leveranciers van {Markup.Escape(boardName)}");
        foreach (var header in new[] { "Leverancier", "Id", "Open", "Verlopen", "Beantwoord", "Diensten" })
        {
            table.AddColumn(header);
        }

        foreach (var v in all)
        {
            table.AddRow(new Text(v.VendorName), new Text(v.VendorId), new Text($"{v.Questions.Count(q => q.Status == QuestionStatus.Open)}"),
                new Text($"{v.Questions.Count(q => q.Status == QuestionStatus.Expired)}"), new Text($"{v.Questions.Count(q => q.Status == QuestionStatus.Answered)}"),
                new Text(string.Join(", ", v.Questions.SelectMany(q => q.Services).DistinctBy(s => s.Id).Select(s => s.Name))));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine("Eén vragenlijst: regie questionnaire --vendor ID [--format md|csv|xlsx]; antwoorden inlezen: regie questionnaire import BESTAND");
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
