using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Data;
using Regie.Discovery.Dns;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie discover DOMAIN... [--file FILE]`: reads each domain's DNS and shows which providers deliver its mail, identity,
/// devices, collaboration and DNS, with the records that prove it. For a sector: bounded concurrency, a rate cap, a
/// checkpoint to resume from and a summary of shares per provider.
/// </summary>
internal static class DiscoverCommand
{
    public static Command Create(CliContext cli)
    {
        var domains = new Argument<string[]>("DOMEIN") { Description = "Domeinnamen, bijvoorbeeld school.nl.", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<FileInfo?>("--file") { Description = "Bestand met één domein per regel, of een CSV met een kolom 'domain'.", HelpName = "BESTAND" };
        var nameserver = new Option<string?>("--nameserver") { Description = "Vraag deze nameserver (IP[:poort]) in plaats van de resolvers van de computer.", HelpName = "HOST[:POORT]" };
        var format = new Option<string>("--format") { Description = "Uitvoer: table, json of csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var concurrency = new Option<int>("--concurrency") { Description = "Zoveel domeinen tegelijk.", DefaultValueFactory = _ => 16, HelpName = "N" };
        var rate = new Option<double>("--rate") { Description = "Hoogstens zoveel DNS-vragen per seconde aan de nameserver (0: geen grens).", DefaultValueFactory = _ => 0, HelpName = "N" };
        var timeout = new Option<double>("--timeout") { Description = "Seconden wachten op een antwoord.", DefaultValueFactory = _ => 2, HelpName = "SECONDEN" };
        var retries = new Option<int>("--retries") { Description = "Zo vaak opnieuw na een time-out of SERVFAIL (met oplopende wachttijd).", DefaultValueFactory = _ => 1, HelpName = "N" };
        var checkpoint = new Option<FileInfo?>("--checkpoint") { Description = "JSON-regelbestand met afgeronde domeinen; een onderbroken run gaat hier verder.", HelpName = "BESTAND" };
        var summary = new Option<bool>("--summary") { Description = "Toon het aandeel per mail-, identiteits- en DNS-aanbieder (bij csv: alleen de samenvatting)." };
        var quiet = new Option<bool>("--quiet") { Description = "Geen voortgangsbalk." };
        var language = CliLanguage.Create("Taal van de opmerkingen, en de getalnotatie in de tabel: nl of en.");
        var ranges = new Option<bool>("--ranges")
        {
            Description = "Benoem ook het netwerk achter de website en een onbekende mailserver, met de IP-reeksen uit de database ('regie ranges import').",
        };

        var command = new Command("discover", "Ontdek via DNS welke aanbieders een domein gebruikt (mail, identiteit, beheer, DNS).")
        {
            domains, file, nameserver, format, concurrency, rate, timeout, retries, checkpoint, summary, quiet, ranges, language,
        };
        command.SetAction(async (parse, ct) =>
        {
            var list = new List<string>(parse.GetValue(domains) ?? []);
            if (parse.GetValue(file) is { } input)
            {
                list.AddRange(await ReadDomainsAsync(input, ct));
            }

            list = [.. list.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
            if (list.Count == 0)
            {
                throw UserError.Usage("Geef een of meer domeinen, of een bestand met --file.");
            }

            var options = new DnsDiscoveryOptions
            {
                Nameserver = ParseNameserver(parse.GetValue(nameserver)),
                Concurrency = Positive(parse.GetValue(concurrency), "--concurrency"),
                RatePerSecond = NotNegative(parse.GetValue(rate), "--rate"),
                Timeout = TimeSpan.FromSeconds(Positive(parse.GetValue(timeout), "--timeout")),
                Retries = (int)NotNegative(parse.GetValue(retries), "--retries"),
            };
            if (parse.GetValue(ranges))
            {
                await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct);
                options = options with { Ranges = await RangeSets.LoadTableAsync(db, ct), Catalog = (await cli.LoadKnowledgeAsync(parse)).Catalog };
            }

            var signatures = SignatureLoader.Load(cli.DataFolder(parse));
            var discoverer = new DnsDiscoverer(signatures, options);

            using var saved = parse.GetValue(checkpoint) is { } path ? OpenCheckpoint(path) : null;
            var done = (saved?.Finished ?? []).GroupBy(d => d.Domain, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
            var todo = list.Where(d => !done.ContainsKey(DnsDiscoverer.Normalise(d) ?? d)).ToList();
            if (done.Count > 0 && !parse.GetValue(quiet))
            {
                await cli.Err.WriteLineAsync($"Checkpoint: {Plural.Count(list.Count - todo.Count, "domein", "domeinen")} al gedaan, {todo.Count} te gaan.");
            }

            var results = await RunAsync(cli, discoverer, todo, saved, parse.GetValue(quiet), ct);
            foreach (var result in results)
            {
                done[result.Domain] = result;
            }

            var ordered = list.Select(d => done.GetValueOrDefault(DnsDiscoverer.Normalise(d) ?? d) ?? done[d]).ToList();
            await WriteAsync(cli, ordered, parse.GetValue(format)!, parse.GetValue(summary), CliLanguage.Culture(parse, language));
            return RegieCli.Ok;
        });
        return command;
    }

    private static async Task<IReadOnlyList<DomainDiscovery>> RunAsync(
        CliContext cli, DnsDiscoverer discoverer, List<string> todo, DiscoveryCheckpoint? saved, bool quiet, CancellationToken ct)
    {
        async ValueTask Save(DomainDiscovery d, CancellationToken token)
        {
            if (saved is not null)
            {
                await saved.AppendAsync(d, token);
            }
        }

        if (quiet || todo.Count < 2 || !cli.Progress.Profile.Capabilities.Interactive)
        {
            return await discoverer.DiscoverManyAsync(todo, Save, ct);
        }

        IReadOnlyList<DomainDiscovery> results = [];
        await cli.Progress.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("Domeinen ontdekken", maxValue: todo.Count);
            results = await discoverer.DiscoverManyAsync(todo, async (d, token) => { await Save(d, token); task.Increment(1); }, ct);
        });
        return results;
    }

    /// <summary>
    /// Notes in the reader's language everywhere; numbers in the reader's culture in the table, invariant in JSON and CSV
    /// (formats for machines).
    /// </summary>
    private static async Task WriteAsync(CliContext cli, IReadOnlyList<DomainDiscovery> results, string format, bool withSummary, CultureInfo culture)
    {
        var summary = DiscoverySummary.Of(results);
        switch (format)
        {
            case "json":
                await Output.WriteJsonAsync(cli.Out, new
                {
                    Domains = results.Select(d => new
                    {
                        d.Domain,
                        d.Outcome,
                        Notes = d.Notes.Select(n => ReasonDocument.From(n, culture)),
                        Findings = d.Findings.Select(f => new
                        {
                            Provider = f.ProviderId,
                            f.ProviderName,
                            Product = f.ProductId,
                            Service = f.ServiceName,
                            f.Area,
                            f.Jurisdiction,
                            f.Confidence,
                            f.Rule,
                            f.Evidence,
                        }),
                    }),
                    Summary = summary,
                });
                break;
            case "csv" when withSummary:
                Output.WriteCsv(cli.Out, ["area", "provider", "providerName", "domains", "share"],
                    SummaryRows(summary).Select(r => new object?[] { r.Area, r.Share.ProviderId, r.Share.ProviderName, r.Share.Domains, Share(r.Share.Share, CultureInfo.InvariantCulture) }));
                break;
            case "csv":
                Output.WriteCsv(cli.Out, ["domain", "outcome", "area", "provider", "product", "service", "jurisdiction", "confidence", "rule", "evidence"],
                    results.SelectMany(d => d.Findings.Count == 0
                        ? [new object?[] { d.Domain, d.Outcome, null, null, null, null, null, null, null, string.Join(" | ", d.Notes.Select(n => ReasonText.Render(n, culture))) }]
                        : d.Findings.Select(f => new object?[]
                        {
                            d.Domain, d.Outcome, f.Area, f.ProviderId, f.ProductId, f.ServiceName, f.Jurisdiction,
                            f.Confidence.ToString("0.00", CultureInfo.InvariantCulture), f.Rule,
                            string.Join(" | ", f.Evidence.Select(e => $"{e.RecordType} {e.Name} {e.Value}")),
                        })));
                break;
            default:
                WriteTable(cli, results, culture);
                if (withSummary)
                {
                    WriteSummary(cli, summary, culture);
                }

                break;
        }
    }

    private static void WriteTable(CliContext cli, IReadOnlyList<DomainDiscovery> results, CultureInfo culture)
    {
        string Notes(DomainDiscovery d) => Markup.Escape(string.Join("; ", d.Notes.Select(n => ReasonText.Render(n, culture))));

        var table = new Table().AddColumns("Domein", "Gebied", "Aanbieder", "Dienst", "Land", "Zekerheid", "Regel", "Bewijs");
        foreach (var d in results)
        {
            if (d.Findings.Count == 0)
            {
                table.AddRow(Markup.Escape(d.Domain), OutcomeText(d.Outcome), "", "", "", "", "", Notes(d));
            }

            foreach (var f in d.Findings)
            {
                table.AddRow(Markup.Escape(d.Domain), f.Area.ToString(), Markup.Escape(f.ProviderName), Markup.Escape(f.ServiceName), f.Jurisdiction ?? "?",
                    f.Confidence.ToString("0.00", culture), f.Rule,
                    Markup.Escape(string.Join("\n", f.Evidence.Take(3).Select(e => $"{e.RecordType} {e.Name} → {Abridge(e.Value)}"))));
            }

            if (d.Findings.Count > 0 && d.Notes.Count > 0)
            {
                table.AddRow(Markup.Escape(d.Domain), "opmerking", "", "", "", "", "", Notes(d));
            }
        }

        cli.Console.Write(table);
    }

    private static void WriteSummary(CliContext cli, DiscoverySummary summary, CultureInfo culture)
    {
        cli.Console.WriteLine($"{Plural.Count(summary.Domains, "domein", "domeinen")}, {summary.Resolved} beantwoord"
            + string.Concat(summary.Outcomes.Where(o => o.Key != DomainOutcome.Resolved).Select(o => $", {o.Value} {OutcomeText(o.Key)}")));
        var table = new Table().AddColumns("Gebied", "Aanbieder", "Domeinen", "Aandeel");
        foreach (var (area, share) in SummaryRows(summary))
        {
            table.AddRow(area, Markup.Escape(share.ProviderName), share.Domains.ToString(culture), Share(share.Share, culture));
        }

        cli.Console.Write(table);
    }

    private static IEnumerable<(string Area, ProviderShare Share)> SummaryRows(DiscoverySummary s) =>
        s.Mail.Select(x => ("mail", x)).Concat(s.MailGateways.Select(x => ("mailfilter", x)))
            .Concat(s.Identity.Select(x => ("identiteit", x))).Concat(s.DnsHosting.Select(x => ("dns", x)));

    private static string Share(double share, CultureInfo culture) => share.ToString("0.0%", culture);

    private static string OutcomeText(DomainOutcome outcome) => outcome switch
    {
        DomainOutcome.NotFound => "bestaat niet",
        DomainOutcome.ServerFailure => "serverfout",
        DomainOutcome.TimedOut => "geen antwoord",
        DomainOutcome.Invalid => "ongeldige naam",
        _ => "beantwoord",
    };

    private static string Abridge(string value) => value.Length > 60 ? value[..57] + "…" : value;

    internal static IPEndPoint? ParseNameserver(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return DnsDiscoveryOptions.ParseNameserver(text);
        }
        catch (FormatException e)
        {
            throw UserError.Usage($"--nameserver: {e.Message}");
        }
    }

    internal static T Positive<T>(T value, string option) where T : System.Numerics.INumber<T> =>
        value > T.Zero ? value : throw UserError.Usage($"{option} moet groter dan 0 zijn.");

    internal static T NotNegative<T>(T value, string option) where T : System.Numerics.INumber<T> =>
        value >= T.Zero ? value : throw UserError.Usage($"{option} mag niet negatief zijn.");

    private static DiscoveryCheckpoint OpenCheckpoint(FileInfo path)
    {
        try
        {
            return DiscoveryCheckpoint.Open(path.FullName);
        }
        catch (InvalidDataException e)
        {
            throw new UserError($"Checkpoint: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"Checkpoint '{path.FullName}' is niet te openen: {e.Message}");
        }
    }

    /// <summary>One domain per line, or a CSV whose header has a `domain` column (comma or semicolon separated).</summary>
    private static async Task<List<string>> ReadDomainsAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new UserError($"Het bestand '{file.FullName}' bestaat niet.");
        }

        var lines = await File.ReadAllLinesAsync(file.FullName, ct);
        var first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
        var separator = first.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = first.Split(separator).Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToList();
        var column = header.IndexOf("domain") is >= 0 and var i ? i : header.IndexOf("domein");
        if (column < 0 && header.Count > 1)
        {
            throw new UserError($"{file.FullName}: regel 1: een CSV-bestand heeft een kolom 'domain' nodig (gevonden: {string.Join(", ", header)}).");
        }

        var domains = new List<string>();
        var start = column >= 0 ? Array.IndexOf(lines, first) + 1 : 0;
        for (var n = start; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = column >= 0 ? line.Split(separator) : [line];
            if (column >= cells.Length)
            {
                throw new UserError($"{file.FullName}: regel {n + 1}: kolom 'domain' ontbreekt.");
            }

            domains.Add(cells[Math.Max(column, 0)].Trim().Trim('"'));
        }

        return domains;
    }
}
