using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Exit;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    /// <summary>How one service leans on another, as a phrase inside a sentence ("logt in via", "signs in through").</summary>
    public static string Edge(DependencyKind kind, CultureInfo culture) => (kind, IsEnglish(culture)) switch
    {
        (DependencyKind.HostedOn, false) => "gehost op",
        (DependencyKind.HostedOn, true) => "hosted on",
        (DependencyKind.SignsInThrough, false) => "logt in via",
        (DependencyKind.SignsInThrough, true) => "signs in through",
        (_, false) => "koppelt met",
        (_, true) => "integrates with",
    };

    /// <summary>An urgency band of the model file by name; a band the renderer does not know shows as its id.</summary>
    public static string Band(string band, CultureInfo culture) => !IsEnglish(culture) ? band : band switch
    {
        "laag" => "low",
        "middel" => "medium",
        "hoog" => "high",
        "kritiek" => "critical",
        _ => band,
    };

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static string? Scoring(ScoringReason reason, bool english, CultureInfo culture)
    {
        string L(LocalizedText text) => text.In(english ? "en" : "nl");
        string N(double value, string format) => value.ToString(format, culture);
        string G(double value) => value.ToString(culture);
        string Nl(string nl, string en) => english ? en : nl;
        string Role(ControllingRole role) => (role, english) switch
        {
            (ControllingRole.VendorParent, false) => "Moederbedrijf van de leverancier",
            (ControllingRole.VendorParent, true) => "The vendor's parent company",
            (ControllingRole.HostingParent, false) => "Moederbedrijf van hostingpartij",
            (ControllingRole.HostingParent, true) => "The hosting provider's parent company",
            (_, false) => "Eigen beheer",
            (_, true) => "The board's own operation",
        };
        string List(IEnumerable<string> items) => string.Join(", ", items);

        return reason switch
        {
            CriterionExplained r => (r.Origin, r.Unknown) switch
            {
                (AnswerOrigin.Board, var unknown) => Nl("Aangepast door het bestuur: ", "Changed by the board: ") + Text(r.Why) +
                    (unknown ? Nl(" (onbekend telt als het slechtste antwoord)", " (unknown counts as the worst answer)") : ""),
                (_, true) => Text(r.Why) + Nl(" Onbekend telt als het slechtste antwoord.", " Unknown counts as the worst answer."),
                (AnswerOrigin.Vendor, _) when r.Why is not AnswerStatedByVendor => Nl("Volgens de leverancier: ", "According to the vendor: ") + Text(r.Why),
                _ => Text(r.Why),
            },
            BoardNote r => r.Note,
            AnsweredByCatalog => Nl("Uit de catalogus, met de bron en datum die erbij staan.", "From the catalog, with the source and date given there."),
            NotYetAnswered => Nl("Nog niet beantwoord: vraag het de leverancier.", "Not answered yet: ask the vendor."),
            UnknownPrefillRule r => Nl($"Onbekende regel '{r.Rule}'.", $"Unknown rule '{r.Rule}'."),
            KeysHeldByBoard => Nl("In eigen beheer gehost: het bestuur of zijn beheerder houdt de sleutels.",
                "Self-hosted: the board or its operator holds the keys."),
            KeyControlUnknown => Nl("Sleutelbeheer is niet bekend.", "Who controls the keys is not known."),
            ExitClauseRecorded { HasClause: true } => Nl("Het bestuur heeft vastgelegd dat het contract een exitregeling heeft.",
                "The board recorded that the contract has an exit clause."),
            ExitClauseRecorded => Nl("Het bestuur heeft vastgelegd dat het contract geen exitregeling heeft.",
                "The board recorded that the contract has no exit clause."),
            ExitClauseUnknown => Nl("Niet vastgelegd of het contract een exitregeling heeft.", "Not recorded whether the contract has an exit clause."),
            ExitTermsStated { HasTerms: true } => Nl("Het contract regelt exit en overdracht.", "The contract arranges exit and transition."),
            ExitTermsStated => Nl("Het contract regelt exit en overdracht niet.", "The contract does not arrange exit and transition."),
            AnswerStatedByVendor r => Nl($"Verklaard door {r.Vendor} op {r.Date.ToString("d MMMM yyyy", culture)}, in antwoord op de vragenlijst van het bestuur.",
                $"Stated by {r.Vendor} on {r.Date.ToString("d MMMM yyyy", culture)}, answering the board's questionnaire."),
            OpenSourceRecorded { IsOpenSource: true } => Nl("De software is open source.", "The software is open source."),
            OpenSourceRecorded => Nl("De software is niet open source.", "The software is not open source."),
            OpenSourceUnknown => Nl("Niet bekend of de software open source is.", "Not known whether the software is open source."),
            DpiaRecorded { Status: AssessmentStatus.InProgress } => Nl("DPIA is bezig volgens het bestuur.", "A DPIA is in progress, according to the board."),
            DpiaRecorded { Status: AssessmentStatus.NotStarted } => Nl("Er is geen DPIA uitgevoerd volgens het bestuur.",
                "No DPIA has been carried out, according to the board."),
            DpiaRecorded => Nl("DPIA uitgevoerd (of niet nodig) volgens het bestuur.", "DPIA carried out (or not needed), according to the board."),
            DpiaUnknown => Nl("DPIA-status is onbekend.", "The DPIA status is unknown."),
            VendorUnknown => Nl("Leverancier onbekend.", "Vendor unknown."),
            UltimateParentUnknown r => Nl($"Uiteindelijk moederbedrijf niet bekend ({L(r.Chain)}).", $"Ultimate parent company not known ({L(r.Chain)})."),
            ParentInEu r => Nl($"{L(r.Chain)}: gevestigd in {L(r.Country)} (EU/EER).", $"{L(r.Chain)}: established in {L(r.Country)} (EU/EEA)."),
            ParentUnderForeignAccessLaw r => Nl($"{L(r.Chain)}: gevestigd in {L(r.Country)}, waar wetgeving toegang tot gegevens kan afdwingen.",
                $"{L(r.Chain)}: established in {L(r.Country)}, where law can compel access to data."),
            ParentOutsideEu r => Nl($"{L(r.Chain)}: gevestigd in {L(r.Country)}, buiten de EU/EER.", $"{L(r.Chain)}: established in {L(r.Country)}, outside the EU/EEA."),
            PartyUnderForeignLaw r => Nl(
                $"{Role(r.Role)} {r.Company} valt onder het recht van {L(r.Country)} ({(r.LawNote is { } note ? L(note) : "wet die toegang tot gegevens kan afdwingen")}).",
                $"{Role(r.Role)} {r.Company} falls under the law of {L(r.Country)} ({(r.LawNote is { } lawNote ? L(lawNote) : "a law that can compel access to data")})."),
            OpenSourceRunByEuParty r => Nl($"Open-sourcesoftware, beheerd door {L(r.Provider)}, in handen van een EU/EER-partij.",
                $"Open-source software, run by {L(r.Provider)}, owned by an EU/EEA party."),
            ChainOwnedInEu => Nl("Leverancier en hostingpartij zijn (via hun moederbedrijven) in handen van EU/EER-partijen.",
                "Vendor and hosting provider are (through their parent companies) owned by EU/EEA parties."),
            ChainIncomplete { VendorParentKnown: false, HostingProviderKnown: false } => Nl(
                "Niet te bepalen: moederbedrijf van de leverancier onbekend en hostingpartij onbekend.",
                "Cannot be determined: the vendor's parent company is unknown and the hosting provider is unknown."),
            ChainIncomplete { VendorParentKnown: false } => Nl("Niet te bepalen: moederbedrijf van de leverancier onbekend.",
                "Cannot be determined: the vendor's parent company is unknown."),
            ChainIncomplete => Nl("Niet te bepalen: hostingpartij of haar eigenaar onbekend.",
                "Cannot be determined: the hosting provider or its owner is unknown."),
            PartyCanBeForcedToStop r => Nl($"{Role(r.Role)} {r.Company} ({L(r.Country)}) kan door maatregelen van dat land gedwongen worden de dienst te stoppen.",
                $"{Role(r.Role)} {r.Company} ({L(r.Country)}) can be forced by measures of that country to stop the service."),
            WholeChainInEu => Nl("De hele bekende keten (leverancier en hosting) ligt in de EU/EER.",
                "The whole known chain (vendor and hosting) lies in the EU/EEA."),
            DataLocationRecorded { Location: DataLocation.OutsideEu } => Nl("Gegevens staan (ook) buiten de EU/EER.", "Data is stored (also) outside the EU/EEA."),
            DataLocationRecorded { Location: DataLocation.EuDefault } => Nl("Gegevens staan in de EU, maar ondersteuning, telemetrie of terugval kan erbuiten gaan.",
                "Data is stored in the EU, but support, telemetry or failover can go outside it."),
            DataLocationRecorded { Location: DataLocation.EuOnly } => Nl("Gegevens staan uitsluitend in de EU/EER.", "Data is stored only in the EU/EEA."),
            DataLocationRecorded or DataLocationUnknown => Nl("Waar de gegevens staan is niet bekend.", "Where the data is stored is not known."),
            NoExportFormats => Nl("Geen exportformaten vastgelegd.", "No export formats recorded."),
            NoExportOffered => Nl("De gegevens kunnen niet worden geëxporteerd.", "The data cannot be exported."),
            OpenExportFormats r => Nl($"Export in open of gedocumenteerde formaten: {List(r.Formats)}.", $"Export in open or documented formats: {List(r.Formats)}."),
            ProprietaryExportFormats r => Nl($"Export alleen in eigen formaten: {List(r.Formats)}.", $"Export only in proprietary formats: {List(r.Formats)}."),
            OpenSourceRunInEu r => Nl($"Open-sourcesoftware, beheerd door {L(r.Provider)} in de EU/EER.", $"Open-source software, run by {L(r.Provider)} in the EU/EEA."),
            OpenSourceRunOutsideEu r => Nl($"Open-sourcesoftware, beheerd door {L(r.Provider)} ({L(r.Country)}).", $"Open-source software, run by {L(r.Provider)} ({L(r.Country)})."),
            RunByEuBranchOfForeignParty r => Nl($"Beheerd door een EU-vestiging ({r.Vendor}) van een partij uit {L(r.Country)}.",
                $"Run by an EU branch ({r.Vendor}) of a party from {L(r.Country)}."),
            RunUnderForeignControl r => Nl($"Beheerd door {r.Vendor}, onder zeggenschap uit {L(r.Country)}.", $"Run by {r.Vendor}, controlled from {L(r.Country)}."),
            EuVendorHostingUnknown => Nl("Leverancier is Europees; waar de dienst draait is niet bekend.", "The vendor is European; where the service runs is not known."),
            EuVendorAndHost => Nl("Leverancier en hostingpartij zijn Europees.", "Vendor and hosting provider are European."),
            EuVendorForeignHost r => Nl($"Europese leverancier, maar de dienst draait bij {L(r.Provider)} ({L(r.Country)}).",
                $"European vendor, but the service runs at {L(r.Provider)} ({L(r.Country)})."),
            HostingProviderUnknown => Nl("Hostingpartij onbekend.", "Hosting provider unknown."),
            SelfHostedAt r => Nl($"Gehost in eigen beheer ({L(r.Provider)}).", $"Self-hosted ({L(r.Provider)})."),
            HostingOwnerUnknown r => Nl($"Eigenaar van {L(r.Provider)} niet bekend.", $"Owner of {L(r.Provider)} not known."),
            HostedInEuHands r => Nl($"Gehost bij {L(r.Provider)}, in handen van een EU/EER-partij ({L(r.Chain)}).",
                $"Hosted at {L(r.Provider)}, owned by an EU/EEA party ({L(r.Chain)})."),
            HostedUnderForeignControl r => Nl($"Gehost bij {L(r.Provider)}, onder zeggenschap uit {L(r.Country)} ({L(r.Chain)}).",
                $"Hosted at {L(r.Provider)}, controlled from {L(r.Country)} ({L(r.Chain)})."),

            SealInherited r => Nl($"{L(r.Objective)}: SEAL-{r.Seal} geërfd van {r.FromService} ({Edge(r.Edge, culture)}).",
                $"{L(r.Objective)}: SEAL-{r.Seal} inherited from {r.FromService} ({Edge(r.Edge, culture)})."),
            CriterionBinds r => $"{L(r.Question)} — {(r.Answer is { } a ? L(a) : Nl("onbekend", "unknown"))} (SEAL-{r.Seal}).",
            ObjectiveNeverLowersSeal r => Nl($"{r.ObjectiveId} {L(r.Objective)} telt mee in de score, maar verlaagt het SEAL-niveau nooit: elk antwoord hoort bij SEAL-{r.Seal}.",
                $"{r.ObjectiveId} {L(r.Objective)} counts in the score but never lowers the SEAL level: every answer belongs to SEAL-{r.Seal}."),
            CapInherited r => Nl($"Geërfd van {r.FromService} via {Edge(r.Edge, culture)}: niet hoger dan {G(r.Score)} en SEAL-{r.Seal}.",
                $"Inherited from {r.FromService} ({Edge(r.Edge, culture)}): no higher than {G(r.Score)} and SEAL-{r.Seal}."),

            NoEssentialProcess => Nl("Ondersteunt geen essentieel proces; de minimumeis geldt niet.",
                "Supports no essential process; the minimum requirement does not apply."),
            SealBelowMinimum r => Nl($"SEAL-{r.Seal} is lager dan de minimumeis SEAL-{r.MinSeal}.", $"SEAL-{r.Seal} is below the minimum requirement SEAL-{r.MinSeal}."),
            ScoreBelowMinimum r => Nl($"Score {r.Score} is lager dan de minimumeis {r.MinScore}.", $"Score {r.Score} is below the minimum requirement {r.MinScore}."),
            MeetsMinimum r => Nl($"Voldoet aan SEAL-{r.MinSeal} en score {r.MinScore} voor {List(r.Processes.Select(L))}.",
                $"Meets SEAL-{r.MinSeal} and score {r.MinScore} for {List(r.Processes.Select(L))}."),

            NoProcessRecorded => Nl("Ondersteunt geen vastgelegd proces (1).", "Supports no recorded process (1)."),
            MostCriticalProcess r => Nl($"Hoogste kritikaliteit van de ondersteunde processen: {L(r.Process)} ({r.Criticality}).",
                $"Highest criticality of the supported processes: {L(r.Process)} ({r.Criticality})."),
            NoPersonalData => Nl("Geen persoonsgegevens vastgelegd (1).", "No personal data recorded (1)."),
            MostSensitiveData r => Nl($"Gevoeligste gegevens: {L(r.Category)} (niveau {r.Level}).", $"Most sensitive data: {L(r.Category)} (level {r.Level})."),
            IdentityService => Nl("Identiteitsdienst: andere diensten loggen erdoor in (5).", "Identity service: other services sign in through it (5)."),
            ServicesDependOn r => Nl($"{Plural.Count(r.Dependants, "andere dienst hangt", "andere diensten hangen")} ervan af ({r.Level}).",
                $"{Plural.Count(r.Dependants, "other service depends", "other services depend")} on it ({r.Level})."),
            ExposureFromScore r => Nl($"Blootstelling 1 − {N(r.Score, "0.0")}/100 = {N(r.Exposure, "0.00")}.",
                $"Exposure 1 − {N(r.Score, "0.0")}/100 = {N(r.Exposure, "0.00")}."),
            ExposureRaisedForForeignLaw r => Nl(
                $"Verhoogd tot {N(r.Floor, "0.00")}: buitenlandse toegangswetgeving via {r.Company} ({r.CountryCode}); functies compenseren jurisdictie niet.",
                $"Raised to {N(r.Floor, "0.00")}: foreign access law through {r.Company} ({r.CountryCode}); features do not make up for jurisdiction."),
            ExposureRaisedForLowSeal r => Nl($"Verhoogd tot {N(r.Floor, "0.00")}: SEAL-{r.Seal} is hooguit 1.", $"Raised to {N(r.Floor, "0.00")}: SEAL-{r.Seal} is at most 1."),
            MitigationCounted r => Nl($"Beheersmaatregelen: {r.Yes} ja, {r.Partly} deels van {r.Checks} (M = {N(r.Mitigation, "0.00")}).",
                $"Mitigations: {r.Yes} yes, {r.Partly} partly of {r.Checks} (M = {N(r.Mitigation, "0.00")})."),
            UrgencyComputed r => Nl($"Kritikaliteit {r.Criticality} × risico {N(r.Risk, "0.00")} = {N(r.Urgency, "0.0")} ({r.Band}).",
                $"Criticality {r.Criticality} × risk {N(r.Risk, "0.00")} = {N(r.Urgency, "0.0")} ({Band(r.Band, culture)})."),
            RaisedForFailedPolicy => Nl("Minstens hoog: de dienst ondersteunt een essentieel proces en voldoet niet aan de minimumeis.",
                "At least high: the service supports an essential process and does not meet the minimum requirement."),
            RaisedForCutoff => Nl("Kritiek: de dienst kan van buiten de EU worden afgesloten en de kritikaliteit is 4 of hoger.",
                "Critical: the service can be cut off from outside the EU and its criticality is 4 or higher."),

            CriticalityFormula r => Nl("K = afronding van (", "K = round((") +
                $"{G(r.ImpactWeight)}·{G(r.Impact)} + {G(r.DataWeight)}·{G(r.Data)} + {G(r.CouplingWeight)}·{G(r.Coupling)}) / " +
                $"{G(r.ImpactWeight + r.DataWeight + r.CouplingWeight)}" + Nl("", ")") + $" = {r.Value}",
            RiskFormula r => $"R = 1 + 4 · {N(r.Exposure, "0.00")} · (1 − {N(r.MaxMitigation, "0.0")} · {N(r.Mitigation, "0.00")}) = {N(r.Value, "0.00")}",
            UrgencyFormula r => $"U = K × R = {r.Criticality} × {N(r.Risk, "0.00")} = {N(r.Value, "0.0")}",

            HhiExplained r => Nl(
                $"HHI = {N(10_000, "N0")} × Σ aandeel² over {r.Count} {(r.Parties == ConcentrationParties.UltimateParents ? "uiteindelijke moederbedrijven" : "hostingpartijen")}; " +
                $"aandeel = kritikaliteitsgewogen deel van de diensten (per dienst verdeeld over de partijen waarvan hij afhangt). {N(r.UnattributedShare, "P0")} van het gewicht heeft geen bekende partij.",
                $"HHI = {N(10_000, "N0")} × Σ share² over {r.Count} {(r.Parties == ConcentrationParties.UltimateParents ? "ultimate parent companies" : "hosting providers")}; " +
                $"share = criticality-weighted part of the services (each service split over the parties it depends on). {N(r.UnattributedShare, "P0")} of the weight has no known party."),

            ExitDataFromCategories => Nl("Uit de gegevenscategorieën die bij de dienst zijn vastgelegd.", "From the data categories recorded for the service."),
            ExitDataUnknown => Nl("Onbekend: bij de dienst zijn geen gegevenscategorieën vastgelegd.", "Unknown: no data categories are recorded for the service."),
            ExitFormatsUnknown => Nl("Onbekend: geen exportformaten vastgelegd en de catalogus kent geen open standaarden van het product.",
                "Unknown: no export formats recorded and the catalog knows no open standards of the product."),
            ExitFormatsFromService => Nl("Uit de exportformaten die bij de dienst zijn vastgelegd.", "From the export formats recorded for the service."),
            ExitFormatsFromStandards r => Nl($"Uit de open standaarden die {r.Product} volgens de catalogus ondersteunt (bron: {r.Source}).",
                $"From the open standards {r.Product} supports according to the catalog (source: {r.Source})."),
            ExitFormatsFromServiceAndStandards r => Nl($"Uit de vastgelegde exportformaten en de open standaarden van {r.Product} in de catalogus.",
                $"From the recorded export formats and the open standards of {r.Product} in the catalog."),
            ExitClauseNotRecorded => Nl("Onbekend: niet vastgelegd of het contract een exitregeling heeft.", "Unknown: not recorded whether the contract has an exit clause."),
            ExitClauseFromService => Nl("Uit het gegeven 'exitregeling in het contract' bij de dienst.", "From the service's fact 'exit clause in the contract'."),
            NoticePeriodInContract => Nl("Onbekend: staat in het contract; vul het aantal dagen in.", "Unknown: it is in the contract; fill in the number of days."),
            FallbackUpToBoard => Nl("Onbekend: het bestuur bepaalt hoe onderwijs en werk doorgaan als de dienst uitvalt.",
                "Unknown: the board decides how teaching and work go on when the service fails."),
            NoAlternativeInCatalog => Nl("Onbekend: de catalogus kent geen alternatief voor dit product met dezelfde functie.", "Unknown: the catalog knows no alternative to this product with the same function."),
            MostMatureAlternative r => Nl($"Het meest volwassen alternatief met dezelfde functie in de catalogus ({L(r.Chosen)}); andere: {(r.Others.Count > 0 ? List(r.Others.Select(L)) : "geen")}.",
                $"The most mature alternative with the same function in the catalog ({L(r.Chosen)}); others: {(r.Others.Count > 0 ? List(r.Others.Select(L)) : "none")}."),
            AlternativeOnRoadmap r => Nl($"Gekozen op de routekaart: {L(r.Chosen)}.", $"Chosen on the roadmap: {L(r.Chosen)}."),
            DefaultExitSteps => Nl("Standaardstappen; pas ze aan op de eigen situatie.", "Default steps; adapt them to your own situation."),
            ExitPlanOwnerNeeded => Nl("Onbekend: wijs een eigenaar aan die het plan bijhoudt en test.", "Unknown: appoint an owner who keeps the plan up to date and tests it."),
            ExitPlanNeverTested => Nl("Nog nooit getest: een exitplan telt pas als beheersmaatregel als het is getest.",
                "Never tested: an exit plan counts as a mitigation only once it has been tested."),
            NoticePeriodOutOfRange r => Nl($"{ExitPlanFields.NoticePeriodDays}: geef een aantal dagen tussen {r.Min} en {r.Max}.",
                $"Notice period (days): give a number of days between {r.Min} and {r.Max}."),
            TestDateInFuture r => Nl($"{ExitPlanFields.LastTested}: {r.Tested.ToString("dd-MM-yyyy", culture)} ligt in de toekomst.",
                $"Last tested: {r.Tested.ToString("d MMMM yyyy", culture)} is in the future."),
            NotACatalogAlternative r => Nl($"{ExitPlanFields.AlternativeId}: '{r.AlternativeId}' is geen alternatief of product uit de catalogus.",
                $"Chosen alternative: '{r.AlternativeId}' is not an alternative or product from the catalog."),
            ExitPlanLineTooLong r => Nl($"Een regel is te lang: houd stappen onder {r.StepLimit} tekens, gegevens onder {r.DataLimit} en formaten onder {r.FormatLimit}.",
                $"A line is too long: keep steps under {r.StepLimit} characters, data under {r.DataLimit} and formats under {r.FormatLimit}."),
            _ => null,
        };

        string Text(ScoringReason inner) => Scoring(inner, english, culture) ?? throw new NotSupportedException($"No text for reason {inner.Code}.");
    }
}
