namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the second factor: the set-up page, the sign-in's second step and the users page's reset.
    private static Dictionary<string, string> TwoFactorWords => new()
    {
        ["Tweede factor"] = "Second factor",
        ["Met een tweede factor vraagt Regie na je wachtwoord ook een code uit een authenticator-app op je telefoon (bijvoorbeeld FreeOTP, Aegis of die van Microsoft of Google). Wie je wachtwoord kent, komt er dan nog niet in."] =
            "With a second factor Regie asks, after your password, for a code from an authenticator app on your phone (for example FreeOTP, Aegis or Microsoft's or Google's). Someone who knows your password still cannot get in.",
        ["Als systeembeheerder stel je eerst een tweede factor in; daarna gaan de andere pagina's open."] =
            "As a system administrator you set up a second factor first; then the other pages open.",
        ["Er is niets gewijzigd."] = "Nothing was changed.",
        ["Bewaar deze herstelcodes op een veilige plek, bijvoorbeeld op papier. Elke code werkt één keer, als je je telefoon niet bij je hebt. Ze worden maar één keer getoond en alleen als hash bewaard."] =
            "Keep these recovery codes somewhere safe, for example on paper. Each code works once, when you do not have your phone. They are shown this once and stored only as a hash.",
        ["Een tweede factor hoort bij een eigen account met wachtwoord. In laptopmodus en met een API-token is er geen."] =
            "A second factor belongs to an own account with a password. In laptop mode and with an API token there is none.",
        ["Je meldt je aan via je eigen organisatie; de tweede factor regelt die organisatie."] =
            "You sign in through your own organisation; that organisation takes care of the second factor.",
        ["De tweede factor staat aan."] = "The second factor is on.",
        ["De tweede factor staat uit."] = "The second factor is off.",
        ["Je hebt nog {0} herstelcode."] = "You have {0} recovery code left.",
        ["Je hebt nog {0} herstelcodes."] = "You have {0} recovery codes left.",
        ["Code uit de app"] = "Code from the app",
        ["Nieuwe herstelcodes maken"] = "Make new recovery codes",
        ["Tweede factor uitzetten"] = "Switch the second factor off",
        ["Scan de QR-code met je authenticator-app, of typ de sleutel over."] = "Scan the QR code with your authenticator app, or type the key.",
        ["Vul de code van zes cijfers in die de app daarna toont."] = "Enter the six-digit code the app then shows.",
        ["QR-code met de sleutel voor je authenticator-app"] = "QR code with the key for your authenticator app",
        ["Sleutel"] = "Key",
        ["Adres voor de app (otpauth)"] = "Address for the app (otpauth)",
        ["Tweede factor aanzetten"] = "Switch the second factor on",
        ["Nieuwe sleutel maken"] = "Make a new key",
        ["Authenticator-app koppelen"] = "Link an authenticator app",
        ["Er is geen aanmelding bezig, of die duurde langer dan vijf minuten. Begin opnieuw met je e-mailadres en wachtwoord."] =
            "No sign-in is under way, or it took longer than five minutes. Start again with your e-mail address and password.",
        ["Vul de code van zes cijfers in die je authenticator-app nu toont. Heb je je telefoon niet bij je, vul dan een van je herstelcodes in."] =
            "Enter the six-digit code your authenticator app shows now. If you do not have your phone, enter one of your recovery codes.",
        ["Deze code klopt niet. Neem de code die de app nu toont, of een herstelcode die je nog niet hebt gebruikt."] =
            "This code is wrong. Use the code the app shows now, or a recovery code you have not used yet.",
        ["Tweede factor wissen"] = "Reset second factor",
        ["De tweede factor staat al aan. Zet hem eerst uit om een nieuwe app te koppelen."] =
            "The second factor is already on. Switch it off first to link a new app.",
        ["Dit account meldt zich aan via een identiteitsprovider; de tweede factor regelt die provider."] =
            "This account signs in through an identity provider; that provider takes care of the second factor.",
        ["Er is geen koppeling met een app bezig. Begin opnieuw."] = "No app is being linked. Start again.",
        ["Deze code klopt niet. Controleer de tijd van je telefoon en vul de code in die de app nu toont."] =
            "This code is wrong. Check your phone's clock and enter the code the app shows now.",
        ["De tweede factor staat niet aan."] = "The second factor is not on.",
        ["Deze code klopt niet. Vul de code in die de app nu toont."] = "This code is wrong. Enter the code the app shows now.",
        ["aan"] = "on",
        ["uit"] = "off",
    };
}
