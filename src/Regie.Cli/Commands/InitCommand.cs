using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Boards;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie init`: creates or updates the database and adds a board with its schools and its own copy of the process templates.
/// It never changes which board the web app opens for a visitor who has not chosen one (<see cref="DefaultBoard"/>): it says
/// which board that is and how to open the new one.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext cli)
    {
        var name = new Option<string>("--name") { Description = "Naam van het schoolbestuur.", Required = true };
        var sectors = new Option<string>("--sector") { Description = "Sectoren, gescheiden door komma's: po, vo, so, mbo.", HelpName = "po,vo" };
        var pupils = new Option<int>("--pupils") { Description = "Aantal leerlingen." };
        var staff = new Option<int>("--staff") { Description = "Aantal medewerkers." };
        var schools = new Option<string[]>("--schools")
        {
            Description = $"Scholen: per school '{SchoolList.Format}' (herhaal de optie per school), of een .csv/.txt-bestand met zo'n regel per school.",
            HelpName = "\"De Klimop;12AB;po;240\"",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("init", "Maak de database en een schoolbestuur aan.") { name, sectors, pupils, staff, schools };
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

            var schoolList = ReadSchools(parse.GetValue(schools) ?? []);
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

                var others = await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).AsNoTracking().ToListAsync(ct);
                var webDefault = await DefaultBoard.ChooseAsync(db, [.. others.Select(o => o.Id)], configured: null, ct);
                var board = new BoardLandscape(
                    new Organisation(new OrganisationId(Guid.NewGuid()), boardName, sectorList, pupilCount == 0 ? schoolList.Sum(s => s.Pupils) : pupilCount, staffCount, IsDemo: false),
                    schoolList, knowledge.ProcessTemplates, [], [], [], []);
                var row = db.AddLandscape(board, []);
                await db.SaveChangesAsync(ct);
                return (Row: row, WebDefault: others.FirstOrDefault(o => o.Id == webDefault));
            });

            await cli.Out.WriteLineAsync(
                $"Schoolbestuur '{organisation.Row.Name}' aangemaakt (id {organisation.Row.Id}) met {Plural(schoolList.Count, "school", "scholen")} " +
                $"en {knowledge.ProcessTemplates.Count} processen in {settings}.");
            if (organisation.WebDefault is { } opened)
            {
                await cli.Out.WriteLineAsync(
                    $"De webapp opent nog steeds '{opened.Name}' voor wie geen bestuur kiest. Open '{organisation.Row.Name}' met 'Kies bestuur' bovenaan, " +
                    $"of start de webapp met Regie__Board={organisation.Row.Id}.");
            }

            await cli.Out.WriteLineAsync("Volgende stap: regie import template inventaris.xlsx, vul het in, en regie import inventaris.xlsx");
            return RegieCli.Ok;
        });
        return command;
    }

    /// <summary>Each value is one school ("regel N" in a message is the N-th such value), or the path of a file with one school per line.</summary>
    private static List<School> ReadSchools(string[] values)
    {
        static bool IsFile(string value) =>
            value.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

        var results = new List<SchoolListResult> { SchoolList.Parse(values.Where(v => !IsFile(v)), "--schools") };
        foreach (var file in values.Where(IsFile))
        {
            results.Add(File.Exists(file)
                ? SchoolList.Parse(File.ReadAllLines(file), $"--schools {file}")
                : throw UserError.Usage($"--schools: het bestand '{file}' bestaat niet."));
        }

        var errors = results.SelectMany(r => r.Errors).ToList();
        return errors.Count > 0 ? throw UserError.Usage(string.Join(Environment.NewLine, errors)) : [.. results.SelectMany(r => r.Schools)];
    }

    private static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

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
