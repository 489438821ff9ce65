using System.Security.Cryptography;
using System.Text;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Core.Demo;

/// <summary>
/// "Stichting Voorbeeld Onderwijs": the fictional demo board of ../shared/design/DEMO-BOARD.md. Product facts come
/// from the catalog with their sources; names, usage figures and the three local parties are invented for the demo.
/// </summary>
public static class DemoBoard
{
    public const string Name = "Stichting Voorbeeld Onderwijs (demo)";

    private const string DialogicSource = "Dialogic, samenvatting Big Tech- en AI-afhankelijkheid schoolbesturen voor OCW (seeds/000): " +
        "'de hosting van overige ICT-dienstverleners (denk aan Magister) is ondergebracht bij Big Tech cloudproviders'";

    public static BoardLandscape Create(RegieKnowledge knowledge, OrganisationId? id = null)
    {
        var organisation = new Organisation(id ?? new OrganisationId(StableGuid("organisation")), Name, [Sector.Po, Sector.Vo], 6000, 560, true);
        var schools = new List<School>
        {
            new("OBS De Regenboog", null, Sector.Po, 320), new("CBS De Wegwijzer", null, Sector.Po, 410),
            new("OBS Het Kompas", null, Sector.Po, 280), new("CBS De Zaaier", null, Sector.Po, 350),
            new("OBS De Vlinder", null, Sector.Po, 300), new("IKC De Horizon", null, Sector.Po, 460),
            new("OBS De Linde", null, Sector.Po, 240), new("CBS Het Anker", null, Sector.Po, 380),
            new("OBS De Sterrenkijker", null, Sector.Po, 330), new("SBO De Brug", null, Sector.So, 330),
            new("Voorbeeld College", null, Sector.Vo, 1450), new("Lyceum Voorbeeld", null, Sector.Vo, 1150),
        };

        var demoChecked = new DateOnly(2026, 11, 22);
        Fact<string> Demo(string value, string source) => new(value, source, demoChecked, Confidence.Secondary);
        var companies = new List<Company>
        {
            new("us-big-tech-cloud", "Big Tech-cloudprovider uit de VS (niet openbaar welke)", Demo("US", DialogicSource), Demo(Company.NoParent, DialogicSource), CompanyKind.Commercial, true),
            new("demo-it-partner", "ICT-partner Voorbeeld B.V. (fictief)", Demo("NL", "demo: fictieve ICT-partner van het bestuur"), Demo(Company.NoParent, "demo"), CompanyKind.Commercial, true),
            new("demo-hoster", "Hosting Voorbeeld B.V. (fictief)", Demo("NL", "demo: fictieve Nederlandse hostingpartij"), Demo(Company.NoParent, "demo"), CompanyKind.Commercial, true),
        };
        var providers = new List<HostingProvider>
        {
            new("us-big-tech-cloud", LocalizedText.Same("Big Tech-cloud (VS)"), Demo("us-big-tech-cloud", DialogicSource), ProviderKind.Hyperscaler, true),
            new("demo-it-partner-dc", LocalizedText.Same("Datacentrum ICT-partner"), Demo("demo-it-partner", "demo"), ProviderKind.Datacenter, true),
            new("demo-hoster", LocalizedText.Same("Hosting Voorbeeld"), Demo("demo-hoster", "demo"), ProviderKind.Datacenter, true),
        };

        var services = new List<Service>();
        var dependencies = new List<Dependency>();
        ServiceId Add(string product, string name, string[] processes, int? pupils, int? staff, string[] data, Func<Service, Service>? tweak = null)
        {
            var service = new Service(new ServiceId(StableGuid("service:" + name)), name, product.Length == 0 ? null : product, processes, pupils, staff, data);
            if (tweak is not null)
            {
                service = tweak(service);
            }

            services.Add(service);
            return service.Id;
        }

        string[] account = ["accountgegevens", "contactgegevens"];

        // What the fictional board agreed with its fictional Dutch partners: its own knowledge, recorded as its own answers.
        AnswerOverride[] OwnContract(string partner) =>
        [
            new("SOV2.law", 2, $"Demo: contract met {partner} onder Nederlands recht."),
            new("SOV2.requests", 3, $"Demo: {partner} is een Nederlandse partij zonder buitenlandse afgifteplicht."),
            new("SOV3.keys", 4, $"Demo: sleutels bij {partner}, in opdracht van het bestuur."),
            new("SOV3.ai", 3, "Demo: geen AI-functies ingeschakeld."),
            new("SOV5.subprocessors", 2, $"Demo: {partner} heeft alle subverwerkers opgegeven, allemaal in de EU."),
            new("SOV7.monitoring", 2, $"Demo: monitoring door {partner} in Nederland."),
        ];
        string[] pupilRecords = ["leerlinggegevens", "resultaten", "zorggegevens", "bsn", "contactgegevens"];
        string[] work = ["documenten", "accountgegevens"];

        var entra = Add("microsoft-entra-id", "Microsoft Entra ID", ["identiteit-en-toegang"], 2600, 560, [.. account, "leerlinggegevens"],
            s => s with { ContractEnd = new DateOnly(2027, 7, 31), Dpia = AssessmentStatus.Done });
        var google = Add("google-accounts", "Google-accounts (po-leerlingen)", ["identiteit-en-toegang"], 3400, 180, [.. account, "leerlinggegevens"]);
        var entree = Add("entree-federatie", "Entree Federatie", ["identiteit-en-toegang", "lesgeven"], 2600, 200, ["accountgegevens"]);
        var basispoort = Add("basispoort", "Basispoort", ["identiteit-en-toegang", "lesgeven"], 3400, 180, ["accountgegevens", "leerlinggegevens"]);
        var exchange = Add("exchange-online", "Exchange Online (Microsoft 365 A3)", ["e-mail"], 2600, 560, ["communicatie", "contactgegevens"],
            s => s with { ContractEnd = new DateOnly(2027, 7, 31), Dpia = AssessmentStatus.Done, ExportFormats = ["pst"] });
        var onedrive = Add("onedrive", "OneDrive", ["opslag-en-samenwerken"], 2600, 560, work, s => s with { Dpia = AssessmentStatus.Done });
        var sharepoint = Add("sharepoint-online", "SharePoint Online", ["opslag-en-samenwerken"], 2600, 560, work, s => s with { Dpia = AssessmentStatus.Done });
        var teams = Add("microsoft-teams", "Microsoft Teams", ["opslag-en-samenwerken", "lesgeven", "videobellen"], 2600, 560, ["communicatie", "documenten", "beeldmateriaal"],
            s => s with { Dpia = AssessmentStatus.Done });
        var drive = Add("google-drive", "Google Drive", ["opslag-en-samenwerken"], 3400, 180, work);
        var classroom = Add("google-classroom", "Google Classroom", ["lesgeven", "opslag-en-samenwerken"], 3400, 180, ["documenten", "resultaten"]);
        var nextcloud = Add("nextcloud", "Nextcloud documentarchief (ICT-partner)", ["opslag-en-samenwerken"], null, 560, ["documenten", "personeelsgegevens"],
            s => s with
            {
                HostingProviderId = "demo-it-partner-dc",
                HostingRegion = "Nederland",
                DataLocation = DataLocation.EuOnly,
                ExitClause = Tri.Yes,
                ExportFormats = ["odt", "csv", "webdav"],
                Dpia = AssessmentStatus.Done,
                Overrides = OwnContract("de ICT-partner"),
                Mitigation = new Mitigation(Check.Yes, Check.Partly, Check.Yes, Check.Yes, Check.Yes, Check.Partly),
            });
        var snappet = Add("snappet", "Snappet", ["lesgeven", "toetsing"], 2100, 120, ["leerlinggegevens", "resultaten"]);
        var gynzy = Add("gynzy", "Gynzy", ["lesgeven"], 3400, 180, ["accountgegevens"]);
        var wikiwijs = Add("wikiwijs", "Wikiwijs", ["lesgeven"], 2600, 200, []);
        var noordhoff = Add("noordhoff-methoden", "Noordhoff (digitale methoden)", ["lesgeven"], 2600, 200, ["leerlinggegevens", "resultaten"]);
        var malmberg = Add("malmberg-methoden", "Malmberg (digitale methoden)", ["lesgeven"], 3400, 180, ["leerlinggegevens", "resultaten"]);
        var zwijsen = Add("zwijsen-methoden", "Zwijsen (digitale methoden)", ["lesgeven"], 1800, 120, ["leerlinggegevens", "resultaten"]);
        var cito = Add("cito-lvs", "Cito LVS", ["toetsing", "leerlingvolgsysteem"], 3400, 180, ["leerlinggegevens", "resultaten"]);
        var quizlet = Add("quizlet", "Quizlet", ["toetsing"], 900, 60, ["accountgegevens"]);
        var kahoot = Add("kahoot", "Kahoot!", ["toetsing"], 1500, 150, ["accountgegevens"]);
        var wordwall = Add("wordwall", "Wordwall", ["toetsing"], 1200, 90, ["accountgegevens"]);
        var parnassys = Add("parnassys", "ParnasSys", ["leerlingadministratie", "leerlingvolgsysteem"], 3400, 180, pupilRecords,
            s => s with { ContractEnd = new DateOnly(2027, 12, 31), Dpia = AssessmentStatus.Done, ExportFormats = ["edexml", "csv"] });
        var magister = Add("magister", "Magister", ["leerlingadministratie", "leerlingvolgsysteem", "toetsing", "communicatie-met-ouders"], 2600, 380, pupilRecords,
            s => s with
            {
                HostingProviderId = "us-big-tech-cloud",
                ContractEnd = new DateOnly(2026, 7, 31),
                Dpia = AssessmentStatus.Done,
                ExportFormats = ["csv"],
                Notes = "Demo: gehost bij een Big Tech-cloudprovider, zoals de Dialogic-samenvatting (seeds/000) over Magister zegt; welke is niet openbaar.",
            });
        var zermelo = Add("zermelo", "Zermelo", ["roostering"], 2600, 380, ["leerlinggegevens", "personeelsgegevens"]);
        var parro = Add("parro", "Parro", ["communicatie-met-ouders"], 3400, 180, ["contactgegevens", "communicatie", "beeldmateriaal"]);
        var chromeAdmin = Add("google-admin-chrome-education", "Google Admin + Chrome Education Upgrade", ["apparaatbeheer"], 3400, 20, ["accountgegevens"]);
        var intune = Add("microsoft-intune", "Microsoft Intune", ["apparaatbeheer"], 2600, 560, ["accountgegevens"]);
        var asm = Add("apple-school-manager", "Apple School Manager", ["apparaatbeheer"], 40, 6, ["accountgegevens", "zorggegevens"]);
        var jamf = Add("jamf-school", "Jamf School", ["apparaatbeheer"], 40, 6, ["accountgegevens"]);
        var afas = Add("afas-profit", "AFAS Profit", ["hr", "financien"], null, 560, ["personeelsgegevens", "financiele-gegevens", "bsn"],
            s => s with { ExitClause = Tri.Yes, ContractEnd = new DateOnly(2028, 1, 1), Dpia = AssessmentStatus.Done, ExportFormats = ["xlsx", "csv"] });
        var copilot = Add("microsoft-copilot-chat", "Microsoft Copilot Chat", ["ai-assistentie"], null, 560, ["documenten", "communicatie"]);
        Add("chatgpt", "ChatGPT (onbeheerd gebruik door personeel)", ["ai-assistentie"], null, 150, ["documenten"]);
        var gemini = Add("google-gemini-education", "Google Gemini (po-leerkrachten)", ["ai-assistentie"], null, 120, ["documenten"]);
        Add("wordpress", "Websites (WordPress)", ["website"], null, 12, ["contactgegevens"],
            s => s with
            {
                HostingProviderId = "demo-hoster",
                HostingRegion = "Nederland",
                DataLocation = DataLocation.EuOnly,
                ExportFormats = ["xml", "sql"],
                ExitClause = Tri.Yes,
                Overrides = OwnContract("de hostingpartij"),
            });
        var zoom = Add("zoom", "Zoom (incidenteel)", ["videobellen"], null, 80, ["beeldmateriaal", "communicatie"]);
        var canva = Add("canva", "Canva", ["lesgeven"], 1300, 300, ["documenten", "accountgegevens"]);
        Add("padlet", "Padlet", ["lesgeven"], 800, 90, ["documenten"]);
        var deepl = Add("deepl", "DeepL", ["lesgeven"], null, 200, ["documenten"]);
        var prowise = Add("prowise-presenter", "Prowise Presenter", ["lesgeven"], 3400, 180, ["accountgegevens"]);
        Add("squla", "Squla", ["lesgeven"], 1600, 90, ["leerlinggegevens", "resultaten"]);

        void Edge(ServiceId from, DependencyKind kind, params ServiceId[] to) => dependencies.AddRange(to.Select(t => new Dependency(from, kind, t)));
        foreach (var service in new[] { exchange, onedrive, sharepoint, teams, intune, copilot, zermelo, magister, entree, zoom, canva, afas, parnassys, asm, gynzy, nextcloud, deepl, cito })
        {
            Edge(service, DependencyKind.SignsInThrough, entra);
        }

        foreach (var service in new[] { drive, classroom, chromeAdmin, gemini, prowise, wordwall, kahoot })
        {
            Edge(service, DependencyKind.SignsInThrough, google);
        }

        Edge(snappet, DependencyKind.SignsInThrough, basispoort);
        Edge(malmberg, DependencyKind.SignsInThrough, basispoort);
        Edge(zwijsen, DependencyKind.SignsInThrough, basispoort);
        Edge(noordhoff, DependencyKind.SignsInThrough, entree);
        Edge(wikiwijs, DependencyKind.SignsInThrough, entree);
        Edge(quizlet, DependencyKind.SignsInThrough, google);
        Edge(jamf, DependencyKind.IntegratesWith, asm);
        Edge(zermelo, DependencyKind.IntegratesWith, magister);
        Edge(parro, DependencyKind.IntegratesWith, parnassys);
        Edge(cito, DependencyKind.IntegratesWith, parnassys);
        Edge(teams, DependencyKind.IntegratesWith, sharepoint, onedrive);
        Edge(classroom, DependencyKind.IntegratesWith, drive);

        return new BoardLandscape(organisation, schools, knowledge.ProcessTemplates, services, dependencies, companies, providers);
    }

    /// <summary>Stable ids keep demo links and tests the same on every start.</summary>
    private static Guid StableGuid(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes("regie-demo:" + name)));
}
