using System.CommandLine;
using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Cli.Commands;

/// <summary>`regie catalog lint`: checks the data folder the way loading does, and lists every issue so a curator can fix them all.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext cli)
    {
        var language = CliLanguage.Create("Taal van de cijfers over wat onbekend is: nl of en.");
        var lint = new Command("lint", "Controleer de catalogus, processen, gegevenscategorieën en het model (bron, datum, verwijzingen), met cijfers over wat onbekend is.") { language };
        lint.SetAction(async (parse, ct) =>
        {
            var folder = cli.DataFolder(parse);
            var (knowledge, signatures, issues) = await cli.StatusAsync("Gegevensbestanden controleren…", () => Task.FromResult(LintFolder(folder)));
            foreach (var issue in issues)
            {
                await cli.Out.WriteLineAsync(issue.ToString());
            }

            if (issues.Count > 0 || knowledge is null)
            {
                await cli.Err.WriteLineAsync($"{issues.Count} fout(en) in {folder}.");
                return RegieCli.BadInput;
            }

            var (catalog, model) = (knowledge.Catalog, knowledge.Model);
            await cli.Out.WriteLineAsync(
                $"Catalogus {catalog.Version} ({catalog.Released:yyyy-MM-dd}): {catalog.Countries.Count} landen, {catalog.Companies.Count} bedrijven, " +
                $"{catalog.Providers.Count} hostingpartijen, {catalog.Categories.Count} categorieën, {catalog.Products.Count} producten.");
            await cli.Out.WriteLineAsync(
                $"{knowledge.ProcessTemplates.Count} processen, {knowledge.DataCategories.Count} soorten persoonsgegevens. " +
                $"Model {model.Version}: {model.Objectives.Count} doelen, {model.Criteria.Count} criteria, {model.Profiles.Count} wegingsprofielen.");
            await cli.Out.WriteLineAsync($"DNS-signaturen: {signatures!.All.Count}.");
            await cli.Out.WriteLineAsync($"Geen fouten in {folder}.");
            foreach (var line in CatalogFiguresText.Lines(CatalogFigures.Measure(knowledge), CliLanguage.Culture(parse, language)))
            {
                await cli.Out.WriteLineAsync(line);
            }

            return RegieCli.Ok;
        });
        return new Command("catalog", "Werk met de kenniscatalogus.")
        {
            lint, CatalogExportCommand.Create(cli), CatalogQuestionsCommand.Questions(cli), CatalogQuestionsCommand.Answers(cli),
        };
    }

    /// <summary>
    /// The whole data folder as lint checks it: the knowledge, then the DNS signatures against its catalog; every issue of
    /// both. The parsed files are kept in the folder's own cache unless <paramref name="keepParsedFiles"/> is false (a
    /// temporary copy that is removed right after).
    /// </summary>
    internal static (RegieKnowledge? Knowledge, SignatureSet? Signatures, IReadOnlyList<DataIssue> Issues) LintFolder(string folder, bool keepParsedFiles = true)
    {
        var (knowledge, knowledgeIssues) = KnowledgeLoader.Lint(folder, keepParsedFiles ? DataFolder.ParsedFilesFolder(folder) : null);
        var (signatures, signatureIssues) = SignatureLoader.Lint(Path.Combine(folder, SignatureLoader.RelativePath), knowledge?.Catalog);
        return (knowledge, signatures, [.. knowledgeIssues, .. signatureIssues]);
    }
}
