using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Scenarios;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>`regie simulate`: one scenario with the path behind every affected service, or the sweep of every party and country ranked by harm.</summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext cli)
    {
        var unavailable = new Option<string>("--unavailable") { Description = "Een hostingpartij, bedrijf (ook een moederbedrijf) of land valt weg, bv. microsoft, provider:aws of US.", HelpName = "DOEL" };
        var compelled = new Option<string>("--compelled-access") { Description = "De overheid van een land dwingt toegang tot gegevens af, bv. US.", HelpName = "LAND" };
        var productEnds = new Option<string>("--product-ends") { Description = "Een leverancier stopt met een product (catalogus-id).", HelpName = "PRODUCT" };
        var priceRise = new Option<string>("--price-rise") { Description = "Een prijs stijgt: DOEL=PROCENT, bv. microsoft=10.", HelpName = "DOEL=PROCENT" };
        var sweep = new Option<bool>("--sweep") { Description = "Elke hostingpartij, elk bedrijf en elk land laten wegvallen en rangschikken op schade." };
        var format = ListOutput.Format("json (met alle paden en de formule); csv en xlsx bij --sweep");
        var output = ListOutput.Output();
        var command = new Command("simulate", "Wat als? Een scenario doorrekenen over de afhankelijkheden van het bestuur, of de schaal van alle scenario's.")
        {
            unavailable, compelled, productEnds, priceRise, sweep, format, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = new (string Name, bool Set)[]
            {
                ("--unavailable", parse.GetValue(unavailable) is not null), ("--compelled-access", parse.GetValue(compelled) is not null),
                ("--product-ends", parse.GetValue(productEnds) is not null), ("--price-rise", parse.GetValue(priceRise) is not null), ("--sweep", parse.GetValue(sweep)),
            }.Where(c => c.Set).Select(c => c.Name).ToArray();
            if (chosen.Length != 1)
            {
                throw UserError.Usage(chosen.Length == 0
                    ? "Kies een scenario: --unavailable DOEL, --compelled-access LAND, --product-ends PRODUCT, --price-rise DOEL=PROCENT of --sweep."
                    : $"Kies één scenario tegelijk, niet {string.Join(" en ", chosen)}.");
            }

            if (parse.GetValue(format) is "csv" or "xlsx" && !parse.GetValue(sweep))
            {
                throw UserError.Usage($"--format {parse.GetValue(format)} schrijft de lijst van --sweep; één scenario is er als table of json.");
            }

            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var scenarios = await cli.StatusAsync("Scenario's voorbereiden…", () => Task.FromResult(ScenarioBoard.Prepare(board.Landscape, knowledge)));
            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(sweep))
            {
                var result = scenarios.RunSweep();
                if (parse.GetValue(format) is "csv" or "xlsx")
                {
                    await ListOutput.WriteAsync(cli, ListExports.Scenarios(result, ReasonText.Dutch), parse.GetValue(format)!, parse.GetValue(output), ReasonText.Dutch, ct);
                }
                else if (json)
                {
                    await Output.WriteJsonAsync(cli.Out, new
                    {
                        organisation = new { id = board.Organisation.Id, name = board.Organisation.Name },
                        formula = Json(result.Why),
                        rows = result.Rows.Select(r => new
                        {
                            kind = Scenario.KindKey(r.Scenario.Kind),
                            target = r.Scenario.Target.Key,
                            name = r.Scenario.Target.Name,
                            harm = Math.Round(r.Harm, 2),
                            r.ServicesHitDirectly,
                            r.ServicesDown,
                            r.ServicesDegraded,
                            r.ProcessesStopped,
                            r.ProcessesAffected,
                            r.PupilsAtLeast,
                            r.StaffAtLeast,
                        }),
                    });
                }
                else
                {
                    WriteSweep(cli, board.Organisation.Name, result);
                }

                return RegieCli.Ok;
            }

            var scenario = Parse(scenarios, parse.GetValue(unavailable), parse.GetValue(compelled), parse.GetValue(productEnds), parse.GetValue(priceRise));
            var outcome = scenarios.Run(scenario);
            if (json)
            {
                await Output.WriteJsonAsync(cli.Out, Json(board.Organisation.Id, board.Organisation.Name, outcome));
            }
            else
            {
                WriteResult(cli, outcome);
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static Scenario Parse(ScenarioBoard board, string? unavailable, string? compelled, string? productEnds, string? priceRise)
    {
        var (kind, option, text, percent) = (unavailable, compelled, productEnds, priceRise) switch
        {
            ({ } u, _, _, _) => (ScenarioKind.Unavailable, "--unavailable", u, 0.0),
            (_, { } c, _, _) => (ScenarioKind.CompelledAccess, "--compelled-access", c, 0.0),
            (_, _, { } p, _) => (ScenarioKind.ProductEnds, "--product-ends", p, 0.0),
            _ => PriceRise(priceRise!),
        };
        var target = board.FindTarget(kind, text);
        if (target is null)
        {
            var known = board.TargetsFor(kind).Take(12).Select(t => t.Key);
            throw new UserError($"{option}: '{text}' is bij dit bestuur en in de catalogus onbekend als {KindWords(kind)}. Bekend bij dit bestuur: {string.Join(", ", known)}.");
        }

        return new Scenario(kind, target, percent);
    }

    private static (ScenarioKind, string, string, double) PriceRise(string text)
    {
        var equals = text.LastIndexOf('=');
        if (equals <= 0 || !double.TryParse(text[(equals + 1)..].Trim().TrimEnd('%').Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            || percent <= 0 || percent > 1000)
        {
            throw UserError.Usage($"--price-rise: '{text}' heeft niet de vorm DOEL=PROCENT met een percentage boven 0 en tot 1000, bv. microsoft=10.");
        }

        return (ScenarioKind.PriceRise, "--price-rise", text[..equals].Trim(), percent);
    }

    private static string KindWords(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Unavailable => "hostingpartij, bedrijf of land",
        ScenarioKind.CompelledAccess => "land (landcode, bv. US)",
        ScenarioKind.ProductEnds => "product",
        _ => "bedrijf, hostingpartij of product",
    };

    private static object Json(Guid organisationId, string organisationName, ScenarioResult r) => new
    {
        organisation = new { id = organisationId, name = organisationName },
        scenario = new { kind = Scenario.KindKey(r.Scenario.Kind), target = r.Scenario.Target.Key, name = r.Scenario.Target.Name, r.Scenario.Percent, title = Json(r.Scenario.Headline) },
        harm = new { score = r.Harm.IsKnown ? Math.Round(r.Harm.Score, 2) : (double?)null, formula = Json(r.Harm.Why) },
        services = r.All.Select(s => new
        {
            id = s.Id.Value,
            s.Name,
            impact = s.Impact,
            path = Json(s.Route),
            processes = s.ProcessIds,
            s.Pupils,
            s.Staff,
            dataCategories = s.DataCategories,
            s.AnnualCost,
            s.ExtraCost,
        }),
        processes = r.Processes.Select(p => new
        {
            id = p.Process.Id,
            name = p.Process.Name.Nl,
            p.Process.Criticality,
            impact = p.Impact,
            p.ServicesDown,
            p.ServicesDegraded,
            p.ServicesSupporting,
            p.Weight,
        }),
        people = new
        {
            r.People.PupilsAtLeast,
            r.People.PupilsAtMost,
            r.People.StaffAtLeast,
            r.People.StaffAtMost,
            r.People.ServicesWithoutCounts,
            why = Json(r.People.Why),
        },
        dataCategories = r.DataCategories.Select(c => new { c.Id, name = c.Name.Nl, c.Level, c.PupilsAtLeast, c.StaffAtLeast, c.Services }),
        cost = new { Amount = r.Cost.IsKnown ? r.Cost.Amount : (decimal?)null, r.Cost.ServicesWithCost, r.Cost.ServicesWithoutCost, why = Json(r.Cost.Why) },
        notes = r.Remarks.Select(Json),
        r.DownDirectly,
        r.DownThroughDependencies,
    };

    private static string Text(Reason reason) => ReasonText.Render(reason, ReasonText.Dutch);

    private static ReasonDocument Json(Reason reason) => ReasonDocument.From(reason, ReasonText.Dutch);

    private static void WriteResult(CliContext cli, ScenarioResult r)
    {
        var console = cli.Console;
        console.WriteLine($"Scenario: {Text(r.Scenario.Headline)}");
        console.WriteLine(r.Harm.IsKnown ? $"Schade: {r.Harm.Score.ToString("0.#", ReasonText.Dutch)} van 100" : "Schade: onbekend");
        if (r.Down.Count > 0)
        {
            console.WriteLine($"Uitgevallen: {r.DownDirectly} rechtstreeks, {r.DownThroughDependencies} via afhankelijkheden (inloggen, hosting).");
        }

        if (!r.All.Any())
        {
            console.WriteLine("Geen enkele dienst van het bestuur wordt geraakt.");
        }
        else
        {
            var table = new Table().Title("Getroffen diensten");
            table.AddColumn("Dienst").AddColumn("Gevolg").AddColumn("Waarom");
            foreach (var s in r.All)
            {
                table.AddRow(new Text(s.Name), new Text(ImpactText(s.Impact) + (s.ExtraCost is { } extra ? $" (+€ {extra.ToString("N0", ReasonText.Dutch)})" : "")), new Text(Text(s.Route)));
            }

            console.Write(table);
        }

        if (r.Processes.Count > 0)
        {
            var table = new Table().Title("Processen");
            table.AddColumn("Proces").AddColumn("Kritikaliteit").AddColumn("Gevolg").AddColumn("Diensten uit/beperkt/totaal").AddColumn("Gewicht");
            foreach (var p in r.Processes)
            {
                table.AddRow(p.Process.Name.Nl, p.Process.Criticality.ToString(ReasonText.Dutch), ProcessText(p.Impact),
                    $"{p.ServicesDown}/{p.ServicesDegraded}/{p.ServicesSupporting}", p.Weight.ToString("0.##", ReasonText.Dutch));
            }

            console.Write(table);
        }

        if (r.DataCategories.Count > 0)
        {
            var table = new Table().Title("Blootgestelde persoonsgegevens");
            table.AddColumn("Categorie").AddColumn("Niveau").AddColumn("Minstens leerlingen").AddColumn("Minstens medewerkers").AddColumn("Diensten");
            foreach (var c in r.DataCategories)
            {
                table.AddRow(new Text(c.Name.Nl), new Text(c.Level.ToString(ReasonText.Dutch)), new Text(c.PupilsAtLeast.ToString(ReasonText.Dutch)),
                    new Text(c.StaffAtLeast.ToString(ReasonText.Dutch)), new Text(string.Join(", ", c.Services)));
            }

            console.Write(table);
        }

        console.WriteLine($"Mensen: {Text(r.People.Why)}");
        console.WriteLine($"Kosten: {(r.Cost.IsKnown ? "€ " + r.Cost.Amount.ToString("N0", ReasonText.Dutch) : "onbekend")}. {Text(r.Cost.Why)}");
        console.WriteLine($"Formule: {Text(r.Harm.Why)}");
        foreach (var note in r.Remarks)
        {
            console.WriteLine($"Let op: {Text(note)}");
        }
    }

    private static void WriteSweep(CliContext cli, string boardName, Sweep sweep)
    {
        if (sweep.Rows.Count == 0)
        {
            cli.Console.WriteLine($"{boardName} heeft geen diensten met een bekende leverancier of hostingpartij; er is niets door te rekenen.");
            return;
        }

        var table = new Table().Title($"Wat zou {Markup.Escape(boardName)} het meeste pijn doen?");
        foreach (var header in new[] { "#", "Valt weg", "Soort", "Schade", "Rechtstreeks", "Uit (incl. afhankelijkheden)", "Beperkt", "Processen stil", "Minstens leerlingen", "Minstens medewerkers" })
        {
            table.AddColumn(header);
        }

        var rank = 0;
        foreach (var row in sweep.Rows)
        {
            table.AddRow(
                new Text((++rank).ToString(ReasonText.Dutch)), new Text(row.Scenario.Target.Name), new Text(TargetText(row.Scenario.Target.Kind)),
                new Text(row.Harm.ToString("0.#", ReasonText.Dutch)), new Text(row.ServicesHitDirectly.ToString(ReasonText.Dutch)),
                new Text(row.ServicesDown.ToString(ReasonText.Dutch)),
                new Text(row.ServicesDegraded.ToString(ReasonText.Dutch)), new Text(row.ProcessesStopped.ToString(ReasonText.Dutch)),
                new Text(row.PupilsAtLeast.ToString(ReasonText.Dutch)), new Text(row.StaffAtLeast.ToString(ReasonText.Dutch)));
        }

        cli.Console.Write(table);
        cli.Console.WriteLine(Text(sweep.Why));
        cli.Console.WriteLine("Eén scenario met de paden: regie simulate --unavailable DOEL");
    }

    private static string ImpactText(Impact impact) => impact switch
    {
        Impact.Down => "valt uit",
        Impact.Degraded => "beperkt",
        Impact.Exposed => "blootgesteld",
        _ => "duurder",
    };

    private static string ProcessText(ProcessImpact impact) => impact switch
    {
        ProcessImpact.Stopped => "stilgelegd",
        ProcessImpact.Disrupted => "verstoord",
        _ => "beperkt",
    };

    private static string TargetText(TargetKind kind) => kind switch
    {
        TargetKind.Company => "bedrijf",
        TargetKind.Provider => "hostingpartij",
        TargetKind.Country => "land",
        _ => "product",
    };
}
