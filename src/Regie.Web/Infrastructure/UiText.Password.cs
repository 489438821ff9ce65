using Regie.Data;

namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the own-password page, the password rules' messages (Regie.Data writes them in Dutch) and the sign-in page's HTTPS notice.
    private static Dictionary<string, string> PasswordWords => new()
    {
        ["Wachtwoord wijzigen"] = "Change password",
        ["Geef je huidige wachtwoord en twee keer het nieuwe: minstens 12 tekens, niet een veelgebruikt wachtwoord en niet je e-mailadres. Je wordt overal anders afgemeld; hier blijf je aangemeld."] =
            "Give your current password and the new one twice: at least 12 characters, not a common password and not your e-mail address. You are signed out everywhere else; here you stay signed in.",
        ["Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd."] = "Your password has been changed. Your other sessions have ended.",
        ["Het wachtwoord is niet gewijzigd."] = "The password has not been changed.",
        ["In laptopmodus is er geen account en dus geen wachtwoord."] = "In laptop mode there is no account and so no password.",
        ["Huidig wachtwoord"] = "Current password",
        ["Nieuw wachtwoord nog een keer"] = "New password again",
        ["Het huidige wachtwoord klopt niet."] = "The current password is wrong.",
        ["Het account is intussen door iemand anders gewijzigd. Open de pagina opnieuw en probeer het nog eens."] =
            "The account was changed by someone else in the meantime. Open the page again and try once more.",
        ["Alleen een aangemelde gebruiker wijzigt het eigen wachtwoord (niet met een token, niet in laptopmodus)."] =
            "Only a signed-in user changes their own password (not with a token, not in laptop mode).",
        ["Je account heeft geen wachtwoord in Regie: je meldt je aan via je eigen organisatie en wijzigt je wachtwoord daar."] =
            "Your account has no password in Regie: you sign in through your own organisation and change your password there.",
        ["Vul je huidige en je nieuwe wachtwoord in."] = "Fill in your current and your new password.",
        ["De twee nieuwe wachtwoorden zijn niet gelijk."] = "The two new passwords are not the same.",
        ["Deze server is via het netwerk bereikbaar en meldt alleen via HTTPS aan. Open Regie met https:// (of laat de beheerder HTTPS of een reverse proxy instellen, zie docs/SECURITY.md)."] =
            "This server can be reached over the network and signs in over HTTPS only. Open Regie with https:// (or ask the administrator to set up HTTPS or a reverse proxy, see docs/SECURITY.md).",
        [CommonPasswordValidator.CommonMessage] =
            "This password is on a list of common and breached passwords, or is one with only digits or symbols added. Choose, for example, a sentence of your own words.",
        [CommonPasswordValidator.UserNameMessage] = "The password may not contain the user name (the e-mail address or the part before the @).",
    };
}
