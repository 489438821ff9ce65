using System.CommandLine;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Data.Imports;
using Regie.Discovery.Imports;
using Regie.Discovery.Inventory;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie import FILE [--format …]` reads an inventory, an export from Entra, Google Workspace, CycloneDX or DAAF, or an ArchiMate model, and adds it
/// whole or not at all (read by <see cref="BoardImport"/>, written by <see cref="ImportApplier"/>); `regie import template FILE` writes an empty inventory.
/// Problems and row messages are reasons, rendered here in Dutch.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "Het bestand: een inventaris (.csv/.xlsx) of een export uit Entra, Google Workspace, CycloneDX of DAAF, of een ArchiMate-model (.xml)." };
        var format = new Option<string>("--format")
        {
            Description = "inventory (standaard voor .csv/.xlsx), entra, google, cyclonedx, daaf of archimate (standaard voor .xml); een .json-bestand wordt herkend aan de inhoud.",
        };
        format.AcceptOnlyFromAmong("inventory", "entra", "google", "cyclonedx", "daaf", "archimate", "csv", "xlsx");
        var dryRun = new Option<bool>("--dry-run") { Description = "Toon wat het bestand zou toevoegen, wijzigen (veld voor veld) en laten staan; sla niets op." };
        var removeMissing = new Option<bool>("--remove-missing")
        {
            Description = "Verwijder de diensten die niet (meer) in het bestand staan. Zonder deze optie worden ze alleen genoemd.",
        };
        var match = new Option<string[]>("--match")
        {
            Description = "Beslis over een onzekere herkenning: \"NAAM=product-id\" (dat product uit de catalogus) of \"NAAM=eigen\" (eigen dienst van het bestuur). Mag vaker.",
            AllowMultipleArgumentsPerToken = false,
        };
        var fingerprint = new Option<string>("--fingerprint")
        {
            Description = "De vingerafdruk die --dry-run noemde: de import weigert als het bestuur sindsdien veranderde (een ander wijzigde intussen iets).",
            HelpName = "VINGERAFDRUK",
        };
        var command = new Command("import", "Importeer diensten uit een inventaris, een export (Entra, Google Workspace, CycloneDX, DAAF) of een ArchiMate-model; alles of niets. " +
            "Opnieuw importeren werkt bestaande diensten bij; --dry-run toont eerst wat er verandert.")
        {
            file, format, dryRun, removeMissing, match, fingerprint, Template(cli),
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UserError($"Het bestand '{path}' bestaat niet.");
            }

            var kind = FormatOf(path, parse.GetValue(format));
            var answers = parse.GetValue(match) ?? [];
            _ = DecisionsOf(answers);
            var options = new ImportOptions(parse.GetValue(dryRun), parse.GetValue(removeMissing), parse.GetValue(fingerprint) is { Length: > 0 } f ? f.Trim() : null);
            using var source = cli.OpenSource(parse);
            var result = await source.ImportAsync(new ImportRequest(path, kind, answers, options), ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    await cli.Err.WriteLineAsync(error);
                }

                await cli.Err.WriteLineAsync($"Niets geïmporteerd: {Plural.Count(result.Errors.Count, "fout", "fouten")} in {result.FileName}. Verbeter het bestand en importeer opnieuw.");
                if (parse.GetValue(format) is null && kind == ImportFormat.Inventory && ImportFormats.LooksLikeExport(Head(path)) is { } export)
                {
                    var option = export == ImportFormat.Entra ? "entra" : "google";
                    await cli.Err.WriteLineAsync($"Dit lijkt geen inventaris maar een export uit {(export == ImportFormat.Entra ? "Microsoft Entra" : "Google Workspace")}; importeer met --format {option}.");
                }

                return RegieCli.BadInput;
            }

            await ReportAsync(cli, result);
            return RegieCli.Ok;
        });
        return command;
    }

    /// <summary>
    /// The import or its preview in Dutch: the counts, every row that is not simply new (updates with their changes old → new),
    /// the dependencies added, the services the file no longer names, and the review list with the --match that decides it.
    /// </summary>
    private static async Task ReportAsync(CliContext cli, ImportReport result)
    {
        if (result.RowCount == 0)
        {
            await cli.Out.WriteLineAsync($"{result.FileName} bevat geen diensten; er is niets geïmporteerd.");
            return;
        }

        var counts = $"{Plural.Count(result.Created, "nieuwe dienst", "nieuwe diensten")}, {result.Updated} bijgewerkt, {result.Joined} ongewijzigd, " +
            $"{result.Skipped} overgeslagen; {Plural.Count(result.Dependencies, "nieuwe afhankelijkheid", "nieuwe afhankelijkheden")}; " +
            $"{result.Recognised} herkend in de catalogus" +
            (result.Assessments > 0 ? $"; {Plural.Count(result.Assessments, "beoordeling", "beoordelingen")} van buiten" : "") + ".";
        await cli.Out.WriteLineAsync(result.Applied
            ? $"{result.FileName} geïmporteerd in '{result.BoardName}': {counts}"
            : $"Voorbeeld (--dry-run, niets opgeslagen) van {result.FileName} voor '{result.BoardName}': {counts}");

        // An inventory's new rows are its bulk; an export's few rows each say what became of the app.
        foreach (var row in result.Rows.Where(r => r.Outcome != RowOutcome.Created || result.Format != ImportFormat.Inventory))
        {
            await cli.Out.WriteLineAsync($"  {row.Place}: '{row.RawName}': {row.Why}");
            foreach (var change in row.Changes)
            {
                await cli.Out.WriteLineAsync($"      {change}");
            }
        }

        if (result.RowsOmitted > 0)
        {
            await cli.Out.WriteLineAsync($"  … en {Plural.Count(result.RowsOmitted, "rij", "rijen")} die de server niet afzonderlijk noemt.");
        }

        foreach (var edge in result.NewEdges)
        {
            await cli.Out.WriteLineAsync($"  + {edge}");
        }

        foreach (var note in result.Notes)
        {
            await cli.Out.WriteLineAsync($"Let op: {note}");
        }

        if (result.Missing.Count > 0)
        {
            var names = string.Join(", ", result.Missing);
            await cli.Out.WriteLineAsync(result.MissingRemoved ? $"Verwijderd, want niet in het bestand ({result.Missing.Count}): {names}."
                : result.Applied ? $"Niet in het bestand, blijven staan ({result.Missing.Count}): {names}. Verwijderen kan met --remove-missing."
                : $"Niet in het bestand ({result.Missing.Count}): {names}. Ze blijven staan, of worden verwijderd met --remove-missing.");
        }

        if (result.Review.Count > 0)
        {
            await cli.Out.WriteLineAsync($"Te controleren ({result.Review.Count}): onzekere herkenningen, toegevoegd als eigen dienst:");
            foreach (var unsure in result.Review)
            {
                await cli.Out.WriteLineAsync($"  {unsure.Text} Kies met --match \"{unsure.Name}={unsure.ProductId}\" of --match \"{unsure.Name}=eigen\".");
            }
        }

        var unmatched = result.Rows.Where(r => r.Outcome == RowOutcome.Created && r.CatalogProductId is null).Select(r => r.ServiceName).Distinct().ToList();
        if (unmatched.Count > 0)
        {
            await cli.Out.WriteLineAsync(result.Format == ImportFormat.Inventory
                ? $"Niet herkend in de catalogus (vul catalogus-id in om ze te koppelen): {string.Join(", ", unmatched)}."
                : $"Niet herkend in de catalogus (leverancier onbekend; koppel ze op de dienstpagina): {string.Join(", ", unmatched)}.");
        }

        if (!result.Applied)
        {
            await cli.Out.WriteLineAsync("Er is niets opgeslagen. Importeer zonder --dry-run om dit op te slaan; " +
                $"met --fingerprint {result.Fingerprint} weigert de import als het bestuur sindsdien veranderde.");
        }
    }

    /// <summary>Each --match "NAAM=product-id" or "NAAM=eigen"; the catalog check follows when the file is read.</summary>
    private static MatchDecisions DecisionsOf(IEnumerable<string> answers) =>
        MatchDecisions.Parse(answers, out var bad) ?? throw UserError.Usage($"--match '{bad}': schrijf NAAM=product-id of NAAM=eigen.");

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
                  "een export kies je met --format entra|google|cyclonedx|daaf|archimate.");
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
