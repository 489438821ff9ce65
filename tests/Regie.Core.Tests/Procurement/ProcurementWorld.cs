using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;

namespace Regie.Core.Tests.Procurement;

/// <summary>
/// A hand-built catalog for tenders and exit plans, scored with the shipped model (its criteria SOV4.exit, SOV1.parent …):
/// an EU vendor, a Dutch vendor owned through a US company by a Dutch top, and a US corporation's Dutch subsidiary.
/// </summary>
internal static class ProcurementWorld
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    private static Fact<T> Known<T>(T value) => new(value, "test", Day, Confidence.Confirmed);

    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());

    public static readonly KnowledgeCatalog Catalog = new(
        "test", Day,
        [
            new Country("NL", new("Nederland", "Netherlands"), true, true, Tri.No, null, "test", Day),
            new Country("US", new("Verenigde Staten", "United States"), false, false, Tri.Yes, LocalizedText.Same("CLOUD Act"), "test", Day),
        ],
        [
            new Company("nl-vendor", "NL Toets B.V.", Known("NL"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("nl-sub", "Keten Toets B.V.", Known("NL"), Known("us-mid"), CompanyKind.Commercial),
            new Company("us-mid", "US Mid Inc.", Known("US"), Known("nl-top"), CompanyKind.Commercial),
            new Company("nl-top", "NL Holding N.V.", Known("NL"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("us-corp", "US Corp Inc.", Known("US"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("us-corp-nl", "US Corp Nederland B.V.", Known("NL"), Known("us-corp"), CompanyKind.Commercial),
        ],
        [new HostingProvider("eu-cloud", LocalizedText.Same("EU Cloud"), Known("nl-vendor"), ProviderKind.Cloud)],
        [new Category("toetsing", new("Toetsing", "Assessment")), new Category("website", new("Website", "Website"))],
        [
            Product("eu-toets", "nl-vendor") with { Standards = Known<IReadOnlyList<string>>(["qti", "saml"]) },
            Product("chain-toets", "nl-sub"),
            Product("us-toets", "us-corp-nl") with { Standards = Known<IReadOnlyList<string>>(["qti"]) },
            Product("site", "nl-vendor", category: "website", processes: ["communicatie"]),
        ],
        [
            new Standard("qti", "QTI 3.0", StandardKind.Content, "1EdTech", "https://www.imsglobal.org/spec/qti/v3p0/oview"),
            new Standard("saml", "SAML 2.0", StandardKind.SignIn, "OASIS", "https://docs.oasis-open.org/security/saml/v2.0/"),
            new Standard("uwlr", "UWLR", StandardKind.Data, "Edustandaard", "https://www.edustandaard.nl/"),
        ],
        [
            Alternative("pilot-toets", "Pilot Toets", Maturity.Pilot),
            Alternative("open-toets", "Open Toets", Maturity.Established),
        ]);

    public static readonly IReadOnlyList<Process> Processes =
    [
        new("toetsen", new("Toetsen en examineren", "Assessment"), ProcessKind.Primary, 5, true),
        new("communicatie", new("Communicatie", "Communication"), ProcessKind.Secondary, 2, false),
    ];

    public static readonly RegieKnowledge Tenders = new(Catalog, Shipped.Model, Processes, Shipped.DataCategories, Shipped.HarmWeights, Shipped.EffortRules, Shipped.TenderCriteria);

    public static BoardLandscape Board(IReadOnlyList<Process>? processes = null, IReadOnlyList<Service>? services = null) => new(
        new Organisation(OrganisationId.New(), "Testbestuur", [Sector.Vo], 2000, 200, false), [], processes ?? Processes, services ?? [], [], [], []);

    private static Product Product(string id, string vendor, string category = "toetsing", string[]? processes = null) => new(
        id, id, [], category, processes ?? ["toetsen"], Known(vendor), Known("eu-cloud"), Fact<LocalizedText>.Unknown(),
        Known(DataLocation.EuOnly), Fact<Tri>.Unknown(), false, null, new Dictionary<string, Fact<int>>());

    private static Alternative Alternative(string id, string name, Maturity maturity) => new(
        id, name, null, ["us-toets"], "toetsing", Known(LocalizedText.Same("EUPL-1.2")), Known("nl-vendor"),
        Known<IReadOnlyList<HostingOption>>([HostingOption.EuSaas]), Known<IReadOnlyList<string>>(["qti", "uwlr"]),
        Known(maturity), Fact<LocalizedText>.Unknown(), new("", ""), Fact<LocalizedText>.Unknown())
    {
        ReplacesFunctions = new(["toetsing"], ["toetsen"]),
    };
}
