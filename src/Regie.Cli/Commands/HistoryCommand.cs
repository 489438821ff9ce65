using System.CommandLine;
using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Graph;
using Regie.Core.History;
using Regie.Core.Knowledge;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;

namespace Regie.Cli.Commands;

/// <summary>`regie snapshot` (vastleggen) and `regie history` (the snapshots, or the comparison of two dates); docs/HISTORY.md.</summary>
internal static class HistoryCommand
{
    public static Command Snapshot(CliContext cli)
    {
        var label = new Option<string?>("--label") { Description = "Een label, bijvoorbeeld \"RvT 12 maart\" (hoogstens 100 tekens).", HelpName = "TEXT" };
        var command = new Command("snapshot", "Legt het landschap en de uitkomsten van het bestuur nu vast (vastleggen), bijvoorbeeld voor een vergadering.") { label };
        command.SetAction(async (parse, ct) =>
        {
            var text = (parse.GetValue(label) ?? "").Trim();
            if (text.Length > 100 || InputRules.HasHiddenCharacters(text))
            {
                throw new UserError($"--label: hoogstens 100 tekens op één regel, zonder onzichtbare stuurtekens ({text.Length} gegeven).");
            }

            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var info = await cli.StatusAsync("Momentopname maken…", async () => await board.Db.RecordAsync(Analyse(board, knowledge), text, cli.Time, ct));
            await cli.Out.WriteLineAsync(
                $"Momentopname van '{board.Organisation.Name}' vastgelegd op {info.Date:yyyy-MM-dd}{(info.Label.Length > 0 ? $" ({info.Label})" : "")}: "
                + $"{info.Figures.Report.Services} diensten, {info.StoredBytes.ToString("N0", ReasonText.Dutch)} bytes.");
            return RegieCli.Ok;
        });
        return command;
    }

    public static Command History(CliContext cli)
    {
        var compare = new Option<string[]>("--compare") { Description = "Vergelijk twee datums: --compare 2026-03-01 2026-03-12.", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true, HelpName = "FROM TO" };
        var language = CliLanguage.Create("Taal: nl of en.");
        var command = new Command("history", "De momentopnamen van het bestuur, of wat er veranderde tussen twee datums en waarom.") { compare, language };
        command.SetAction(async (parse, ct) =>
        {
            var knowledge = await cli.LoadKnowledgeAsync(parse);
            await using var board = await cli.OpenBoardAsync(parse, ct);
            var culture = CliLanguage.Culture(parse, language);
            var id = board.Organisation.Id;
            await board.Db.KeepDailyAsync(id, knowledge.Catalog.Version, knowledge.Model.Version, () => Task.FromResult(Analyse(board, knowledge)), cli.Time, ct);
            if (parse.GetValue(compare) is { Length: 2 } dates)
            {
                return await CompareAsync(cli, board, knowledge, dates[0], dates[1], culture, ct);
            }

            var english = culture.TwoLetterISOLanguageName == "en";
            var list = await board.Db.ListSnapshotsAsync(id, ct);
            await cli.Out.WriteLineAsync(english ? $"Snapshots of {board.Organisation.Name}" : $"Momentopnamen van {board.Organisation.Name}");
            foreach (var s in list)
            {
                var kind = s.Kind == SnapshotKind.Recorded ? (english ? "recorded" : "vastgelegd") : (english ? "daily" : "dagelijks");
                await cli.Out.WriteLineAsync(string.Create(culture,
                    $"{s.Date:yyyy-MM-dd}  {kind,-10}  {s.Figures.Report.Services,4} {(english ? "services" : "diensten")}  score {s.Figures.Report.AverageScore,5:0.0}  {s.Label}"));
            }

            return RegieCli.Ok;
        });
        return command;
    }

    private static async Task<int> CompareAsync(CliContext cli, Board board, RegieKnowledge knowledge, string from, string to, CultureInfo culture, CancellationToken ct)
    {
        var snapshots = new BoardSnapshot[2];
        var texts = new[] { ("FROM", from), ("TO", to) };
        for (var i = 0; i < 2; i++)
        {
            var (name, text) = texts[i];
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new UserError($"--compare {name}: '{text}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-12.");
            }

            snapshots[i] = await board.Db.LoadSnapshotAsync(board.Organisation.Id, date, ct)
                ?? throw new UserError(ReasonText.Render(new NoSnapshotOn(date,
                    [.. (await board.Db.ListSnapshotsAsync(board.Organisation.Id, ct)).Select(s => s.Date).Distinct().Order()]), culture));
        }

        var diff = SnapshotDiff.Compare(snapshots[0], snapshots[1], knowledge.Model);
        var english = culture.TwoLetterISOLanguageName == "en";
        string T(string nl, string en) => english ? en : nl;
        await cli.Out.WriteLineAsync(string.Create(culture,
            $"{T("Van", "From")} {diff.From:yyyy-MM-dd} {T("tot", "to")} {diff.To:yyyy-MM-dd}: {T("gemiddelde score", "average score")} {diff.Before.Report.AverageScore:0.0} → {diff.After.Report.AverageScore:0.0}"));
        if (diff.NothingChanged)
        {
            await cli.Out.WriteLineAsync(T("Tussen deze twee datums veranderde er niets.", "Nothing changed between these two dates."));
        }

        foreach (var name in diff.Added)
        {
            await cli.Out.WriteLineAsync($"+ {name}");
        }

        foreach (var name in diff.Removed)
        {
            await cli.Out.WriteLineAsync($"- {name}");
        }

        foreach (var change in diff.Changed)
        {
            await cli.Out.WriteLineAsync($"~ {change.Name}: {string.Join("; ", change.Fields.Select(f => ReasonText.Render(f, culture)))}");
        }

        foreach (var move in diff.ScoresMoved)
        {
            await cli.Out.WriteLineAsync(string.Create(culture, $"{move.Name}: {move.Before:0.0} → {move.After:0.0} (SEAL-{move.SealBefore} → SEAL-{move.SealAfter})"));
            foreach (var why in move.Why)
            {
                await cli.Out.WriteLineAsync("    " + ReasonText.Render(why, culture));
            }
        }

        foreach (var other in diff.Edges.Concat(diff.Others))
        {
            await cli.Out.WriteLineAsync("  " + ReasonText.Render(other, culture));
        }

        return RegieCli.Ok;
    }

    private static SnapshotAnalysis Analyse(Board board, RegieKnowledge knowledge)
    {
        var profile = knowledge.Model.StoredProfileOrDefault(board.Organisation.WeightProfile);
        var cache = new AssessmentCache();
        var assessment = BoardAssessor.Assess(board.Landscape, knowledge, profile, cache);
        return new SnapshotAnalysis(board.Landscape, knowledge, assessment, BoardVerdict.For(board.Landscape, knowledge, assessment, cache), DependencyAnalysis.Analyse(board.Landscape, knowledge));
    }
}
