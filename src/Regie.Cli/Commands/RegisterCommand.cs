using System.CommandLine;
using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Privacy;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie register [--format table|csv|json|xlsx] [--out FILE] [--outside-eea]`: the board's processing register (AVG art. 30)
/// from the local database or, with --server, from the API (/processing-register, /exports/processing-register): the same
/// table the web app exports (docs/PROCESSING-REGISTER.md). Not `regie sector register`, which imports DUO's register of schools.
/// </summary>
internal static class RegisterCommand
{
    public static Command Create(CliContext cli)
    {
        var format = ListOutput.Format();
        var output = new Option<string>("--out", "--output") { Description = "Schrijf naar dit bestand in plaats van naar de uitvoer (nodig bij xlsx).", HelpName = "BESTAND" };
        var outsideEea = new Option<bool>("--outside-eea") { Description = "Alleen verwerkingen met een bekende doorgifte buiten de EU/EER." };
        var language = CliLanguage.Create("Taal van kolomkoppen, teksten en getallen: nl of en.");
        var command = new Command("register", "Het verwerkingsregister (artikel 30 AVG), gegenereerd uit het landschap, met de eigen velden van het bestuur.")
        {
            format, output, outsideEea, language,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var source = cli.OpenSource(parse);
            var culture = CliLanguage.Culture(parse, language);
            var chosen = parse.GetValue(format)!;
            if (chosen != "table")
            {
                await ListOutput.WriteAsync(cli, await source.ProcessingRegisterTableAsync(parse.GetValue(outsideEea), culture, ct), chosen, parse.GetValue(output), culture, ct);
                return RegieCli.Ok;
            }

            var (lines, summary) = await source.ProcessingRegisterLinesAsync(parse.GetValue(outsideEea), culture, ct);
            await ListOutput.WriteAsync(cli, Terminal(lines, culture), chosen, parse.GetValue(output), culture, ct);
            await cli.Out.WriteLineAsync(culture.TwoLetterISOLanguageName == "en"
                ? $"{summary.Records} processing records, {summary.WithTransfers} with transfers outside the EU/EEA, {summary.TransfersUnknown} unknown; {summary.UnknownFields} fields unknown."
                : $"{summary.Records} verwerkingen, {summary.WithTransfers} met doorgifte buiten de EU/EER, {summary.TransfersUnknown} onbekend; {summary.UnknownFields} velden onbekend.");
            return RegieCli.Ok;
        });
        return command;
    }

    /// <summary>The register narrow enough for a terminal; the files hold every column.</summary>
    private static ExportTable Terminal(IReadOnlyList<RegisterLine> lines, CultureInfo culture) => new(
        new("verwerkingsregister", "processing-register"),
        [
            new("service", "Dienst", "Service"), new("dataSubjects", "Betrokkenen", "Data subjects"), new("processor", "Verwerker", "Processor"),
            new("outsideEea", "Buiten EER", "Outside EEA"), new("transfers", "Doorgifte (feit)", "Transfer (fact)"),
            new("unknown", "Onbekend", "Unknown", CellKind.Integer),
        ],
        lines.Select(r => (IReadOnlyList<object?>)
        [
            r.Service, r.DataSubjects ?? ReasonText.OriginName(RegisterOrigin.Unknown, culture), r.Processor,
            ReasonText.TransferStatusName(r.Transfer, culture), string.Join("; ", r.Transfers), r.Unknown,
        ]));
}
