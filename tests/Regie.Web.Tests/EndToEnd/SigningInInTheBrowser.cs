using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Tests.Access;
using Regie.Web.Tests.Api;
using static Microsoft.Playwright.Assertions;

namespace Regie.Web.Tests.EndToEnd;

/// <summary>
/// A server that requires sign-in (<c>Regie:Auth:Mode=required</c>), driven by Chromium: a local account signs in, sees
/// only its own boards in the switcher and signs out; a person signs in with the identity provider's button.
/// </summary>
public sealed class SigningInInTheBrowser
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> BoardAsync(BrowserSession session, string name)
    {
        await using var db = RegieDatabase.Create(session.Database, TenantContext.System);
        return (await db.CreateOrganisationAsync(name, [Sector.Po], 300, 30, false,
            session.Services.GetRequiredService<RegieKnowledge>().ProcessTemplates, Ct)).Id;
    }

    private static async Task UserAsync(BrowserSession session, string email, params (Guid Board, BoardRole Role)[] roles)
    {
        var user = new RegieUser { Id = Guid.NewGuid(), UserName = email, Email = email };
        using (var scope = session.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<RegieUser>>().CreateAsync(user, RegieApp.TestPassword)).Succeeded);
        }

        await using var db = RegieDatabase.Create(session.Database, TenantContext.System);
        foreach (var (board, role) in roles)
        {
            db.Memberships.Add(new BoardMembershipEntity { Id = Guid.NewGuid(), OrganisationId = board, UserId = user.Id, Role = role });
        }

        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task ALocalAccountSignsInSeesOnlyItsBoardsAndSignsOut()
    {
        await using var session = await BrowserSession.StartAsync(new Dictionary<string, string?> { [LaptopMode.Setting] = "required" });
        var page = session.Page;
        var own = await BoardAsync(session, "Stichting Eigen Scholen");
        var other = await BoardAsync(session, "Stichting Andermans Scholen");
        var second = await BoardAsync(session, "Stichting Tweede Bestuur");
        await UserAsync(session, "lezer@eigen.nl", (own, BoardRole.Reader), (second, BoardRole.Editor));
        await UserAsync(session, "ander@ander.nl", (other, BoardRole.BoardAdministrator));

        await session.GotoAsync("/services");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?ReturnUrl=%2Fservices$"));

        await page.Locator("#Email").FillAsync("lezer@eigen.nl");
        await page.Locator("#Password").FillAsync("niet het wachtwoord");
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await Expect(page.Locator("#errors")).ToContainTextAsync("Het e-mailadres of het wachtwoord klopt niet.");

        await page.Locator("#Email").FillAsync("lezer@eigen.nl");
        await page.Locator("#Password").FillAsync(RegieApp.TestPassword);
        await page.Locator("#signin button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(session.BaseUrl + "/services");
        await Expect(page.Locator(".sign-out .user")).ToHaveTextAsync("lezer@eigen.nl");
        var boards = await page.Locator("#board-switch option").AllTextContentsAsync();
        Assert.Equal(["Stichting Eigen Scholen", "Stichting Tweede Bestuur"], boards.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(boards, b => b.Contains("Andermans", StringComparison.Ordinal));
        await Expect(page.Locator("#users")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(session.BaseUrl + "/account/signin");
        await session.GotoAsync("/services");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin\\?ReturnUrl=%2Fservices$"));
    }

    [Fact]
    public async Task APersonSignsInWithTheIdentityProvidersButton()
    {
        await using var provider = await OpenIdProvider.StartAsync(("regie-browser", "browser-secret"));
        var providers = "Regie:Auth:OpenIdConnect:Providers:surfconext:";
        await using var session = await BrowserSession.StartAsync(new Dictionary<string, string?>
        {
            [LaptopMode.Setting] = "required",
            [providers + "DisplayName"] = "SURFconext",
            [providers + "Authority"] = provider.Authority,
            [providers + "ClientId"] = "regie-browser",
            [providers + "ClientSecret"] = "browser-secret",
            [providers + "MatchClaim"] = "eduPersonPrincipalName",
            [providers + "RequireHttpsMetadata"] = "false",
        });
        var page = session.Page;
        var own = await BoardAsync(session, "Stichting Eigen Scholen");
        await UserAsync(session, "docent@eigen.nl", (own, BoardRole.Editor));
        provider.Person = new Dictionary<string, string> { ["sub"] = "surf-docent", ["eduPersonPrincipalName"] = "docent@eigen.nl" };

        await session.GotoAsync("/services");
        // The whole flow (discovery, the provider, the code exchange, the keys) on a busy test machine: a generous wait.
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden met SURFconext" }).ClickAsync(new() { Timeout = 60_000 });

        await Expect(page).ToHaveURLAsync(session.BaseUrl + "/services", new() { Timeout = 60_000 });
        await Expect(page.Locator(".sign-out .user")).ToHaveTextAsync("docent@eigen.nl");
        await Expect(page.Locator(".board-name")).ToHaveTextAsync("Stichting Eigen Scholen");
        Assert.Equal(1, provider.CodesRedeemed);
    }

    [Fact]
    public async Task AnAdministratorLinksAnAuthenticatorAppFirstAndThenSignsInWithItsCode()
    {
        await using var session = await BrowserSession.StartAsync(new Dictionary<string, string?>
        {
            [LaptopMode.Setting] = "required",
            [AdministratorTwoFactor.Setting] = "true",
        });
        var page = session.Page;
        var user = new RegieUser { Id = Guid.NewGuid(), UserName = "beheer@eigen.nl", Email = "beheer@eigen.nl", IsSystemAdministrator = true };
        using (var scope = session.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<RegieUser>>().CreateAsync(user, RegieApp.TestPassword)).Succeeded);
        }

        var violations = new List<string>();
        page.Console += (_, message) => violations.AddRange(message.Text.Contains("Content Security Policy", StringComparison.Ordinal) ? [message.Text] : []);
        await session.GotoAsync("/users");
        await page.Locator("#Email").FillAsync("beheer@eigen.nl");
        await page.Locator("#Password").FillAsync(RegieApp.TestPassword);
        await page.Locator("#signin button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(session.BaseUrl + "/account/two-factor");
        await Expect(page.Locator("#required")).ToBeVisibleAsync();
        await page.Locator("#begin button").ClickAsync();
        await Expect(page.Locator("#qr-code svg")).ToBeVisibleAsync();
        var app = new AuthenticatorApp(await page.Locator("#shared-key").TextContentAsync() ?? "");
        await page.Locator("#Code").FillAsync(app.Code(AuthenticatorApp.Now));
        await page.Locator("#confirm button").ClickAsync();
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await session.GotoAsync("/users");
        await Expect(page).ToHaveURLAsync(session.BaseUrl + "/users");

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await page.Locator("#Email").FillAsync("beheer@eigen.nl");
        await page.Locator("#Password").FillAsync(RegieApp.TestPassword);
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin/code"));
        await page.Locator("#Code").FillAsync(app.WrongCode());
        await page.Locator("#signin-code button").ClickAsync();
        await Expect(page.Locator("#errors")).ToContainTextAsync("Deze code klopt niet.");
        await page.Locator("#Code").FillAsync(app.Code(AuthenticatorApp.Now + 1));
        await page.Locator("#signin-code button").ClickAsync();

        await Expect(page).ToHaveURLAsync(session.BaseUrl + "/");
        await Expect(page.Locator(".sign-out .user")).ToHaveTextAsync("beheer@eigen.nl");
        Assert.Empty(violations);
    }
}
