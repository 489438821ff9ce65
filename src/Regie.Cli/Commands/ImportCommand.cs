using System.CommandLine;
using Regie.Cli.Import;
using Regie.Core.Landscape;
using Regie.Discovery.Inventory;

namespace Regie.Cli.Commands;

/// <summary>`regie import FILE` reads a filled-in inventory and adds it whole or not at all; `regie import template FILE` writes an empty one.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "Het ingevulde inventarisbestand (.csv of .xlsx)." };
        var format = new Option<string>("--format") { Description = "Bestandsformaat; standaard volgens de extensie." };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var command = new Command("import", "Importeer diensten uit een ingevulde inventaris (CSV of XLSX).") { file, format, Template(cli) };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var kind = FormatOf(path, parse.GetValue(format));
            if (!File.Exists(path))
            {
                throw new UserError($"Het bestand '{path}' bestaat niet.");
            }

            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var landscape = board.Landscape;
            var fileName = Path.GetFileName(path);
            var (parsed, inventory) = await cli.StatusAsync("Inventaris controleren…", () =>
            {
                using var stream = File.OpenRead(path);
                var parsed = InventoryReader.Read(stream, kind, fileName);
                var withLocal = knowledge with { Catalog = knowledge.Catalog.For(landscape) };
                var inventory = InventoryValidator.Validate(parsed.Rows, withLocal, [.. landscape.Services.Select(s => s.Name)], landscape.Processes, fileName);
                return Task.FromResult((parsed, inventory));
            });

            var errors = ImportErrors.InSheetOrder(parsed.Errors.Concat(inventory.Errors));
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    await cli.Err.WriteLineAsync(error.ToString());
                }

                await cli.Err.WriteLineAsync($"Niets geïmporteerd: {Count(errors.Count, "fout", "fouten")} in {fileName}. Verbeter het bestand en importeer opnieuw.");
                return RegieCli.BadInput;
            }

            if (inventory.Services.Count == 0)
            {
                await cli.Out.WriteLineAsync($"{fileName} bevat geen diensten; er is niets geïmporteerd.");
                return RegieCli.Ok;
            }

            await cli.StatusAsync($"{inventory.Services.Count} diensten opslaan…", async () =>
            {
                await InventoryApplier.ApplyAsync(board.Db, landscape, inventory, ct);
                return true;
            });

            var unmatched = inventory.Services.Where(s => s.Service.CatalogProductId is null).Select(s => s.Service.Name).ToList();
            await cli.Out.WriteLineAsync(
                $"{Count(inventory.Services.Count, "dienst", "diensten")} en {Count(inventory.Dependencies.Count, "afhankelijkheid", "afhankelijkheden")} " +
                $"geïmporteerd in '{board.Organisation.Name}'; " +
                $"{inventory.Services.Count - unmatched.Count} herkend in de catalogus.");
            if (unmatched.Count > 0)
            {
                await cli.Out.WriteLineAsync($"Niet herkend in de catalogus (vul catalogus-id in om ze te koppelen): {string.Join(", ", unmatched)}.");
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static Command Template(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "Het te schrijven bestand: .csv of .xlsx." };
        var command = new Command("template", "Schrijf een leeg inventarisbestand met uitleg en twee voorbeeldrijen.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var kind = FormatOf(path, null);
            if (File.Exists(path))
            {
                throw new UserError($"Het bestand '{path}' bestaat al; kies een andere naam of verwijder het eerst.");
            }

            // The XLSX lists the processes and data categories to choose from; the CSV needs no data folder.
            var knowledge = kind == InventoryFormat.Xlsx ? await cli.LoadKnowledgeAsync(parse) : null;
            await using (var stream = File.Create(path))
            {
                if (kind == InventoryFormat.Csv)
                {
                    InventoryTemplate.WriteCsv(stream);
                }
                else
                {
                    InventoryTemplate.WriteXlsx(stream, knowledge);
                }
            }

            await cli.Out.WriteLineAsync($"Sjabloon geschreven: {path}. Vul per dienst een rij in; lege cellen betekenen 'onbekend'.");
            return RegieCli.Ok;
        });
        return command;
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static InventoryFormat FormatOf(string path, string? format) => format switch
    {
        "csv" => InventoryFormat.Csv,
        "xlsx" => InventoryFormat.Xlsx,
        _ => InventoryFormats.FromFileName(path)
             ?? throw UserError.Usage($"Kan het formaat van '{Path.GetFileName(path)}' niet afleiden uit de extensie; gebruik .csv of .xlsx, of --format csv|xlsx."),
    };
}
