using System.CommandLine;
using Regie.Core.Explaining;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>`regie verdict`: the board's verdict, its standings and root causes with their lift, as text or as the JSON the API also gives.</summary>
internal static class VerdictCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "text of json (met alle diensten en redenen achter elk getal).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var language = CliLanguage.Create("Taal: nl of en.");
        var command = new Command("verdict", "Het oordeel: wie voldoet, wat vaststaat en wat onbekend is, en welke oorzaak het meeste oplevert.") { format, language };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var culture = CliLanguage.Culture(parse, language);
            var cache = new AssessmentCache();
            var assessment = BoardAssessor.Assess(board.Landscape, knowledge, null, cache);
            var verdict = await cli.StatusAsync("Oorzaken en hefbomen berekenen…",
                () => Task.FromResult(BoardVerdict.For(board.Landscape, knowledge, assessment, cache)));
            if (parse.GetValue(format) == "json")
            {
                await Output.WriteJsonAsync(cli.Out, VerdictDocument.From(
                    verdict, assessment, culture, new AssessedOrganisation(board.Organisation.Id, board.Organisation.Name), knowledge.Catalog.Version));
                return RegieCli.Ok;
            }

            WriteText(cli, board.Organisation.Name, verdict, culture);
            return RegieCli.Ok;
        });
        return command;
    }

    private static void WriteText(CliContext cli, string boardName, BoardVerdict verdict, System.Globalization.CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        string T(string nl, string en) => english ? en : nl;
        cli.Console.WriteLine(T($"Oordeel voor {boardName}", $"Verdict for {boardName}"));
        foreach (var sentence in verdict.Sentences)
        {
            cli.Console.WriteLine(ReasonText.Render(sentence, culture));
        }

        var c = verdict.Counts;
        cli.Console.WriteLine();
        cli.Console.WriteLine(T(
            $"Voldoet: {c.Meets}   Haalt het niet op bekende feiten: {c.FailsOnKnownFacts}   Nog niet te bepalen: {c.Undetermined}   Geen minimumeis: {c.WithoutMinimum}",
            $"Meets the minimum: {c.Meets}   Fails on known facts: {c.FailsOnKnownFacts}   Undetermined: {c.Undetermined}   No minimum: {c.WithoutMinimum}"));
        if (verdict.Causes.Causes.Count == 0)
        {
            return;
        }

        var table = new Table().Title(T("Oorzaken, naar wat wegnemen oplevert", "Root causes, by what removing them lifts"));
        foreach (var header in english
            ? new[] { "#", "Cause", "Services held", "Lift (best)", "Lift (worst)" }
            : ["#", "Oorzaak", "Houdt diensten tegen", "Opbrengst (best)", "Opbrengst (slechtst)"])
        {
            table.AddColumn(header);
        }

        foreach (var (cause, rank) in verdict.Causes.Causes.Take(15).Select((cause, i) => (cause, i + 1)))
        {
            table.AddRow(
                new Text(rank.ToString(culture)), new Text(ReasonText.Render(cause.Cause, culture)), new Text(cause.Held.Count.ToString(culture)),
                new Text(cause.LiftAtBest.ToString(culture)), new Text(cause.LiftAtWorst.ToString(culture)));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine(T(
            "Alle diensten en redenen achter elk getal: regie verdict --format json",
            "Every service and reason behind each figure: regie verdict --format json --language en"));
    }
}
