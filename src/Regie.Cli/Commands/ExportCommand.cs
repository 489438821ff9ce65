using System.CommandLine;
using Regie.Core.Explaining;
using Regie.Core.Scoring;
using Regie.Discovery.Imports;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie export --format cyclonedx [--output FILE]`: the board's landscape as a CycloneDX 1.6 SaaSBOM, for tools that read
/// SBOMs and for moving a landscape to another Regie (`regie import FILE.json` reads it back); `--format archimate` writes it
/// as an ArchiMate Model Exchange File for Archi and other modelling tools (docs/ARCHIMATE.md).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format")
        {
            Description = "cyclonedx (CycloneDX 1.6 JSON, een SaaSBOM) of archimate (ArchiMate Model Exchange File Format, XML).",
            DefaultValueFactory = _ => "cyclonedx",
        };
        format.AcceptOnlyFromAmong("cyclonedx", "archimate");
        var output = new Option<string>("--output") { Description = "Schrijf naar dit bestand in plaats van naar de uitvoer.", HelpName = "BESTAND" };
        var command = new Command("export", "Exporteer het applicatielandschap van het schoolbestuur als CycloneDX 1.6 SaaSBOM (JSON) of als ArchiMate-model (XML).") { format, output };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            using var buffer = new MemoryStream();
            var archiMate = parse.GetValue(format) == "archimate";
            if (archiMate)
            {
                ArchiMateWriter.Write(buffer, board.Landscape, knowledge, BoardAssessor.Assess(board.Landscape, knowledge));
            }
            else
            {
                CycloneDxWriter.Write(buffer, board.Landscape, knowledge, cli.Time.GetUtcNow(), Guid.NewGuid());
            }

            var path = parse.GetValue(output);
            if (path is null)
            {
                await cli.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                return RegieCli.Ok;
            }

            try
            {
                await File.WriteAllBytesAsync(path, buffer.ToArray(), ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"Kan '{path}' (--output) niet schrijven: {e.Message}");
            }

            await cli.Err.WriteLineAsync($"{Plural.Count(board.Landscape.Services.Count, "dienst", "diensten")} van '{board.Organisation.Name}' geschreven naar {Path.GetFullPath(path)} ({(archiMate ? "ArchiMate" : "CycloneDX 1.6")}).");
            return RegieCli.Ok;
        });
        return command;
    }
}
