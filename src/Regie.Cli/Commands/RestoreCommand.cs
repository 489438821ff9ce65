using System.CommandLine;
using Regie.Core.Explaining;
using Regie.Data;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie restore FILE`: replaces the whole database by a backup, in one transaction. A database that already holds data is
/// replaced only after a "ja" on a terminal, or with --force.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("BESTAND") { Description = "Een back-up gemaakt met 'regie backup'." };
        var force = new Option<bool>("--force") { Description = "Vervang de gegevens in de database zonder te vragen." };
        var command = new Command("restore", "Zet een back-up terug; alle gegevens in de database worden vervangen door die van de back-up.") { file, force };
        command.SetAction(async (parse, ct) =>
        {
            var settings = cli.DatabaseSettings(parse);
            var path = parse.GetValue(file)!;
            try
            {
                using var backup = DatabaseBackup.Open(path);
                var manifest = backup.Manifest;
                var outcome = await DatabaseBackup.RestoreAsync(
                    settings, backup, existing => ConfirmAsync(cli, settings, existing, parse.GetValue(force)), $"cli:{Environment.UserName}", cli.Time, ct);
                if (!outcome.Restored)
                {
                    await cli.Err.WriteLineAsync("Niets hersteld; de database is niet gewijzigd.");
                    return RegieCli.BadInput;
                }

                await cli.Out.WriteLineAsync(
                    $"Back-up van {manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC (Regie {manifest.RegieVersion}, {manifest.Provider}, schema '{manifest.Schema.LastMigration}') " +
                    $"hersteld in {settings}: {Plural.Count(outcome.RestoredRows, "rij", "rijen")} in {Plural.Count(outcome.Tables, "tabel", "tabellen")}" +
                    (outcome.ReplacedRows > 0 ? $"; {Plural.Count(outcome.ReplacedRows, "rij", "rijen")} vervangen." : "."));
                await cli.Out.WriteLineAsync("Draait de webapp op deze database? Start hem opnieuw, zodat hij niets van vóór het herstel onthoudt.");
                return RegieCli.Ok;
            }
            catch (BackupException e)
            {
                throw new UserError(e.Message);
            }
        });
        return command;
    }

    /// <summary>Asks only a person at a terminal; a script must say --force, so a schedule never waits for an answer.</summary>
    private static async Task<bool> ConfirmAsync(CliContext cli, DatabaseSettings settings, long existing, bool force)
    {
        if (force)
        {
            return true;
        }

        var atTerminal = ReferenceEquals(cli.Err, Console.Error) && !Console.IsInputRedirected && !Console.IsErrorRedirected;
        if (!atTerminal)
        {
            throw new UserError(
                $"{settings} bevat al gegevens ({Plural.Count(existing, "rij", "rijen")}); herstellen vervangt die allemaal door de back-up. " +
                "Bevestig met --force (maak eerst een back-up van wat er nu staat). Er is niets gewijzigd.");
        }

        await cli.Err.WriteAsync(
            $"{settings} bevat al gegevens ({Plural.Count(existing, "rij", "rijen")}); die worden allemaal vervangen door de back-up. Typ 'ja' om door te gaan: ");
        return string.Equals((await Console.In.ReadLineAsync())?.Trim(), "ja", StringComparison.OrdinalIgnoreCase);
    }
}
