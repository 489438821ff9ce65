using System.CommandLine;
using Regie.Core.Explaining;
using Regie.Core.Privacy;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie dpia` and `regie kia`: the board's DPIA or KIA register from the local database or, with --server, the API's /impact-assessments/{kind} (status, date, outcome, high risks
/// and measures, review date, sector DPIAs), `--overdue` for the reviews whose date has passed; the same table as the web's
/// download (docs/IMPACT-ASSESSMENTS.md).
/// </summary>
internal static class ImpactRegisterCommand
{
    public static Command Dpia(CliContext cli) => Create(cli, ImpactKind.Dpia, "dpia",
        "Het DPIA-register: per dienst status, datum, uitkomst, hoge risico's met maatregelen, herzieningsdatum en de sector-DPIA's die de dienst dekken.");

    public static Command Kia(CliContext cli) => Create(cli, ImpactKind.Kia, "kia",
        "Het KIA-register (kinderrechtenimpactbeoordeling): per dienst status, datum, uitkomst, hoge risico's met maatregelen en herzieningsdatum.");

    private static Command Create(CliContext cli, ImpactKind kind, string name, string description)
    {
        var overdue = new Option<bool>("--overdue") { Description = "Alleen de diensten waarvan de herzieningsdatum voorbij is." };
        var format = ListOutput.Format();
        var output = ListOutput.Output();
        var command = new Command(name, description) { overdue, format, output };
        command.SetAction(async (parse, ct) =>
        {
            using var source = cli.OpenSource(parse);
            var (boardName, register) = await source.ImpactRegisterAsync(kind, parse.GetValue(overdue), ct);
            await ListOutput.WriteAsync(cli, ImpactAssessmentExport.Table([register], ReasonText.Dutch), parse.GetValue(format)!, parse.GetValue(output), ReasonText.Dutch, ct);
            if (parse.GetValue(format) == "table")
            {
                cli.Console.WriteLine($"{ReasonText.KindName(kind, false)}-register van {boardName}: {Plural.Count(register.Overdue, "achterstallige herziening", "achterstallige herzieningen")}, " +
                    $"{Plural.Count(register.HighRisksWithoutMeasure, "hoog risico", "hoge risico's")} zonder maatregel.");
            }

            return RegieCli.Ok;
        });
        return command;
    }
}
