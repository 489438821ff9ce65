using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;

namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    /// <summary>What an audit entry is about, in the reader's words ("ServiceEntity" is "dienst"); an unknown type as stored.</summary>
    public string AuditEntity(string entity) => AuditEntities.TryGetValue(entity, out var dutch) ? this[dutch] : entity;

    /// <summary>What happened to the row: added, changed or deleted.</summary>
    public string AuditAction(string action) => this[action switch
    {
        "Added" => "toegevoegd",
        "Modified" => "gewijzigd",
        "Deleted" => "verwijderd",
        _ => action,
    }];

    /// <summary>
    /// A stored field of an audited row as the forms name it ("DataLocation" is "Locatie van gegevens"); a field no form shows
    /// (a key, a stamp) keeps its stored name, which is what the export gives too.
    /// </summary>
    public string AuditField(string field) => AuditFields.TryGetValue(field, out var dutch) ? this[dutch] : field;

    /// <summary>
    /// A stored value of a service's closed-set field in the reader's words ("Unknown" is "onbekend", "EuOnly" "alleen in de
    /// EU"); any other value as stored, because it is the board's own text or a key.
    /// </summary>
    public string? AuditValue(string entity, string field, string? value) => value is null || entity != "ServiceEntity" ? value : field switch
    {
        "DataLocation" when Named<DataLocation>(value) is { } location => Of(location),
        "OpenSource" or "ExitClause" when Named<Tri>(value) is { } tri => Of(tri),
        "Dpia" or "Kia" when Named<AssessmentStatus>(value) is { } status => Of(status),
        "TestedExport" or "TestedExitPlan" or "AlternativeIdentified" or "IndependentBackup" or "ExitClauseInContract" or "InHouseKnowHow"
            when Named<Check>(value) is { } check => Of(check),
        _ => value,
    };

    // Only a member's name: Enum.TryParse also takes "3", which is not what the log stored for these fields.
    private static T? Named<T>(string value)
        where T : struct, Enum => Enum.GetNames<T>().Contains(value, StringComparer.Ordinal) ? Enum.Parse<T>(value) : null;

    // The fields of the rows a board edits most, by the labels of their forms (services, processes, schools, parties).
    private static readonly Dictionary<string, string> AuditFields = new(StringComparer.Ordinal)
    {
        ["Name"] = "Naam",
        ["NameNl"] = "Naam (Nederlands)",
        ["NameEn"] = "Naam (Engels)",
        ["CatalogProductId"] = "Product uit de catalogus",
        ["ProcessKeys"] = "Processen",
        ["Pupils"] = "Aantal leerlingen",
        ["Staff"] = "Aantal medewerkers",
        ["DataCategories"] = "Soorten gegevens",
        ["VendorId"] = "Leverancier (afwijkend van de catalogus)",
        ["HostingProviderId"] = "Gehost bij",
        ["HostingRegion"] = "Regio",
        ["DataLocation"] = "Locatie van gegevens",
        ["OpenSource"] = "Open source",
        ["ContractEnd"] = "Einddatum contract",
        ["ExitClause"] = "Exitclausule",
        ["ExportFormats"] = "Exportformaten",
        ["Dpia"] = "DPIA",
        ["Kia"] = "Kinderrechten Impact Assessment (KIA)",
        ["AnnualCost"] = "Jaarlijkse kosten",
        ["TestedExport"] = "Export van gegevens getest",
        ["TestedExitPlan"] = "Exitplan getest",
        ["AlternativeIdentified"] = "Alternatief in beeld",
        ["IndependentBackup"] = "Onafhankelijke back-up",
        ["ExitClauseInContract"] = "Exitclausule in het contract",
        ["InHouseKnowHow"] = "Eigen kennis in huis",
        ["Notes"] = "Notities",
        ["Criticality"] = "Kritikaliteit",
        ["Essential"] = "Essentieel",
        ["Reason"] = "Reden",
        ["Source"] = "Bron",
        ["Country"] = "Land",
    };

    // The entity types RegieDbContext audits (class names) and the Dutch word a board uses for each.
    private static readonly Dictionary<string, string> AuditEntities = new(StringComparer.Ordinal)
    {
        ["OrganisationEntity"] = "bestuur",
        ["SchoolEntity"] = "school",
        ["ProcessEntity"] = "proces",
        ["ServiceEntity"] = "dienst",
        ["AnswerOverrideEntity"] = "eigen antwoord",
        ["DependencyEntity"] = "afhankelijkheid",
        ["LocalCompanyEntity"] = "eigen bedrijf",
        ["LocalProviderEntity"] = "eigen hostingpartij",
        ["LocalProductEntity"] = "eigen product",
        ["FactCorrectionEntity"] = "correctie van een catalogusfeit",
        ["IpRangeSetEntity"] = "IP-reeksen",
        ["DiscoveryRunEntity"] = "ontdekkingsronde",
        ["DiscoveryFindingEntity"] = "vondst",
        ["ApprovedDomain"] = "goedgekeurd domein voor ontdekken",
        ["ServiceEvidenceEntity"] = "bewijs bij een dienst",
        ["ExternalAssessmentEntity"] = "beoordeling van buiten",
        ["ExitPlanEntity"] = "exitplan",
        ["ImpactAssessmentEntity"] = "DPIA of KIA",
        ["ImpactRiskEntity"] = "risico uit een DPIA of KIA",
        ["PlannedMoveEntity"] = "verhuizing op de routekaart",
        ["TenderEntity"] = "aanbesteding",
        ["VendorResponseEntity"] = "antwoord van een aanbieder",
        ["VendorAnswerEntity"] = "antwoord op de vragenlijst",
        ["BoardSnapshotEntity"] = "momentopname",
    };

    // The English of the audit log (Logboek) and of a refused stale save.
    private static Dictionary<string, string> AuditWords => new()
    {
        ["Logboek"] = "Audit log",
        ["Naam (Nederlands)"] = "Name (Dutch)",
        ["Naam (Engels)"] = "Name (English)",
        ["Wie heeft wat gewijzigd, en wanneer: elke toevoeging, wijziging en verwijdering in dit bestuur, met de waarden ervoor en erna."] =
            "Who changed what, and when: every addition, change and deletion in this board, with the values before and after.",
        ["Door"] = "By",
        ["dit bestuur"] = "this board",
        ["alle besturen"] = "all boards",
        ["geen bestuur"] = "no board",
        ["dd-mm-jjjj"] = "dd-mm-yyyy",
        ["soort {0}"] = "kind {0}",
        ["door {0}"] = "by {0}",
        ["van {0} tot en met {1}"] = "from {0} up to and including {1}",
        ["vanaf {0}"] = "from {0}",
        ["tot en met {0}"] = "up to and including {0}",
        ["Filter: geen; alle regels van dit bestuur."] = "Filter: none; every entry of this board.",
        ["Filter: {0}."] = "Filter: {0}.",
        ["'{0}' is geen datum; schrijf dd-mm-jjjj (6-12-2026). Die datum is niet in het filter gebruikt."] =
            "'{0}' is not a date; write dd-mm-yyyy (6-12-2026). That date was left out of the filter.",
        ["Van"] = "From",
        ["Tot en met"] = "Up to and including",
        ["alle"] = "all",
        ["Filteren"] = "Filter",
        ["Wissen"] = "Clear",
        ["Tijdstip"] = "Time",
        ["Wat"] = "What",
        ["Handeling"] = "Action",
        ["Ervoor"] = "Before",
        ["Erna"] = "After",
        ["toegevoegd"] = "added",
        ["gewijzigd"] = "changed",
        ["verwijderd"] = "deleted",
        ["{0} regel"] = "{0} entry",
        ["{0} regels"] = "{0} entries",
        ["Pagina {0} van {1}"] = "Page {0} of {1}",
        ["Vorige"] = "Previous",
        ["Volgende"] = "Next",
        ["Exporteren (CSV)"] = "Export (CSV)",
        ["Exporteren (JSON)"] = "Export (JSON)",
        ["Geen regels die bij dit filter passen."] = "No entries match this filter.",
        ["{0} veld"] = "{0} field",
        ["{0} velden"] = "{0} fields",
        ["Wijzigingen"] = "Changes",
        ["De export bevat dezelfde regels als het filter, hoogstens {0}, de nieuwste eerst; tijden in UTC."] =
            "The export holds the same entries as the filter, at most {0}, newest first; times in UTC.",
        ["school"] = "school",
        ["eigen antwoord"] = "own answer",
        ["afhankelijkheid"] = "dependency",
        ["eigen bedrijf"] = "own company",
        ["eigen hostingpartij"] = "own hosting provider",
        ["eigen product"] = "own product",
        ["correctie van een catalogusfeit"] = "catalog fact correction",
        ["IP-reeksen"] = "IP ranges",
        ["ontdekkingsronde"] = "discovery run",
        ["goedgekeurd domein voor ontdekken"] = "domain approved for discovery",
        ["vondst"] = "finding",
        ["bewijs bij een dienst"] = "service evidence",
        ["beoordeling van buiten"] = "outside assessment",
        ["exitplan"] = "exit plan",
        ["verhuizing op de routekaart"] = "roadmap move",
        ["momentopname"] = "snapshot",
        ["aanbesteding"] = "tender",
        ["antwoord van een aanbieder"] = "vendor response",
        ["antwoord op de vragenlijst"] = "questionnaire answer",
        ["deze dienst"] = "this service",
        ["dit proces"] = "this process",
        ["dit exitplan"] = "this exit plan",
        ["deze partij"] = "this party",
        ["de beheersmaatregelen van deze dienst"] = "this service's mitigation checks",
        ["dit eigen antwoord"] = "this own answer",
        ["het gewichtsprofiel"] = "the weight profile",
        ["deze verhuizing"] = "this move",
        ["de instellingen van de routekaart"] = "the roadmap's settings",
        ["de domeinen"] = "the domains",
        ["de correctie van dit feit"] = "the correction of this fact",
        ["deze bevinding"] = "this finding",
        ["de beoordeling van deze ronde"] = "the review of this run",
        ["het delen met de sector"] = "the sharing with the sector",
        ["de ledenlijst"] = "the members",
        ["({0}, {1})"] = "({0}, {1})",
        ["Iemand anders heeft {0} gewijzigd nadat u de pagina opende{1}. Er is niets verwijderd: hieronder staan de huidige gegevens. Verwijder opnieuw als dat nog steeds de bedoeling is."] =
            "Someone else changed {0} after you opened the page{1}. Nothing was deleted: the current values are shown below. Delete again if that is still what you want.",
        ["dit eigen bedrijf"] = "this own company",
        ["deze eigen hostingpartij"] = "this own hosting provider",
        ["dit eigen product"] = "this own product",
        ["deze beoordeling"] = "this assessment",
        ["deze inschrijving"] = "this vendor response",
        ["de antwoorden van deze leverancier"] = "this vendor's answers",
        ["Iemand anders heeft {0} opgeslagen nadat u het formulier opende{1}. Uw wijzigingen zijn niet opgeslagen: hieronder staan de huidige gegevens. Breng uw wijzigingen opnieuw aan en sla dan op."] =
            "Someone else saved {0} after you opened the form{1}. Your changes were not saved: the current values are shown below. Make your changes again and then save.",
    };
}
