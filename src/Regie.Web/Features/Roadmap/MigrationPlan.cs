using System.Globalization;
using System.Net;
using System.Text;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Planning;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Roadmap;

/// <summary>The printable migration plan, written from the sequencer's result so it says exactly what the page says (the CSV is ListExports.Roadmap).</summary>
public static class MigrationPlan
{
    /// <summary>A self-contained HTML document that prints well: the board can attach it to a decision or a policy plan.</summary>
    private const string HowRegieOrders = "Hoe Regie de volgorde bepaalt: afhankelijkheden eerst (inloggen en hosting), uiterlijk bij het contracteinde, nooit meer dan de capaciteit per kwartaal, vastgezette kwartalen blijven staan. De projectie past de verhuizingen cumulatief toe en beoordeelt het hele bestuur opnieuw; onbekend telt als het slechtste antwoord.";

    public static string Html(Core.Planning.Roadmap plan, IReadOnlyList<PlannedMoveEntity> moves, string board, DateOnly made, UiText text)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var culture = text.Culture;
        string Projection(Projection p) =>
            $"{text["gemiddelde score"]} {p.MeanScore.ToString("0.0", culture)}; {text["SEAL-verdeling"]} {string.Join(" · ", p.SealCounts.Select((c, i) => $"SEAL-{i}: {c}"))}; " +
            $"{text["concentratie moederbedrijven"]} HHI {p.ParentHhi.ToString("N0", culture)}{(p.TopParent is { } tp ? $" ({text["grootste"]}: {tp.In(text.Language)}, {p.TopParentShare.ToString("P0", culture)})" : "")}; " +
            $"{text["hostingpartijen"]} HHI {p.ProviderHhi.ToString("N0", culture)}{(p.TopProvider is { } tv ? $" ({text["grootste"]}: {tv.In(text.Language)}, {p.TopProviderShare.ToString("P0", culture)})" : "")}";
        var byId = moves.ToDictionary(m => m.Id);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="{{text.Language}}"><head><meta charset="utf-8"><title>{{E(text["Migratieplan"])}} {{E(board)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;line-height:1.45;color:#1b1f24}
            h1{margin-bottom:.2rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
            .muted{color:#57606a}.problem{color:#b42318}section{page-break-inside:avoid}</style></head><body>
            <h1>{{E(text["Migratieplan"])}}</h1>
            <p class="muted">{{E(board)}} · {{E(text["opgesteld met Regie op {0}", made.ToString("d MMMM yyyy", culture)])}} · start {{plan.Start}} · {{E(text.Plural(plan.MovesPerQuarter, "capaciteit {0} verhuizing per kwartaal", "capaciteit {0} verhuizingen per kwartaal"))}}</p>
            <h2>{{E(text["Uitgangssituatie"])}}</h2><p>{{E(Projection(plan.Before))}}.</p>
            """);
        if (plan.Problems.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(text["Aandachtspunten"])}</h2><ul>");
            foreach (var p in plan.Problems)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"problem\">{E(text.Why(p.Problem))}</li>");
            }

            html.Append("</ul>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(text["Stappen"])}</h2>");
        foreach (var quarter in plan.Quarters)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section><h3>{quarter.Quarter}</h3><table><thead><tr><th>{E(text["Stap"])}</th><th>{E(text["Dienst"])}</th><th>{E(text["Naar"])}</th><th>{E(text["Inspanning"])}</th><th>{E(text["Waarom nu"])}</th></tr></thead><tbody>");
            foreach (var step in quarter.Steps)
            {
                var e = byId[step.Move.Id];
                var effort = e.EffortDays is { } d ? text.Plural(d, "{0} persoonsdag", "{0} persoonsdagen")
                    : step.Effort is { } i ? text["indicatie {0}–{1} persoonsdagen", i.LowDays, i.HighDays] : text["onbekend"];
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{step.Number}</td><td>{E(step.ServiceName)}</td><td>{E(step.Target.NameIn(text.Language))}{(step.Target.IsKnown ? "" : $" <em>({E(text["effect onbekend"])})</em>")}</td>" +
                    $"<td>{E(effort)}{(e.OneOffCost is { } c ? "; " + E("€ " + c.ToString("N0", culture)) : "")}</td>" +
                    $"<td><ul>{string.Concat(step.Why.Select(r => $"<li>{E(text.Why(r))}</li>"))}</ul></td></tr>");
            }

            html.Append(CultureInfo.InvariantCulture, $"</tbody></table><p><strong>{E(text["Daarna:"])}</strong> {E(Projection(quarter.After))}.</p></section>");
        }

        if (plan.Concentration.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(text["Wat het plan met de concentratie doet"])}</h2><ul>");
            foreach (var rise in plan.Concentration)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"problem\">{E(text.Why(rise))}</li>");
            }

            html.Append("</ul>");
        }

        if (plan.SetAside.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(text["Niet ingepland"])}</h2><ul>");
            foreach (var aside in plan.SetAside)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(aside.ServiceName)} → {E(aside.Target.NameIn(text.Language))}: {E(text.Why(aside.Why))}</li>");
            }

            html.Append("</ul>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(text[HowRegieOrders])}</p></body></html>");
        return html.ToString();
    }
}
