using System.CommandLine;
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
            var culture = CliLanguage.Culture(parse, language);
            using var source = cli.OpenSource(parse);
            var verdict = await source.VerdictAsync(culture, ct);
            if (parse.GetValue(format) == "json")
            {
                await Output.WriteJsonAsync(cli.Out, verdict);
                return RegieCli.Ok;
            }

            WriteText(cli, verdict, culture);
            return RegieCli.Ok;
        });
        return command;
    }

    private static void WriteText(CliContext cli, VerdictDocument verdict, System.Globalization.CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        string T(string nl, string en) => english ? en : nl;
        var boardName = verdict.Organisation?.Name ?? "";
        cli.Console.WriteLine(T($"Oordeel voor {boardName}", $"Verdict for {boardName}"));
        foreach (var sentence in verdict.Verdict)
        {
            cli.Console.WriteLine(sentence.Text);
        }

        var c = verdict.Counts;
        cli.Console.WriteLine();
        cli.Console.WriteLine(T(
            $"Voldoet: {c.Meets}   Haalt het niet op bekende feiten: {c.FailsOnKnownFacts}   Nog niet te bepalen: {c.Undetermined}   Geen minimumeis: {c.WithoutMinimum}",
            $"Meets the minimum: {c.Meets}   Fails on known facts: {c.FailsOnKnownFacts}   Undetermined: {c.Undetermined}   No minimum: {c.WithoutMinimum}"));
        if (verdict.RootCauses.Count == 0)
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

        foreach (var cause in verdict.RootCauses.Take(15))
        {
            table.AddRow(
                new Text(cause.Rank.ToString(culture)), new Text(cause.Cause.Text), new Text(cause.ServicesHeld.ToString(culture)),
                new Text(cause.LiftAtBest.ToString(culture)), new Text(cause.LiftAtWorst.ToString(culture)));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine(T(
            "Alle diensten en redenen achter elk getal: regie verdict --format json",
            "Every service and reason behind each figure: regie verdict --format json --language en"));
    }
}
