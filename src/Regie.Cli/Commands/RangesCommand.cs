using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Ranges;
using Regie.Data;
using Regie.Discovery.Ranges;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>`regie ranges import|lookup|list`: the IP ranges providers publish, to say whose network an address is in.</summary>
internal static class RangesCommand
{
    private const string NoProvider = "geen provider gevonden";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliContext cli) =>
        new("ranges", "IP-reeksen van cloud- en netwerkproviders: importeer hun gepubliceerde bestanden en zoek op bij wie een adres hoort.")
        {
            Import(cli), Lookup(cli), List(cli),
        };

    private static Command Import(CliContext cli)
    {
        var files = new Argument<string[]>("BESTAND")
        {
            Description = "Het gedownloade bestand van de provider; meer bestanden (zoals IPv4 en IPv6 apart) worden samen één set.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = $"Soort bestand: {string.Join(", ", RangeFileParser.FormatNames)}.",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. RangeFileParser.FormatNames]);
        var provider = new Option<string>("--provider")
        {
            Description = "Naam van de provider, bijvoorbeeld \"Amazon Web Services\". Een nieuwe import voor dezelfde naam vervangt de vorige.",
            Required = true,
            HelpName = "NAAM",
        };
        var command = new Command("import", "Importeer het IP-reeksenbestand van één provider (alles of niets).") { files, format, provider };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(files)!;
            var providerName = parse.GetValue(provider)!.Trim();
            if (providerName.Length == 0)
            {
                throw UserError.Usage("--provider mag niet leeg zijn.");
            }

            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                throw new UserError($"Het bestand '{missing}' bestaat niet.");
            }

            RangeFileParser.TryParseFormat(parse.GetValue(format), out var kind);
            IpRangeSet set;
            try
            {
                set = await cli.StatusAsync("IP-reeksen lezen…", () =>
                    Task.FromResult(RangeFileParser.Read(paths, kind, providerName, TimeProvider.System.GetUtcNow())));
            }
            catch (RangeFileException e)
            {
                foreach (var error in e.Errors)
                {
                    await cli.Err.WriteLineAsync(error);
                }

                await cli.Err.WriteLineAsync($"Niets geïmporteerd uit {string.Join(", ", paths.Select(Path.GetFileName))}. Verbeter het bestand (of kies het juiste --format) en importeer opnieuw.");
                return RegieCli.BadInput;
            }

            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct);
            var replaced = await cli.StatusAsync($"{Plural.Count(set.Ranges.Count, "reeks", "reeksen")} opslaan…", () => RangeSets.ReplaceAsync(db, set, ct));
            var (v4, v6) = (set.Ranges.Count(r => !r.Prefix.IsV6), set.Ranges.Count(r => r.Prefix.IsV6));
            await cli.Out.WriteLineAsync(
                $"{set.Source.Provider}: {Plural.Count(set.Ranges.Count, "reeks", "reeksen")} ({v4} IPv4, {v6} IPv6) geïmporteerd uit {set.Source.SourceFile}"
                + (set.Source.SyncToken is { } token ? $", versie {token}" : "")
                + (replaced ? "; de vorige set van deze provider is vervangen." : "."));
            return RegieCli.Ok;
        });
        return command;
    }

    private static Command Lookup(CliContext cli)
    {
        var addresses = new Argument<string[]>("IP") { Description = "Een of meer IPv4- of IPv6-adressen.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Uitvoer: table, json of csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("lookup", "Zoek bij welke provider, dienst en regio een IP-adres hoort (de meest specifieke reeks wint).") { addresses, format };
        command.SetAction(async (parse, ct) =>
        {
            var parsed = new List<(string Text, IPAddress Address)>();
            foreach (var text in parse.GetValue(addresses)!)
            {
                if (!IpPrefix.TryParseAddress(text.Trim(), out var isV6, out var number))
                {
                    throw UserError.Usage($"'{text}' is geen IPv4- of IPv6-adres.");
                }

                parsed.Add((text.Trim(), IpPrefix.ToAddress(isV6, number)));
            }

            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct);
            var table = await cli.StatusAsync("IP-reeksen laden…", () => RangeSets.LoadTableAsync(db, ct));
            if (table.Sets.Count == 0)
            {
                await cli.Err.WriteLineAsync("Er zijn nog geen IP-reeksen geïmporteerd. Zie: regie ranges import --help");
            }

            var results = parsed.Select(p => (p.Text, Match: table.Lookup(p.Address))).ToList();
            switch (parse.GetValue(format))
            {
                case "json":
                    await cli.Out.WriteLineAsync(JsonSerializer.Serialize(results.Select(r => new
                    {
                        Address = r.Text,
                        Found = r.Match is not null,
                        r.Match?.Provider,
                        r.Match?.Service,
                        r.Match?.Region,
                        Prefix = r.Match?.Prefix.ToString(),
                        r.Match?.Source.SourceFile,
                        r.Match?.Source.SyncToken,
                        r.Match?.Source.ImportedAt,
                    }), Json));
                    break;
                case "csv":
                    await cli.Out.WriteLineAsync("adres,provider,dienst,regio,reeks,bronbestand,versie,geimporteerd");
                    foreach (var (text, match) in results)
                    {
                        await cli.Out.WriteLineAsync(string.Join(',',
                            Csv(text), Csv(match?.Provider ?? NoProvider), Csv(match?.Service), Csv(match?.Region), Csv(match?.Prefix.ToString()),
                            Csv(match?.Source.SourceFile), Csv(match?.Source.SyncToken), Csv(match is null ? null : Date(match.Source.ImportedAt))));
                    }

                    break;
                default:
                    var grid = new Table();
                    foreach (var header in new[] { "Adres", "Provider", "Dienst", "Regio", "Reeks", "Bron" })
                    {
                        grid.AddColumn(header);
                    }

                    foreach (var (text, match) in results)
                    {
                        grid.AddRow(
                            new Text(text), new Text(match?.Provider ?? NoProvider), new Text(match?.Service ?? "-"), new Text(match?.Region ?? "-"),
                            new Text(match?.Prefix.ToString() ?? "-"), new Text(match is null ? "-" : Source(match.Source)));
                    }

                    cli.Console.Write(grid);
                    break;
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static Command List(CliContext cli)
    {
        var command = new Command("list", "Toon de geïmporteerde IP-reeksensets met aantallen, versie en importdatum.");
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct);
            var sets = await RangeSets.ListAsync(db, ct);
            if (sets.Count == 0)
            {
                await cli.Out.WriteLineAsync("Er zijn nog geen IP-reeksen geïmporteerd. Zie: regie ranges import --help");
                return RegieCli.Ok;
            }

            var grid = new Table();
            foreach (var header in new[] { "Provider", "Formaat", "Reeksen", "Bronbestand", "Versie", "Geïmporteerd" })
            {
                grid.AddColumn(header);
            }

            foreach (var set in sets)
            {
                grid.AddRow(
                    new Text(set.Provider), new Text(set.Format), new Text(set.PrefixCount.ToString(ReasonText.Dutch)),
                    new Text(set.SourceFile), new Text(set.SyncToken ?? "-"), new Text(Date(set.ImportedAt)));
            }

            cli.Console.Write(grid);
            return RegieCli.Ok;
        });
        return command;
    }


    private static string Source(RangeSetSource source) =>
        $"{source.SourceFile}{(source.SyncToken is { } token ? $" versie {token}" : "")}, geïmporteerd {Date(source.ImportedAt)}";

    private static string Date(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Csv(string? value) => SpreadsheetCell.Text(value) is var text && text.IndexOfAny([',', '"', '\n', '\r']) >= 0
        ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : text;
}
