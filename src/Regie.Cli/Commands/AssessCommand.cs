using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie assess`: the board's public-values assessments (docs/PUBLIC-VALUES.md) from the local database or, with --server,
/// from the API's /values: the list, one assessment with its answers, or two or more side by side with the sovereignty score
/// apart from the total.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "table, json of csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var language = CliLanguage.Create("Taal: nl of en.");
        var list = new Command("assess", "Publieke waarden: de beoordelingen van het bestuur, één beoordeling (show ID) of een vergelijking (compare ID ID …).")
        {
            format, language,
        };
        list.SetAction((parse, ct) => RunAsync(cli, parse, format, language, [], compare: false, ct));

        var id = new Argument<string>("id") { Description = "De id van de beoordeling." };
        var show = new Command("show", "Eén beoordeling: per waarde het gemiddelde, per vraag het antwoord en waar het vandaan komt.") { id, format, language };
        show.SetAction((parse, ct) => RunAsync(cli, parse, format, language, [parse.GetValue(id)!], compare: false, ct));

        var ids = new Argument<string[]>("ids") { Description = "Twee of meer ids van beoordelingen.", Arity = ArgumentArity.OneOrMore };
        var compare = new Command("compare", "Twee of meer beoordelingen naast elkaar, met de soevereiniteitsscore apart van het totaal.") { ids, format, language };
        compare.SetAction((parse, ct) => RunAsync(cli, parse, format, language, parse.GetValue(ids) ?? [], compare: true, ct));
        list.Subcommands.Add(show);
        list.Subcommands.Add(compare);
        return list;
    }

    private static async Task<int> RunAsync(
        CliContext cli, ParseResult parse, Option<string> format, Option<string> language, IReadOnlyList<string> ids, bool compare, CancellationToken ct)
    {
        var culture = CliLanguage.Culture(parse, language);
        var english = culture.TwoLetterISOLanguageName == "en";
        var request = new ValuesRequest(ids, compare);
        if (compare && ids.Count < 2)
        {
            throw UserError.Usage("compare: noem minstens twee beoordelingen.");
        }

        using var source = cli.OpenSource(parse);
        var view = await source.PublicValuesAsync(request, culture, ct);
        var shown = view.Shown;
        switch (parse.GetValue(format))
        {
            case "json":
                await Output.WriteJsonAsync(cli.Out, new
                {
                    model = new { version = view.ModelVersion, source = view.ModelSource },
                    assessments = shown.Select(s => Document(s, request.WithAnswers)),
                    why = view.Why,
                });
                return RegieCli.Ok;
            case "csv":
                Output.WriteCsv(cli.Out, ["value", .. shown.Select(s => s.SubjectName)],
                    [
                        .. view.Values.Select(v => (IEnumerable<object?>)[v.Id, .. shown.Select(s => (object?)s.MeanOf(v.Id))]),
                        ["total", .. shown.Select(s => (object?)s.Total)],
                        ["unknownShare", .. shown.Select(s => (object?)s.UnknownShare)],
                        ["sovereigntyScore (apart)", .. shown.Select(s => (object?)s.Sovereignty.Score)],
                        ["seal (apart)", .. shown.Select(s => (object?)s.Sovereignty.Seal)],
                    ]);
                return RegieCli.Ok;
        }

        string T(string nl, string en) => english ? en : nl;
        string N(double? value) => value is { } v ? v.ToString("0.00", culture) : T("onbekend", "unknown");
        if (shown.Count == 0)
        {
            cli.Console.WriteLine(T("Nog geen beoordelingen van publieke waarden. Begin er een op /values.", "No public-values assessments yet. Start one at /values."));
            return RegieCli.Ok;
        }

        if (ids.Count == 0)
        {
            var table = new Table().Title(T("Publieke waarden", "Public values"));
            foreach (var h in new[] { "id", T("Onderwerp", "Subject"), T("Totaal (0–3)", "Total (0–3)"), T("Onbekend", "Unknown"), T("Soevereiniteit (apart)", "Sovereignty (apart)") })
            {
                table.AddColumn(h);
            }

            foreach (var s in shown)
            {
                table.AddRow(new Text(s.Id.ToString()), new Text(s.SubjectName), new Text(N(s.Total)),
                    new Text((s.UnknownShare * 100).ToString("0", culture) + "%"), new Text(Sovereignty(s, culture, english)));
            }

            cli.Console.Write(table);
            return RegieCli.Ok;
        }

        var side = new Table().Title(compare ? T("Publieke waarden naast elkaar", "Public values side by side") : Markup.Escape(shown[0].SubjectName));
        side.AddColumn(T("Waarde", "Value"));
        foreach (var s in shown)
        {
            side.AddColumn(Markup.Escape(s.SubjectName));
        }

        foreach (var v in view.Values)
        {
            side.AddRow([new Text(v.Name), .. shown.Select(s => new Text(N(s.MeanOf(v.Id))))]);
        }

        side.AddRow([new Text(T("Gewogen totaal", "Weighted total")), .. shown.Select(s => new Text(N(s.Total)))]);
        side.AddRow([new Text(T("Onbekend", "Unknown")), .. shown.Select(s => new Text((s.UnknownShare * 100).ToString("0", culture) + "%"))]);
        side.AddRow([new Text(T("Soevereiniteit (apart, niet in het totaal)", "Sovereignty (apart, not in the total)")), .. shown.Select(s => new Text(Sovereignty(s, culture, english)))]);
        cli.Console.Write(side);
        foreach (var reason in shown.SelectMany(s => s.Why).Concat(view.Why))
        {
            cli.Console.WriteLine(reason.Text);
        }

        return RegieCli.Ok;
    }

    private static string Sovereignty(ValuesOption s, CultureInfo culture, bool english) => s.Sovereignty.Score is { } score
        ? $"{score.ToString("0", culture)} · SEAL {s.Sovereignty.Seal}"
        : english ? "no score" : "geen score";

    private static object Document(ValuesOption s, bool withAnswers) => new
    {
        id = s.Id,
        subject = new { kind = s.SubjectKind, key = s.SubjectKey, name = s.SubjectName },
        total = s.Total,
        max = s.Max,
        unknownShare = s.UnknownShare,
        leftOut = s.LeftOut,
        values = s.Values.Select(v => new
        {
            id = v.Id,
            name = v.Name,
            weight = v.Weight,
            mean = v.Mean,
            answers = withAnswers
                ? v.Answers?.Select(a => new
                {
                    question = a.Id,
                    score = a.Score,
                    origin = a.Origin,
                    evidence = a.Evidence,
                    assessor = a.Assessor,
                    date = a.Date,
                    prefilled = a.Prefilled is { } p ? new { score = p.Score, why = p.Why, source = p.Source } : null,
                })
                : null,
        }),
        sovereignty = new { score = s.Sovereignty.Score, seal = s.Sovereignty.Seal, apart = true },
    };
}
