using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Matching;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie catalog match [FILE]`: which catalog product each written name is, one row per name, no-matches included; an
/// unsure match names its candidate product and score but no catalog id.
/// </summary>
internal static class CatalogMatchCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Registers `match` under the `catalog` command, next to lint.</summary>
    public static void AddTo(RootCommand root, CliContext cli) =>
        root.Subcommands.Single(c => c.Name == "catalog").Subcommands.Add(Create(cli));

    public static Command Create(CliContext cli)
    {
        var file = new Argument<FileInfo?>("BESTAND")
        {
            Description = "Bestand met één naam per regel; zonder bestand leest Regie standaardinvoer.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "Uitvoer: csv of json.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");

        var match = new Command("match", "Herken catalogusproducten in namen zoals scholen ze schrijven (aliassen, domeinen, spelfouten).") { file, format };
        match.SetAction(async (parse, ct) =>
        {
            var matcher = (await cli.LoadKnowledgeAsync(parse)).Matcher;
            var names = await ReadNamesAsync(parse.GetValue(file), ct);
            var results = names.Select(matcher.Match).ToList();
            if (parse.GetValue(format) == "json")
            {
                await cli.Out.WriteLineAsync(JsonSerializer.Serialize(results.Select(r => new
                {
                    r.Input,
                    r.CatalogId,
                    r.ProductName,
                    r.VendorName,
                    r.Confidence,
                    Method = MethodName(r.Method),
                    r.Candidate,
                }), Json));
                return RegieCli.Ok;
            }

            await cli.Out.WriteLineAsync("input,catalogId,productName,vendorName,confidence,method,candidateId,candidateScore");
            foreach (var r in results)
            {
                await cli.Out.WriteLineAsync(string.Join(',',
                    Csv(r.Input), Csv(r.CatalogId), Csv(r.ProductName), Csv(r.VendorName),
                    r.Confidence.ToString("0.00", CultureInfo.InvariantCulture), MethodName(r.Method),
                    Csv(r.Candidate?.CatalogId), r.Candidate?.Score.ToString("0.00", CultureInfo.InvariantCulture) ?? ""));
            }

            return RegieCli.Ok;
        });
        return match;
    }

    private static async Task<List<string>> ReadNamesAsync(FileInfo? file, CancellationToken ct)
    {
        if (file is not null && !file.Exists)
        {
            throw new UserError($"Het bestand '{file.FullName}' bestaat niet.");
        }

        using var reader = file is null ? new StreamReader(Console.OpenStandardInput()) : file.OpenText();
        var names = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                names.Add(line.Trim());
            }
        }

        return names;
    }

    private static string MethodName(MatchMethod method) => method switch
    {
        MatchMethod.ExactAlias => "exact-alias",
        MatchMethod.Normalised => "normalised",
        MatchMethod.Domain => "domain",
        MatchMethod.Fuzzy => "fuzzy",
        MatchMethod.Unsure => "unsure",
        _ => "none",
    };

    private static string Csv(string? value) => SpreadsheetCell.Text(value) is var text && text.IndexOfAny([',', '"', '\n', '\r']) >= 0
        ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : text;
}
