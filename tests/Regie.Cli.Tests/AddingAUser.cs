using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Cli.Tests;

/// <summary>`regie user add`: the first administrator of a server, and members of a board, stored as the web app signs them in.</summary>
public sealed class AddingAUser
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFirstAdministratorIsStoredWithAHashedPassword()
    {
        using var board = new TestBoard();

        var result = await board.RunAsync("user", "add", "beheer@bestuur.nl", "--admin", "--password", "een lang wachtwoord");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("als systeembeheerder", result.Out);
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var user = await db.Users.SingleAsync(Ct);
        Assert.True(user.IsSystemAdministrator);
        Assert.Equal("BEHEER@BESTUUR.NL", user.NormalizedEmail);
        Assert.DoesNotContain("een lang wachtwoord", user.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<RegieUser>().VerifyHashedPassword(user, user.PasswordHash!, "een lang wachtwoord"));
        Assert.DoesNotContain(user.PasswordHash!, string.Join(" ", await db.AuditEntries.IgnoreQueryFilters().Select(a => a.NewValues).ToListAsync(Ct)));
    }

    [Fact]
    public async Task ASectorAnalystIsStoredWithoutAdministrationOrBoards()
    {
        using var board = new TestBoard();

        var result = await board.RunAsync("user", "add", "analist@sivon.nl", "--sector-analyst", "--password", "een lang wachtwoord");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("als sectoranalist", result.Out);
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var user = await db.Users.SingleAsync(Ct);
        Assert.True(user.IsSectorAnalyst);
        Assert.False(user.IsSystemAdministrator);
        Assert.Empty(await db.Memberships.IgnoreQueryFilters([RegieDbContext.TenantFilter]).ToListAsync(Ct));
    }

    [Fact]
    public async Task AMemberGetsTheRoleOnTheBoardNamed()
    {
        using var board = await TestBoard.CreateAsync();

        var result = await board.RunAsync("user", "add", "piet@bestuur.nl", "--password", "een lang wachtwoord", "--role", "editor", "--organisation", "Stichting Test");

        Assert.True(result.ExitCode == 0, result.ToString());
        await using var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var membership = await db.Memberships.IgnoreQueryFilters([RegieDbContext.TenantFilter]).SingleAsync(Ct);
        Assert.Equal(BoardRole.Editor, membership.Role);
        Assert.False((await db.Users.SingleAsync(Ct)).IsSystemAdministrator);
    }

    [Fact]
    public async Task AShortPasswordOrASecondAccountForOneAddressIsRefusedInDutch()
    {
        using var board = new TestBoard();
        await board.RunAsync("user", "add", "anna@bestuur.nl", "--password", "een lang wachtwoord");

        var shortPassword = await board.RunAsync("user", "add", "piet@bestuur.nl", "--password", "kort");
        var twice = await board.RunAsync("user", "add", "anna@bestuur.nl", "--password", "een ander lang wachtwoord");

        Assert.Equal(1, shortPassword.ExitCode);
        Assert.Contains("Het wachtwoord moet minstens 12 tekens lang zijn.", shortPassword.Err);
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("Er is al een gebruiker", twice.Err);
    }

    [Fact]
    public async Task ResettingTheSecondFactorOfALockedOutAdministratorSwitchesItOffAndIsAudited()
    {
        using var board = new TestBoard();
        await board.RunAsync("user", "add", "beheer@bestuur.nl", "--admin", "--password", "een lang wachtwoord");
        await using (var db = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System))
        {
            var admin = await db.Users.SingleAsync(Ct);
            admin.TwoFactorEnabled = true;
            admin.AccessFailedCount = 5;
            admin.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(15);
            db.Set<IdentityUserToken<Guid>>().Add(new() { UserId = admin.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "JBSWY3DPEHPK3PXP" });
            await db.SaveChangesAsync(Ct);
        }

        var result = await board.RunAsync("user", "reset-2fa", "beheer@bestuur.nl");
        var unknown = await board.RunAsync("user", "reset-2fa", "niemand@bestuur.nl");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("De tweede factor van beheer@bestuur.nl is uit.", result.Out);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Er is geen gebruiker met e-mailadres 'niemand@bestuur.nl'.", unknown.Err);
        await using var check = RegieDatabase.Create(DatabaseSettings.SqliteFile(board.DatabasePath), TenantContext.System);
        var user = await check.Users.SingleAsync(Ct);
        Assert.False(user.TwoFactorEnabled);
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
        Assert.Empty(await check.Set<IdentityUserToken<Guid>>().Where(t => t.Name == "AuthenticatorKey").ToListAsync(Ct));
        Assert.Contains(await check.AuditEntries.IgnoreQueryFilters().Where(a => a.Entity == nameof(RegieUser)).ToListAsync(Ct),
            a => a.Actor.StartsWith("cli:", StringComparison.Ordinal) && a.NewValues!.Contains("\"TwoFactorEnabled\":false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACommonPasswordOrOneWithTheUserNameIsRefusedInDutch()
    {
        using var board = new TestBoard();

        var common = await board.RunAsync("user", "add", "anna@bestuur.nl", "--password", "password123456");
        var ownName = await board.RunAsync("user", "add", "pieter@bestuur.nl", "--password", "pieter zijn wachtwoord");

        Assert.Equal(1, common.ExitCode);
        Assert.Contains("lijst van veelgebruikte en gelekte wachtwoorden", common.Err);
        Assert.Equal(1, ownName.ExitCode);
        Assert.Contains("mag de gebruikersnaam", ownName.Err);
    }
}
