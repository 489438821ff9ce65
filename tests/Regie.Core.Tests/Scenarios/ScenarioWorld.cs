using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using static Regie.Core.Tests.TestWorld;

namespace Regie.Core.Tests.Scenarios;

/// <summary>
/// A hand-built board for scenarios. Processes: identiteit (criticality 4), administratie (5), rooster (3), communicatie (2);
/// total weight 14. The board has 1,000 pupils and 120 staff.
/// <code>
/// Entra ID  (identiteit)     Microsoft Nederland B.V. → Microsoft Corporation (US), on Azure (Microsoft)   900 / 100, € 10,000
/// Magister  (administratie)  SchoolSoft B.V. → Sanoma Oyj (FI), on AWS (Amazon, US); signs in through Entra ID  800 / 80, € 20,000
/// Rooster   (rooster)        RoosterSoft B.V. (NL), on EU DC (EU Host, NL); sub-processor Amazon; integrates with Magister  600 / 60, cost unknown
/// Mail      (communicatie)   Microsoft Nederland B.V., on Azure; signs in through Entra ID  0 / 100, € 5,000
/// Ouderapp  (communicatie)   RoosterSoft B.V., on EU DC; no sub-processors; integrates with Rooster  700 / 0, € 1,000
/// </code>
/// </summary>
internal sealed class ScenarioWorld
{
    public static readonly KnowledgeCatalog Catalog = new(
        "scenario-test", new DateOnly(2026, 11, 23),
        [
            new Country("NL", new("Nederland", "Netherlands"), true, true, Tri.No, null, "test", null),
            new Country("FI", new("Finland", "Finland"), true, true, Tri.No, null, "test", null),
            new Country("US", new("Verenigde Staten", "United States"), false, false, Tri.Yes, LocalizedText.Same("CLOUD Act"), "test", null),
        ],
        [
            new Company("microsoft", "Microsoft Corporation", Known("US"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("microsoft-nl", "Microsoft Nederland B.V.", Known("NL"), Known("microsoft"), CompanyKind.Commercial),
            new Company("amazon", "Amazon.com, Inc.", Known("US"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("sanoma", "Sanoma Oyj", Known("FI"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("schoolsoft", "SchoolSoft B.V.", Known("NL"), Known("sanoma"), CompanyKind.Commercial),
            new Company("roostersoft", "RoosterSoft B.V.", Known("NL"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("eu-host", "EU Host B.V.", Known("NL"), Known(Company.NoParent), CompanyKind.Commercial),
        ],
        [
            new HostingProvider("azure", LocalizedText.Same("Azure"), Known("microsoft"), ProviderKind.Hyperscaler),
            new HostingProvider("aws", LocalizedText.Same("AWS"), Known("amazon"), ProviderKind.Hyperscaler),
            new HostingProvider("eu-dc", LocalizedText.Same("EU DC"), Known("eu-host"), ProviderKind.Datacenter),
        ],
        [new Category("app", new("App", "App"))],
        [
            Product("entra", "Entra", "microsoft-nl", "azure", identity: true),
            Product("lvs", "LVS", "schoolsoft", "aws"),
            Product("planner", "Planner", "roostersoft", "eu-dc") with { SubProcessors = Known<IReadOnlyList<string>>(["amazon"]) },
            Product("mail", "Mail", "microsoft-nl", "azure"),
            Product("app", "App", "roostersoft", "eu-dc") with { SubProcessors = Known<IReadOnlyList<string>>([]) },
        ]);

    private static Product Product(string id, string name, string vendor, string host, bool identity = false) => new(
        id, name, [], "app", [], Known(vendor), Known(host), Fact<LocalizedText>.Unknown(), Fact<DataLocation>.Unknown(), Fact<Tri>.Unknown(),
        identity, null, new Dictionary<string, Fact<int>>());

    public static readonly IReadOnlyList<Process> Processes =
    [
        new("identiteit", new("Identiteit", "Identity"), ProcessKind.Secondary, 4, true),
        new("administratie", new("Administratie", "Administration"), ProcessKind.Primary, 5, true),
        new("rooster", new("Rooster", "Timetable"), ProcessKind.Secondary, 3, false),
        new("communicatie", new("Communicatie", "Communication"), ProcessKind.Secondary, 2, false),
    ];

    public static readonly RegieKnowledge Knowledge = new(
        Catalog, Model, Processes,
        [
            new DataCategory("accountgegevens", new("Accountgegevens", "Accounts"), 3),
            new DataCategory("leerlinggegevens", new("Leerlinggegevens", "Pupil records"), 4),
            new DataCategory("zorggegevens", new("Zorggegevens", "Care data"), 5),
            new DataCategory("communicatie", new("Communicatie", "Messages"), 3),
            new DataCategory("contactgegevens", new("Contactgegevens", "Contact details"), 3),
        ],
        ShippedData.Knowledge.HarmWeights, ShippedData.Knowledge.EffortRules, ShippedData.Knowledge.TenderCriteria);

    public Service Entra { get; } = Make("Entra ID", "entra", "identiteit", 900, 100, ["accountgegevens"], 10_000m);
    public Service Magister { get; } = Make("Magister", "lvs", "administratie", 800, 80, ["leerlinggegevens", "zorggegevens"], 20_000m);
    public Service Rooster { get; } = Make("Rooster", "planner", "rooster", 600, 60, ["leerlinggegevens"], null);
    public Service Mail { get; } = Make("Mail", "mail", "communicatie", 0, 100, ["communicatie"], 5_000m);
    public Service Ouderapp { get; } = Make("Ouderapp", "app", "communicatie", 700, 0, ["contactgegevens"], 1_000m);

    private static Service Make(string name, string product, string process, int pupils, int staff, string[] data, decimal? cost) =>
        new(new ServiceId(Guid.NewGuid()), name, product, [process], pupils, staff, data, AnnualCost: cost);

    public BoardLandscape Board(params Dependency[] extra) => new(
        new Organisation(OrganisationId.New(), "Scenariobestuur", [Sector.Vo], 1000, 120, false), [], Processes,
        [Entra, Magister, Rooster, Mail, Ouderapp],
        [
            new(Magister.Id, DependencyKind.SignsInThrough, Entra.Id),
            new(Mail.Id, DependencyKind.SignsInThrough, Entra.Id),
            new(Rooster.Id, DependencyKind.IntegratesWith, Magister.Id),
            new(Ouderapp.Id, DependencyKind.IntegratesWith, Rooster.Id),
            .. extra,
        ],
        [], []);
}
