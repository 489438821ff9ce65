using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Core.Questionnaires;

namespace Regie.Core.Tests.Privacy;

/// <summary>A hand-made catalog for the register: EU and US companies and clouds, products whose facts each test varies.</summary>
internal static class ProcessingRegisterWorld
{
    public static readonly DateOnly Day = new(2026, 11, 22);

    public static Fact<T> Known<T>(T value, string source = "test") => new(value, source, Day, Confidence.Confirmed);

    private static readonly KnowledgeCatalog Catalog = new(
        "test", Day,
        [
            new Country("NL", new("Nederland", "Netherlands"), true, true, Tri.No, null, "test", Day),
            new Country("NO", new("Noorwegen", "Norway"), false, true, Tri.No, null, "test", Day),
            new Country("US", new("Verenigde Staten", "United States"), false, false, Tri.Yes, LocalizedText.Same("CLOUD Act"), "test", Day),
        ],
        [
            new Company("eu-vendor", "EU Vendor B.V.", Known("NL"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("no-vendor", "Norsk AS", Known("NO"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("us-corp", "US Corp Inc.", Known("US"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("us-corp-nl", "US Corp Nederland B.V.", Known("NL"), Known("us-corp", "companies.yaml: parent page"), CompanyKind.Commercial),
            new Company("nl-orphan", "Wees B.V.", Known("NL"), Fact<string>.Unknown(), CompanyKind.Commercial),
        ],
        [
            new HostingProvider("eu-cloud", LocalizedText.Same("EU Cloud"), Known("eu-vendor"), ProviderKind.Cloud),
            new HostingProvider("us-cloud", LocalizedText.Same("US Cloud"), Known("us-corp"), ProviderKind.Hyperscaler),
        ],
        [new Category("app", new("App", "App"))],
        [
            Product("eu-app"),
            Product("eu-app-nowhere") with { DataLocation = Fact<DataLocation>.Unknown() },
            Product("eu-app-open-subs") with { SubProcessors = Fact<IReadOnlyList<string>>.Unknown() },
            Product("eu-app-us-subs") with { SubProcessors = Known<IReadOnlyList<string>>(["us-corp", "Kleine Partij"], "subprocessor list page") },
            Product("eu-app-abroad") with { DataLocation = Known(DataLocation.OutsideEu, "privacy statement: servers in the US") },
            Product("eu-app-on-us-cloud", host: "us-cloud"),
            Product("us-app-nl", vendor: "us-corp-nl"),
            Product("norwegian", vendor: "no-vendor"),
            Product("orphan-app", vendor: "nl-orphan"),
        ]);

    private static Product Product(string id, string vendor = "eu-vendor", string host = "eu-cloud") => new(
        id, id, [], "app", [], Known(vendor), Known(host), Fact<LocalizedText>.Unknown(), Known(DataLocation.EuOnly), Fact<Tri>.Unknown(),
        false, null, new Dictionary<string, Fact<int>>())
    {
        SubProcessors = Known<IReadOnlyList<string>>([]),
    };

    public static readonly IReadOnlyList<Process> Processes =
    [
        new("leerlingadministratie", new("Leerlingadministratie", "Pupil administration"), ProcessKind.Secondary, 5, true),
        new("lesgeven", new("Lesgeven", "Teaching"), ProcessKind.Primary, 5, true),
    ];

    public static readonly RegieKnowledge World = new(
        Catalog, TestWorld.Model, Processes,
        [
            new DataCategory("leerlinggegevens", new("Leerlinggegevens", "Pupil records"), 4) { Subjects = [DataSubject.Pupils] },
            new DataCategory("contact", new("Contact", "Contact"), 3),
        ],
        ShippedData.Knowledge.HarmWeights, ShippedData.Knowledge.EffortRules, ShippedData.Knowledge.TenderCriteria)
    {
        ProcessSubjects = new Dictionary<string, IReadOnlyList<DataSubject>> { ["leerlingadministratie"] = [DataSubject.Pupils, DataSubject.Parents] },
    };

    public static Service Service(string name, string product, string[]? processes = null, string[]? data = null) =>
        new(new ServiceId(Guid.NewGuid()), name, product, processes ?? ["lesgeven"], DataCategories: data);

    public static BoardLandscape Board(IReadOnlyList<Service> services, params Dependency[] dependencies) => new(
        new Organisation(OrganisationId.New(), "Testbestuur", [Sector.Po], 1000, 100, false), [], Processes, services, dependencies, [], []);

    public static ProcessingRecord Register(Service service, params VendorStatement[] answers) =>
        ProcessingRegister.Build(Board([service]) with { VendorStatements = answers }, World, []).Single();
}
