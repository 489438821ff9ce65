using Regie.Core.Discovery;
using Regie.Core.Landscape;
using Regie.Core.Observatory;

namespace Regie.Core.Tests.Observatory;

/// <summary>Three boards and seven schools whose shares are worked out by hand in the tests.</summary>
internal static class SmallSector
{
    public static readonly ScanProvider MicrosoftMail = new("microsoft", "Microsoft");
    public static readonly ScanProvider GoogleMail = new("google", "Google");

    public static SectorRegister Register { get; } = new(
        [
            new RegisterBoard("10001", "Stichting Een", "Noord-Holland", "Alkmaar", "www.bestuur1.nl"),
            new RegisterBoard("10002", "Stichting Twee", "Utrecht", "Utrecht", null),
            new RegisterBoard("10003", "Stichting Drie", null, null, "https://b3.nl/"),
        ],
        [
            School("01AA00", "10001", Sector.Po, 300, "school1.nl", "Noord-Holland"),
            School("01BB00", "10001", Sector.Po, 200, "https://www.school2.nl/contact", "Noord-Holland"),
            School("01CC00", "10002", Sector.Vo, 1200, "school3.nl", "Utrecht"),
            School("01CC01", "10002", Sector.Vo, 800, "school4.nl", "Utrecht"),
            School("01DD00", "10002", Sector.So, 100, "school5.nl", "Utrecht"),
            School("01EE00", "10003", Sector.Po, 150, null, "Gelderland"),
            School("01FF00", "10003", Sector.Po, 250, "school7.nl", "Gelderland"),
        ]);

    /// <summary>Mail: bestuur1 GoogleMail; schools 1, 3, 4 MicrosoftMail; 2 and 5 GoogleMail; 7 answers without mail; b3.nl does not exist.</summary>
    public static IReadOnlyList<ScanObservation> FirstScan { get; } =
    [
        Seen("bestuur1.nl", GoogleMail), Seen("school1.nl", MicrosoftMail), Seen("school2.nl", GoogleMail), Seen("school3.nl", MicrosoftMail),
        Seen("school4.nl", MicrosoftMail), Seen("school5.nl", GoogleMail), Seen("school7.nl", null),
        new("b3.nl", DomainOutcome.NotFound, null, null, null, null, null),
    ];

    /// <summary>A month later: bestuur1 and school2 moved to MicrosoftMail, school7 got MicrosoftMail mail, school5 did not answer.</summary>
    public static IReadOnlyList<ScanObservation> SecondScan { get; } =
    [
        Seen("bestuur1.nl", MicrosoftMail), Seen("school1.nl", MicrosoftMail), Seen("school2.nl", MicrosoftMail), Seen("school3.nl", MicrosoftMail),
        Seen("school4.nl", MicrosoftMail), new("school5.nl", DomainOutcome.TimedOut, null, null, null, null, null), Seen("school7.nl", MicrosoftMail),
        new("b3.nl", DomainOutcome.NotFound, null, null, null, null, null),
    ];

    public static RegisterSchool School(string code, string board, Sector sector, int? pupils, string? website, string? province = null, string? name = null) =>
        new(code, code[..4], board, name ?? $"School {code}", sector, code.EndsWith("00", StringComparison.Ordinal), province, null, website, pupils);

    private static ScanObservation Seen(string domain, ScanProvider? mail) =>
        new(domain, DomainOutcome.Resolved, mail, null, null, new ScanProvider("transip", "TransIP"), null);
}
