using System.Globalization;
using Regie.Core.Landscape;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Verdict(VerdictReason reason, bool english, CultureInfo culture)
    {
        string Nl(string nl, string en) => english ? en : nl;
        string Services(int n) => english ? Plural.Count(n, "service", "services", culture) : Plural.Count(n, "dienst", "diensten", culture);
        string Questions(int n) => english ? Plural.Count(n, "question", "questions", culture) : Plural.Count(n, "vraag", "vragen", culture);
        string Num(int n) => n.ToString("N0", culture);

        return reason switch
        {
            ThroughDependency d => Edge(d.Edge, culture) + " " + d.TargetName,
            VendorParty p => Nl($"leverancier valt onder {p.CompanyName}", $"vendor controlled by {p.CompanyName}") + Country(p.CountryCode),
            HostingParty p => Nl($"gehost bij {p.CompanyName}", $"hosted by {p.CompanyName}") + Country(p.CountryCode),
            OpenQuestions { VendorName: { } vendor } => Nl($"open vragen aan leverancier {vendor}", $"open questions to vendor {vendor}"),
            OpenQuestions => Nl("leverancier niet vastgelegd", "vendor not recorded"),
            BoardGap => Nl("eigen afspraken niet vastgelegd (exitclausule, export, DPIA)", "own arrangements not on record (exit clause, export, DPIA)"),
            ProductAnswers { VendorName: { } vendor } => Nl($"wat de producten van {vendor} nu bieden", $"what {vendor}'s products offer now"),
            ProductAnswers => Nl("wat het product nu biedt", "what the product offers now"),

            BoardIsEmpty => Nl(
                "Dit bestuur heeft nog geen diensten geregistreerd, dus er is nog niets te beoordelen.",
                "This board has not registered any services yet, so there is nothing to assess."),
            NoMinimumApplies r => Nl(
                $"Geen van de {Services(r.Services)} ondersteunt een essentieel proces, dus er geldt nog geen minimumeis.",
                $"None of the {Services(r.Services)} supports an essential process, so no minimum applies yet."),
            StandingSummary { Counts: var c } => Nl(
                $"Van de {Services(c.WithMinimum)} met een minimumeis {(c.Meets == 1 ? "voldoet" : "voldoen")} er {Num(c.Meets)} aan; "
                    + $"{Num(c.FailsOnKnownFacts)} {(c.FailsOnKnownFacts == 1 ? "haalt" : "halen")} hem op bekende feiten niet en van {Num(c.Undetermined)} is het nog niet te zeggen: "
                    + $"{(c.Undetermined == 1 ? "die haalt" : "die halen")} hem alleen niet omdat er antwoorden ontbreken.",
                $"Of the {Services(c.WithMinimum)} with a minimum, {Num(c.Meets)} {(c.Meets == 1 ? "meets" : "meet")} it; "
                    + $"{Num(c.FailsOnKnownFacts)} {(c.FailsOnKnownFacts == 1 ? "fails" : "fail")} it on known facts and {Num(c.Undetermined)} cannot be judged yet: "
                    + $"{(c.Undetermined == 1 ? "it fails" : "they fail")} only because answers are missing."),
            AllMeetTheirMinimum r => Nl(
                $"Alle {Services(r.WithMinimum)} met een minimumeis voldoen eraan.",
                $"All {Services(r.WithMinimum)} with a minimum meet it."),
            BiggestLever r => Nl(
                $"De grootste hefboom: {Render(r.Cause, culture)}. " + (r.Replacement is { } p ? $"Met {p} in de plaats daarvan" : "Als die oorzaak wegvalt")
                    + $" {(r.Lift == 1 ? "haalt" : "halen")} {Num(r.Lift)} van de {Services(r.Failing)} die nu tekortschieten de minimumeis.",
                $"The biggest lever: {Render(r.Cause, culture)}. " + (r.Replacement is { } q ? $"With {q} in its place" : "If that cause were removed")
                    + $", {Num(r.Lift)} of the {Services(r.Failing)} that fall short now would meet the minimum."),
            DecisionPlan r => Nl(
                $"{(r.Steps.Count == 1 ? "Eén besluit tilt" : $"{Num(r.Steps.Count)} besluiten tillen")} het meest: ",
                $"{(r.Steps.Count == 1 ? "One decision lifts" : $"{Num(r.Steps.Count)} decisions lift")} the most: ")
                + string.Join("; ", r.Steps.Select((step, i) => Nl(i == 0 ? "eerst " : "daarna ", i == 0 ? "first " : "then ") + Act(step.Cause, step.Replacement) + ": "
                    + Outcome(step, i > 0, r.Failing)))
                + ".",
            HeldOnKnownFacts r => Nl(
                $"Wat de {Services(r.Failing)} die op bekende feiten tekortschieten het vaakst tegenhoudt: ",
                $"What most often holds back the {Services(r.Failing)} that fail on known facts: ")
                + string.Join(", ", r.Top.Select(t => $"{Render(t.Cause, culture)} ({Num(t.Services)})"))
                + Nl(". Daar helpt alleen een ander product of een andere partij: zie de alternatieven en de roadmap.",
                    ". Only another product or party helps there: see the alternatives and the roadmap."),
            NoSingleLever r => Nl(
                $"Geen enkele oorzaak brengt op zichzelf een dienst boven de minimumeis: ze houden diensten samen tegen. Het vaakst: {Render(r.Cause, culture)} ({Num(r.Held)} van de {Services(r.Failing)}).",
                $"No single cause lifts a service above the minimum on its own: they hold services back together. Most often: {Render(r.Cause, culture)} ({Num(r.Held)} of the {Services(r.Failing)})."),
            StillUnknown r => Nl(
                $"Nog onbekend: {Questions(r.Questions)}",
                $"Still unknown: {Questions(r.Questions)}")
                + (r.TopVendors.Count == 0 ? "" : Nl(", vooral aan ", ", mostly to ") + string.Join(", ", r.TopVendors.Select(v => $"{v.Vendor ?? Nl("onbekende leverancier", "unknown vendor")} ({Num(v.Questions)})")))
                + ".",
            LiftIfDependencyGone r => Nl(
                $"Zonder deze afhankelijkheid van {r.From} (de catalogus kent geen beter alternatief met dezelfde functie).",
                $"Without this dependency on {r.From} (the catalog knows no better alternative with the same function)."),
            LiftIfMovedTo r => r.Edge == DependencyKind.SignsInThrough
                ? Nl($"Als het inloggen via {r.Product} liep in plaats van {r.From}, met exitclausule, DPIA en export geregeld.",
                    $"If signing in went through {r.Product} instead of {r.From}, with exit clause, DPIA and export arranged.")
                : Nl($"Als {r.Product} de plaats van {r.From} innam, met exitclausule, DPIA en export geregeld.",
                    $"If {r.Product} took the place of {r.From}, with exit clause, DPIA and export arranged."),
            LiftIfAnsweredBest { Cause: OpenQuestions } => Nl(
                "Als de leverancier alle open vragen zo goed mogelijk beantwoordde; bij het slechtste antwoord blijft alles zoals het nu telt.",
                "If the vendor answered every open question as well as possible; at the worst answer everything stays as it counts now."),
            LiftIfAnsweredBest { Cause: BoardGap } => Nl("Als het bestuur dit regelt en vastlegt.", "If the board arranges and records this."),
            LiftIfAnsweredBest { Cause: VendorParty or HostingParty } => Nl(
                "Als deze partij geen zeggenschap meer had: de antwoorden die zij bepaalt het beste antwoord.",
                "If this party had no say any more: the answers it determines at their best."),
            LiftIfAnsweredBest => Nl("Als deze antwoorden het beste antwoord waren.", "If these answers were the best answer."),
            StandingIs { Standing: Standing.MeetsMinimum } => Nl("voldoet", "meets the minimum"),
            StandingIs { Standing: Standing.FailsOnKnownFacts } => Nl("haalt het niet op bekende feiten", "fails on known facts"),
            StandingIs => Nl("nog niet te bepalen", "undetermined"),
            _ => null,
        };

        string Country(string? code) => code is null ? "" : $" ({code})";

        // What a plan step brings, counted together with the steps before it.
        string Outcome(PlanStepSummary step, bool together, int failing)
        {
            if (step.LiftedSoFar == 0 && step.ClearedSoFar == 0)
            {
                return Nl("dat alleen tilt nog geen dienst", "on its own that lifts no service yet");
            }

            var parts = new List<string>();
            if (step.LiftedSoFar > 0)
            {
                parts.Add(Nl($"{Num(step.LiftedSoFar)} van de {Services(failing)} {(step.LiftedSoFar == 1 ? "haalt" : "halen")} dan de minimumeis",
                    $"{Num(step.LiftedSoFar)} of the {Services(failing)} then {(step.LiftedSoFar == 1 ? "meets" : "meet")} the minimum"));
            }

            if (step.ClearedSoFar > 0)
            {
                parts.Add(Nl($"{Services(step.ClearedSoFar)} {(step.ClearedSoFar == 1 ? "schiet" : "schieten")} dan niet meer tekort op bekende feiten",
                    $"{Services(step.ClearedSoFar)} then no longer {(step.ClearedSoFar == 1 ? "fails" : "fail")} on known facts"));
            }

            return (together ? Nl("samen ", "together ") : "") + string.Join(Nl(" en ", " and "), parts);
        }

        // The cause as what the board does about it.
        string Act(RootCause cause, string? replacement = null) => cause switch
        {
            BoardGap => Nl("de eigen afspraken vastleggen (exitclausule, export, DPIA)", "put the board's own arrangements on record (exit clause, export, DPIA)"),
            OpenQuestions { VendorName: var vendor } => Nl($"{vendor} de open vragen laten beantwoorden (bij gunstige antwoorden)",
                $"have {vendor} answer the open questions (if the answers are favourable)"),
            ThroughDependency { Edge: DependencyKind.SignsInThrough } d when replacement is not null => Nl(
                $"het inloggen via {d.TargetName} verplaatsen naar {replacement}", $"move signing in from {d.TargetName} to {replacement}"),
            ThroughDependency { Edge: DependencyKind.SignsInThrough } d => Nl($"het inloggen via {d.TargetName} verplaatsen", $"move signing in away from {d.TargetName}"),
            ThroughDependency d => Nl($"de afhankelijkheid van {d.TargetName} wegnemen", $"remove the dependency on {d.TargetName}"),
            _ => Render(cause, culture),
        };
    }
}
