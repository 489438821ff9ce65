using Regie.Data;

namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    /// <summary>A board role in the glossary's words.</summary>
    public string Of(BoardRole role) => this[role switch
    {
        BoardRole.Reader => "lezer",
        BoardRole.Editor => "bewerker",
        BoardRole.BoardAdministrator => "bestuursbeheerder",
        _ => "geen",
    }];

    // The English of sign-in, the users, members and tokens pages and the header's account links.
    private static Dictionary<string, string> AuthWords => new()
    {
        ["Aanmelden"] = "Sign in",
        ["Afmelden"] = "Sign out",
        ["Meld je aan met het e-mailadres en wachtwoord dat een beheerder voor je heeft aangemaakt."] =
            "Sign in with the e-mail address and password an administrator made for you.",
        ["E-mailadres"] = "E-mail address",
        ["Wachtwoord"] = "Password",
        ["Nieuw wachtwoord"] = "New password",
        ["Het e-mailadres of het wachtwoord klopt niet."] = "The e-mail address or the password is wrong.",
        ["Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw, of vraag een beheerder om een nieuw wachtwoord."] =
            "This account is locked for a while after too many failed attempts. Try again in fifteen minutes, or ask an administrator for a new password.",
        ["lezer"] = "reader",
        ["bewerker"] = "editor",
        ["bestuursbeheerder"] = "board administrator",
        ["Rol"] = "Role",
        ["API-tokens"] = "API tokens",
        ["Een token geeft een script of de opdrachtregel toegang tot de API van één bestuur, met een rol en tot een einddatum. Stuur het mee als 'Authorization: Bearer <token>'."] =
            "A token gives a script or the command line access to the API of one board, with a role and until an expiry date. Send it as 'Authorization: Bearer <token>'.",
        ["Kopieer het token nu: het wordt maar één keer getoond en alleen als hash bewaard."] =
            "Copy the token now: it is shown this once and stored only as a hash.",
        ["Dagen geldig"] = "Valid for days",
        ["Token maken voor {0}"] = "Make a token for {0}",
        ["Sectortoken"] = "Sector token",
        ["Een sectortoken geeft een script alleen de geaggregeerde sectorcijfers (gedeelde sector, vraagmacht, samenvatting van de sectorscan), nooit de gegevens van één bestuur of de scanresultaten per bestuur. Het heeft geen rol."] =
            "A sector token gives a script the sector's aggregates only (shared sector, vraagmacht, the sector scan's summary), never one board's data or the scan results per board. It has no role.",
        ["Sectortoken maken"] = "Make a sector token",
        ["sectorcijfers (geen bestuur)"] = "sector aggregates (no board)",
        ["Geldig tot"] = "Valid until",
        ["ingetrokken"] = "revoked",
        ["Intrekken"] = "Revoke",
        ["Leden"] = "Members",
        ["Leden van {0}"] = "Members of {0}",
        ["Zonder aanmelding (op je eigen computer) maakt niemand tokens, want er is geen persoon om ze aan te koppelen. De opdrachtregel werkt hier met het databasebestand zelf; een token maakt een aangemelde gebruiker op een server met aanmelding."] =
            "Without sign-in (on your own computer) nobody makes tokens, as there is no person to tie them to. The command line works here with the database file itself; a token is made by a signed-in user on a server with sign-in.",
        ["Nog geen tokens."] = "No tokens yet.",
        ["Nog geen leden. Zonder aanmelding (op je eigen computer) is er geen lid nodig; wie zich aanmeldt, ziet alleen de besturen waarvan hij lid is."] =
            "No members yet. Without sign-in (on your own computer) no member is needed; whoever signs in sees only the boards they are a member of.",
        ["Systeembeheerder"] = "System administrator",
        ["geblokkeerd"] = "locked",
        ["Besturen"] = "Boards",
        ["Gebruiker aanmaken"] = "Create user",
        ["Wachtwoord instellen"] = "Set password",
        ["Een systeembeheerder maakt besturen en gebruikers aan en mag elk bestuur openen. Rollen per bestuur geef je op de pagina Leden van dat bestuur."] =
            "A system administrator creates boards and users and may open every board. Roles per board are given on that board's Members page.",
        ["Lezers zien alles van dit bestuur, bewerkers wijzigen ook, bestuursbeheerders beheren ook de leden. Een systeembeheerder maakt de gebruiker eerst aan."] =
            "Readers see everything of this board, editors also change it, board administrators also manage its members. A system administrator creates the user first.",
        ["Rol geven"] = "Give role",
        ["Of meld je aan via je eigen organisatie"] = "Or sign in through your own organisation",
        ["Aanmelden met {0}"] = "Sign in with {0}",
        ["Terug naar de aanmeldpagina"] = "Back to the sign-in page",
        ["Er is geen aanmelding bij een identiteitsprovider bezig. Begin opnieuw op de aanmeldpagina."] =
            "No sign-in with an identity provider is under way. Start again on the sign-in page.",
        ["Dit account is geblokkeerd. Vraag de beheerder van Regie om het te deblokkeren."] =
            "This account is locked. Ask Regie's administrator to unlock it.",
        ["Dit account mag zich niet aanmelden. Vraag de beheerder van Regie waarom."] =
            "This account may not sign in. Ask Regie's administrator why.",
        ["Dit account is niet bekend in Regie; vraag de beheerder van Regie om je toe te voegen."] =
            "This account is not known in Regie; ask Regie's administrator to add you.",
        ["Aanmelden bij {0} is niet gelukt of afgebroken."] = "Signing in with {0} failed or was cancelled.",
        ["Regie instellen"] = "Set up Regie",
        ["Maak de systeembeheerder aan: die maakt daarna besturen en gebruikers aan. Deze link werkt maar één keer."] =
            "Create the system administrator, who then creates boards and users. This link works only once.",
        ["Systeembeheerder aanmaken"] = "Create system administrator",
        ["Deze set-uplink is ongeldig, verlopen of al gebruikt. Een systeembeheerder maakt gebruikers aan op de pagina Gebruikers, of met: regie user add --admin EMAIL."] =
            "This set-up link is invalid, expired or already used. A system administrator creates users on the Users page, or with: regie user add --admin EMAIL.",
        ["Geen toegang"] = "No access",
        ["Uw rol bij dit bestuur staat dit niet toe. Vraag een bestuursbeheerder om een andere rol."] =
            "Your role on this board does not allow this. Ask a board administrator for another role.",
    };
}
