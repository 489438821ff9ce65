using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Discovery.Dns;
using Regie.Discovery.Exporting;
using Regie.Discovery.Questionnaires;
using Regie.Discovery.Register;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie sector register|scan|summary`: the sector observatory (docs/SECTOR.md). DUO's open register in, every school's
/// and board's domain read through DNS discovery, and the share of schools, boards and pupils per provider out.
/// </summary>
internal static class SectorCommand
{
    /// <summary>Finished domains are stored this many at a time: a stopped scan loses at most one batch, which it does again.</summary>
    private const int Batch = 100;

    private const int ChangesShown = 40;

    public static Command Create(CliContext cli) =>
        new("sector", "De sector in beeld: het landelijke DUO-register, een DNS-scan van alle scholen en besturen, en de aandelen per aanbieder.")
        {
            Register(cli), Scan(cli), Summary(cli), Share(cli), Answers(cli),
        };

    /// <summary>The board's opt-in, the same operation as the web's /sharing (<see cref="BoardSharing"/>), audited with the command line's user.</summary>
    private static Command Share(CliContext cli)
    {
        var choice = new Argument<string>("on|off|status") { Description = "on: het landschap van het bestuur delen met de sector; off: niet meer delen; status: tonen." };
        choice.AcceptOnlyFromAmong("on", "off", "status");
        var number = new Option<string?>("--register-number") { Description = "Het bestuursnummer bij DUO (vijf cijfers); weggelaten blijft het zoals het was.", HelpName = "NUMMER" };
        var province = new Option<string?>("--province") { Description = "De provincie van het bestuur; weggelaten blijft ze zoals ze was.", HelpName = "PROVINCIE" };
        var answers = new Option<string?>("--vendor-answers")
        {
            Description = "on: ook de antwoorden van leveranciers over waar een catalogusproduct draait laten meetellen voor de catalogus (alleen terwijl het bestuur deelt; " +
                "zonder naam, alleen als minstens k besturen of de sector hetzelfde zeggen); off: niet. Weggelaten blijft het zoals het was.",
            HelpName = "on|off",
        };
        answers.AcceptOnlyFromAmong("on", "off");
        var command = new Command("share", "Deel het landschap van het bestuur met de sector (aan of uit, met bestuursnummer en provincie), of toon of het gedeeld wordt.")
        {
            choice, number, province, answers,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (cli.ServerAddress(parse) is not null)
            {
                throw UserError.Usage("regie sector share werkt nog niet met --server: gebruik op de server de pagina Delen met de sector (/sharing) of PUT /api/v1/board/sharing.");
            }

            await using var board = await cli.OpenBoardAsync(parse, ct);
            var organisation = await board.Db.Organisations.SingleAsync(o => o.Id == board.Organisation.Id, ct);
            var wanted = parse.GetValue(choice);
            if (wanted != "status")
            {
                var errors = await BoardSharing.SetAsync(board.Db, organisation.Id, wanted == "on",
                    parse.GetValue(number) ?? organisation.RegisterBoardNumber, parse.GetValue(province) ?? organisation.Province, cli.Time, ct,
                    parse.GetValue(answers) is { } vendorAnswers ? vendorAnswers == "on" : null);
                if (errors.Count > 0)
                {
                    throw new UserError("Er is niets opgeslagen.\n" + string.Join("\n", errors.Values.SelectMany(e => e)));
                }
            }

            await cli.Out.WriteLineAsync(organisation.SharesWithSector
                ? $"{organisation.Name} deelt zijn landschap met de sector."
                : $"{organisation.Name} deelt zijn landschap niet met de sector.");
            if (organisation.SharingChangedAt is { } at)
            {
                await cli.Out.WriteLineAsync($"Gewijzigd op {at.ToString("d MMMM yyyy HH:mm", CultureInfo.GetCultureInfo("nl-NL"))} (UTC).");
            }

            await cli.Out.WriteLineAsync($"Bestuursnummer (DUO): {organisation.RegisterBoardNumber ?? "onbekend"}; provincie: {organisation.Province ?? "onbekend"}.");
            await cli.Out.WriteLineAsync(organisation.SharesVendorAnswers
                ? "Antwoorden van leveranciers over waar catalogusproducten draaien tellen mee voor de catalogus" + (organisation.SharesWithSector ? "." : " zodra het bestuur deelt.")
                : "Antwoorden van leveranciers tellen niet mee voor de catalogus.");
            return RegieCli.Ok;
        });
        return command;
    }

    /// <summary>
    /// `regie sector answers import FILE`: many sector vendor answers at once, each checked as POST /api/v1/sector/answers
    /// checks one (<see cref="SectorAnswerRecords"/>), stored all or nothing and audited with the command line's user.
    /// </summary>
    private static Command Answers(CliContext cli)
    {
        var file = new Argument<string>("BESTAND") { Description = "CSV met kopregel (vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source) of een JSON-lijst zoals de API er één neemt." };
        var import = new Command("import", $"Importeer antwoorden van leveranciers voor de hele sector (alles of niets; hoogstens {SectorAnswerFile.MaxBytes / 1024 / 1024} MB en {SectorAnswerFile.MaxRows.ToString("N0", ReasonText.Dutch)} antwoorden).") { file };
        import.SetAction(async (parse, ct) =>
        {
            // With --server, RegieCli refuses before this runs: recording sector answers needs a system administrator, and no API token carries that role.
            var (name, read) = await ReadAnswerFileAsync(parse.GetValue(file)!);

            // Nothing to store: say what is wrong before opening the database.
            if (read.FileErrors.Count > 0)
            {
                throw new UserError("Er is niets opgeslagen.\n" + string.Join("\n", read.FileErrors));
            }

            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct, new SharedKnowledgeWriter(CliContext.Actor));
            var (_, errors) = await SectorAnswerRecords.ImportFileAsync(db, name, read, CliContext.Actor, cli.Time, ct);
            if (errors.Count > 0)
            {
                throw new UserError("Er is niets opgeslagen.\n" + string.Join("\n", errors));
            }

            await cli.Out.WriteLineAsync($"{name}: {Plural.Count(read.Rows.Count, "antwoord", "antwoorden", ReasonText.Dutch)} opgeslagen voor de sector; " +
                "ze worden aangeboden aan elk bestuur dat het product of de leverancier gebruikt.");
            return RegieCli.Ok;
        });
        return new Command("answers", "Antwoorden van leveranciers die voor de hele sector zijn ontvangen (bijvoorbeeld door SIVON).") { import, CollectForTheCatalog(cli) };
    }

    /// <summary>
    /// `regie sector answers collect`: what the sector heard from vendors about the catalog's open questions — the sector's own
    /// answers and those of boards that share with the sector, where they agree (<see cref="CatalogAnswersFromTheSector"/>) —
    /// as the file `regie catalog answers` reads into the next catalog release; what does not agree yet is listed, without boards.
    /// </summary>
    private static Command CollectForTheCatalog(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "csv (voor Excel) of json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--output") { Description = "Schrijf naar dit bestand in plaats van naar de uitvoer.", HelpName = "BESTAND" };
        var language = CliLanguage.Create("Taal van de vragen in het bestand: nl of en.");
        var k = new Option<int>("--k")
        {
            Description = $"Hoeveel besturen een antwoord dat alleen besturen gaven nodig heeft (de k van de sector, standaard {DisclosureRule.DefaultK}; minstens 2).",
            DefaultValueFactory = _ => DisclosureRule.DefaultK,
        };
        k.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 2)
            {
                result.AddError("--k: minstens 2, zodat geen antwoord van één bestuur alleen in de catalogus komt.");
            }
        });
        var command = new Command("collect",
            "Verzamel wat de sector en de besturen die delen (en daarvoor kozen) van leveranciers hoorden over de open vragen van de catalogus " +
            "(waar een product draait en gegevens bewaart), waar ze het eens zijn en een sectorantwoord of minstens k besturen het zeggen, " +
            "als bestand voor 'regie catalog answers'. Geen bestuur wordt genoemd.") { format, output, language, k };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            CatalogAnswersFromTheSector collected;
            await using (var db = await cli.OpenSharedKnowledgeAsync(parse, ct))
            {
                collected = await SectorAnswerRecords.ForTheCatalogAsync(db, knowledge.Catalog, cli.Today, parse.GetValue(k), ct);
            }

            var culture = CliLanguage.Culture(parse, language);
            var table = collected.Table(culture);
            var bytes = TableFiles.Bytes(table, parse.GetValue(format) == "json" ? ExportFormat.Json : ExportFormat.Csv, culture.TwoLetterISOLanguageName == "en");
            await ListOutput.WriteFileOrOutputAsync(cli, parse.GetValue(output), bytes, ct);

            var dutch = ReasonText.Dutch;
            await cli.Err.WriteLineAsync(
                $"{Plural.Count(collected.Answers.Count, "antwoord", "antwoorden", dutch)} over {Plural.Count(collected.ProductCount, "product", "producten", dutch)} " +
                "voor de catalogus; lees ze in met 'regie catalog answers BESTAND' (zonder --apply eerst kijken).");
            foreach (var (title, list) in new[]
                     {
                         ("Verschillende antwoorden, vraag de leverancier", collected.Different),
                         ($"Nog te weinig besturen (minstens {parse.GetValue(k)} zonder sectorantwoord)", collected.TooFewBoards),
                     })
            {
                if (list.Count > 0)
                {
                    await cli.Err.WriteLineAsync($"{title}:");
                    foreach (var unsettled in list)
                    {
                        await cli.Err.WriteLineAsync($"  {ReasonText.Render(unsettled.Described(knowledge.Catalog, parse.GetValue(k)), dutch)}");
                    }
                }
            }

            return RegieCli.Ok;
        });
        return command;
    }

    /// <summary>A file of vendor answers from disk, read with its bounds (`sector answers import`, `catalog answers`); its name for the messages.</summary>
    internal static async Task<(string Name, SectorAnswerFileContent Read)> ReadAnswerFileAsync(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserError($"Het bestand '{path}' bestaat niet.");
        }

        var name = Path.GetFileName(path);
        await using var stream = File.OpenRead(path);
        return (name, SectorAnswerFile.Read(stream, name, stream.Length));
    }

    private static Command Register(CliContext cli)
    {
        var files = new Argument<string[]>("BESTAND")
        {
            Description = "DUO-bestanden (besturen, hoofdvestigingen, alle vestigingen, leerlingen per vestiging); herkend aan hun kopregel. " +
                "Zet er 'vo=' (of po=, so=, mbo=) voor als de kopregel de sector niet zegt.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("register", "Importeer het landelijke register van DUO (alles of niets); een nieuwe import vervangt het vorige en toont wat veranderde.") { files };
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(files)!.Select(ParseFile).ToList();
            if (given.Select(f => f.Path).FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                throw new UserError($"Het bestand '{missing}' bestaat niet.");
            }

            var streams = given.Select(f => (File: f, Stream: (Stream)File.OpenRead(f.Path))).ToList();
            DuoRegisterRead read;
            try
            {
                read = DuoRegisterReader.Read([.. streams.Select(s => new DuoFile(Path.GetFileName(s.File.Path), s.Stream, s.File.Sector))]);
            }
            finally
            {
                streams.ForEach(s => s.Stream.Dispose());
            }

            if (!read.Succeeded)
            {
                throw new UserError("Het register is niet ingelezen; er is niets opgeslagen.\n" + string.Join("\n", read.Errors.Select(e => ReasonText.Render(e))));
            }

            var register = read.Register!;
            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct);
            var result = await db.ReplaceRegisterAsync(register, [.. given.Select(f => Path.GetFileName(f.Path))], cli.Time.GetUtcNow(), ct);
            var nl = ReasonText.Dutch;
            foreach (var file in read.Files)
            {
                await cli.Out.WriteLineAsync($"{file.Name}: {FileKindText(file.Kind)}, {Plural.Count(file.Rows, "regel", "regels", nl)}");
            }

            await cli.Out.WriteLineAsync(
                $"Register opgeslagen: {Plural.Count(register.Boards.Count, "bestuur", "besturen", nl)}, {Plural.Count(register.Schools.Count, "vestiging", "vestigingen", nl)} " +
                $"({register.Schools.Count(s => s.Pupils is not null).ToString(nl)} met leerlingaantal, {register.Schools.Sum(s => s.Pupils ?? 0).ToString("N0", nl)} leerlingen), " +
                $"{Plural.Count(RegisterDomains.Of(register).Count, "domein", "domeinen", nl)}.");
            if (read.PupilRowsWithoutSchool > 0)
            {
                await cli.Out.WriteLineAsync($"{Plural.Count(read.PupilRowsWithoutSchool, "leerlingenregel", "leerlingenregels", nl)} zonder vestiging in het register (gesloten of niet geïmporteerd).");
            }

            var changes = result.Changes;
            await cli.Out.WriteLineAsync(
                $"Veranderd: {changes.NewSchools} nieuw, {changes.ClosedSchools} verdwenen, {changes.Renamed} hernoemd, {changes.NewWebsites} nieuwe website; " +
                $"besturen {changes.NewBoards} nieuw, {changes.ClosedBoards} verdwenen.");
            foreach (var change in changes.Changes.Take(ChangesShown))
            {
                await cli.Out.WriteLineAsync("  " + ReasonText.Render(change));
            }

            if (changes.Changes.Count > ChangesShown)
            {
                await cli.Out.WriteLineAsync($"  … en {changes.Changes.Count - ChangesShown} meer.");
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static Command Scan(CliContext cli)
    {
        var nameserver = new Option<string?>("--nameserver") { Description = "Vraag deze nameserver (IP[:poort]) in plaats van de resolvers van de computer.", HelpName = "HOST[:POORT]" };
        var concurrency = new Option<int>("--concurrency") { Description = "Zoveel domeinen tegelijk.", DefaultValueFactory = _ => 16, HelpName = "N" };
        var rate = new Option<double>("--rate") { Description = "Hoogstens zoveel DNS-vragen per seconde (0: geen grens).", DefaultValueFactory = _ => 0, HelpName = "N" };
        var timeout = new Option<double>("--timeout") { Description = "Seconden wachten op een antwoord.", DefaultValueFactory = _ => 2, HelpName = "SECONDEN" };
        var retries = new Option<int>("--retries") { Description = "Zo vaak opnieuw na een time-out of SERVFAIL.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var quiet = new Option<bool>("--quiet") { Description = "Geen voortgangsbalk." };
        var ranges = new Option<bool>("--ranges") { Description = "Benoem ook de webhosting en een eigen mailserver met de IP-reeksen uit de database ('regie ranges import')." };
        var command = new Command("scan", "Lees via DNS de aanbieders van elk domein uit het register; een onderbroken scan gaat bij de volgende keer verder.")
        {
            nameserver, concurrency, rate, timeout, retries, quiet, ranges,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new DnsDiscoveryOptions
            {
                Nameserver = DiscoverCommand.ParseNameserver(parse.GetValue(nameserver)),
                Concurrency = DiscoverCommand.Positive(parse.GetValue(concurrency), "--concurrency"),
                RatePerSecond = DiscoverCommand.NotNegative(parse.GetValue(rate), "--rate"),
                Timeout = TimeSpan.FromSeconds(DiscoverCommand.Positive(parse.GetValue(timeout), "--timeout")),
                Retries = (int)DiscoverCommand.NotNegative(parse.GetValue(retries), "--retries"),
            };
            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct);
            if (parse.GetValue(ranges))
            {
                options = options with { Ranges = await RangeSets.LoadTableAsync(db, ct), Catalog = (await cli.LoadKnowledgeAsync(parse)).Catalog };
            }

            var domains = RegisterDomains.Of(await db.LoadRegisterAsync(ct));
            if (domains.Count == 0)
            {
                throw new UserError("Het register heeft geen domeinen: importeer eerst DUO's bestanden met 'regie sector register'.");
            }

            var (scan, done) = await db.StartOrResumeScanAsync(domains.Count, parse.GetValue(nameserver), cli.Time.GetUtcNow(), ct);
            var todo = domains.Where(d => !done.Contains(d)).ToList();
            var nl = ReasonText.Dutch;
            await cli.Err.WriteLineAsync(done.Count > 0
                ? $"Scan {Short(scan.Id)} gaat verder: {Plural.Count(done.Count, "domein", "domeinen", nl)} al gedaan, {todo.Count.ToString(nl)} te gaan."
                : $"Scan {Short(scan.Id)}: {Plural.Count(todo.Count, "domein", "domeinen", nl)}.");

            var discoverer = new DnsDiscoverer(SignatureLoader.Load(cli.DataFolder(parse)), options);
            // Read back from the discoverer, so the line says what the run really does, not what was typed.
            await cli.Err.WriteLineAsync($"{Plural.Count(discoverer.Concurrency, "domein", "domeinen", nl)} tegelijk, " + (discoverer.Pacer.RatePerSecond > 0
                ? $"hoogstens {discoverer.Pacer.RatePerSecond.ToString("0.###", nl)} DNS-vragen per seconde."
                : "geen grens aan de DNS-vragen per seconde (--rate)."));
            var pending = new List<DomainDiscovery>();
            long recordedQueries = 0;
            async Task FlushAsync(CancellationToken token)
            {
                var queries = discoverer.QueriesSent;
                await db.RecordScanResultsAsync(scan.Id, pending, queries - recordedQueries, token);
                recordedQueries = queries;
                pending.Clear();
            }

            async ValueTask Finished(DomainDiscovery d, CancellationToken token)
            {
                pending.Add(d);
                if (pending.Count >= Batch)
                {
                    await FlushAsync(token);
                }
            }

            try
            {
                if (parse.GetValue(quiet) || todo.Count < 2 || !cli.Progress.Profile.Capabilities.Interactive)
                {
                    await discoverer.DiscoverManyAsync(todo, Finished, ct);
                }
                else
                {
                    await cli.Progress.Progress().AutoClear(true).StartAsync(async context =>
                    {
                        var task = context.AddTask("Domeinen scannen", maxValue: todo.Count);
                        await discoverer.DiscoverManyAsync(todo, async (d, token) => { await Finished(d, token); task.Increment(1); }, ct);
                    });
                }
            }
            catch (OperationCanceledException)
            {
                await FlushAsync(CancellationToken.None); // keep what finished, so the next run resumes after it
                throw;
            }

            await FlushAsync(ct);
            await db.FinishScanAsync(scan.Id, cli.Time.GetUtcNow(), ct);
            var finished = (await db.SectorScansAsync(ct)).Single(s => s.Id == scan.Id);
            await cli.Out.WriteLineAsync(
                $"Scan {Short(scan.Id)} klaar: {Plural.Count(finished.Done, "domein", "domeinen", nl)}, {finished.Resolved.ToString(nl)} beantwoord, " +
                $"{finished.Queries.ToString("N0", nl)} DNS-vragen.");
            return RegieCli.Ok;
        });
        return command;
    }

    private static Command Summary(CliContext cli)
    {
        var scanOption = new Option<string>("--scan") { Description = "De scan (id of begin daarvan), of 'latest' voor de nieuwste.", DefaultValueFactory = _ => "latest", HelpName = "ID" };
        var by = new Option<string?>("--by") { Description = "Ook per sector, provincie of grootte van het bestuur.", HelpName = "sector|province|size" };
        by.AcceptOnlyFromAmong("sector", "province", "size");
        var compare = new Option<string?>("--compare") { Description = "Vergelijk met deze oudere scan: wie verhuisde van welke aanbieder naar welke.", HelpName = "OUDERE_SCAN" };
        var format = new Option<string>("--format") { Description = "Uitvoer: table, json of csv (Nederlandse Excel).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("summary", "Het aandeel scholen, besturen en leerlingen per aanbieder van mail, mailfilter, identiteit, DNS en webhosting.")
        {
            scanOption, by, compare, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct);
            var scans = await db.SectorScansAsync(ct);
            if (scans.Count == 0)
            {
                throw new UserError("Er is nog geen scan: draai eerst 'regie sector scan'.");
            }

            var scan = Find(scans, parse.GetValue(scanOption)!, "--scan");
            var older = parse.GetValue(compare) is { } c ? Find(scans, c, "--compare") : null;
            var grouping = parse.GetValue(by) switch
            {
                "sector" => SummaryGrouping.Sector,
                "province" => SummaryGrouping.Province,
                "size" => SummaryGrouping.Size,
                _ => SummaryGrouping.None,
            };
            var result = (await db.LoadScanSummaryAsync(scan.Id, grouping, older?.Id, ct))!;
            switch (parse.GetValue(format))
            {
                case "csv":
                    using (var buffer = new MemoryStream())
                    {
                        TableFiles.Csv(buffer, ScanSummaryExport.Table(result.Summary, english: false), english: false);
                        await cli.Out.WriteAsync(Encoding.UTF8.GetString(buffer.ToArray()));
                    }

                    break;
                case "json":
                    await Output.WriteJsonAsync(cli.Out, new
                    {
                        Scan = new { result.Scan.Id, result.Scan.StartedAt, result.Scan.FinishedAt, result.Scan.Status, result.Scan.Domains, result.Scan.Done, result.Scan.Resolved },
                        result.Summary,
                        Compared = result.Compared?.Id,
                        Moves = result.Moves.Select(m => new { m.Area, m.From, m.To, m.Boards, m.Schools, Text = ReasonText.Render(m) }),
                    });
                    break;
                default:
                    WriteTable(cli, result);
                    break;
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static void WriteTable(CliContext cli, SectorScanSummary result)
    {
        var nl = ReasonText.Dutch;
        cli.Console.WriteLine($"Scan {Short(result.Scan.Id)} van {result.Scan.StartedAt:yyyy-MM-dd}: {Plural.Count(result.Scan.Done, "domein", "domeinen", nl)}, " +
            $"{result.Scan.Resolved.ToString(nl)} beantwoord{(result.Scan.Status == SectorScanStatus.Running ? " (nog niet af)" : "")}.");
        foreach (var (group, overall) in new[] { (result.Summary.Overall, true) }.Concat(result.Summary.Groups.Select(g => (g, false))))
        {
            var table = new Table().Title(Markup.Escape(overall ? "Hele sector" : GroupText(group.Key, result.Summary.Grouping)) +
                    $" — {Plural.Count(group.Schools, "school", "scholen", nl)}, {Plural.Count(group.Boards, "bestuur", "besturen", nl)}, {group.Pupils.ToString("N0", nl)} leerlingen")
                .AddColumns("Gebied", "Aanbieder", "Scholen", "Besturen", "Leerlingen");
            foreach (var area in group.Areas)
            {
                foreach (var p in area.Providers)
                {
                    table.AddRow(AreaName(area.Area), Markup.Escape(p.Provider.Name.Length > 0 ? p.Provider.Name : ReasonText.Provider(p.Provider.Id, false)),
                        $"{p.Schools.ToString(nl)} ({p.SchoolShare.ToString("0.0%", nl)})", $"{p.Boards.ToString(nl)} ({p.BoardShare.ToString("0.0%", nl)})",
                        $"{p.Pupils.ToString("N0", nl)} ({p.PupilShare.ToString("0.0%", nl)})");
                }
            }

            cli.Console.Write(table);
        }

        if (result.Compared is { } older)
        {
            cli.Console.WriteLine($"Sinds scan {Short(older.Id)} van {older.StartedAt:yyyy-MM-dd}:");
            foreach (var move in result.Moves)
            {
                cli.Console.WriteLine("  " + ReasonText.Render(move) + ".");
            }

            if (result.Moves.Count == 0)
            {
                cli.Console.WriteLine("  niemand verhuisd.");
            }
        }
    }

    private static SectorScanEntity Find(List<SectorScanEntity> scans, string text, string option)
    {
        if (text.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return scans[0];
        }

        var matches = scans.Where(s => s.Id.ToString().StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw UserError.Usage($"{option}: {(matches.Count == 0 ? "geen scan" : "meer dan één scan")} met id '{text}'. Scans: " +
                string.Join(", ", scans.Select(s => $"{Short(s.Id)} ({s.StartedAt:yyyy-MM-dd})")));
    }

    private static (string Path, Sector? Sector) ParseFile(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals is 2 or 3 && Enum.TryParse<Sector>(text[..equals], ignoreCase: true, out var sector))
        {
            return (text[(equals + 1)..], sector);
        }

        return (text, null);
    }

    private static string Short(Guid id) => id.ToString()[..8];

    private static string FileKindText(DuoFileKind kind) => kind switch
    {
        DuoFileKind.Boards => "besturen",
        DuoFileKind.MainLocations => "hoofdvestigingen",
        DuoFileKind.AllLocations => "alle vestigingen",
        _ => "leerlingen per vestiging",
    };

    private static string AreaName(ScanArea area) => area switch
    {
        ScanArea.Mail => "mail",
        ScanArea.MailFilter => "mailfilter",
        ScanArea.Identity => "identiteit",
        ScanArea.DnsHosting => "DNS",
        _ => "webhosting",
    };

    private static string GroupText(string key, SummaryGrouping grouping) => grouping switch
    {
        SummaryGrouping.Sector => key.ToLower(CultureInfo.InvariantCulture),
        SummaryGrouping.Size => key switch
        {
            nameof(BoardSize.Small) => "klein bestuur (< 1.000 leerlingen)",
            nameof(BoardSize.Medium) => "middelgroot bestuur (1.000–4.999)",
            nameof(BoardSize.Large) => "groot bestuur (5.000–14.999)",
            _ => "zeer groot bestuur (15.000 en meer)",
        },
        SummaryGrouping.Province => key.Length == 0 ? "provincie onbekend" : key,
        _ => key,
    };
}
