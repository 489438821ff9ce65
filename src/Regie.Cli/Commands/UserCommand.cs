using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data;

namespace Regie.Cli.Commands;

/// <summary>
/// `regie user add EMAIL [--admin] [--sector-analyst] [--password P] [--role reader|editor|admin --organisation BOARD]`: makes a local account
/// in the database the web app uses, the first system administrator among them (docs/SECURITY.md). Without --password the
/// password is read from standard input, so it stays out of the shell's history.
/// </summary>
internal static class UserCommand
{
    public static Command Create(CliContext cli)
    {
        var email = new Argument<string>("EMAIL") { Description = "Het e-mailadres; daarmee meldt de gebruiker zich aan." };
        var admin = new Option<bool>("--admin") { Description = "Systeembeheerder: maakt besturen en gebruikers aan en mag elk bestuur openen." };
        var analyst = new Option<bool>("--sector-analyst") { Description = "Sectoranalist: ziet de geanonimiseerde cijfers van de sector, nooit de gegevens van een bestuur." };
        var password = new Option<string>("--password") { Description = "Het wachtwoord (minstens 12 tekens); zonder deze optie gelezen van de invoer.", HelpName = "WACHTWOORD" };
        var role = new Option<string>("--role") { Description = "Een rol op het bestuur van --organisation: reader, editor of admin.", HelpName = "ROL" };
        role.AcceptOnlyFromAmong("reader", "editor", "admin");
        var add = new Command("add", "Maakt een lokaal account aan (wachtwoord als hash bewaard).") { email, admin, analyst, password, role };
        add.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(password) ?? await ReadPasswordAsync(cli);
            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct);
            Guid? board = null;
            if (parse.GetValue(role) is not null)
            {
                await using var chosen = await cli.OpenBoardAsync(parse, ct);
                board = chosen.Organisation.Id;
            }

            await using var services = Identity(db);
            var users = services.GetRequiredService<UserManager<RegieUser>>();
            var address = parse.GetValue(email)!.Trim();
            var user = new RegieUser { Id = Guid.NewGuid(), UserName = address, Email = address, IsSystemAdministrator = parse.GetValue(admin), IsSectorAnalyst = parse.GetValue(analyst) };
            var result = await users.CreateAsync(user, secret);
            if (!result.Succeeded)
            {
                throw new UserError($"Gebruiker '{address}' is niet aangemaakt: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            var said = (user.IsSystemAdministrator ? " als systeembeheerder" : "") + (user.IsSectorAnalyst ? " als sectoranalist" : "");
            if (board is { } id)
            {
                var boardRole = parse.GetValue(role) switch { "admin" => BoardRole.BoardAdministrator, "editor" => BoardRole.Editor, _ => BoardRole.Reader };
                db.Memberships.Add(new BoardMembershipEntity { Id = Guid.NewGuid(), OrganisationId = id, UserId = user.Id, Role = boardRole });
                await db.SaveChangesAsync(ct);
                said += $" met rol {boardRole} op het bestuur";
            }

            await cli.Out.WriteLineAsync($"Gebruiker {address} aangemaakt{said}. Aanmelden op /account/signin.");
            return RegieCli.Ok;
        });
        return new Command("user", "Gebruikers van de webapp.") { add, ResetTwoFactor(cli) };
    }

    /// <summary>
    /// `regie user reset-2fa EMAIL`: for an administrator who lost the phone and the recovery codes and so cannot reach the
    /// users page. Whoever can run this can open the database anyway; the audit records it with the command line's user.
    /// </summary>
    private static Command ResetTwoFactor(CliContext cli)
    {
        var email = new Argument<string>("EMAIL") { Description = "Het e-mailadres van de gebruiker." };
        var reset = new Command("reset-2fa", "Zet de tweede factor van een gebruiker uit (sleutel en herstelcodes vergeten, blokkade opgeheven, overal afgemeld).") { email };
        reset.SetAction(async (parse, ct) =>
        {
            await using var db = await cli.OpenSharedKnowledgeAsync(parse, ct, new SharedKnowledgeWriter(CliContext.Actor));
            await using var services = Identity(db);
            var users = services.GetRequiredService<UserManager<RegieUser>>();
            var address = parse.GetValue(email)!.Trim();
            var user = await users.FindByEmailAsync(address) ?? throw new UserError($"Er is geen gebruiker met e-mailadres '{address}'.");
            var result = await RegieTwoFactor.ResetAsync(users, user);
            if (!result.Succeeded)
            {
                throw new UserError($"De tweede factor van {address} is niet gewist: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            await cli.Out.WriteLineAsync($"De tweede factor van {address} is uit. Aanmelden kan nu met alleen het wachtwoord; koppel daarna een nieuwe app op /account/two-factor.");
            return RegieCli.Ok;
        });
        return reset;
    }

    private static ServiceProvider Identity(RegieDbContext db) => new ServiceCollection().AddLogging()
        .AddSingleton(db).AddIdentityCore<RegieUser>(RegieIdentity.Configure).AddErrorDescriber<DutchIdentityErrors>().AddRegiePasswordRules()
        .AddEntityFrameworkStores<RegieDbContext>().AddRegieTwoFactor().Services.BuildServiceProvider();

    private static async Task<string> ReadPasswordAsync(CliContext cli)
    {
        await cli.Err.WriteAsync("Wachtwoord (minstens 12 tekens): ");
        return (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n')
            ?? throw new UserError("Geen wachtwoord: geef --password of typ het in.");
    }
}
