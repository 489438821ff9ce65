using System.CommandLine;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Data.Imports;
using Regie.Discovery.Imports;
using Regie.Discovery.Inventory;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie import FILE [--format …]` reads an inventory or an export from Entra, Google Workspace, CycloneDX or DAAF and adds it
/// whole or not at all (read by <see cref="BoardImport"/>, written by <see cref="ImportApplier"/>); `regie import template FILE` writes an empty inventory.
/// Problems and row messages are reasons, rendered here in Dutch.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "Het bestand: een inventaris (.csv/.xlsx) of een export uit Entra, Google Workspace, CycloneDX of DAAF." };
        var format = new Option<string>("--format")
        {
            Description = "inventory (standaard voor .csv/.xlsx), entra, google, cyclonedx of daaf; een .json-bestand wordt herkend aan de inhoud.",
        };
        format.AcceptOnlyFromAmong("inventory", "entra", "google", "cyclonedx", "daaf", "csv", "xlsx");
        var command = new Command("import", "Importeer diensten uit een inventaris of een export (Entra, Google Workspace, CycloneDX, DAAF); alles of niets.")
        {
            file, format, Template(cli),
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UserError($"Het bestand '{path}' bestaat niet.");
            }

            var kind = FormatOf(path, parse.GetValue(format));
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var fileName = Path.GetFileName(path);
            var result = await cli.StatusAsync($"{fileName} importeren…", async () =>
            {
                await using var stream = File.OpenRead(path);
                return await ImportApplier.ImportAsync(
                    board.Db, new OrganisationId(board.Organisation.Id), landscape => BoardImport.Read(stream, fileName, kind, knowledge, landscape), fileName, ct, cli.Time);
            });

            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    await cli.Err.WriteLineAsync(ReasonText.Render(error, ReasonText.Dutch));
                }

                await cli.Err.WriteLineAsync($"Niets geïmporteerd: {Plural.Count(result.Errors.Count, "fout", "fouten")} in {fileName}. Verbeter het bestand en importeer opnieuw.");
                if (parse.GetValue(format) is null && kind == ImportFormat.Inventory && ImportFormats.LooksLikeExport(Head(path)) is { } export)
                {
                    var option = export == ImportFormat.Entra ? "entra" : "google";
                    await cli.Err.WriteLineAsync($"Dit lijkt geen inventaris maar een export uit {(export == ImportFormat.Entra ? "Microsoft Entra" : "Google Workspace")}; importeer met --format {option}.");
                }

                return RegieCli.BadInput;
            }

            await ReportAsync(cli, board.Organisation.Name, result);
            return RegieCli.Ok;
        });
        return command;
    }

    private static async Task ReportAsync(CliContext cli, string boardName, ImportResult result)
    {
        if (result.Rows.Count == 0)
        {
            await cli.Out.WriteLineAsync($"{result.FileName} bevat geen diensten; er is niets geïmporteerd.");
            return;
        }

        var imported = result.Rows.Where(r => r.Outcome != RowOutcome.Skipped).ToList();
        if (result.Format == ImportFormat.Inventory)
        {
            await cli.Out.WriteLineAsync(
                $"{Plural.Count(result.Created, "dienst", "diensten")} en {Plural.Count(result.Dependencies, "afhankelijkheid", "afhankelijkheden")} " +
                $"geïmporteerd in '{boardName}'; {result.Recognised} herkend in de catalogus" +
                (result.Joined > 0 ? $"; {result.Joined} bij een bestaande dienst." : "."));
            foreach (var row in result.Rows.Where(r => r.Outcome == RowOutcome.Joined))
            {
                await cli.Out.WriteLineAsync($"  {row.Place}: '{row.RawName}': {ReasonText.Render(row.Why, ReasonText.Dutch)}");
            }
        }
        else
        {
            await cli.Out.WriteLineAsync(
                $"{result.FileName} geïmporteerd in '{boardName}': {Plural.Count(result.Created, "nieuwe dienst", "nieuwe diensten")}, " +
                $"{result.Joined} bij een bestaande dienst, {result.Skipped} overgeslagen; {result.Recognised} herkend in de catalogus" +
                (result.Dependencies > 0 ? $", {Plural.Count(result.Dependencies, "afhankelijkheid", "afhankelijkheden")}" : "") +
                (result.Assessments > 0 ? $", {Plural.Count(result.Assessments, "beoordeling", "beoordelingen")} van buiten" : "") + ".");
            foreach (var row in result.Rows)
            {
                await cli.Out.WriteLineAsync($"  {row.Place}: '{row.RawName}': {ReasonText.Render(row.Why, ReasonText.Dutch)}");
            }
        }

        foreach (var note in result.Notes)
        {
            await cli.Out.WriteLineAsync($"Let op: {ReasonText.Render(note, ReasonText.Dutch)}");
        }

        var unmatched = imported.Where(r => r.CatalogProductId is null).Select(r => r.ServiceName).Distinct().ToList();
        if (unmatched.Count > 0)
        {
            await cli.Out.WriteLineAsync(result.Format == ImportFormat.Inventory
                ? $"Niet herkend in de catalogus (vul catalogus-id in om ze te koppelen): {string.Join(", ", unmatched)}."
                : $"Niet herkend in de catalogus (leverancier onbekend; koppel ze op de dienstpagina): {string.Join(", ", unmatched)}.");
        }
    }

    private static Command Template(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "Het te schrijven bestand: .csv of .xlsx." };
        var command = new Command("template", "Schrijf een leeg inventarisbestand met uitleg en twee voorbeeldrijen.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var kind = TemplateFormatOf(path);
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

    /// <summary>--format wins; otherwise .csv and .xlsx are an inventory and a .json file says what it is in its first bytes.</summary>
    private static ImportFormat FormatOf(string path, string? format)
    {
        if (ImportFormats.Parse(format) is { } chosen)
        {
            if (chosen == ImportFormat.Inventory && InventoryFormats.FromFileName(path) is null)
            {
                throw UserError.Usage($"Een inventaris is een .csv- of .xlsx-bestand; '{Path.GetFileName(path)}' is dat niet.");
            }

            return chosen;
        }

        return ImportFormats.Detect(path, Head(path))
               ?? throw UserError.Usage($"Kan het formaat van '{Path.GetFileName(path)}' niet afleiden. Een inventaris is .csv of .xlsx (--format csv|xlsx); " +
                  "een export kies je met --format entra|google|cyclonedx|daaf.");
    }

    private static byte[] Head(string path)
    {
        var head = new byte[4096];
        using var stream = File.OpenRead(path);
        return head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
    }

    private static InventoryFormat TemplateFormatOf(string path) =>
        InventoryFormats.FromFileName(path)
        ?? throw UserError.Usage($"Kan het formaat van '{Path.GetFileName(path)}' niet afleiden uit de extensie; gebruik .csv of .xlsx.");
}
