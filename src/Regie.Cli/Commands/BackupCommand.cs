using System.CommandLine;
using Regie.Core.Explaining;
using Regie.Data;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie backup FILE`: every table of the database in one file (docs/OPERATIONS.md). Safe while the web app runs: SQLite is
/// copied with its online backup API, PostgreSQL read in one snapshot; the file appears only when complete.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("BESTAND") { Description = "Het back-upbestand dat wordt geschreven (een zip; een bestaand bestand wordt vervangen)." };
        var command = new Command("backup", "Maak een back-up van de hele database (alle besturen), ook terwijl de webapp draait.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var settings = cli.DatabaseSettings(parse);
            var path = parse.GetValue(file)!;
            BackupManifest manifest;
            try
            {
                manifest = await cli.StatusAsync("Back-up maken…", () => DatabaseBackup.WriteAsync(settings, path, cli.Time, ct));
            }
            catch (BackupException e)
            {
                throw new UserError(e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"Kan de back-up '{path}' niet schrijven: {e.Message}");
            }

            await cli.Out.WriteLineAsync(
                $"Back-up van {settings} geschreven naar {Path.GetFullPath(path)}: {Plural.Count(manifest.TotalRows, "rij", "rijen")} " +
                $"in {Plural.Count(manifest.Tables.Count, "tabel", "tabellen")}, schema '{manifest.Schema.LastMigration}'.");
            return RegieCli.Ok;
        });
        return command;
    }
}
