namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the verdict: the dashboard's opening, the standings and the root causes.
    private static Dictionary<string, string> VerdictWords => new()
    {
        ["Begin hier"] = "Begin here",
        ["Registreer of importeer de diensten van het bestuur"] = "Register or import the board's services",
        ["Wijs de essentiële processen aan"] = "Mark the essential processes",
        ["Stuur {0} de vragenlijst"] = "Send {0} the questionnaire",
        ["Leg de afspraken vast, te beginnen bij {0}"] = "Put the arrangements on record, starting with {0}",
        ["Bekijk de alternatieven voor {0}"] = "Review the alternatives to {0}",
        ["Voldoet aan de minimumeis"] = "Meets the minimum",
        ["Haalt het niet op bekende feiten"] = "Fails on known facts",
        ["Nog niet te bepalen: wacht op antwoorden"] = "Undetermined: waiting for answers",
        ["Geen minimumeis (geen essentieel proces)"] = "No minimum (no essential process)",
        ["{0} vraag"] = "{0} question",
        ["{0} vragen"] = "{0} questions",
        ["Wat diensten onder de minimumeis houdt"] = "What keeps services below the minimum",
        ["Elke oorzaak met het aantal diensten dat zij tegenhoudt en wat het oplevert als zij wegvalt: hoeveel diensten dan de minimumeis halen, en hoeveel er dan niet meer op bekende feiten tekortschieten. De meeste diensten worden door meer dan één oorzaak tegengehouden; daarom levert één oorzaak alleen vaak niets op."] =
            "Each cause with the number of services it holds back and what removing it brings: how many services would then meet the minimum, and how many would then no longer fail on known facts. Most services are held back by more than one cause, so one cause alone often brings nothing.",
        ["Oorzaak"] = "Cause",
        ["Houdt tegen"] = "Holds back",
        ["Leerlingen (minstens)"] = "Pupils (at least)",
        ["Medewerkers (minstens)"] = "Staff (at least)",
        ["Halen dan de minimumeis"] = "Would then meet the minimum",
        ["Schieten dan niet meer tekort op bekende feiten"] = "Would then no longer fail on known facts",
        ["Essentiële processen"] = "Essential processes",
        ["Opbrengst"] = "Lift",
        ["Niet meer tekort op bekende feiten"] = "No longer failing on known facts",
        ["Diensten en redenen"] = "Services and reasons",
        ["Bekijk de {0} dienst in de lijst"] = "See the {0} service in the list",
        ["Bekijk alle {0} diensten in de lijst"] = "See all {0} services in the list",
        ["De {0} met de laagste score."] = "The {0} with the lowest score.",
        ["Alleen de diensten die deze oorzaak onder de minimumeis houdt: {0}."] = "Only the services this cause holds below their minimum: {0}.",
        ["Deze oorzaak houdt geen diensten meer tegen: de gegevens van het bestuur zijn sinds de link veranderd."] =
            "This cause no longer holds any services back: the board's data changed since the link was made.",
        ["Terug naar de oorzaken"] = "Back to the causes",
        ["Regie rekent het bestuur opnieuw door zonder de oorzaak: antwoorden die de oorzaak bepaalt krijgen het beste antwoord; bij open vragen ook het slechtste (de opbrengst na de schuine streep); een inlog- of hostingafhankelijkheid gaat naar het beste product met dezelfde functie uit de catalogus, of valt weg als de catalogus geen beter kent. Leerlingen (minstens) is het grootste aantal leerlingen van één tegengehouden dienst: het werkelijke aantal is minstens zo groot. Zo ook voor medewerkers."] =
            "Regie assesses the board again without the cause: answers the cause determines get the best answer; for open questions also the worst (the lift after the slash); a sign-in or hosting dependency moves to the best product with the same function in the catalog, or is dropped when the catalog knows none better. Pupils (at least) is the largest number of pupils of one held-back service: the real number is at least that large. The same goes for staff.",
        ["Bewezen"] = "Proven",
        ["Optimistisch"] = "Optimistic",
        ["Stand"] = "Standing",
        ["Gemiddelde score (optimistisch)"] = "Mean score (optimistic)",
        ["Wat deze dienst tegenhoudt"] = "What holds this service back",
        ["Wat het wegnemen van elke oorzaak oplevert, staat op het dashboard."] = "What removing each cause brings is on the dashboard.",
        ["bewezen … optimistisch"] = "proven … optimistic",
        ["Bewezen score volgt de EU-rekenregel: een onbekend antwoord telt als het slechtste. Optimistisch: elk onbekend antwoord het beste."] =
            "The proven score follows the EU rule: an unknown answer counts as the worst. Optimistic: every unknown answer at its best.",
    };
}
