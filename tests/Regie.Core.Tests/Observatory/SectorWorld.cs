using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Core.Reporting;

namespace Regie.Core.Tests.Observatory;

/// <summary>
/// Six tiny po boards in Utrecht on the hand-made <see cref="TestWorld"/> (p1 is the one essential process), and a maker of
/// contributions by hand for the disclosure tests. What rests on US Corp (parent <c>us-corp</c>), worked out by hand:
/// <code>
/// board  pupils  services (product: pupils, processes)                       on us-corp (all / direct)
/// B1     400     us-idp: 400 p1; eu-app: 300 p2                              400 / 400
/// B2     600     us-idp: 600 p1                                              600 / 600
/// B3     800     eu-app: 800 p1                                              —
/// B4     200     eu-app-on-us: 200 p1 (hosted on US Cloud)                   200 / 200
/// B5     300     us-idp: 300 p1; eu-app: 350 p1, signs in through us-idp     350 / 300
/// B6     700     us-app-nl: 700 p1 p2 (vendor US Corp Nederland)             700 / 700
/// </code>
/// </summary>
internal static class SectorWorld
{
    public static readonly SharingProfile Utrecht = new("Utrecht", null);

    public static BoardLandscape Board(string name, int pupils, int schools, IReadOnlyList<Service> services, params Dependency[] dependencies) => new(
        new Organisation(OrganisationId.New(), name, [Sector.Po], pupils, pupils / 10, false),
        [.. Enumerable.Range(1, schools).Select(i => new School($"{name} school {i}", null, Sector.Po, pupils / Math.Max(1, schools)))],
        TestWorld.Processes, services, dependencies, [], []);

    public static IReadOnlyList<BoardLandscape> SixBoards()
    {
        var b5Idp = TestWorld.Service("B5 Inloggen", "us-idp", ["p1"], 300);
        var b5App = TestWorld.Service("B5 Leerlingvolg", "eu-app", ["p1"], 350);
        return
        [
            Board("B1", 400, 2, [TestWorld.Service("B1 Mail", "us-idp", ["p1"], 400), TestWorld.Service("B1 Rooster", "eu-app", ["p2"], 300)]),
            Board("B2", 600, 1, [TestWorld.Service("B2 Mail", "us-idp", ["p1"], 600)]),
            Board("B3", 800, 0, [TestWorld.Service("B3 Administratie", "eu-app", ["p1"], 800)]),
            Board("B4", 200, 0, [TestWorld.Service("B4 App", "eu-app-on-us", ["p1"], 200)]),
            Board("B5", 300, 3, [b5Idp, b5App], new Dependency(b5App.Id, DependencyKind.SignsInThrough, b5Idp.Id)),
            Board("B6", 700, 0, [TestWorld.Service("B6 Alles", "us-app-nl", ["p1", "p2"], 700)]),
        ];
    }

    public static IReadOnlyList<BoardContribution> SixContributions() =>
        [.. SixBoards().Select(b => BoardContribution.Of(b, TestWorld.World, Utrecht))];

    /// <summary>A contribution made by hand: a board at a place, with pupils and, if given, reliance on one party.</summary>
    public static BoardContribution ByHand(
        SectorGroup sector, string province, BoardSize size, int pupils, BoardFigures? figures = null, int? pupilsOnParty = null, string party = "bigco") => new(
        OrganisationId.New(), null, [], new BoardPlace(sector, province, size), pupils, pupils / 10, 0, ["p1"],
        figures ?? new BoardFigures(1, 50, 0, 5000, 0.1),
        new SealDistribution([0, 1, 0, 0, 0], [0, 0, 1, 0, 0]),
        pupilsOnParty is { } on ? [new PartyReliance(PartyKind.Parent, party, "BigCo", on, on, 0, 0, ["p1"], ["p1"], 1, 1)] : [],
        [], [], []);
}
