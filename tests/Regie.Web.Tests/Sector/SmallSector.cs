using Regie.Core.Discovery;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Data;

namespace Regie.Web.Tests.SectorScan;

/// <summary>
/// A register of three boards and four schools and two scans of it, stored through <see cref="SectorStore"/> as the command
/// line stores them. Between the scans board 10001 and its two schools moved their mail from Google to Microsoft. Board
/// 10002 and its provider carry hostile names; board 10003's only school has a domain that does not exist.
/// </summary>
public static class SmallSector
{
    public const string HostileBoard = "<script>alert('bestuur')</script> Zuid";
    public const string HostileProvider = "<img src=x onerror=alert(1)>Mail";

    public static readonly SectorRegister Register = new(
        [
            new RegisterBoard("10001", "Stichting Noord", "Groningen", "Groningen", "https://www.noord.nl/"),
            new RegisterBoard("10002", HostileBoard, "Limburg", "Venlo", "zuid.nl"),
            new RegisterBoard("10003", "Eenpitter", "Utrecht", "Utrecht", null),
        ],
        [
            new RegisterSchool("10AA00", "10AA", "10001", "Noordschool", Regie.Core.Landscape.Sector.Po, true, "Groningen", "Groningen", "noordschool.nl", 300),
            new RegisterSchool("10AB00", "10AB", "10001", "Noord College", Regie.Core.Landscape.Sector.Vo, true, "Groningen", "Groningen", "www.noord-vo.nl", 900),
            new RegisterSchool("20AA00", "20AA", "10002", "<b>Zuidschool</b>", Regie.Core.Landscape.Sector.Po, true, "Limburg", "Venlo", "zuid.nl", 200),
            new RegisterSchool("30AA00", "30AA", "10003", "Eenschool", Regie.Core.Landscape.Sector.Po, true, "Utrecht", "Utrecht", "een.nl", 100),
        ]);

    /// <summary>Stores the register and both scans; returns (older, newer) scan ids.</summary>
    public static async Task<(Guid Older, Guid Newer)> SeedAsync(DatabaseSettings database, CancellationToken ct)
    {
        await using var db = RegieDatabase.Create(database, TenantContext.System);
        var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await db.ReplaceRegisterAsync(Register, ["besturen.csv", "vestigingen.csv"], start, ct);
        var older = await ScanAsync(db, start.AddHours(1), "google", "Google Workspace", ct);
        var newer = await ScanAsync(db, start.AddDays(30), "microsoft", "Microsoft 365", ct);
        return (older, newer);
    }

    private static async Task<Guid> ScanAsync(RegieDbContext db, DateTimeOffset at, string northId, string northName, CancellationToken ct)
    {
        var (scan, _) = await db.StartOrResumeScanAsync(5, "127.0.0.1:53", at, ct);
        await db.RecordScanResultsAsync(scan.Id,
        [
            Resolved("noord.nl", northId, northName),
            Resolved("noordschool.nl", northId, northName),
            Resolved("noord-vo.nl", northId, northName),
            Resolved("zuid.nl", "evil", HostileProvider),
            new DomainDiscovery("een.nl", DomainOutcome.NotFound, [], []),
        ], 200, ct);
        await db.FinishScanAsync(scan.Id, at.AddMinutes(5), ct);
        return scan.Id;
    }

    private static DomainDiscovery Resolved(string domain, string mailId, string mailName) => new(domain, DomainOutcome.Resolved,
        [new Finding(domain, FindingArea.Mail, mailId, mailName, null, "Mail", "US", 0.95, "mx", [new Evidence("MX", domain, $"10 mx.{mailId}.example.")])], []);
}
