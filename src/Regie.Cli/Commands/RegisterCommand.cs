using System.CommandLine;
using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Privacy;
using Regie.Data;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie register [--format table|csv|json|xlsx] [--out FILE] [--outside-eea]`: the board's processing register (AVG art. 30)
/// from the local database, the same table the web app exports (docs/PROCESSING-REGISTER.md). Not `regie sector register`,
/// which imports DUO's register of schools.
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
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var culture = CliLanguage.Culture(parse, language);
            var records = await board.Db.LoadProcessingRegisterAsync(board.Landscape, knowledge, ct);
            var shown = parse.GetValue(outsideEea) ? ProcessingRegister.OutsideEea(records) : records;
            var chosen = parse.GetValue(format)!;
            var table = chosen == "table" ? Terminal(shown, culture) : ListExports.ProcessingRegister(shown, culture);
            await ListOutput.WriteAsync(cli, table, chosen, parse.GetValue(output), culture, ct);
            if (chosen == "table")
            {
                var summary = ProcessingRegisterSummary.Of(records);
                await cli.Out.WriteLineAsync(culture.TwoLetterISOLanguageName == "en"
                    ? $"{summary.Records} processing records, {summary.WithTransfers} with transfers outside the EU/EEA, {summary.TransfersUnknown} unknown; {summary.UnknownFields} fields unknown."
                    : $"{summary.Records} verwerkingen, {summary.WithTransfers} met doorgifte buiten de EU/EER, {summary.TransfersUnknown} onbekend; {summary.UnknownFields} velden onbekend.");
            }

            return RegieCli.Ok;
        });
        return command;
    }

    /// <summary>The register narrow enough for a terminal; the files hold every column.</summary>
    private static ExportTable Terminal(IReadOnlyList<ProcessingRecord> records, CultureInfo culture) => new(
        new("verwerkingsregister", "processing-register"),
        [
            new("service", "Dienst", "Service"), new("dataSubjects", "Betrokkenen", "Data subjects"), new("processor", "Verwerker", "Processor"),
            new("outsideEea", "Buiten EER", "Outside EEA"), new("transfers", "Doorgifte (feit)", "Transfer (fact)"),
            new("unknown", "Onbekend", "Unknown", CellKind.Integer),
        ],
        records.Select(r => (IReadOnlyList<object?>)
        [
            r.ServiceName,
            r.DataSubjects.IsKnown ? string.Join(", ", r.DataSubjects.Value!.Select(s => ReasonText.SubjectName(s, culture))) : ReasonText.OriginName(RegisterOrigin.Unknown, culture),
            ProcessingRegisterSummary.ProcessorName(r),
            ReasonText.TransferStatusName(r.Transfers.Status, culture),
            string.Join("; ", r.Transfers.Transfers.Select(t => ReasonText.Render(t, culture))),
            r.UnknownFields.Count,
        ]));
}
