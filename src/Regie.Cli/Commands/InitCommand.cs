using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;

namespace Regie.Cli.Commands;

/// <summary>`regie init`: creates or updates the database and adds a board with its own copy of the process templates.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext cli)
    {
        var name = new Option<string>("--name") { Description = "Naam van het schoolbestuur.", Required = true };
        var sectors = new Option<string>("--sector") { Description = "Sectoren, gescheiden door komma's: po, vo, so, mbo.", HelpName = "po,vo" };
        var pupils = new Option<int>("--pupils") { Description = "Aantal leerlingen." };
        var staff = new Option<int>("--staff") { Description = "Aantal medewerkers." };
        var command = new Command("init", "Maak de database en een schoolbestuur aan.") { name, sectors, pupils, staff };
        command.SetAction(async (parse, ct) =>
        {
            var boardName = parse.GetValue(name)!.Trim();
            if (boardName.Length == 0)
            {
                throw UserError.Usage("--name mag niet leeg zijn.");
            }

            var sectorList = ParseSectors(parse.GetValue(sectors));
            var (pupilCount, staffCount) = (parse.GetValue(pupils), parse.GetValue(staff));
            if (pupilCount < 0 || staffCount < 0)
            {
                throw UserError.Usage("--pupils en --staff kunnen niet negatief zijn.");
            }

            var knowledge = await cli.LoadKnowledgeAsync(parse);
            var settings = cli.DatabaseSettings(parse);
            var organisation = await cli.StatusAsync("Database aanmaken…", async () =>
            {
                await RegieDatabase.MigrateAsync(settings, ct);
                await using var db = RegieDatabase.Create(settings, TenantContext.System);
                var names = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Select(o => o.Name).ToListAsync(ct);
                if (names.Any(n => string.Equals(n, boardName, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new UserError($"Schoolbestuur '{boardName}' bestaat al in {settings}.");
                }

                return await db.CreateOrganisationAsync(boardName, sectorList, pupilCount, staffCount, isDemo: false, knowledge.ProcessTemplates, ct);
            });

            await cli.Out.WriteLineAsync(
                $"Schoolbestuur '{organisation.Name}' aangemaakt (id {organisation.Id}) met {knowledge.ProcessTemplates.Count} processen in {settings}.");
            await cli.Out.WriteLineAsync("Volgende stap: regie import template inventaris.xlsx, vul het in, en regie import inventaris.xlsx");
            return RegieCli.Ok;
        });
        return command;
    }

    private static List<Sector> ParseSectors(string? text)
    {
        var sectors = new List<Sector>();
        foreach (var item in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<Sector>(item, ignoreCase: true, out var sector) || !Enum.IsDefined(sector))
            {
                throw UserError.Usage($"--sector: '{item}' is geen sector. Kies uit: po, vo, so, mbo.");
            }

            sectors.Add(sector);
        }

        return [.. sectors.Distinct()];
    }
}
