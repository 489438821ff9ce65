using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Tests;

/// <summary>A small, hand-made world: an EU vendor and cloud, a US corporation and its cloud, and a two-objective model.</summary>
internal static class TestWorld
{
    private static readonly DateOnly Day = new(2026, 11, 22);

    public static Fact<T> Known<T>(T value) => new(value, "test", Day, Confidence.Confirmed);

    public static readonly KnowledgeCatalog Catalog = new(
        "test", Day,
        [
            new Country("NL", new("Nederland", "Netherlands"), true, true, Tri.No, null, "test", Day),
            new Country("US", new("Verenigde Staten", "United States"), false, false, Tri.Yes, LocalizedText.Same("CLOUD Act"), "test", Day),
        ],
        [
            new Company("eu-vendor", "EU Vendor B.V.", Known("NL"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("us-corp", "US Corp Inc.", Known("US"), Known(Company.NoParent), CompanyKind.Commercial),
            new Company("us-corp-nl", "US Corp Nederland B.V.", Known("NL"), Known("us-corp"), CompanyKind.Commercial),
        ],
        [
            new HostingProvider("eu-cloud", LocalizedText.Same("EU Cloud"), Known("eu-vendor"), ProviderKind.Cloud),
            new HostingProvider("us-cloud", LocalizedText.Same("US Cloud"), Known("us-corp"), ProviderKind.Hyperscaler),
            new HostingProvider("nl-dc", LocalizedText.Same("NL Datacentrum"), Known("eu-vendor"), ProviderKind.Datacenter),
        ],
        [new Category("app", new("App", "App"))],
        [
            Product("eu-app", "eu-vendor", "eu-cloud"),
            Product("us-idp", "us-corp", "us-cloud", identity: true),
            Product("eu-app-on-us", "eu-vendor", "us-cloud"),
            Product("us-app-nl", "us-corp-nl", "us-cloud"),
            Product("us-open-source", "us-corp", "us-cloud") with { OpenSource = Known(Tri.Yes) },
        ]);

    private static Product Product(string id, string vendor, string host, bool identity = false) => new(
        id, id, [], "app", [], Known(vendor), Known(host), Fact<LocalizedText>.Unknown(), Fact<DataLocation>.Unknown(), Fact<Tri>.Unknown(),
        identity, null, new Dictionary<string, Fact<int>>());

    private static CriterionOption Option(int seal) => new(seal, new($"seal {seal}", $"seal {seal}"));

    /// <summary>
    /// Objective SOV2 (60 %, inherited): A.parent (prefill parentJurisdiction, seals 1,1,3,4) and A.open (seals 1,4).
    /// Objective SOV6 (40 %, not inherited): B.source (prefill openSource, seals 2,3,4).
    /// </summary>
    public static readonly SovereigntyModel Model = new(
        "test-model", "p",
        [new Objective("SOV2", new("Juridisch", "Legal")), new Objective("SOV6", new("Technologie", "Technology"))],
        [new WeightProfile("p", new("p", "p"), "test", new Dictionary<string, double> { ["SOV2"] = 60, ["SOV6"] = 40 }),
         new WeightProfile("flat", new("flat", "flat"), "test", new Dictionary<string, double> { ["SOV2"] = 50, ["SOV6"] = 50 })],
        [
            new Criterion("A.parent", "SOV2", new("moeder?", "parent?"), "parentJurisdiction", [Option(1), Option(1), Option(3), Option(4)]),
            new Criterion("A.open", "SOV2", new("open?", "open?"), null, [Option(1), Option(4)]),
            new Criterion("B.source", "SOV6", new("bron?", "source?"), "openSource", [Option(2), Option(3), Option(4)]),
        ],
        new InheritanceRule(new HashSet<DependencyKind> { DependencyKind.HostedOn, DependencyKind.SignsInThrough }, new HashSet<string> { "SOV2" }),
        new PolicyThreshold(2, 60),
        new UrgencySettings(3, 3, 2, [1, 3, 6, 10], 0.6, 0.7,
            [new("laag", 1), new("middel", 6), new("hoog", 12), new("kritiek", 20)]));

    public static readonly IReadOnlyList<Process> Processes =
    [
        new("p1", new("Proces 1", "Process 1"), ProcessKind.Primary, 5, true),
        new("p2", new("Proces 2", "Process 2"), ProcessKind.Secondary, 3, false),
        new("p3", new("Proces 3", "Process 3"), ProcessKind.Secondary, 2, false),
    ];

    public static readonly RegieKnowledge World = new(
        Catalog, Model, Processes,
        [new DataCategory("leerlinggegevens", new("Leerlinggegevens", "Pupil records"), 4), new DataCategory("contact", new("Contact", "Contact"), 3)],
        ShippedData.Knowledge.HarmWeights, ShippedData.Knowledge.EffortRules, ShippedData.Knowledge.TenderCriteria);

    public static Service Service(string name, string product, string[] processes, int? pupils = null, Func<Service, Service>? tweak = null)
    {
        var service = new Service(new ServiceId(Guid.NewGuid()), name, product, processes, pupils);
        return tweak is null ? service : tweak(service);
    }

    public static BoardLandscape Board(IReadOnlyList<Service> services, params Dependency[] dependencies) => new(
        new Organisation(OrganisationId.New(), "Testbestuur", [Sector.Po], 1000, 100, false), [], Processes, services, dependencies, [], []);
}

/// <summary>The shipped data folder, loaded once: the test worlds compute with its planning models (data/models/).</summary>
internal static class ShippedData
{
    public static readonly RegieKnowledge Knowledge = KnowledgeLoader.Load(DataFolder.Locate());
}
