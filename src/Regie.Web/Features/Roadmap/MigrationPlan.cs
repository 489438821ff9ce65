using System.Globalization;
using System.Net;
using System.Text;
using Regie.Core.Planning;
using Regie.Data;

namespace Regie.Web.Features.Roadmap;

/// <summary>The roadmap's two exports, written from the sequencer's result so they say exactly what the page says.</summary>
public static class MigrationPlan
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static readonly string[] CsvHeader =
    [
        "stap", "kwartaal", "dienst", "alternatief", "status", "vastgezet", "inspanning_dagen", "inspanning_indicatie", "eenmalige_kosten", "redenen",
        "score_na", "seal0", "seal1", "seal2", "seal3", "seal4", "hhi_moederbedrijven", "hhi_hosting",
    ];

    public static string Csv(Core.Planning.Roadmap plan, IReadOnlyList<PlannedMoveEntity> moves)
    {
        var byId = moves.ToDictionary(m => m.Id);
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(';', CsvHeader));
        foreach (var quarter in plan.Quarters)
        {
            foreach (var step in quarter.Steps)
            {
                var e = byId[step.Move.Id];
                var p = quarter.After;
                Row(csv, [
                    step.Number.ToString(CultureInfo.InvariantCulture), step.Quarter.ToString(), step.ServiceName, step.Target.Name,
                    RoadmapOperations.StatusText(e.Status), e.PinnedPeriod ?? "", e.EffortDays?.ToString(CultureInfo.InvariantCulture) ?? "",
                    step.Effort is { } indicative ? $"{indicative.LowDays}-{indicative.HighDays}" : "",
                    e.OneOffCost?.ToString(CultureInfo.InvariantCulture) ?? "", string.Join(" | ", step.Reasons),
                    p.MeanScore.ToString("0.0", CultureInfo.InvariantCulture), .. p.SealCounts.Select(c => c.ToString(CultureInfo.InvariantCulture)),
                    p.ParentHhi.ToString("0", CultureInfo.InvariantCulture), p.ProviderHhi.ToString("0", CultureInfo.InvariantCulture),
                ]);
            }
        }

        foreach (var aside in plan.SetAside)
        {
            var e = byId[aside.Move.Id];
            Row(csv, ["", "", aside.ServiceName, aside.Target.Name, RoadmapOperations.StatusText(e.Status), e.PinnedPeriod ?? "",
                e.EffortDays?.ToString(CultureInfo.InvariantCulture) ?? "", "", e.OneOffCost?.ToString(CultureInfo.InvariantCulture) ?? "", aside.Reason,
                "", "", "", "", "", "", "", ""]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendLine(string.Join(';', fields.Select(f => f.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)));

    /// <summary>A self-contained HTML document that prints well: the board can attach it to a decision or a policy plan.</summary>
    public static string Html(Core.Planning.Roadmap plan, IReadOnlyList<PlannedMoveEntity> moves, string board, DateOnly made)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        string Projection(Projection p) =>
            $"gemiddelde score {p.MeanScore.ToString("0.0", Dutch)}; SEAL-verdeling {string.Join(" · ", p.SealCounts.Select((c, i) => $"SEAL-{i}: {c}"))}; " +
            $"concentratie moederbedrijven HHI {p.ParentHhi.ToString("N0", Dutch)}{(p.TopParent is { } tp ? $" (grootste: {tp}, {p.TopParentShare:P0})" : "")}; " +
            $"hostingpartijen HHI {p.ProviderHhi.ToString("N0", Dutch)}{(p.TopProvider is { } tv ? $" (grootste: {tv}, {p.TopProviderShare:P0})" : "")}";
        var byId = moves.ToDictionary(m => m.Id);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>Migratieplan {{E(board)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;line-height:1.45;color:#1b1f24}
            h1{margin-bottom:.2rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
            .muted{color:#57606a}.problem{color:#b42318}section{page-break-inside:avoid}</style></head><body>
            <h1>Migratieplan</h1>
            <p class="muted">{{E(board)}} · opgesteld met Regie op {{made.ToString("d MMMM yyyy", Dutch)}} · start {{plan.Start}} · capaciteit {{plan.MovesPerQuarter}} verhuizing(en) per kwartaal</p>
            <h2>Uitgangssituatie</h2><p>{{E(Projection(plan.Before))}}.</p>
            """);
        if (plan.Problems.Count > 0)
        {
            html.Append("<h2>Aandachtspunten</h2><ul>");
            foreach (var p in plan.Problems)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"problem\">{E(p.Text)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2>Stappen</h2>");
        foreach (var quarter in plan.Quarters)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section><h3>{quarter.Quarter}</h3><table><thead><tr><th>Stap</th><th>Dienst</th><th>Naar</th><th>Inspanning</th><th>Waarom nu</th></tr></thead><tbody>");
            foreach (var step in quarter.Steps)
            {
                var e = byId[step.Move.Id];
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{step.Number}</td><td>{E(step.ServiceName)}</td><td>{E(step.Target.Name)}{(step.Target.IsKnown ? "" : " <em>(effect onbekend)</em>")}</td>" +
                    $"<td>{(e.EffortDays is { } d ? d + " persoonsdagen" : step.Effort is { } i ? $"indicatie {i.LowDays}–{i.HighDays} persoonsdagen" : "onbekend")}{(e.OneOffCost is { } c ? "; " + E(c.ToString("C0", Dutch)) : "")}</td>" +
                    $"<td><ul>{string.Concat(step.Reasons.Select(r => $"<li>{E(r)}</li>"))}</ul></td></tr>");
            }

            html.Append(CultureInfo.InvariantCulture, $"</tbody></table><p><strong>Daarna:</strong> {E(Projection(quarter.After))}.</p></section>");
        }

        if (plan.SetAside.Count > 0)
        {
            html.Append("<h2>Niet ingepland</h2><ul>");
            foreach (var aside in plan.SetAside)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(aside.ServiceName)} → {E(aside.Target.Name)}: {E(aside.Reason)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<p class=\"muted\">Hoe Regie de volgorde bepaalt: afhankelijkheden eerst (inloggen en hosting), uiterlijk bij het contracteinde, nooit meer dan de capaciteit per kwartaal, vastgezette kwartalen blijven staan. De projectie past de verhuizingen cumulatief toe en beoordeelt het hele bestuur opnieuw; onbekend telt als het slechtste antwoord.</p></body></html>");
        return html.ToString();
    }
}
