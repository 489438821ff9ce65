using System.Globalization;
using System.Net;
using System.Text;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Questionnaires;
using Regie.Core.Reporting;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Reporting;

/// <summary>
/// The board report as one self-contained HTML page (docs/REPORT.md): styles inline, charts as SVG, no script and no
/// outside address, so a browser shows it as it is and headless Chromium prints it to PDF (<see cref="PdfPrinter"/>).
/// Every text from the board or the catalog is HTML-encoded; the running header that repeats on every printed page is a
/// CSS string, escaped as one. Dutch or English after the culture; numbers in its format.
/// </summary>
public static partial class ReportHtml
{
    public static string Render(BoardReport report, CultureInfo culture)
    {
        var w = new Writer(culture);
        var h = report.Header;
        w.Raw($"<!DOCTYPE html><html lang=\"{(w.English ? "en" : "nl")}\"><head><meta charset=\"utf-8\">");
        w.Raw($"<title>{w.E(w.T("Bestuursrapportage", "Board report"))} {w.E(h.Board)} {w.E(w.Date(h.Date))}</title>");
        w.Raw("<style>").Raw(Styles(report, w)).Raw("</style></head><body>");

        FirstPage(report, w);
        Explanation(report, w);
        ImpactAssessments(report, w);
        PublicValues(report, w);
        Appendix(report, w);
        Sources(report, w);
        w.Raw("</body></html>");
        return w.ToString();
    }

    /// <summary>The running header and footer: board, date, catalog and model version on every page, and the page number.</summary>
    private static string Styles(BoardReport report, Writer w)
    {
        var h = report.Header;
        var left = CssString($"{w.T("Bestuursrapportage", "Board report")} · {h.Board}");
        var right = CssString($"{w.Date(h.Date)} · {w.T("catalogus", "catalog")} {h.CatalogVersion} · {w.T("model", "model")} {h.ModelVersion}");
        var page = CssString(w.T("Pagina ", "Page "));
        var of = CssString(w.T(" van ", " of "));
        return $$"""
            @page { size: A4; margin: 17mm 15mm 15mm 15mm;
              @top-left { content: {{left}}; font: 8pt sans-serif; color: #555; }
              @top-right { content: {{right}}; font: 8pt sans-serif; color: #555; }
              @bottom-right { content: {{page}} counter(page) {{of}} counter(pages); font: 8pt sans-serif; color: #555; } }
            body { font: 10pt/1.4 "DejaVu Sans", "Liberation Sans", sans-serif; color: #1b1b1b; margin: 0; }
            h1 { font-size: 16pt; margin: 0 0 2pt; color: #1f4e79; }
            h2 { font-size: 13pt; margin: 14pt 0 4pt; color: #1f4e79; break-after: avoid; }
            h3 { font-size: 11pt; margin: 10pt 0 2pt; break-after: avoid; }
            .sub { color: #555; margin: 0 0 8pt; }
            .verdict { border-left: 4px solid #1f4e79; padding: 4pt 8pt; background: #f3f6fa; }
            .verdict p { margin: 2pt 0; }
            .figures { display: flex; gap: 8pt; margin: 8pt 0; }
            .figure { flex: 1; border: 1px solid #ccd; padding: 4pt 6pt; }
            .figure b { display: block; font-size: 13pt; color: #1f4e79; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0; font-size: 9pt; }
            th, td { text-align: left; border-bottom: 1px solid #dde; padding: 2pt 4pt; vertical-align: top; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            td.date { white-space: nowrap; }
            td.cited { overflow-wrap: anywhere; }
            .chart { max-width: 100%; font: 9px sans-serif; margin: 4pt 0; }
            .chart .t { font-size: 11px; font-weight: bold; }
            .chart .v { fill: #333; }
            .service { break-inside: avoid-page; border-top: 1px solid #ccd; padding-top: 4pt; }
            .muted { color: #666; }
            .appendix, .explanation { break-before: page; }
            .first { font-size: 9pt; }
            .first h2 { font-size: 11pt; margin: 8pt 0 2pt; }
            .first table { font-size: 8.5pt; }
            .first .verdict p { margin: 1pt 0; }
            .first .verdict h2 { margin-top: 2pt; }
            .first table { break-inside: avoid; }
            .columns { display: flex; gap: 12pt; align-items: flex-start; }
            .columns > div { flex: 1; min-width: 0; }
            h2.part { font-size: 15pt; }
            p.note { margin: 3pt 0; }
            ul { margin: 2pt 0 2pt 14pt; padding: 0; }
            """;
    }

    private static void FirstPage(BoardReport report, Writer w)
    {
        var h = report.Header;
        w.Raw("<section class=\"first\"><h1>").Text(w.T("Digitale afhankelijkheid: bestuursrapportage", "Digital dependency: board report")).Raw("</h1>");
        w.Raw("<p class=\"sub\">").Text(h.Board).Raw(" · ").Text(w.Date(h.Date))
            .Raw(" · ").Text(w.T($"weging {h.ProfileName.Nl}", $"weighting {h.ProfileName.En}")).Raw("</p>");

        w.Raw("<section class=\"verdict\"><h2>").Text(w.T("Oordeel", "Verdict")).Raw("</h2>");
        foreach (var sentence in report.Verdict.Sentences)
        {
            w.Raw("<p>").Text(ReasonText.Render(sentence, w.Culture)).Raw("</p>");
        }

        w.Raw("<p><b>").Text(w.T("Begin hier: ", "Start here: ")).Raw("</b>").Text(BeginHere(report.Verdict.Start, w)).Raw("</p></section>");
        if (report.IsEmpty)
        {
            w.Raw("<p><b>").Text(w.T(
                "Dit bestuur heeft nog geen diensten geregistreerd; er is dus nog niets te beoordelen. Registreer of importeer de diensten en maak de rapportage opnieuw.",
                "This board has not registered any services yet, so there is nothing to assess. Register or import the services and make the report again.")).Raw("</b></p></section>");
            return;
        }

        var f = report.Figures;
        var c = report.Verdict.Counts;
        w.Raw("<div class=\"figures\">");
        Figure(w, w.T("Gemiddelde score (bewezen)", "Average score (proven)"), w.N(f.AverageScore, "0.0"));
        Figure(w, w.T("Gemiddelde score (optimistisch)", "Average score (optimistic)"), w.N(f.AverageOptimisticScore, "0.0"));
        Figure(w, w.T("Voldoet aan het minimum", "Meets the minimum"), $"{w.N(c.Meets)} / {w.N(c.WithMinimum)}");
        Figure(w, w.T("Haalt het niet op bekende feiten", "Fails on known facts"), w.N(c.FailsOnKnownFacts));
        Figure(w, w.T("Nog niet te bepalen", "Undetermined"), w.N(c.Undetermined));
        w.Raw("</div>");
        w.Raw("<p class=\"muted\">").Text(w.T(
            $"Bewezen: een onbekend antwoord telt als het slechtste. Optimistisch: als elk onbekend antwoord het beste zou zijn. {w.Count(f.UnknownAnswers, "antwoord is", "antwoorden zijn")} nog onbekend, over {w.Count(f.Services, "dienst", "diensten")}.",
            $"Proven: an unknown answer counts as the worst. Optimistic: as if every unknown answer were the best. {w.Count(f.UnknownAnswers, "answer is", "answers are")} still unknown, across {w.Count(f.Services, "service", "services")}.")).Raw("</p>");

        w.Raw("<div class=\"columns\"><div>");
        w.Raw(SvgChart.Columns(
            w.T("Diensten per SEAL-niveau", "Services per SEAL level"),
            [.. Enumerable.Range(0, 5).Select(l => new ChartBar($"SEAL-{l}", [report.Seals.Proven[l], report.Seals.Optimistic[l]]))],
            [w.T("bewezen", "proven"), w.T("optimistisch", "optimistic")], w.Culture, width: 360, height: 160));
        w.Raw("</div><div>");
        Urgent(report, w);
        Progress(report, w);
        w.Raw("</div></div>");

        Failing(report, w, FailingOnPageOne);
        w.Raw("<div class=\"columns\"><div>");
        w.Raw(SvgChart.Shares(w.T("Concentratie per uiteindelijke moeder (%)", "Concentration by ultimate parent (%)"),
            Bars(report.ByParent.Take(ConcentrationOnPageOne), w.Language, withProcesses: false), ConcentrationSeries(w)[..2], w.Culture, width: 360));
        w.Raw("</div><div>");
        w.Raw(SvgChart.Shares(w.T("Concentratie per hostingpartij (%)", "Concentration by hosting provider (%)"),
            Bars(report.ByProvider.Take(ConcentrationOnPageOne), w.Language, withProcesses: false), ConcentrationSeries(w)[..2], w.Culture, width: 360));
        w.Raw("</div></div>");
        Scenarios(report, w);
        w.Raw("</section>");
    }

    /// <summary>Page one lists this many failing services; the explanation after it lists them all.</summary>
    private const int FailingOnPageOne = 5;

    /// <summary>Page one's concentration charts show this many parties; the explanation shows <see cref="BoardReport.ConcentrationShown"/>.</summary>
    private const int ConcentrationOnPageOne = 5;

    /// <summary>After page one: every failing service, the concentration charts with their index, and the dependency picture.</summary>
    private static void Explanation(BoardReport report, Writer w)
    {
        if (report.IsEmpty)
        {
            return;
        }

        w.Raw("<section class=\"explanation\"><h2 class=\"part\">").Text(w.T("Toelichting", "Explanation")).Raw("</h2>");
        Failing(report, w, int.MaxValue);
        Concentration(report, w);
        Picture(report, w);
        ProcessingRegister(report, w);
        w.Raw("</section>");
    }

    /// <summary>"DPIA's en KIA's": per register the count by status, the overdue reviews and the high risks without a measure.</summary>
    private static void ImpactAssessments(BoardReport report, Writer w)
    {
        if (report.IsEmpty || report.ImpactAssessments is not { } section)
        {
            return;
        }

        var english = w.Culture.TwoLetterISOLanguageName == "en";
        w.Raw("<section class=\"impact-assessments\"><h2>").Text(w.T("DPIA's en KIA's", "DPIAs and CRIAs")).Raw("</h2><table><thead><tr><th>")
            .Text(w.T("Register", "Register")).Raw("</th>");
        foreach (var status in Enum.GetValues<Core.Landscape.AssessmentStatus>())
        {
            w.Raw("<th>").Text(StatusName(status, w)).Raw("</th>");
        }

        w.Raw("<th>").Text(w.T("Herziening achterstallig", "Review overdue")).Raw("</th><th>").Text(w.T("Hoge risico's zonder maatregel", "High risks without a measure")).Raw("</th></tr></thead><tbody>");
        foreach (var kind in section.Kinds)
        {
            w.Raw("<tr><th>").Text(Core.Explaining.ReasonText.KindName(kind.Kind, english)).Raw("</th>");
            foreach (var status in Enum.GetValues<Core.Landscape.AssessmentStatus>())
            {
                w.Raw("<td>").Text(w.N(kind.ByStatus.GetValueOrDefault(status))).Raw("</td>");
            }

            w.Raw("<td>").Text(w.N(kind.Overdue.Count)).Raw("</td><td>").Text(w.N(kind.HighRisksWithoutMeasure)).Raw("</td></tr>");
        }

        w.Raw("</tbody></table>");
        foreach (var kind in section.Kinds.Where(k => k.Overdue.Count > 0))
        {
            w.Raw("<p class=\"note\">");
            Names(w.T($"{Core.Explaining.ReasonText.KindName(kind.Kind, false)} achterstallig: ", $"{Core.Explaining.ReasonText.KindName(kind.Kind, true)} overdue: "), kind.Overdue, w);
            w.Raw("</p>");
        }

        w.Raw("</section>");
    }

    private static string StatusName(Core.Landscape.AssessmentStatus status, Writer w) => status switch
    {
        Core.Landscape.AssessmentStatus.Done => w.T("uitgevoerd", "done"),
        Core.Landscape.AssessmentStatus.InProgress => w.T("loopt", "in progress"),
        Core.Landscape.AssessmentStatus.NotStarted => w.T("niet gestart", "not started"),
        Core.Landscape.AssessmentStatus.NotNeeded => w.T("niet nodig", "not needed"),
        _ => w.T("onbekend", "unknown"),
    };

    private static IReadOnlyList<ChartBar> Bars(IEnumerable<Core.Graph.Concentration> items, string language, bool withProcesses = true) =>
        [.. items.Select(c => new ChartBar(c.Name.In(language), withProcesses ? [c.ServiceShare * 100, c.PupilShare * 100, c.ProcessShare * 100] : [c.ServiceShare * 100, c.PupilShare * 100]))];

    private static string[] ConcentrationSeries(Writer w) => [w.T("diensten", "services"), w.T("leerlingen", "pupils"), w.T("kritieke processen", "critical processes")];

    private static void Figure(Writer w, string label, string value) =>
        w.Raw("<div class=\"figure\">").Text(label).Raw("<b>").Text(value).Raw("</b></div>");

    private static string BeginHere(BeginHere start, Writer w) => start.Action switch
    {
        StartAction.RegisterServices => w.T("registreer of importeer de diensten van het bestuur.", "register or import the board's services."),
        StartAction.MarkEssentialProcesses => w.T("wijs de essentiële processen aan.", "mark the essential processes."),
        StartAction.AskVendor => w.T($"stuur {start.Name} de vragenlijst.", $"send {start.Name} the questionnaire."),
        StartAction.RecordArrangements => w.T($"leg de afspraken vast, te beginnen bij {start.Name}.", $"record the arrangements, starting with {start.Name}."),
        _ => w.T($"bekijk de alternatieven voor {start.Name}.", $"review the alternatives to {start.Name}."),
    };

    private static void Failing(BoardReport report, Writer w, int shown)
    {
        w.Raw("<h2>").Text(w.T("Diensten die het minimum voor essentiële processen niet halen", "Services that fail the minimum for essential processes")).Raw("</h2>");
        if (report.Failing.Count == 0)
        {
            w.Raw("<p>").Text(w.T("Geen: elke dienst van een essentieel proces haalt zijn minimum.", "None: every service of an essential process meets its minimum.")).Raw("</p>");
            return;
        }

        w.Table(("Dienst", "Service", false), ("Stand", "Standing", false), ("Score", "Score", true), ("SEAL", "SEAL", true), ("Minimum", "Minimum", true));
        foreach (var s in report.Failing.Take(shown))
        {
            w.Raw("<tr><td>").Text(s.Service.Name).Raw("</td><td>").Text(Standing(s.Standing, w)).Raw("</td><td class=\"n\">")
                .Text($"{w.N(s.Sovereignty.RoundedScore)} ({w.N(s.Sovereignty.RoundedOptimisticScore)})").Raw("</td><td class=\"n\">")
                .Text($"{s.Sovereignty.Seal} ({s.Sovereignty.OptimisticSeal})").Raw("</td><td class=\"n\">")
                .Text($"SEAL-{s.Policy.MinSeal} · {w.N(s.Policy.MinScore)}").Raw("</td></tr>");
        }

        w.Raw("</tbody></table><p class=\"muted\">").Text(w.T("Tussen haakjes: de optimistische waarde.", "In brackets: the optimistic value."));
        if (report.Failing.Count > shown)
        {
            w.Text(w.T($" En nog {w.N(report.Failing.Count - shown)}: zie de toelichting.", $" And {w.N(report.Failing.Count - shown)} more: see the explanation."));
        }

        w.Raw("</p>");
    }

    private static string Standing(Standing standing, Writer w) => standing switch
    {
        Core.Scoring.Standing.MeetsMinimum => w.T("voldoet", "meets"),
        Core.Scoring.Standing.FailsOnKnownFacts => w.T("haalt het niet op bekende feiten", "fails on known facts"),
        _ => w.T("nog niet te bepalen", "undetermined"),
    };

    private static void Urgent(BoardReport report, Writer w)
    {
        w.Raw("<h2>").Text(w.T("De vijf meest urgente diensten", "The five most urgent services")).Raw("</h2>");
        w.Table(("#", "#", false), ("Dienst", "Service", false), ("Urgentie", "Urgency", false), ("Kritiek", "Critical", true), ("Risico", "Risk", true),
            ("Score", "Score", true));
        foreach (var (s, i) in report.MostUrgent.Select((s, i) => (s, i + 1)))
        {
            w.Raw("<tr><td>").Text(w.N(i)).Raw("</td><td>").Text(s.Service.Name).Raw("</td><td>").Text(ReasonText.Band(s.Urgency.Band, w.Culture))
                .Raw("</td><td class=\"n\">").Text(w.N(s.Criticality.Value)).Raw("</td><td class=\"n\">").Text(w.N(s.Risk.Value, "0.00"))
                .Raw("</td><td class=\"n\">").Text(w.N(s.Sovereignty.RoundedScore)).Raw("</td></tr>");
        }

        w.Raw("</tbody></table>");
    }

    private static void Concentration(BoardReport report, Writer w)
    {
        w.Raw("<h2>").Text(w.T("Concentratie", "Concentration")).Raw("</h2>");
        var series = ConcentrationSeries(w);
        w.Raw(SvgChart.Shares(w.T("Per uiteindelijke moeder (aandeel van het bestuur, %)", "By ultimate parent (share of the board, %)"), Bars(report.ByParent, w.Language), series, w.Culture));
        w.Raw("<p class=\"muted\">").Text(ReasonText.Render(report.ParentIndex.Why, w.Culture)).Raw(" HHI ").Text(w.N(report.ParentIndex.Hhi, "#,0")).Raw("</p>");
        w.Raw(SvgChart.Shares(w.T("Per hostingpartij (aandeel van het bestuur, %)", "By hosting provider (share of the board, %)"), Bars(report.ByProvider, w.Language), series, w.Culture));
        w.Raw("<p class=\"muted\">").Text(ReasonText.Render(report.ProviderIndex.Why, w.Culture)).Raw(" HHI ").Text(w.N(report.ProviderIndex.Hhi, "#,0")).Raw("</p>");
    }

    private static void Scenarios(BoardReport report, Writer w)
    {
        w.Raw("<h2>").Text(w.T("De drie scenario's die het meeste pijn doen", "The three scenarios that would hurt most")).Raw("</h2>");
        if (report.WorstScenarios.Count == 0)
        {
            w.Raw("<p>").Text(w.T("Geen partij of land waarvan het wegvallen een proces raakt.", "No party or country whose loss touches a process.")).Raw("</p>");
            return;
        }

        w.Table(("Scenario", "Scenario", false), ("Schade", "Harm", true), ("Diensten uit", "Services down", true), ("Processen stil", "Processes stopped", true),
            ("Leerlingen (minstens)", "Pupils (at least)", true));
        foreach (var row in report.WorstScenarios)
        {
            w.Raw("<tr><td>").Text(ReasonText.Render(row.Scenario.Headline, w.Culture)).Raw("</td><td class=\"n\">").Text(w.N(row.Harm, "0"))
                .Raw("</td><td class=\"n\">").Text(w.N(row.ServicesDown)).Raw("</td><td class=\"n\">").Text(w.N(row.ProcessesStopped))
                .Raw("</td><td class=\"n\">").Text(w.N(row.PupilsAtLeast)).Raw("</td></tr>");
        }

        w.Raw("</tbody></table>");
    }

    /// <summary>The public-values assessments with their totals and unknown share; the sovereignty in its own column, outside the total.</summary>
    private static void PublicValues(BoardReport report, Writer w)
    {
        if (report.PublicValues.Count == 0)
        {
            return;
        }

        w.Raw("<section class=\"public-values\"><h2>").Text(w.T("Publieke waarden", "Public values")).Raw("</h2><p>")
            .Text(w.T("Gewogen totaal van de beantwoorde waarden (0–3); onbekende waarden blijven buiten het totaal. De soevereiniteitsscore staat ernaast en telt niet mee.",
                "Weighted total of the answered values (0–3); unknown values stay out of the total. The sovereignty score stands beside it and does not count."))
            .Raw("</p>");
        w.Table(("Onderwerp", "Subject", false), ("Totaal", "Total", true), ("Onbekend", "Unknown", true), ("Buiten het totaal", "Left out", false),
            ("Soevereiniteit (apart)", "Sovereignty (apart)", true));
        foreach (var v in report.PublicValues)
        {
            var r = v.Result;
            w.Raw("<tr><td>").Text(r.Subject.Name).Raw("</td><td class=\"n\">").Text(r.Total is { } t ? w.N(t, "0.00") : w.T("geen", "none"))
                .Raw("</td><td class=\"n\">").Text(w.N(r.UnknownShare * 100, "0") + "%")
                .Raw("</td><td>").Text(r.LeftOut.Count == 0 ? "—" : string.Join(", ", r.LeftOut.Select(x => w.English ? x.Name.En : x.Name.Nl)))
                .Raw("</td><td class=\"n\">").Text(v.Sovereignty.Score is { } s ? $"{w.N(s, "0")} · SEAL {v.Sovereignty.Seal}" : w.T("geen score", "no score"))
                .Raw("</td></tr>");
        }

        w.Raw("</tbody></table></section>");
    }

    /// <summary>The roadmap's progress and what changed since the previous report, as two short paragraphs for page one.</summary>
    private static void Progress(BoardReport report, Writer w)
    {
        var r = report.Roadmap;
        w.Raw("<p class=\"note\"><b>").Text(w.T("Routekaart: ", "Roadmap: ")).Raw("</b>").Text(r.Total == 0 && r.Dropped == 0
            ? w.T("er zijn nog geen verhuizingen gepland.", "no moves have been planned yet.")
            : w.T(
                $"{w.Count(r.Done, "verhuizing", "verhuizingen")} afgerond, {w.N(r.InProgress)} bezig, {w.N(r.Planned)} gepland ({w.N(r.DoneShare * 100, "0")}% af); {w.N(r.Dropped)} geschrapt.",
                $"{w.Count(r.Done, "move", "moves")} done, {w.N(r.InProgress)} in progress, {w.N(r.Planned)} planned ({w.N(r.DoneShare * 100, "0")}% done); {w.N(r.Dropped)} dropped."))
            .Raw("</p><p class=\"note\"><b>").Text(w.T("Sinds de vorige rapportage: ", "Since the previous report: ")).Raw("</b>");
        if (report.SincePrevious is not { } c)
        {
            w.Text(w.T("er is geen eerdere rapportage om mee te vergelijken.", "there is no earlier report to compare with.")).Raw("</p>");
            return;
        }

        w.Text(w.T(
            $"({w.Date(c.Previous.Date)}) gemiddelde score {Signed(c.ScoreChange, w)}; voldoet {Signed(c.MeetsChange, w)}, haalt het niet {Signed(c.FailsChange, w)}, nog niet te bepalen {Signed(c.UndeterminedChange, w)}; onbekende antwoorden {Signed(c.UnknownAnswersChange, w)}.",
            $"({w.Date(c.Previous.Date)}) average score {Signed(c.ScoreChange, w)}; meets {Signed(c.MeetsChange, w)}, fails {Signed(c.FailsChange, w)}, undetermined {Signed(c.UndeterminedChange, w)}; unknown answers {Signed(c.UnknownAnswersChange, w)}."));
        Names(w.T(" Nieuw: ", " Added: "), c.Added, w);
        Names(w.T(" Verdwenen: ", " Removed: "), c.Removed, w);
        w.Raw("</p>");
    }

    /// <summary>A list of service names, the first eight and how many more.</summary>
    private static void Names(string lead, IReadOnlyList<string> names, Writer w)
    {
        if (names.Count == 0)
        {
            return;
        }

        w.Text(lead + string.Join(", ", names.Take(8)) + (names.Count > 8 ? w.T($" en {w.N(names.Count - 8)} meer.", $" and {w.N(names.Count - 8)} more.") : "."));
    }

    private static string Signed(double value, Writer w) => (value > 0 ? "+" : "") + value.ToString(value % 1 == 0 ? "0" : "0.0", w.Culture);

    /// <summary>The dependency picture: the essential processes, the services they run on that are most urgent, and their ultimate parents.</summary>
    private static void Picture(BoardReport report, Writer w)
    {
        if (report.IsEmpty)
        {
            return;
        }

        var services = report.Services.Select(a => a.Assessment)
            .Where(s => s.Service.Service.ProcessIds.Count > 0)
            .OrderByDescending(s => s.Urgency.BandRank).ThenByDescending(s => s.Criticality.Value).ThenBy(s => s.Service.Name, StringComparer.Ordinal)
            .Take(14).ToList();
        var processIds = services.SelectMany(s => s.Service.Service.ProcessIds).Distinct(StringComparer.Ordinal).ToList();
        var processes = report.Landscape.Processes.Where(p => processIds.Contains(p.Id)).OrderByDescending(p => p.Essential).ThenBy(p => p.Id, StringComparer.Ordinal).Take(14).ToList();
        var parents = services.Select(s => Parent(s, w)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var links = new List<(int, int, int, int)>();
        foreach (var (s, si) in services.Select((s, i) => (s, i)))
        {
            foreach (var pid in s.Service.Service.ProcessIds)
            {
                var pi = processes.FindIndex(p => p.Id == pid);
                if (pi >= 0)
                {
                    links.Add((0, pi, 1, si));
                }
            }

            links.Add((1, si, 2, parents.IndexOf(Parent(s, w))));
        }

        w.Raw("<h2>").Text(w.T("Afhankelijkheden van de meest urgente diensten", "Dependencies of the most urgent services")).Raw("</h2>");
        w.Raw(SvgChart.Layers(
            w.T("Proces → dienst → uiteindelijke moeder van de leverancier", "Process → service → the vendor's ultimate parent"),
            [[.. processes.Select(p => p.Name.In(w.Language) + (p.Essential ? " *" : ""))], [.. services.Select(s => s.Service.Name)], parents],
            links));
        w.Raw("<p class=\"muted\">").Text(w.T("* essentieel proces", "* essential process")).Raw("</p>");
    }

    private static string Parent(ServiceAssessment s, Writer w) =>
        s.Service.VendorChain.UltimateParent?.Name ?? s.Service.VendorChain.Vendor?.Name ?? w.T("leverancier onbekend", "vendor unknown");

    private static void Appendix(BoardReport report, Writer w)
    {
        if (report.IsEmpty)
        {
            return;
        }

        w.Raw("<section class=\"appendix\"><h2>").Text(w.T("Bijlage: per dienst", "Appendix: per service")).Raw("</h2>");
        foreach (var a in report.Services)
        {
            var s = a.Assessment;
            var r = s.Service;
            w.Raw("<div class=\"service\"><h3>").Text(r.Name).Raw("</h3><p>");
            w.Text($"{w.T("Score", "Score")} {w.N(s.Sovereignty.RoundedScore)} ({w.T("optimistisch", "optimistic")} {w.N(s.Sovereignty.RoundedOptimisticScore)}) · SEAL-{s.Sovereignty.Seal} ({s.Sovereignty.OptimisticSeal}) · ");
            w.Text(s.Policy.Applies ? Standing(s.Standing, w) : w.T("geen minimumeis", "no minimum"));
            w.Text($" · {w.T("urgentie", "urgency")} {ReasonText.Band(s.Urgency.Band, w.Culture)}");
            w.Raw("<br>").Text($"{w.T("Leverancier", "Vendor")}: {r.VendorChain.Vendor?.Name ?? w.T("onbekend", "unknown")}");
            if (r.VendorChain.UltimateParent is { } parent && parent != r.VendorChain.Vendor)
            {
                w.Text($" ({w.T("moeder", "parent")}: {parent.Name})");
            }

            w.Text($" · {w.T("Hosting", "Hosting")}: {r.HostingProvider?.Name.In(w.Language) ?? w.T("onbekend", "unknown")}").Raw("</p>");
            if (s.Sovereignty.Binding.Count > 0 || s.Policy.Why.Count > 0)
            {
                w.Raw("<ul>");
                foreach (var why in s.Policy.Why.Concat(s.Sovereignty.Binding.Select(b => b.Why)).Take(8))
                {
                    w.Raw("<li>").Text(ReasonText.Render(why, w.Culture)).Raw("</li>");
                }

                w.Raw("</ul>");
            }

            var answers = s.Sovereignty.Objectives.SelectMany(o => o.Criteria).ToList();
            w.Raw("<p class=\"muted\">").Text(w.T(
                $"{w.Count(answers.Count(c => !c.IsUnknown), "antwoord", "antwoorden")} bekend, {w.N(answers.Count(c => c.IsUnknown))} onbekend.",
                $"{w.Count(answers.Count(c => !c.IsUnknown), "answer", "answers")} known, {w.N(answers.Count(c => c.IsUnknown))} unknown."));
            if (a.Links.Count > 0)
            {
                w.Raw("<br>").Text(w.T("Afhankelijkheden: ", "Dependencies: ")).Text(string.Join("; ", a.Links.Select(l => l.Outgoing
                    ? $"{ReasonText.Edge(l.Kind, w.Culture)} {l.Other}"
                    : $"{l.Other} {ReasonText.Edge(l.Kind, w.Culture)} {w.T("deze dienst", "this service")}")));
            }

            w.Raw("<br>").Text(w.T("Exitplan: ", "Exit plan: ")).Text(a.ExitPlan switch
            {
                ExitPlanState.None => w.T("geen", "none"),
                ExitPlanState.Written => w.T("beschreven, niet getest", "written, not tested"),
                ExitPlanState.Tested => w.T($"getest op {w.Date(a.ExitPlanTested!.Value)}", $"tested on {w.Date(a.ExitPlanTested!.Value)}"),
                _ => w.T($"laatst getest op {w.Date(a.ExitPlanTested!.Value)}, langer dan twaalf maanden geleden", $"last tested on {w.Date(a.ExitPlanTested!.Value)}, more than twelve months ago"),
            });
            if (a.OpenQuestions.Count > 0)
            {
                w.Raw("<br>").Text(w.T("Open vragen aan de leverancier: ", "Open questions to the vendor: "))
                    .Text(string.Join("; ", a.OpenQuestions.Take(6).Select(q => $"{q.VendorName}: {QuestionnaireDocument.QuestionText(q.Question, w.Culture)}")));
                if (a.OpenQuestions.Count > 6)
                {
                    w.Text(w.T($" en {a.OpenQuestions.Count - 6} meer", $" and {a.OpenQuestions.Count - 6} more"));
                }
            }

            w.Raw("</p></div>");
        }

        w.Raw("</section>");
    }

    private static void Sources(BoardReport report, Writer w)
    {
        w.Raw("<section><h2>").Text(w.T("Bronnen van de gebruikte feiten", "Sources of the facts used")).Raw("</h2>");
        if (report.Sources.Count == 0)
        {
            w.Raw("<p>").Text(w.T("Geen: elk bekend antwoord komt van het bestuur zelf.", "None: every known answer comes from the board itself.")).Raw("</p></section>");
            return;
        }

        w.Raw("<p>").Text(w.T(
            "Elke bron is een pagina of document dat voor de catalogus is gelezen. Wat er gelezen is, staat bij het feit zelf: op de productpagina van de catalogus in Regie en in 'regie catalog export' (in het Engels).",
            "Each source is a page or document read for the catalog. What was read there is noted at the fact itself: on the catalog's product page in Regie and in 'regie catalog export'.")).Raw("</p>");
        w.Table(("Bron", "Source", false), ("Gelezen op", "Read on", false), ("Antwoorden", "Answers", true), ("Diensten", "Services", true));
        foreach (var source in report.Sources)
        {
            w.Raw("<tr><td class=\"cited\">").Text(ReasonText.SourceMarker(source.Source, w.Culture) ?? source.Source).Raw("</td><td class=\"date\">").Text(source.Checked is { } d ? w.ShortDate(d) : w.T("onbekend", "unknown"))
                .Raw("</td><td class=\"n\">").Text(w.N(source.Answers)).Raw("</td><td class=\"n\">").Text(w.N(source.Services)).Raw("</td></tr>");
        }

        w.Raw("</tbody></table></section>");
    }

    /// <summary>A CSS string literal for any text: every character outside letters, digits and spaces as a hex escape, so nothing ends the string or the style element.</summary>
    public static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || ch == ' ')
            {
                css.Append(ch);
            }
            else
            {
                css.Append('\\').Append(((int)ch).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return css.Append('"').ToString();
    }

    /// <summary>Writes HTML: markup as given, text encoded; the language and number format of one culture.</summary>
    private sealed class Writer(CultureInfo culture)
    {
        private readonly StringBuilder html = new();

        public CultureInfo Culture => culture;
        public bool English => culture.TwoLetterISOLanguageName == "en";
        public string Language => English ? "en" : "nl";

        public Writer Raw(string markup)
        {
            html.Append(markup);
            return this;
        }

        public Writer Text(string text)
        {
            html.Append(WebUtility.HtmlEncode(text));
            return this;
        }

        public string E(string text) => WebUtility.HtmlEncode(text);

        /// <summary>Opens a table with its header row: each column's Dutch and English heading, numbers right-aligned.</summary>
        public Writer Table(params (string Nl, string En, bool Number)[] columns)
        {
            html.Append("<table><thead><tr>");
            foreach (var (nl, en, number) in columns)
            {
                html.Append(number ? "<th class=\"n\">" : "<th>").Append(WebUtility.HtmlEncode(T(nl, en))).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            return this;
        }
        public string T(string nl, string en) => English ? en : nl;
        public string N(double value, string format = "0") => value.ToString(format, culture);
        public string N(int value) => value.ToString("N0", culture);
        public string Count(int count, string one, string many) => Plural.Count(count, one, many, culture);
        public string Date(DateOnly date) => date.ToString("d MMMM yyyy", culture);
        public string ShortDate(DateOnly date) => date.ToString(English ? "yyyy-MM-dd" : "dd-MM-yyyy", culture);
        public override string ToString() => html.ToString();
    }
}
