using System.Collections.Frozen;
using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Web.Infrastructure;

/// <summary>
/// The UI's words. Dutch is the key and the default, so a view reads as the screen does (<c>@T["Diensten"]</c>);
/// English comes from one dictionary when the <c>regie-lang</c> cookie says "en". A missing English entry shows the Dutch.
/// </summary>
public sealed partial class UiText(IHttpContextAccessor http)
{
    public const string Cookie = "regie-lang";

    /// <summary>"nl" or "en", for <c>LocalizedText.In(T.Language)</c>.</summary>
    public string Language { get; } =
        http.HttpContext?.Request.Cookies[Cookie] is "en" ? "en" : "nl";

    public bool IsEnglish => Language == "en";

    public CultureInfo Culture => IsEnglish ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("nl-NL");

    public string this[string dutch] => IsEnglish && English.TryGetValue(dutch, out var en) ? en : dutch;

    /// <summary>A text with placeholders: <c>T["{0} diensten", n]</c>.</summary>
    public string this[string dutch, params object?[] args] => string.Format(Culture, this[dutch], args);

    /// <summary>A number in the UI's culture (Dutch "1.234,5").</summary>
    public string Number(double value, string format = "0.#") => value.ToString(format, Culture);

    /// <summary>A share (0–1) as the app writes percentages everywhere, tables and CSV alike: one decimal, no space ("42,9%", "100,0%"; English "42.9%").</summary>
    public string Percent(double share) => share.ToString("0.0%", Culture);

    /// <summary>A counted text in the right number: <c>T.Plural(n, "{0} dienst", "{0} diensten")</c> gives "1 dienst", "2 diensten", "1 service".</summary>
    public string Plural(double count, string one, string many) => this[Regie.Core.Explaining.Plural.Of(count, one, many), count];

    /// <summary>A reason from the core in the reader's language, numbers in the reader's culture.</summary>
    public string Why(Reason reason) => ReasonText.Render(reason, Culture);

    /// <summary>An import problem as one line (file, row and column or JSON path, reason) in the reader's language.</summary>
    public string Line(ImportIssue issue) => ReasonText.Render(issue, Culture);

    /// <summary>A spreadsheet row as the reader says it ("Rij 3", "Row 3").</summary>
    public string Place(int row) => ReasonText.Place(row, null, Culture);

    /// <summary>A reason for the API: its code, its arguments and the text in <see cref="ApiCulture"/>.</summary>
    public ReasonDocument Document(Reason reason) => ReasonDocument.From(reason, ApiCulture);

    /// <summary>
    /// The language of the API's texts: the cookie when a browser set one, else the client's Accept-Language (a client
    /// without the cookie asks in English by saying so); Dutch by default. Pages follow the cookie alone.
    /// </summary>
    public CultureInfo ApiCulture => http.HttpContext?.Request is { } request && !request.Cookies.ContainsKey(Cookie)
        && request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value is { } first
            ? first.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? ReasonText.English : ReasonText.Dutch
            : IsEnglish ? ReasonText.English : ReasonText.Dutch;

    public string Date(DateOnly? date) => date?.ToString("d MMM yyyy", Culture) ?? this["onbekend"];

    // Closed sets in the glossary's words (GLOSSARY.md); their English is in the dictionary below.
    public string Of(Tri value) => this[value switch { Tri.Yes => "ja", Tri.No => "nee", _ => "onbekend" }];

    public string Of(Check value) => this[value switch { Check.Yes => "ja", Check.Partly => "deels", Check.No => "nee", _ => "onbekend" }];

    public string Of(DataLocation value) => this[value switch
    {
        DataLocation.EuOnly => "alleen in de EU",
        DataLocation.EuDefault => "standaard in de EU",
        DataLocation.OutsideEu => "buiten de EU",
        _ => "onbekend",
    }];

    public string Of(AssessmentStatus value) => this[value switch
    {
        AssessmentStatus.Done => "uitgevoerd",
        AssessmentStatus.InProgress => "loopt",
        AssessmentStatus.NotStarted => "niet gestart",
        AssessmentStatus.NotNeeded => "niet nodig",
        _ => "onbekend",
    }];

    public string Of(DependencyKind value) => ReasonText.Edge(value, Culture);

    public string Of(ForeignAccessRole value) => this[value == ForeignAccessRole.Vendor ? "leverancier" : "hosting"];

    public string Of(RiskQuadrant value) => this[value switch
    {
        RiskQuadrant.Critical => "kritiek",
        RiskQuadrant.Manageable => "beheersbaar",
        RiskQuadrant.Attention => "aandacht",
        _ => "optimaal",
    }];

    public string Of(ProcessKind value) => this[value == ProcessKind.Primary ? "primair: onderwijs" : "secundair: bedrijfsvoering"];

    public string Of(AnswerOrigin value) => this[value switch
    {
        AnswerOrigin.Board => "bestuur",
        AnswerOrigin.Catalog => "catalogus",
        AnswerOrigin.Prefilled => "afgeleid",
        AnswerOrigin.Vendor => "verklaard door leverancier",
        _ => "onbekend",
    }];

    public string Of(Regie.Core.Graph.NodeKind value) => this[value switch
    {
        Regie.Core.Graph.NodeKind.Process => "proces",
        Regie.Core.Graph.NodeKind.Service => "dienst",
        Regie.Core.Graph.NodeKind.Vendor => "leverancier",
        Regie.Core.Graph.NodeKind.Parent => "moederbedrijf",
        Regie.Core.Graph.NodeKind.Provider => "hostingpartij",
        _ => "land",
    }];

    public string Of(ProviderKind value) => this[value switch
    {
        ProviderKind.Hyperscaler => "hyperscaler",
        ProviderKind.Cloud => "cloud",
        ProviderKind.Datacenter => "datacentrum",
        ProviderKind.Sector => "sectorvoorziening",
        _ => "eigen beheer",
    }];

    /// <summary>An urgency band id of the model (laag, middel, hoog, kritiek).</summary>
    public string Band(string band) => ReasonText.Band(band, Culture);

    public static string Seal(int level) => $"SEAL-{level}";

    // One dictionary per feature (UiText.<Feature>.cs), so each screen's words live beside each other; a key in two files fails at start-up.
    // Built once, on first use; the feature dictionaries are read only here.
    private static readonly Lazy<FrozenDictionary<string, string>> EnglishWords = new(() =>
        new Dictionary<string, string>[] { CoreWords, ScenarioWords, PriorityWords, RoadmapWords, ProcurementWords, VerdictWords, PictureWords, QuestionnaireWords, BoardWords, ImportWords, AuditWords, AuthWords, TwoFactorWords, ReportWords, ExportWords, PagingWords, HistoryWords, SectorScanWords, SharingWords, ImpactAssessmentWords, ProcessingRegisterWords, PublicValuesWords, PasswordWords }
            .SelectMany(d => d)
            .ToDictionary(StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal));

    private static FrozenDictionary<string, string> English => EnglishWords.Value;

    private static Dictionary<string, string> CoreWords => new()
    {
        // Discovery, evidence and other tools' assessments
        ["Ontdekken"] = "Discovery",
        ["Importeren"] = "Import",
        ["Bestand"] = "File",
        ["Waar vind je de exports?"] = "Where do you find the exports?",
        ["Microsoft Entra: beheercentrum → Identity → Applications → Enterprise applications → All applications → Download (CSV)."] =
            "Microsoft Entra: admin center → Identity → Applications → Enterprise applications → All applications → Download (CSV).",
        ["Google Workspace: Admin-console → Security → Access and data control → API controls → Manage Third-Party App Access → Accessed apps → Bulk update list → Download CSV."] =
            "Google Workspace: Admin console → Security → Access and data control → API controls → Manage Third-Party App Access → Accessed apps → Bulk update list → Download CSV.",
        ["DAAF (Universiteit Utrecht): in de tool Exporteer → JSON (volledig)."] = "DAAF (Utrecht University): in the tool Exporteer → JSON (volledig).",
        ["Soort bestand"] = "File type",
        ["Herken aan het bestand"] = "Recognise from the file",
        ["Inventaris (CSV of XLSX, het sjabloon van Regie)"] = "Inventory (CSV or XLSX, Regie's template)",
        ["Microsoft Entra: Bedrijfstoepassingen (CSV)"] = "Microsoft Entra: Enterprise applications (CSV)",
        ["Google Workspace: app-toegang (CSV)"] = "Google Workspace: app access (CSV)",
        ["CycloneDX 1.6 (JSON, SaaSBOM)"] = "CycloneDX 1.6 (JSON, SaaSBOM)",
        ["DAAF-export (JSON, Universiteit Utrecht)"] = "DAAF export (JSON, Utrecht University)",
        ["ArchiMate-model (XML, uitwisselingsformaat van The Open Group, bijv. uit Archi)"] = "ArchiMate model (XML, The Open Group's exchange format, e.g. from Archi)",
        ["Exporteren als ArchiMate"] = "Export as ArchiMate",
        ["Een model voor Archi en andere ArchiMate-hulpmiddelen (XML); inlezen kan op de pagina Importeren."] = "A model for Archi and other ArchiMate tools (XML); read one in on the Import page.",
        ["Inlezen"] = "Import",
        ["Kies een bestand om in te lezen."] = "Choose a file to import.",
        ["{0}: Regie herkent dit bestand niet aan naam of inhoud; kies het soort bestand."] = "{0}: Regie cannot tell this file's type from its name or content; choose the file type.",
        ["Dit lijkt een export van {0}: kies dat soort bestand."] = "This looks like an export from {0}: choose that file type.",
        ["Er is niets opgeslagen. Verbeter het bestand en lees het opnieuw in."] = "Nothing was saved. Correct the file and import it again.",
        ["Per regel"] = "Per row",
        ["Plaats"] = "Place",
        ["In het bestand"] = "In the file",
        ["Toelichting"] = "Explanation",
        ["bij bestaande dienst"] = "joined existing service",
        ["overgeslagen"] = "skipped",
        ["Prioriteiten"] = "Priorities",
        ["Scenario's"] = "Scenarios",
        ["Routekaart"] = "Roadmap",
        ["Inkoopeisen"] = "Procurement",
        ["Regie leest de openbare DNS-gegevens van de domeinen van het bestuur (MX, SPF, DKIM, DMARC, verificatiecodes, CNAME's en SRV) en stelt voor welke diensten en partijen erachter zitten. Jij beslist: accepteren maakt er een dienst van, met het bewijs erbij."] = "Regie reads the public DNS records of the board's domains (MX, SPF, DKIM, DMARC, verification codes, CNAMEs and SRV) and proposes which services and parties are behind them. You decide: accepting makes it a service, with the evidence attached.",
        ["Domeinen van het bestuur"] = "The board's domains",
        ["Eén domein per regel"] = "One domain per line",
        ["Domeinen opslaan"] = "Save domains",
        ["Nu ontdekken"] = "Discover now",
        ["Nameserver: {0}"] = "Nameserver: {0}",
        ["Nameserver: die van deze server"] = "Nameserver: this server's resolver",
        ["Ronde van {0}"] = "Run of {0}",
        ["Dit is de eerste ronde: alle {0} bevindingen zijn nieuw."] = "This is the first run: all {0} findings are new.",
        ["Sinds de vorige ronde: {0} nieuw, {1} verdwenen, {2} gelijk."] = "Since the previous run: {0} new, {1} gone, {2} unchanged.",
        ["Verdwenen"] = "Gone",
        ["Domeinen in deze ronde"] = "Domains in this run",
        ["Domein"] = "Domain",
        ["Resultaat"] = "Result",
        ["Opmerkingen"] = "Notes",
        ["Accepteer alle voorstellen met zekerheid ≥ {0}%"] = "Accept all proposals with confidence ≥ {0}%",
        ["Bevindingen"] = "Findings",
        ["Gebied"] = "Area",
        ["Bewijs"] = "Evidence",
        ["Actie"] = "Action",
        ["nieuw"] = "new",
        ["{0}, regel {1}"] = "{0}, rule {1}",
        ["Accepteren"] = "Accept",
        ["Afwijzen"] = "Reject",
        ["Eerdere rondes"] = "Earlier runs",
        ["{0} domeinen"] = "{0} domains",
        ["geaccepteerd"] = "accepted",
        ["afgewezen"] = "rejected",
        ["voorgesteld"] = "proposed",
        ["gevonden"] = "found",
        ["bestaat niet (NXDOMAIN)"] = "does not exist (NXDOMAIN)",
        ["fout bij de nameserver (SERVFAIL)"] = "nameserver failure (SERVFAIL)",
        ["geen antwoord (time-out)"] = "no answer (time-out)",
        ["ongeldig"] = "invalid",
        ["e-mail"] = "e-mail",
        ["inloggen en identiteit"] = "sign-in and identity",
        ["samenwerken"] = "collaboration",
        ["video"] = "video",
        ["apparaatbeheer"] = "device management",
        ["DNS-hosting"] = "DNS hosting",
        ["webhosting"] = "web hosting",
        ["mail versturen"] = "mail sending",
        ["mailfilter"] = "mail filter",
        ["domeinverificatie"] = "domain verification",
        ["overig"] = "other",
        ["De domeinen zijn opgeslagen."] = "The domains have been saved.",
        ["Vul eerst de domeinen van het bestuur in."] = "Enter the board's domains first.",
        ["Klaar: {0} op {1}."] = "Done: {0} on {1}.",
        ["Geaccepteerd: de dienst '{0}' staat nu in het overzicht, met het bewijs."] = "Accepted: the service '{0}' is now in the overview, with its evidence.",
        ["Afgewezen. Een volgende ronde onthoudt dat."] = "Rejected. The next run will remember that.",
        ["{0} bevindingen geaccepteerd."] = "{0} findings accepted.",
        ["Andere beoordelingen"] = "Other assessments",
        ["Uitkomsten van andere hulpmiddelen, naast de score van Regie en zoals dat hulpmiddel ze berekent."] = "Results of other tools, beside Regie's score and as that tool computes them.",
        ["Hulpmiddel"] = "Tool",
        ["Beoordeeld"] = "Assessed",
        ["Ingelezen"] = "Imported",
        ["{0} van 10 (autonomie)"] = "{0} out of 10 (autonomy)",
        ["Waarom Regie denkt dat het bestuur deze dienst gebruikt: de records die het aantoonden."] = "Why Regie thinks the board uses this service: the records that showed it.",
        ["Gevonden"] = "Found",

        // Navigation and layout
        ["Dashboard"] = "Dashboard",
        ["Diensten"] = "Services",
        ["Dienst"] = "Service",
        ["Processen"] = "Processes",
        ["Proces"] = "Process",
        ["Afhankelijkheden"] = "Dependencies",
        ["Catalogus"] = "Catalog",
        ["API"] = "API",
        ["Hoofdmenu"] = "Main menu",
        ["Naar de inhoud"] = "Skip to content",
        ["Schoolbestuur"] = "School board",
        ["Kies bestuur"] = "Choose board",
        ["Wissel"] = "Switch",
        ["DEMO — fictieve gegevens"] = "DEMO — fictitious data",
        ["Dit is een voorbeeldbestuur. De gebruikscijfers zijn verzonnen; de feiten over producten komen uit de catalogus met hun bron."] =
            "This is an example board. The usage figures are invented; the facts about products come from the catalog with their sources.",
        ["Regie over de digitale afhankelijkheid van je schoolbestuur"] = "Control over your school board's digital dependency",
        ["Open source. Elk getal is te openen om te zien waarom."] = "Open source. Every figure can be opened to see why.",

        // Dashboard
        ["Soevereiniteit van het bestuur"] = "Sovereignty of the board",
        ["Soevereiniteitsscore"] = "Sovereignty score",
        ["soevereiniteitsscore"] = "sovereignty score",
        ["Verdeling van de scores"] = "Distribution of scores",
        ["Aantal diensten per SEAL-niveau"] = "Number of services per SEAL level",
        ["Concentratie"] = "Concentration",
        ["Concentratie per moederbedrijf"] = "Concentration per parent company",
        ["Concentratie per hostingpartij"] = "Concentration per hosting provider",
        ["Concentratie-index"] = "Concentration index",
        ["concentratie-index"] = "concentration index",
        ["Diensten die niet aan de minimumeis voldoen"] = "Services that do not meet the policy threshold",
        ["Meest urgente diensten"] = "Most urgent services",
        ["Enkelvoudige faalpunten"] = "Single points of failure",
        ["Enkelvoudig faalpunt"] = "Single point of failure",
        ["Hoe wordt dit berekend?"] = "How is this calculated?",
        ["Nog geen diensten: voeg ze toe of importeer ze."] = "No services yet: add or import them.",
        ["Geen dienst ondersteunt een essentieel proces, dus geen dienst heeft een minimumeis."] = "No service supports an essential process, so no service has a policy threshold.",
        ["De {0} dienst met een minimumeis voldoet eraan."] = "The {0} service with a policy threshold meets it.",
        ["Alle {0} diensten met een minimumeis voldoen eraan."] = "All {0} services with a policy threshold meet it.",
        ["{0:N0} leerling"] = "{0:N0} pupil",
        ["{0:N0} leerlingen"] = "{0:N0} pupils",
        ["{0:N0} medewerker"] = "{0:N0} staff member",
        ["{0:N0} medewerkers"] = "{0:N0} staff",
        ["Geen enkelvoudige faalpunten gevonden."] = "No single points of failure found.",
        ["diensten"] = "services",
        ["processen"] = "processes",
        ["leerlingen"] = "pupils",
        ["medewerkers"] = "staff",
        ["scholen"] = "schools",
        ["Gemiddelde score"] = "Average score",
        ["Voldoet niet"] = "Fails",
        ["Voldoet"] = "Passes",
        ["Aandeel"] = "Share",
        ["Kritieke processen"] = "Critical processes",
        ["Grafiek"] = "Chart",
        ["Tabel"] = "Table",

        // Services list
        ["Nieuwe dienst"] = "New service",
        ["Zoek op naam"] = "Search by name",
        ["Zoeken"] = "Search",
        ["Filter"] = "Filter",
        ["Wis filters"] = "Clear filters",
        ["Sorteer op"] = "Sort by",
        ["Naam"] = "Name",
        ["Score"] = "Score",
        ["SEAL-niveau"] = "SEAL level",
        ["Urgentie"] = "Urgency",
        ["urgentie"] = "urgency",
        ["Alle"] = "All",
        ["Alle processen"] = "All processes",
        ["Alle niveaus"] = "All levels",
        ["Alleen diensten die niet voldoen"] = "Only services that fail",
        ["Jurisdictie leverancier"] = "Vendor jurisdiction",
        ["EU"] = "EU",
        ["EU/EER"] = "EU/EEA",
        ["Buiten de EU"] = "Outside the EU",
        ["Leverancier"] = "Vendor",
        ["Moederbedrijf"] = "Parent company",
        ["Minimumeis"] = "Policy threshold",
        ["minimumeis"] = "policy threshold",
        ["Geen diensten gevonden."] = "No services found.",
        ["{0} van {1} diensten"] = "{0} of {1} services",

        // Service page
        ["Feiten"] = "Facts",
        ["Feit"] = "Fact",
        ["Waarde"] = "Value",
        ["Bron"] = "Source",
        ["Datum"] = "Date",
        ["Gelezen op"] = "Read on",
        ["Leveranciersketen"] = "Vendor chain",
        ["Gehost bij"] = "Hosted at",
        ["Hostingpartij"] = "Hosting provider",
        ["Regio"] = "Region",
        ["Locatie van gegevens"] = "Data location",
        ["Logt in via"] = "Signs in through",
        ["logt in via"] = "signs in through",
        ["Contract loopt af"] = "Contract ends",
        ["Exitclausule"] = "Exit clause",
        ["Exportformaten"] = "Export formats",
        ["DPIA"] = "DPIA",
        ["Kinderrechten Impact Assessment (KIA)"] = "Children's Rights Impact Assessment (KIA)",
        ["KIA"] = "KIA",
        ["Bereik"] = "Range",
        ["Optimistische score"] = "Optimistic score",
        ["als elke onbekende vraag het beste antwoord krijgt"] = "if every unknown question gets the best answer",
        ["Doelstellingen"] = "Objectives",
        ["Doelstelling"] = "Objective",
        ["Gewicht"] = "Weight",
        ["Eigen score"] = "Own score",
        ["Geërfd plafond"] = "Inherited cap",
        ["geërfd van {0} via {1}"] = "inherited from {0} via {1}",
        ["Criteria"] = "Criteria",
        ["Criterium"] = "Criterion",
        ["Antwoord"] = "Answer",
        ["Herkomst"] = "Origin",
        ["Uitleg"] = "Explanation",
        ["bestuur"] = "board",
        ["catalogus"] = "catalog",
        ["afgeleid"] = "derived",
        ["onbekend"] = "unknown",
        ["Onbekend"] = "Unknown",
        ["Bepalende criteria"] = "Binding criteria",
        ["Deze criteria bepalen het SEAL-niveau."] = "These criteria determine the SEAL level.",
        ["Beleid"] = "Policy",
        ["Kritikaliteit"] = "Criticality",
        ["kritikaliteit"] = "criticality",
        ["Risico"] = "Risk",
        ["Factoren"] = "Factors",
        ["Formule"] = "Formula",
        ["Redenen"] = "Reasons",
        ["Afhankelijk van"] = "Depends on",
        ["Afhankelijk hiervan"] = "Depending on this",
        ["Geen."] = "None.",
        ["Antwoord aanpassen"] = "Change answer",
        ["Reden"] = "Reason",
        ["Opslaan"] = "Save",
        ["Opgeslagen."] = "Saved.",
        ["Bewerken"] = "Edit",
        ["Verwijderen"] = "Delete",
        ["Annuleren"] = "Cancel",
        ["Terug"] = "Back",
        ["Ja"] = "Yes",
        ["Nee"] = "No",
        ["ja"] = "yes",
        ["nee"] = "no",
        ["Beheersmaatregelen"] = "Mitigation",
        ["Aangepast door het bestuur"] = "Changed by the board",
        ["Vragen aan de leverancier"] = "Questions for the vendor",

        // Create / edit
        ["Dienst toevoegen"] = "Add service",
        ["Dienst bewerken"] = "Edit service",
        ["Dienst verwijderen"] = "Delete service",
        ["Weet je zeker dat je deze dienst wilt verwijderen?"] = "Are you sure you want to delete this service?",
        ["Product uit de catalogus"] = "Product from the catalog",
        ["Geen (eigen dienst)"] = "None (own service)",
        ["Aantal leerlingen"] = "Number of pupils",
        ["Aantal medewerkers"] = "Number of staff",
        ["Soorten gegevens"] = "Data categories",
        ["Niet via een andere dienst"] = "Not through another service",
        ["Leverancier (afwijkend van de catalogus)"] = "Vendor (different from the catalog)",
        ["Hostingpartij (afwijkend van de catalogus)"] = "Hosting provider (different from the catalog)",
        ["Gehost op dienst"] = "Hosted on service",
        ["Zoals in de catalogus"] = "As in the catalog",
        ["Einddatum contract"] = "Contract end date",
        ["Controleer de gemarkeerde velden."] = "Check the marked fields.",
        ["Verwijderd."] = "Deleted.",

        // Processes
        ["Soort"] = "Kind",
        ["primair: onderwijs"] = "primary: education",
        ["secundair: bedrijfsvoering"] = "secondary: operations",
        ["Essentieel"] = "Essential",
        ["Minimaal SEAL-niveau"] = "Minimum SEAL level",
        ["Minimale score"] = "Minimum score",
        ["Diensten die dit proces ondersteunen"] = "Services supporting this process",
        ["Geen minimumeis"] = "No threshold",

        ["Per proces: hoe kritiek het is, of de minimumeis voor essentiële onderwijsprocessen geldt, en welke diensten het ondersteunen."] =
            "Per process: how critical it is, whether the policy threshold for essential education processes applies, and which services support it.",
        ["Een dienst die een essentieel proces ondersteunt, moet aan de strengste minimumeis van die processen voldoen: minstens dat SEAL-niveau en minstens die score. Leeg betekent de standaard van het model: {0} en score {1}."] =
            "A service that supports an essential process must meet the strictest threshold of those processes: at least that SEAL level and at least that score. Empty means the model's default: {0} and score {1}.",
        ["standaard"] = "default",
        ["Geen diensten voor dit proces."] = "No services for this process.",

        // Weight profile
        ["Wegingsprofiel"] = "Weight profile",
        ["Wegingsprofiel van de score"] = "Score weight profile",
        ["Gebruik"] = "Use",

        ["Jurisdictie"] = "Jurisdiction",
        ["wetgeving die toegang tot gegevens kan afdwingen"] = "law that can compel access to data",
        ["eigen accounts (identiteitsdienst)"] = "own accounts (identity provider)",
        ["onbekend of eigen accounts"] = "unknown or own accounts",
        ["Open source"] = "Open source",
        ["Gebruikers"] = "Users",
        ["geen vastgelegd"] = "none recorded",
        ["Notities"] = "Notes",
        ["Export van gegevens getest"] = "Data export tested",
        ["Exitplan getest"] = "Exit plan tested",
        ["Alternatief in beeld"] = "Alternative identified",
        ["Onafhankelijke back-up"] = "Independent backup",
        ["Exitclausule in het contract"] = "Exit clause in the contract",
        ["Eigen kennis in huis"] = "In-house know-how",
        ["optimistisch"] = "optimistic",
        ["{0} vragen zijn onbekend; onbekend telt als het slechtste antwoord. De optimistische score is de score als elke onbekende vraag het beste antwoord krijgt."] =
            "{0} questions are unknown; unknown counts as the worst answer. The optimistic score is the score if every unknown question gets the best answer.",
        ["score doelstelling = gemiddelde punten van haar vragen (0–1; het laatste antwoord is 1)"] = "objective score = average points of its questions (0–1; the last answer is 1)",
        ["score = 100 × Σ (gewicht × score doelstelling) / Σ gewicht"] = "score = 100 × Σ (weight × objective score) / Σ weight",
        ["SEAL-niveau = het laagste SEAL-niveau van de doelstellingen"] = "SEAL level = the lowest SEAL level of the objectives",
        ["Logt een dienst in via, of draait hij op, een andere dienst, dan scoort hij op SOV2, SOV3 en SOV4 niet hoger dan die dienst."] =
            "A service that signs in through, or runs on, another service scores no higher than that service on SOV2, SOV3 and SOV4.",
        ["verplicht"] = "required",
        ["Eigen antwoord verwijderen"] = "Remove own answer",
        ["en score"] = "and score",
        ["Factor"] = "Factor",
        ["impact"] = "impact",
        ["Buitenlandse toegangswetgeving"] = "Foreign access law",
        ["via"] = "via",
        ["Kies een antwoord of 'onbekend'."] = "Choose an answer or 'unknown'.",
        ["Vul een reden in: waarom wijkt het bestuur af?"] = "Enter a reason: why does the board differ?",

        ["Er is niets opgeslagen."] = "Nothing was saved.",
        ["Er is niets verwijderd."] = "Nothing was deleted.",
        ["Feiten uit de catalogus (leverancier, hosting, antwoorden) gelden, tenzij je hieronder iets anders invult."] =
            "Facts from the catalog (vendor, hosting, answers) apply unless you enter something else below.",
        ["Diensten van het bestuur"] = "The board's services",
        ["Contract"] = "Contract",
        ["Gescheiden door komma's, bijvoorbeeld: csv, odt, edexml"] = "Separated by commas, for example: csv, odt, edexml",
        ["Jaarlijkse kosten"] = "Annual cost",
        ["Privacy"] = "Privacy",
        ["{0} en {1} worden ook verwijderd."] = "{0} and {1} are deleted as well.",
        ["Deze diensten hangen ervan af"] = "These services depend on it",

        // Local knowledge: the board's own products and corrections
        ["Andere namen"] = "Other names",
        ["Correctie opslaan"] = "Save correction",
        ["Corrigeer voor ons bestuur"] = "Correct for our board",
        ["Dataopslag"] = "Data storage",
        ["Eigen producten"] = "Own products",
        ["Eigen waarde"] = "Own value",
        ["Gescheiden door komma's."] = "Separated by commas.",
        ["Kan alleen als geen dienst het nog gebruikt."] = "Only possible when no service uses it any more.",
        ["Nog geen eigen producten."] = "No own products yet.",
        ["Product bewerken"] = "Edit product",
        ["Product toevoegen"] = "Add product",
        ["Product verwijderen"] = "Delete product",
        ["Staat een product niet in de catalogus, voeg het hier toe voor uw eigen bestuur. Daarna kiest u het bij de dienst en telt het mee in de score. Een fout in een catalogusproduct corrigeert u op de pagina van dat product."] =
            "If a product is not in the catalog, add it here for your own board. Then choose it for the service and it counts in the score. A mistake in a catalog product is corrected on that product's page.",
        ["Waarom uw bestuur dit product zelf toevoegt."] = "Why your board adds this product itself.",
        ["Weet uw bestuur het beter dan de catalogus? Corrigeer een feit dan voor uw eigen bestuur, met een reden. De correctie telt mee in uw score, staat als 'eigen correctie' bij het feit en verandert de catalogus zelf niet; een nieuwe catalogusversie overschrijft haar niet."] =
            "Does your board know better than the catalog? Then correct a fact for your own board, with a reason. The correction counts in your score, is shown as 'own correction' with the fact and does not change the catalog itself; a new catalog version does not overwrite it.",
        ["kies een categorie"] = "choose a category",
        ["{0} diensten"] = "{0} services",

        // Graph and catalog pages
        ["Landen"] = "Countries",
        ["Leveranciers"] = "Vendors",
        ["matig geconcentreerd"] = "moderately concentrated",
        ["sterk geconcentreerd"] = "highly concentrated",
        ["weinig geconcentreerd"] = "unconcentrated",
        ["Afhankelijkhedengraaf: {0}, {1}"] = "Dependency graph: {0}, {1}",
        ["Alleen proces"] = "Only process",
        ["Als een van deze uitvalt, stopt een proces: elke dienst die het proces ondersteunt, hangt ervan af."] = "If one of these fails, a process stops: every service supporting the process depends on it.",
        ["Bedrijf achter {0}"] = "Company behind {0}",
        ["Catalogus versie {0}"] = "Catalog version {0}",
        ["Wat de catalogus nog niet weet"] = "What the catalog does not know yet",
        ["Wat de catalogus niet weet over waar de meest gebruikte producten draaien en hun gegevens bewaren, staat klaar als zo'n bestand om naar de leveranciers te sturen:"] =
            "What the catalog does not know about where the most-used products run and keep their data is ready as such a file to send to the vendors:",
        ["de vragen van de catalogus (CSV)"] = "the catalog's questions (CSV)",
        ["Ingevuld teruggestuurd kan het hier worden geüpload; de kolom question wordt overgeslagen."] = "Returned filled in, it can be uploaded here; the question column is left aside.",
        ["Van de {0} meest gebruikte producten zijn hostingpartij, regio en locatie van gegevens bij {1} alle drie bekend."] =
            "Of the {0} most-used products, {1} have hosting provider, region and data location all three known.",
        ["Wat geen openbare bron zegt, vraagt de catalogus aan de leveranciers: {0} over {1} aan {2}."] =
            "What no public source says, the catalog asks the vendors: {0} about {1} to {2}.",
        ["{0} product"] = "{0} product",
        ["{0} producten"] = "{0} products",
        ["{0} leverancier"] = "{0} vendor",
        ["{0} leveranciers"] = "{0} vendors",
        ["De vragen"] = "The questions",
        ["alle producten (CSV)"] = "all products (CSV)",
        ["Per leverancier een eigen bestand ({0})"] = "One file per vendor ({0})",
        ["Elke leverancier krijgt zo alleen de vragen over zijn eigen producten. Het ingevulde bestand gaat dezelfde weg terug als het hele bestand."] =
            "Each vendor then gets only the questions about its own products. The filled-in file goes back the same way as the whole file.",
        ["Ingevuld gaat het bestand naar Sectorantwoorden (een systeembeheerder uploadt het op /sector/shared), dat het aanbiedt aan elk bestuur dat het product gebruikt, en met 'regie catalog answers' naar de volgende uitgave van de catalogus."] =
            "Once filled in, the file goes to the sector answers (a system administrator uploads it on /sector/shared), which offer it to every board that uses the product, and with 'regie catalog answers' into the catalog's next release.",
        ["Categorie"] = "Category",
        ["De concentratie-index (Herfindahl-Hirschman-index, HHI) loopt van bijna 0 (gespreid over veel partijen) tot 10.000 (één partij draagt alles). Mededingingstoezichthouders noemen een markt boven 1.800 sterk geconcentreerd (Merger Guidelines 2023 van het Amerikaanse DoJ en de FTC)."] = "The concentration index (Herfindahl-Hirschman index, HHI) runs from nearly 0 (spread over many parties) to 10,000 (one party carries everything). Competition authorities call a market above 1,800 highly concentrated (2023 Merger Guidelines of the US DoJ and FTC).",
        ["De graaf heeft JavaScript nodig; de tabellen hieronder werken zonder."] = "The graph needs JavaScript; the tables below work without it.",
        ["Diensten (direct / indirect)"] = "Services (direct / indirect)",
        ["Eigenaar van {0}"] = "Owner of {0}",
        ["Elk feit heeft een bron, de datum waarop die bron is gelezen en hoe zeker het is; een feit dat is overgenomen zonder opnieuw te lezen houdt zijn oude datum. Wat niet bekend is, staat er als onbekend."] = "Every fact has a source, the date that source was read and how certain it is; a fact copied without reading it again keeps its old date. What is not known is shown as unknown.",
        ["Geen partijen bekend."] = "No parties known.",
        ["Geen producten gevonden."] = "No products found.",
        ["Gegevens"] = "Data",
        ["Grootste aandelen"] = "Largest shares",
        ["Hostingregio"] = "Hosting region",
        ["Identiteitsprovider (andere diensten loggen hiermee in)"] = "Identity provider (other services sign in with it)",
        ["Jurisdictie (land van het uiteindelijke moederbedrijf)"] = "Jurisdiction (country of the ultimate parent company)",
        ["Jurisdictie moederbedrijf"] = "Parent company jurisdiction",
        ["Klik op een onderdeel van de graaf om te zien welke diensten en processen ervan afhangen."] = "Click a part of the graph to see which services and processes depend on it.",
        ["Kritikaliteitsgewogen deel van de processen van het bestuur"] = "Criticality-weighted share of the board's processes",
        ["Land van {0}"] = "Country of {0}",
        ["Leerlingen"] = "Pupils",
        ["Legenda"] = "Legend",
        ["Medewerkers"] = "Staff",
        ["12 maanden of langer geleden gelezen"] = "Read 12 months ago or longer",
        ["Moederbedrijven"] = "Parent companies",
        ["Onderdeel"] = "Part",
        ["Ook bekend als"] = "Also known as",
        ["Open de dienst"] = "Open the service",
        ["Partij"] = "Party",
        ["Product"] = "Product",
        ["Regie-catalogus {0}: indeling"] = "Regie catalog {0}: layout",
        ["Typische processen"] = "Typical processes",
        ["Uiteindelijk moederbedrijf"] = "Ultimate parent company",
        ["VS"] = "US",
        ["Van links naar rechts: processen, de diensten die ze ondersteunen, leveranciers, moederbedrijven en hun landen, en hostingpartijen. Klik op een onderdeel om te zien wat ervan afhangt."] = "From left to right: processes, the services supporting them, vendors, parent companies and their countries, and hosting providers. Click a part to see what depends on it.",
        ["Verberg landen"] = "Hide countries",
        ["Verberg leveranciers en moederbedrijven"] = "Hide vendors and parent companies",
        ["Wet die toegang tot gegevens in het buitenland kan afdwingen"] = "Law that can compel access to data abroad",
        ["Zekerheid"] = "Certainty",
        ["bevestigd"] = "confirmed",
        ["geen: uiteindelijk moederbedrijf"] = "none: ultimate parent company",
        ["gehost bij"] = "hosted at",
        ["grootte: kritikaliteit (1–5)"] = "size: criticality (1–5)",
        ["indeling"] = "layout",
        ["koppeling (zacht)"] = "integration (soft)",
        ["onderdeel van"] = "part of",
        ["ondersteunt, geleverd door, eigendom van, gevestigd in"] = "supports, supplied by, owned by, established in",
        ["overig buiten de EU"] = "other outside the EU",
        ["proces van het bestuur"] = "the board's process",
        ["regio"] = "region",
        ["uiteindelijk moederbedrijf"] = "ultimate parent company",
        ["uitgebracht {0}"] = "released {0}",
        ["verouderd"] = "outdated",
        ["verlopen"] = "expired",
        ["Diensten van het bestuur met een minimumeis"] = "The board's services with a policy threshold",
        ["{0} voldoen, {1} schieten tekort op bekende feiten, {2} wachten op antwoorden"] = "{0} meet it, {1} fall short on known facts, {2} wait on answers",
        ["met een minimumeis: {0} voldoen, {1} schieten tekort op bekende feiten, {2} wachten op antwoorden"] =
            "with a policy threshold: {0} meet it, {1} fall short on known facts, {2} wait on answers",
        ["via verborgen onderdelen"] = "via hidden parts",
        ["{0} van {1} producten"] = "{0} of {1} products",
        ["AI-functies"] = "AI features",
        ["Alternatieven"] = "Alternatives",
        ["De catalogus kent nog geen alternatieven voor dit product."] = "The catalog knows no alternatives for this product yet.",
        ["Edu-V keurmerk"] = "Edu-V quality mark",
        ["Europese, open-source en publieke alternatieven naast elkaar. Houd de muis boven een waarde voor de bron; de link eronder opent hem."] = "European, open-source and public alternatives side by side. Hover over a value for its source; the link below it opens it.",
        ["Exitvoorwaarden"] = "Exit terms",
        ["Gebruik in het Nederlandse onderwijs"] = "Use in Dutch education",
        ["Hosting"] = "Hosting",
        ["Kanttekeningen"] = "Caveats",
        ["Leverancier van het AI-model"] = "AI model provider",
        ["Licentie / open source"] = "Licence / open source",
        ["Privacyconvenant ondertekend"] = "Signed the privacy covenant",
        ["SaaS van een EU-partij"] = "SaaS from an EU party",
        ["Standaarden"] = "Standards",
        ["Subverwerkers"] = "Sub-processors",
        ["Volwassenheid"] = "Maturity",
        ["beproefd"] = "established",
        ["bron"] = "source",
        ["hele bron"] = "whole source",
        ["toelichting (Engels)"] = "note (English)",
        ["wat is nagezocht (Engels)"] = "what was searched (English)",
        ["bruikbaar"] = "usable",
        ["dit product"] = "this product",
        ["gelezen op {0}"] = "read on {0}",
        ["gesloten licentie"] = "proprietary licence",
        ["moederbedrijf niet bekend"] = "parent company not known",
        ["niet in de catalogus voor dit product"] = "not in the catalog for this product",
        ["open source: {0}"] = "open source: {0}",
        ["pilot"] = "pilot",
        ["sectorpartij (SURF, Kennisnet, SIVON)"] = "sector body (SURF, Kennisnet, SIVON)",
        ["zelf gehost (bestuur of IT-partner)"] = "self-hosted (board or IT partner)",

        // Closed sets
        ["deels"] = "partly",
        ["alleen in de EU"] = "EU only",
        ["standaard in de EU"] = "EU by default",
        ["buiten de EU"] = "outside the EU",
        ["uitgevoerd"] = "done",
        ["loopt"] = "in progress",
        ["niet gestart"] = "not started",
        ["niet nodig"] = "not needed",
        ["middel"] = "medium",
        ["kritiek"] = "critical",

        ["proces"] = "process",
        ["dienst"] = "service",
        ["leverancier"] = "vendor",
        ["moederbedrijf"] = "parent company",
        ["hostingpartij"] = "hosting provider",
        ["land"] = "country",
        ["direct"] = "direct",
        ["indirect"] = "indirect",

        // Dashboard explanations
        ["Elke dienst krijgt per doelstelling van het EU Cloud Sovereignty Framework punten per vraag; de score is het gewogen gemiddelde (0–100) volgens het wegingsprofiel. Het SEAL-niveau is het laagste niveau van de doelstellingen. Een onbekend antwoord telt als het slechtste antwoord. Open een dienst om elk antwoord met bron te zien."] =
            "Each service gets points per question for each objective of the EU Cloud Sovereignty Framework; the score is the weighted average (0–100) by the weight profile. The SEAL level is the lowest level of the objectives. An unknown answer counts as the worst answer. Open a service to see every answer with its source.",
        ["gegevens"] = "data",
        ["koppeling"] = "coupling",
        ["blootstelling"] = "exposure",
        ["beheersmaatregelen"] = "mitigation",
        ["Kritikaliteit (1–5) komt van het belangrijkste proces, de gevoeligste gegevens en hoeveel diensten ervan afhangen. Risico (1–5) komt van de soevereiniteitsscore, buitenlandse toegangswetgeving en de beheersmaatregelen. Een dienst voor een essentieel proces die niet aan de minimumeis voldoet, is minstens hoog."] =
            "Criticality (1–5) comes from the most important process, the most sensitive data and how many services depend on it. Risk (1–5) comes from the sovereignty score, foreign access law and the mitigation. A service for an essential process that fails the policy threshold is at least high.",
        ["afhankelijk, direct of indirect"] = "dependent, directly or indirectly",
        ["De concentratie-index loopt van bijna 0 (gespreid over veel partijen) tot 10.000 (alles bij één partij). Boven 2.500 geldt een markt als sterk geconcentreerd."] =
            "The concentration index runs from nearly 0 (spread over many parties) to 10,000 (everything with one party). Above 2,500 a market counts as highly concentrated.",
        ["Hostingpartijen"] = "Hosting providers",
        ["Een partij of dienst waarvan alle diensten van een proces afhangen: valt die uit, dan stopt het proces."] =
            "A party or service on which every service of a process depends: if it fails, the process stops.",
        ["Partij of dienst"] = "Party or service",
        ["Processen die stoppen"] = "Processes that stop",
        ["Land"] = "Country",
        ["Afhankelijke diensten"] = "Dependent services",

        // Vendors and hosting (own parties)
        ["Leveranciers en hosting"] = "Vendors and hosting",
        ["Staat een leverancier, moederbedrijf of hostingpartij van een dienst niet in de catalogus, voeg die dan hier toe. Daarna kies je hem bij de dienst, en telt hij mee in de score en de afhankelijkheden."] =
            "If a vendor, parent company or hosting provider of a service is not in the catalog, add it here. Then choose it for the service, and it counts in the score and the dependencies.",
        ["Eigen leveranciers en moederbedrijven"] = "Own vendors and parent companies",
        ["Eigen hostingpartijen"] = "Own hosting providers",
        ["Nog geen eigen bedrijven."] = "No own companies yet.",
        ["Nog geen eigen hostingpartijen."] = "No own hosting providers yet.",
        ["Keten tot het uiteindelijke moederbedrijf"] = "Chain to the ultimate parent company",
        ["Land van het uiteindelijke moederbedrijf"] = "Country of the ultimate parent company",
        ["geen bron opgegeven"] = "no source given",
        ["Bedrijf toevoegen"] = "Add company",
        ["Bedrijf bewerken"] = "Edit company",
        ["Bedrijf verwijderen"] = "Delete company",
        ["Hostingpartij toevoegen"] = "Add hosting provider",
        ["Hostingpartij bewerken"] = "Edit hosting provider",
        ["Hostingpartij verwijderen"] = "Delete hosting provider",
        ["Uit de naam maakt Regie een vaste sleutel, bijvoorbeeld 'leerling-online-bv'."] = "Regie derives a fixed key from the name, for example 'leerling-online-bv'.",
        ["Sleutel: {0}; die verandert niet als je de naam wijzigt."] = "Key: {0}; it does not change when you change the name.",
        ["Het land waar het bedrijf gevestigd is."] = "The country where the company is established.",
        ["geen (zelf het moederbedrijf)"] = "none (it is the parent company itself)",
        ["geen"] = "none",
        ["Eigen bedrijven"] = "Own companies",
        ["Uit de catalogus"] = "From the catalog",
        ["Het bedrijf dat dit bedrijf bezit. Staat het er niet bij, voeg het dan eerst zelf toe."] =
            "The company that owns this company. If it is not listed, add it yourself first.",
        ["Bijvoorbeeld 'KvK-uittreksel 2026' of een webadres. Regie vraagt een bron omdat elk feit in Regie vermeldt waar het vandaan komt."] =
            "For example 'KvK extract 2026' (Dutch Chamber of Commerce) or a web address. Regie asks for a source because every fact in Regie states where it comes from.",
        ["Kan alleen als geen dienst, bedrijf of hostingpartij het nog gebruikt."] = "Only possible when no service, company or hosting provider still uses it.",
        ["Kan alleen als geen dienst er nog gehost wordt."] = "Only possible when no service is still hosted there.",
        ["Eigenaar"] = "Owner",
        ["Eigenaar (bedrijf)"] = "Owner (company)",
        ["Staat de eigenaar er niet bij, voeg hem dan eerst hierboven toe als bedrijf."] = "If the owner is not listed, first add it above as a company.",
        ["kies een soort"] = "choose a kind",
        ["Deze partijen staan al in de catalogus, met hun bron. Kies ze bij een dienst of als moederbedrijf; hier zijn ze niet te wijzigen."] =
            "These parties are already in the catalog, with their sources. Choose them for a service or as a parent company; they cannot be changed here.",
        ["Bedrijven in de catalogus ({0})"] = "Companies in the catalog ({0})",
        ["Hostingpartijen in de catalogus ({0})"] = "Hosting providers in the catalog ({0})",
        ["hyperscaler"] = "hyperscaler",
        ["cloud"] = "cloud",
        ["datacentrum"] = "data centre",
        ["sectorvoorziening"] = "sector facility",
        ["eigen beheer"] = "self-hosted",

        // Errors
        ["Niet gevonden"] = "Not found",
        ["Deze pagina of dienst bestaat niet, of hoort bij een ander bestuur."] =
            "This page or service does not exist, or belongs to another board.",
        ["Er ging iets mis"] = "Something went wrong",
        ["Te veel verzoeken"] = "Too many requests",
        ["Je hebt dit in korte tijd te vaak gedaan."] = "You did this too often in a short time.",
        ["Probeer het over {0} seconde opnieuw."] = "Try again in {0} second.",
        ["Probeer het over {0} seconden opnieuw."] = "Try again in {0} seconds.",
    };
}
