using System.CommandLine;
using System.Globalization;
using Regie.Core.Explaining;
using Regie.Core.PublicValues;
using Regie.Data;
using Spectre.Console;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie assess`: the board's public-values assessments (docs/PUBLIC-VALUES.md) from the local database: the list,
/// one assessment with its answers, or two or more side by side with the sovereignty score apart from the total.
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
        var (knowledge, board) = await cli.LoadKnowledgeAndOpenBoardAsync(parse, ct);
        await using var _ = board;
        var all = await board.Db.LoadValueAssessmentsAsync(board.Landscape, knowledge, ct);
        var chosen = new List<StoredValueAssessment>();
        foreach (var text in ids)
        {
            var found = all.FirstOrDefault(a => Guid.TryParse(text, out var g) && a.Entity.Id == g)
                ?? throw new UserError($"Beoordeling '{text}' bestaat niet bij dit bestuur. Bekend: {string.Join(", ", all.Select(a => a.Entity.Id))}.");
            chosen.Add(found);
        }

        var shown = ids.Count == 0 ? all : chosen;
        if (compare && shown.Count < 2)
        {
            throw UserError.Usage("compare: noem minstens twee beoordelingen.");
        }

        var model = knowledge.PublicValues;
        var why = compare ? ValuesComparison.Of(model, [.. shown.Select(s => new ComparedOption(s.Result, s.Sovereignty))]).Why : [];
        var lang = english ? "en" : "nl";
        switch (parse.GetValue(format))
        {
            case "json":
                await Output.WriteJsonAsync(cli.Out, new
                {
                    model = new { model.Version, model.Source },
                    assessments = shown.Select(s => Document(s, culture, lang, withAnswers: ids.Count > 0 && !compare)),
                    why = why.Select(w => ReasonDocument.From(w, culture)),
                });
                return RegieCli.Ok;
            case "csv":
                Output.WriteCsv(cli.Out, ["value", .. shown.Select(s => s.Entity.SubjectName)],
                    [
                        .. model.Values.Select(v => (IEnumerable<object?>)[v.Id, .. shown.Select(s => (object?)s.Result.For(v.Id)?.Mean)]),
                        ["total", .. shown.Select(s => (object?)s.Result.Total)],
                        ["unknownShare", .. shown.Select(s => (object?)s.Result.UnknownShare)],
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
                table.AddRow(new Text(s.Entity.Id.ToString()), new Text(s.Entity.SubjectName), new Text(N(s.Result.Total)),
                    new Text((s.Result.UnknownShare * 100).ToString("0", culture) + "%"), new Text(Sovereignty(s, culture, english)));
            }

            cli.Console.Write(table);
            return RegieCli.Ok;
        }

        var side = new Table().Title(compare ? T("Publieke waarden naast elkaar", "Public values side by side") : shown[0].Entity.SubjectName);
        side.AddColumn(T("Waarde", "Value"));
        foreach (var s in shown)
        {
            side.AddColumn(s.Entity.SubjectName);
        }

        foreach (var v in model.Values)
        {
            side.AddRow([new Text(v.Name.In(lang)), .. shown.Select(s => new Text(N(s.Result.For(v.Id)?.Mean)))]);
        }

        side.AddRow([new Text(T("Gewogen totaal", "Weighted total")), .. shown.Select(s => new Text(N(s.Result.Total)))]);
        side.AddRow([new Text(T("Onbekend", "Unknown")), .. shown.Select(s => new Text((s.Result.UnknownShare * 100).ToString("0", culture) + "%"))]);
        side.AddRow([new Text(T("Soevereiniteit (apart, niet in het totaal)", "Sovereignty (apart, not in the total)")), .. shown.Select(s => new Text(Sovereignty(s, culture, english)))]);
        cli.Console.Write(side);
        foreach (var reason in shown.SelectMany(s => s.Result.Why).Concat(why))
        {
            cli.Console.WriteLine(ReasonText.Render(reason, culture));
        }

        return RegieCli.Ok;
    }

    private static string Sovereignty(StoredValueAssessment s, CultureInfo culture, bool english) => s.Sovereignty.Score is { } score
        ? $"{score.ToString("0", culture)} · SEAL {s.Sovereignty.Seal}"
        : english ? "no score" : "geen score";

    private static object Document(StoredValueAssessment s, CultureInfo culture, string lang, bool withAnswers) => new
    {
        id = s.Entity.Id,
        subject = new { kind = s.Entity.SubjectKind.ToString().ToLowerInvariant(), key = s.Entity.SubjectKey, name = s.Entity.SubjectName },
        total = s.Result.Total,
        max = s.Result.Max,
        unknownShare = s.Result.UnknownShare,
        leftOut = s.Result.LeftOut.Select(v => v.Id),
        values = s.Result.Values.Select(v => new
        {
            id = v.Value.Id,
            name = v.Value.Name.In(lang),
            weight = v.Weight,
            mean = v.Mean,
            answers = withAnswers
                ? v.Answers.Select(a => new
                {
                    question = a.Question.Id,
                    score = a.Score,
                    origin = a.Origin.ToString().ToLowerInvariant(),
                    evidence = a.Given?.Evidence,
                    assessor = a.Given?.Assessor,
                    date = a.Given?.Date,
                    prefilled = a.Prefilled is { } p ? new { score = p.Score, why = ReasonDocument.From(p.Why, culture), source = p.Source } : null,
                })
                : null,
        }),
        sovereignty = new { score = s.Sovereignty.Score, seal = s.Sovereignty.Seal, apart = true },
    };
}
