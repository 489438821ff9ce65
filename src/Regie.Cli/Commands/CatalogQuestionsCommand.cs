using System.CommandLine;
using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Discovery.Exporting;

namespace Regie.Cli.Commands;

/// <summary>
/// The catalog's own questionnaire (docs/QUESTIONNAIRE.md, "De vragenlijst van de catalogus"): `regie catalog questions`
/// writes what the catalog does not know about where products run and keep their data, as a file of the sector answers'
/// columns for the vendors to fill in; `regie catalog answers FILE` reads it back and, with --apply, writes each answer
/// into products.yaml as a fact with confidence stated, after the changed catalog passed lint in a copy.
/// </summary>
internal static class CatalogQuestionsCommand
{
    public static Command Questions(CliContext cli)
    {
        var all = new Option<bool>("--all") { Description = "Vraag over alle producten, niet alleen de meest gebruikte (catalog/most-used.yaml)." };
        var format = new Option<string>("--format") { Description = "csv (voor Excel) of json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--output") { Description = "Schrijf naar dit bestand in plaats van naar de uitvoer.", HelpName = "BESTAND" };
        var language = CliLanguage.Create("Taal van de vragen in het bestand: nl of en.");
        var until = new Option<string>("--until")
        {
            Description = "Vraag ook opnieuw wat leveranciers eerder antwoordden en op deze dag niet meer telt (twaalf maanden), " +
                "zoals de dag van de volgende uitgave; standaard vandaag.",
            HelpName = "JJJJ-MM-DD",
        };
        var vendor = new Option<string>("--vendor") { Description = "Alleen de vragen aan deze leverancier (id uit de catalogus).", HelpName = "ID" };
        var perVendor = new Option<string>("--per-vendor")
        {
            Description = "Schrijf per leverancier een eigen bestand in deze (nieuwe of lege) map, om elke leverancier alleen de vragen over zijn eigen producten te sturen.",
            HelpName = "MAP",
        };
        var command = new Command("questions",
            "Schrijf de vragen van de catalogus aan leveranciers: hostingpartij, regio en locatie van gegevens waar die onbekend zijn, " +
            "in de kolommen van 'regie sector answers import'.") { all, format, output, language, until, vendor, perVendor };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            if (parse.GetValue(until) is { } text)
            {
                // A vendor's answer that will have run out by the next release has to be asked now, before it does.
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    throw new UserError($"--until: '{text}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-06-01.");
                }

                knowledge = knowledge.AsOf(day < cli.Today ? cli.Today : day);
            }

            var catalog = knowledge.Catalog;
            var culture = CliLanguage.Culture(parse, language);
            var english = culture.TwoLetterISOLanguageName == "en";
            var open = parse.GetValue(all) ? CatalogQuestions.Open(catalog, catalog.Products) : CatalogQuestions.OpenForMostUsed(knowledge);
            var chosenFormat = parse.GetValue(format) == "json" ? ExportFormat.Json : ExportFormat.Csv;
            if (parse.GetValue(perVendor) is { } folder)
            {
                if (parse.GetValue(output) is not null || parse.GetValue(vendor) is not null)
                {
                    throw UserError.Usage("--per-vendor schrijft zelf een bestand per leverancier; laat --output en --vendor dan weg.");
                }

                await WritePerVendorAsync(cli, open, folder, chosenFormat, culture, ct);
            }
            else
            {
                if (parse.GetValue(vendor) is { } vendorId)
                {
                    var (only, whyNone) = open.ForVendor(catalog, vendorId);
                    open = only ?? throw new UserError($"--vendor: {ReasonText.Render(whyNone!)}");
                }

                await ListOutput.WriteFileOrOutputAsync(cli, parse.GetValue(output), TableFiles.Bytes(open.Table(culture), chosenFormat, english), ct);
            }

            await cli.Err.WriteLineAsync(
                $"{Plural.Count(open.Questions.Count, "vraag", "vragen", ReasonText.Dutch)} over {Plural.Count(open.ProductCount, "product", "producten", ReasonText.Dutch)} " +
                $"aan {Plural.Count(open.VendorCount, "leverancier", "leveranciers", ReasonText.Dutch)}.");
            if (open.WithoutVendor.Count > 0)
            {
                await cli.Err.WriteLineAsync($"Niet te vragen, want de leverancier is onbekend: {Names(open.WithoutVendor)}.");
            }

            if (open.SelfHosted.Count > 0)
            {
                await cli.Err.WriteLineAsync($"Niet gevraagd, want zelf gehost (waar, bepaalt wie het draait): {Names(open.SelfHosted)}.");
            }

            return RegieCli.Ok;
        });
        return command;
    }

    /// <summary>
    /// One file per vendor in the folder, named as the download for that vendor is, each with only the questions about the
    /// vendor's own products; every file reads back with `regie catalog answers` as the whole file does.
    /// </summary>
    /// <remarks>
    /// Only into a new or empty folder: a file left from an earlier run (another format, a vendor that has answered since)
    /// would otherwise go out with the new ones.
    /// </remarks>
    private static async Task WritePerVendorAsync(CliContext cli, CatalogQuestions open, string folder, ExportFormat format, CultureInfo culture, CancellationToken ct)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var vendors = open.PerVendor();
        if (vendors.Count == 0)
        {
            await cli.Out.WriteLineAsync("Geen open vragen; er is geen bestand geschreven.");
            return;
        }

        try
        {
            if (File.Exists(folder))
            {
                throw new UserError($"--per-vendor: '{folder}' is een bestand, geen map.");
            }

            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                throw new UserError($"--per-vendor: de map '{folder}' is niet leeg; kies een nieuwe of lege map, zodat er geen oud bestand met de nieuwe meegaat. Er is niets geschreven.");
            }

            Directory.CreateDirectory(folder);
            var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var vendor in vendors)
            {
                var table = vendor.Asked.Table(culture);
                var path = Path.Combine(folder, table.FileName(vendor.VendorId, cli.Today, english, TableFiles.Extension(format)));
                if (!written.Add(path))
                {
                    // File names shorten long ids; two vendors must never share a file.
                    throw new UserError($"--per-vendor: twee leveranciers zouden '{path}' delen; schrijf ze met --vendor apart.");
                }

                await File.WriteAllBytesAsync(path, TableFiles.Bytes(table, format, english), ct);
                await cli.Out.WriteLineAsync(
                    $"{vendor.VendorName}: {Plural.Count(vendor.Questions, "vraag", "vragen", ReasonText.Dutch)} over {string.Join(", ", vendor.Products)} → {path}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The system's message is English; the user reads Dutch, so the common causes are named here.
            throw new UserError($"Kan niet in '{folder}' (--per-vendor) schrijven: " + e switch
            {
                UnauthorizedAccessException => "geen toestemming.",
                FileNotFoundException or DirectoryNotFoundException => "de map bestaat niet en kan hier niet worden gemaakt.",
                ArgumentException => "dat is geen geldige map.",
                _ => "het schrijven mislukte (schijf vol of de map is in gebruik?).",
            });
        }
    }

    public static Command Answers(CliContext cli)
    {
        var file = new Argument<string>("BESTAND") { Description = "Het ingevulde bestand van 'regie catalog questions' (CSV of JSON, de kolommen van 'regie sector answers import')." };
        var apply = new Option<bool>("--apply") { Description = "Schrijf de antwoorden in products.yaml (alleen als de catalogus daarna nog door lint komt); zonder: alleen tonen." };
        var command = new Command("answers",
            "Lees antwoorden van leveranciers op de vragen van de catalogus en vul er de onbekende feiten mee (confidence: stated).") { file, apply };
        command.SetAction(async (parse, ct) =>
        {
            var (name, read) = await SectorCommand.ReadAnswerFileAsync(parse.GetValue(file)!);
            if (read.FileErrors.Count > 0 || read.FieldErrors.Count > 0)
            {
                throw new UserError("Er is niets veranderd.\n" + string.Join("\n",
                    read.FileErrors.Concat(read.FieldErrors.Select(e => $"{name}: rij {e.Row}, veld '{e.Field}': {e.Message}"))));
            }

            // The catalog may carry a vendor's answer that ran out (lint's complaint); a newer answer renews it, and only the lint of
            // the changed copy decides (Write). A folder that does not load at all is refused here.
            var folder = cli.DataFolder(parse);
            var (knowledge, _, issues) = CatalogCommand.LintFolder(folder);
            if (knowledge is null)
            {
                throw new UserError($"De catalogus in {folder} heeft al fouten; los die eerst op ('regie catalog lint'). Er is niets veranderd.\n" + string.Join("\n", issues));
            }

            var answers = CatalogAnswers.Read(knowledge.Catalog, read.Rows, cli.Today);
            if (answers.Errors.Count > 0)
            {
                throw new UserError("Er is niets veranderd.\n" + string.Join("\n", answers.Errors.Select(e =>
                    $"{name}: {(e.Row is { } row ? $"rij {row}, " : "")}veld '{e.Field}': {ReasonText.Render(e.Problem)}")));
            }

            foreach (var fact in answers.Facts)
            {
                await cli.Out.WriteLineAsync($"rij {fact.Row}: {fact.Question.Id} = {fact.Value} (antwoord van {fact.Question.VendorName}, {fact.AnsweredOn:yyyy-MM-dd})" +
                    (fact.NewOwnProvider is { } p ? $"; nieuwe hostingpartij {p.Id}" : ""));
            }

            foreach (var skip in answers.Skipped)
            {
                await cli.Out.WriteLineAsync($"rij {skip.Row}: {skip.Question} overgeslagen: {ReasonText.Render(skip.Why)}");
            }

            if (!parse.GetValue(apply) || answers.Facts.Count == 0)
            {
                await cli.Out.WriteLineAsync(answers.Facts.Count == 0
                    ? "Geen antwoord vult een gat; er is niets veranderd."
                    : $"Niets geschreven. Met --apply komen deze {Plural.Count(answers.Facts.Count, "feit", "feiten", ReasonText.Dutch)} in products.yaml.");
                return RegieCli.Ok;
            }

            var before = CatalogFigures.Measure(knowledge);
            var after = Write(folder, answers.Facts, issues);
            await cli.Out.WriteLineAsync($"{Plural.Count(answers.Facts.Count, "feit", "feiten", ReasonText.Dutch)} geschreven in {Path.Combine(folder, "catalog", "products.yaml")}.");
            await cli.Out.WriteLineAsync(Known("alle producten", before.Products, after.Products));
            if (before.MostUsedProducts is { } used && after.MostUsedProducts is { } usedAfter)
            {
                await cli.Out.WriteLineAsync(Known("de meest gebruikte", used, usedAfter));
            }

            return RegieCli.Ok;
        });
        return command;
    }

    /// <summary>
    /// Writes the answers into a copy of the data folder first and lints that copy; only a copy without issues replaces the
    /// catalog's files, each through a file beside it, so a failure leaves the curator's files as they were.
    /// </summary>
    private static CatalogFigures Write(string folder, IReadOnlyList<CatalogFactAnswer> facts, IReadOnlyList<DataIssue> issuesBefore)
    {
        var productsPath = Path.Combine(folder, "catalog", "products.yaml");
        var providersPath = Path.Combine(folder, "catalog", "providers.yaml");
        var (products, providers, problems) = CatalogFactLines.Apply(File.ReadAllText(productsPath), File.ReadAllText(providersPath), facts);
        if (problems.Count > 0)
        {
            throw new UserError("Er is niets veranderd.\n" + string.Join("\n", problems.Select(p => ReasonText.Render(p))));
        }

        var copy = Directory.CreateTempSubdirectory("regie-catalog-answers-");
        try
        {
            DataFolder.Copy(folder, copy.FullName);
            File.WriteAllText(Path.Combine(copy.FullName, "catalog", "products.yaml"), products);
            File.WriteAllText(Path.Combine(copy.FullName, "catalog", "providers.yaml"), providers);
            var (knowledge, _, issues) = CatalogCommand.LintFolder(copy.FullName, keepParsedFiles: false);
            if (knowledge is null || issues.Count > 0)
            {
                // Issues the catalog had before these answers are the curator's to solve first; the others come from the answers.
                var before = issuesBefore.Select(i => i.ToString()).ToHashSet(StringComparer.Ordinal);
                var old = issues.Where(i => before.Contains(i.ToString())).ToList();
                throw new UserError(old.Count == issues.Count
                    ? $"De catalogus in {folder} heeft al fouten; los die eerst op ('regie catalog lint'). Er is niets veranderd.\n" + string.Join("\n", issues)
                    : "Er is niets veranderd: met deze antwoorden komt de catalogus niet door lint.\n" + string.Join("\n", issues));
            }

            Replace(productsPath, products);
            Replace(providersPath, providers);
            return CatalogFigures.Measure(knowledge);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static void Replace(string path, string text)
    {
        var beside = path + ".new";
        File.WriteAllText(beside, text);
        File.Move(beside, path, overwrite: true);
    }

    private static string Known(string which, IReadOnlyList<UnknownShare> before, IReadOnlyList<UnknownShare> after) =>
        $"Alle drie bekend over {which}: {CatalogFigures.AllThreeKnown(before).Known} → {CatalogFigures.AllThreeKnown(after).Known} van {CatalogFigures.AllThreeKnown(after).Total}.";

    private static string Names(IReadOnlyList<Product> products) => string.Join(", ", products.Select(p => p.Name));
}
