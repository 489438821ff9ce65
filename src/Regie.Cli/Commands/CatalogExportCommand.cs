using System.CommandLine;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie catalog export`: the whole catalog as open data. JSON keeps every fact with its source, date and confidence;
/// CSV gives one row a product with the main facts and their sources, for a spreadsheet.
/// </summary>
internal static class CatalogExportCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format")
        {
            Description = "json (alles, met bronnen) of csv (één regel per product).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string>("--output") { Description = "Schrijf naar dit bestand in plaats van naar de uitvoer.", HelpName = "BESTAND" };
        var export = new Command("export", "Exporteer de catalogus als open data (JSON of CSV), met bron, datum en zekerheid van elk feit.") { format, output };
        export.SetAction(async (parse, ct) =>
        {
            var catalog = (await cli.LoadKnowledgeAsync(parse)).Catalog;
            var path = parse.GetValue(output);
            await using var file = path is null ? null : OpenFile(path);
            var writer = file ?? cli.Out;
            if (parse.GetValue(format) == "csv")
            {
                WriteCsv(writer, catalog);
            }
            else
            {
                await Output.WriteJsonAsync(writer, ToOpenData(catalog));
            }

            if (path is not null)
            {
                await cli.Err.WriteLineAsync($"Catalogus {catalog.Version} geschreven naar {Path.GetFullPath(path)}.");
            }

            return RegieCli.Ok;
        });
        return export;
    }

    private static StreamWriter OpenFile(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new UserError($"Kan '{path}' (--output) niet schrijven: {e.Message}");
        }
    }

    /// <summary>The shape of the JSON export; companies carry their ultimate parent so readers need not walk the chain.</summary>
    public static object ToOpenData(KnowledgeCatalog catalog) => new
    {
        catalog.Version,
        catalog.Released,
        Licence = "see data/catalog/catalog.yaml",
        Countries = catalog.Countries,
        Companies = catalog.Companies.Select(c =>
        {
            var chain = OwnershipChain.Resolve(catalog, c.Id);
            return new
            {
                c.Id,
                c.Name,
                c.Kind,
                c.Country,
                c.Parent,
                UltimateParent = chain.UltimateParent?.Id,
                UltimateParentCountry = chain.UltimateParent?.Country.Value,
            };
        }),
        Providers = catalog.Providers,
        Categories = catalog.Categories,
        Standards = catalog.Standards,
        Products = catalog.Products,
        Alternatives = catalog.Alternatives,
    };

    /// <summary>The open-data columns; the name stays language-free, its variant (which form of the product) follows in both languages.</summary>
    private static readonly string[] CsvHeader =
    [
        "id", "name", "variant_nl", "variant_en", "category", "vendor", "vendor_source", "vendor_confidence", "ultimate_parent", "ultimate_parent_country",
        "hosting_provider", "hosting_provider_source", "data_location", "data_location_source", "open_source", "open_source_source",
        "privacy_covenant", "privacy_covenant_source", "edu_v", "edu_v_source", "ai_model_provider", "ai_model_provider_source",
        "standards", "standards_source", "alternatives", "checked",
    ];

    private static void WriteCsv(TextWriter writer, KnowledgeCatalog catalog) =>
        Output.WriteCsv(writer, CsvHeader, catalog.Products.Select(p =>
        {
            var parent = OwnershipChain.Resolve(catalog, p.Vendor.Value).UltimateParent;
            var dates = new[] { p.Vendor.Checked, p.HostingProvider.Checked, p.DataLocation.Checked, p.OpenSource.Checked }.Where(d => d is not null);
            return new object?[]
            {
                p.Id, p.Name, p.Variant?.Nl, p.Variant?.En, p.Category, Value(p.Vendor.Value, p.Vendor), p.Vendor.Source, Word(p.Vendor.Confidence), parent?.Id, parent?.Country.Value,
                Value(p.HostingProvider.Value, p.HostingProvider), p.HostingProvider.Source,
                Value(p.DataLocation.IsKnown ? Word(p.DataLocation.Value) : null, p.DataLocation), p.DataLocation.Source,
                Value(Word(p.OpenSource.Value), p.OpenSource), p.OpenSource.Source,
                Value(Word(p.PrivacyCovenant.Value), p.PrivacyCovenant), p.PrivacyCovenant.Source,
                Value(Word(p.EduV.Value), p.EduV), p.EduV.Source,
                Value(p.AiModelProvider.Value, p.AiModelProvider), p.AiModelProvider.Source,
                p.Standards.Value is { } standards ? string.Join(";", standards) : "unknown", p.Standards.Source,
                string.Join(";", catalog.AlternativesFor(p.Id).Select(a => a.Id)),
                dates.Max()?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
        }));

    private static string Value<T>(string? text, Fact<T> fact) => fact.IsKnown && text is not null ? text : "unknown";

    /// <summary>The same kebab-case words the YAML and JSON use (eu-only, yes, confirmed).</summary>
    private static string Word<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
