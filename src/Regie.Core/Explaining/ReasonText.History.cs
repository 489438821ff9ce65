using System.Globalization;
using Regie.Core.History;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? History(HistoryReason reason, bool english, CultureInfo culture)
    {
        string Nl(string nl, string en) => english ? en : nl;
        string Value(string? value) => SnapshotValue(value, english);
        string Score(double value) => value.ToString("0.#", culture);

        return reason switch
        {
            FieldChanged f => $"{SnapshotField(f.Field, english)}: {Value(f.Before)} → {Value(f.After)}",
            AnswerChanged a => $"{a.Criterion}: {Answer(a.Before)} → {Answer(a.After)} ({Origin(a.Origin)})",
            EdgeChanged { Added: true } e => Nl("nieuwe verbinding: ", "new edge: ") + $"{e.From} {Edge(e.Kind, culture)} {e.To}",
            EdgeChanged e => Nl("verbinding vervallen: ", "edge removed: ") + $"{e.From} {Edge(e.Kind, culture)} {e.To}",
            DependencyMoved d => Nl($"staat op {d.Name}, waarvan de score ging van {Score(d.Before)} naar {Score(d.After)}",
                $"stands on {d.Name}, whose score went from {Score(d.Before)} to {Score(d.After)}"),
            ModelVersionChanged m => Nl($"het beoordelingsmodel veranderde ({m.Before} → {m.After})", $"the assessment model changed ({m.Before} → {m.After})"),
            CatalogVersionChanged c => Nl($"de catalogus veranderde ({c.Before} → {c.After})", $"the catalog changed ({c.Before} → {c.After})"),
            ProfileChanged p => Nl($"het wegingsprofiel veranderde ({p.Before} → {p.After})", $"the weight profile changed ({p.Before} → {p.After})"),
            NoRecordedCause => Nl("geen vastgelegde oorzaak (bijvoorbeeld een antwoord van een leverancier dat verliep)",
                "no recorded cause (for instance a vendor's answer that expired)"),
            ItemAdded i => Nl($"{Part(i.Part, english)} toegevoegd: {i.Name}", $"{Part(i.Part, english)} added: {i.Name}"),
            ItemRemoved i => Nl($"{Part(i.Part, english)} verwijderd: {i.Name}", $"{Part(i.Part, english)} removed: {i.Name}"),
            ItemChanged i => $"{Part(i.Part, english)} {i.Name}, {SnapshotField(i.Field, english)}: {Value(i.Before)} → {Value(i.After)}",
            NoSnapshotOn n when n.Existing.Count == 0 => Nl(
                $"Er is geen momentopname van {Day(n.Date)}: dit bestuur heeft nog geen momentopnamen.",
                $"There is no snapshot of {Day(n.Date)}: this board has no snapshots yet."),
            NoSnapshotOn n => Nl(
                $"Er is geen momentopname van {Day(n.Date)}. Wel van: {string.Join(", ", n.Existing.Select(Day))}.",
                $"There is no snapshot of {Day(n.Date)}. There are snapshots of: {string.Join(", ", n.Existing.Select(Day))}."),
            _ => null,
        };

        string Answer(Common.LocalizedText? label) => label is null ? Nl("onbekend", "unknown") : english ? label.En : label.Nl;

        string Origin(AnswerOrigin origin) => origin switch
        {
            AnswerOrigin.Catalog => Nl("catalogus", "catalog"),
            AnswerOrigin.Board => Nl("bestuur", "board"),
            AnswerOrigin.Vendor => Nl("leverancier", "vendor"),
            AnswerOrigin.Prefilled => Nl("afgeleid", "derived"),
            _ => Nl("onbekend", "unknown"),
        };

        string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The name of a snapshot field ("vendor", "mitigation.testedExport") in the reader's language; an unknown id shows as itself.</summary>
    public static string SnapshotField(string field, bool english) => field switch
    {
        "name" => english ? "name" : "naam",
        "catalogProduct" => english ? "catalog product" : "catalogusproduct",
        "processes" => english ? "processes" : "processen",
        "pupils" => english ? "pupils" : "leerlingen",
        "staff" => english ? "staff" : "medewerkers",
        "dataCategories" => english ? "data categories" : "gegevenscategorieën",
        "vendor" => english ? "vendor" : "leverancier",
        "hostingProvider" => english ? "hosting provider" : "hostingpartij",
        "hostingRegion" => english ? "hosting region" : "hostingregio",
        "dataLocation" => english ? "data location" : "gegevenslocatie",
        "openSource" => "open source",
        "contractEnd" => english ? "contract end" : "einde contract",
        "exitClause" => english ? "exit clause" : "exitclausule",
        "exportFormats" => english ? "export formats" : "exportformaten",
        "dpia" => "DPIA",
        "kia" => "KIA",
        "annualCost" => english ? "annual cost" : "jaarlijkse kosten",
        "notes" => english ? "notes" : "notities",
        "effectiveVendor" => english ? "vendor (board or catalog)" : "leverancier (bestuur of catalogus)",
        "effectiveHosting" => english ? "hosting (board or catalog)" : "hosting (bestuur of catalogus)",
        "mitigation.testedExport" => english ? "tested export" : "geteste export",
        "mitigation.testedExitPlan" => english ? "tested exit plan" : "getest exitplan",
        "mitigation.alternativeIdentified" => english ? "alternative identified" : "alternatief bekend",
        "mitigation.independentBackup" => english ? "independent backup" : "onafhankelijke back-up",
        "mitigation.exitClause" => english ? "exit clause in contract" : "exitclausule in contract",
        "mitigation.inHouseKnowHow" => english ? "in-house know-how" : "eigen kennis",
        "kind" => english ? "kind" : "soort",
        "criticality" => english ? "criticality" : "kritiekheid",
        "essential" => english ? "essential" : "essentieel",
        "minSeal" => english ? "minimum SEAL" : "minimum-SEAL",
        "minScore" => english ? "minimum score" : "minimumscore",
        "country" => english ? "country" : "land",
        "parent" => english ? "parent company" : "moederbedrijf",
        "company" => english ? "company" : "bedrijf",
        "category" => english ? "category" : "categorie",
        "field" => english ? "field" : "veld",
        "value" => english ? "value" : "waarde",
        "reason" => english ? "reason" : "reden",
        "source" => english ? "source" : "bron",
        _ => field,
    };

    /// <summary>A stored field value in the reader's language: the codes of yes/no/unknown and the like translated, anything else as written.</summary>
    public static string SnapshotValue(string? value, bool english) => value switch
    {
        null or "" => english ? "(empty)" : "(leeg)",
        "Yes" => english ? "yes" : "ja",
        "No" => english ? "no" : "nee",
        "Partly" => english ? "partly" : "deels",
        "Unknown" => english ? "unknown" : "onbekend",
        "NotStarted" => english ? "not started" : "niet begonnen",
        "InProgress" => english ? "in progress" : "bezig",
        "Done" => english ? "done" : "klaar",
        "NotNeeded" => english ? "not needed" : "niet nodig",
        "EuOnly" => english ? "EU only" : "alleen EU",
        "EuDefault" => english ? "EU by default" : "standaard EU",
        "OutsideEu" => english ? "outside the EU" : "buiten de EU",
        _ => value,
    };

    private static string Part(SnapshotPart part, bool english) => (part, english) switch
    {
        (SnapshotPart.Service, false) => "dienst",
        (SnapshotPart.Service, true) => "service",
        (SnapshotPart.Process, false) => "proces",
        (SnapshotPart.Process, true) => "process",
        (SnapshotPart.Company, false) => "eigen bedrijf",
        (SnapshotPart.Company, true) => "own company",
        (SnapshotPart.Provider, false) => "eigen hostingpartij",
        (SnapshotPart.Provider, true) => "own hosting provider",
        (SnapshotPart.Product, false) => "eigen product",
        (SnapshotPart.Product, true) => "own product",
        (SnapshotPart.Correction, false) => "correctie op",
        _ => "correction of",
    };
}
