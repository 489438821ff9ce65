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
    };
}
