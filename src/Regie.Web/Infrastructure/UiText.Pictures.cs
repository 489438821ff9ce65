namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the graph's legend, the parties' control column and the counted nouns (Plural).
    private static Dictionary<string, string> PictureWords => new()
    {
        ["moederbedrijf onbekend"] = "parent company unknown",
        ["moederbedrijf onbekend; wel bekend: {0}"] = "parent company unknown; known: {0}",
        ["Een naam die te klein is om te lezen, verschijnt als je de muis op het onderdeel houdt. Zoomen: Ctrl + scrollwiel of knijpen; klik op een lege plek om de hele graaf weer te zien."] =
            "A name too small to read appears when you hover over the item. Zoom: Ctrl + scroll wheel or pinch; click an empty spot to see the whole graph again.",
        ["gestippelde rand: moederbedrijf onbekend, kleur naar wat wel bekend is"] = "dashed rim: parent company unknown, coloured by what is known",
        // Counted texts (UiText.Plural): the singular beside the plural, whose English may live in another file.
        ["{0} dienst"] = "{0} service",
        ["{0} school"] = "{0} school",
        ["{0} scholen"] = "{0} schools",
        ["dienst valt uit"] = "service down",
        ["dienst beperkt"] = "service degraded",
        ["dienst blootgesteld"] = "service exposed",
        ["soort persoonsgegevens"] = "kind of personal data",
        ["dienst duurder"] = "service costs more",
        ["{0} verhuizing"] = "{0} move",
        ["{0} verhuizingen"] = "{0} moves",
        ["{0} persoonsdag"] = "{0} person-day",
        ["{0} persoonsdag (schatting van het bestuur)"] = "{0} person-day (the board's estimate)",
        ["capaciteit {0} verhuizing per kwartaal"] = "capacity {0} move per quarter",
        ["capaciteit {0} verhuizingen per kwartaal"] = "capacity {0} moves per quarter",
        ["{0} vraag onbekend"] = "{0} question unknown",
        ["dag"] = "day",
        ["dagen"] = "days",
        ["{0} van {1} dienst"] = "{0} of {1} service",
        ["{0} vraag is onbekend; onbekend telt als het slechtste antwoord. De optimistische score is de score als elke onbekende vraag het beste antwoord krijgt."] =
            "{0} question is unknown; unknown counts as the worst answer. The optimistic score is the score if every unknown question gets the best answer.",
        ["{0} eigen antwoord"] = "{0} own answer",
        ["{0} eigen antwoorden"] = "{0} own answers",
        ["{0} afhankelijkheid"] = "{0} dependency",
        ["{0} afhankelijkheden"] = "{0} dependencies",
        ["Deze dienst hangt ervan af"] = "This service depends on it",
        ["{0} nieuwe dienst"] = "{0} new service",
        ["{0} nieuwe diensten"] = "{0} new services",
        ["{0} beoordeling"] = "{0} assessment",
        ["{0} beoordelingen"] = "{0} assessments",
        ["Dit is de eerste ronde; ze vond niets."] = "This is the first run; it found nothing.",
        ["Dit is de eerste ronde: de bevinding is nieuw."] = "This is the first run: the finding is new.",
        ["{0} record"] = "{0} record",
        ["{0} records"] = "{0} records",
        ["{0} domein"] = "{0} domain",
        ["{0} bevinding"] = "{0} finding",
        ["{0} bevindingen"] = "{0} findings",
        ["{0} bevinding geaccepteerd."] = "{0} finding accepted.",
        ["{0} onderdeel"] = "{0} item",
        ["{0} onderdelen"] = "{0} items",
        ["{0} verbinding"] = "{0} connection",
        ["{0} verbindingen"] = "{0} connections",
    };
}
