using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Cli.Tests.Sector;

/// <summary>`regie sector share on|off|status`: the board's opt-in, the same operation as the web's /sharing, audited with the command line's user.</summary>
public sealed class SharingFromTheCommandLine
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<OrganisationEntity> OrganisationAsync(TestBoard board)
    {
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        return await db.Organisations.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(Ct);
    }

    [Fact]
    public async Task SharingIsOffUntilTurnedOnAndOffAgainEachAuditedWithTheUser()
    {
        using var board = await TestBoard.CreateAsync();

        var status = await board.RunAsync("sector", "share", "status");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("deelt zijn landschap niet met de sector", status.Out);

        var on = await board.RunAsync("sector", "share", "on", "--register-number", "41234", "--province", "friesland");
        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.Contains("deelt zijn landschap met de sector", on.Out);
        var shared = await OrganisationAsync(board);
        Assert.True(shared.SharesWithSector);
        Assert.Equal(("41234", "Fryslân"), (shared.RegisterBoardNumber, shared.Province));
        Assert.NotNull(shared.SharingChangedAt);

        var off = await board.RunAsync("sector", "share", "off");
        Assert.True(off.ExitCode == 0, off.ToString());
        var revoked = await OrganisationAsync(board);
        Assert.False(revoked.SharesWithSector);
        Assert.Equal(("41234", "Fryslân"), (revoked.RegisterBoardNumber, revoked.Province));

        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var audited = await db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter])
            .Where(a => a.Entity == nameof(OrganisationEntity) && a.Action == "Modified" && a.NewValues!.Contains("SharesWithSector")).ToListAsync(Ct);
        Assert.Equal(2, audited.Count);
        Assert.All(audited, a => Assert.Equal($"cli:{Environment.UserName}", a.Actor));
    }

    [Fact]
    public async Task AWrongNumberOrProvinceStoresNothingAndNamesTheField()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("sector", "share", "on", "--register-number", "12a", "--province", "Brabant");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Er is niets opgeslagen", result.Err);
        Assert.Contains("Bestuursnummer (DUO): '12a'", result.Err);
        Assert.Contains("Provincie: 'Brabant'", result.Err);
        Assert.False((await OrganisationAsync(board)).SharesWithSector);
    }
}
