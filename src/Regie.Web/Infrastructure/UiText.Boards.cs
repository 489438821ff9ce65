namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the new-board page, the inventory template on the import page and the header's link to both.
    private static Dictionary<string, string> BoardWords => new()
    {
        ["Nieuw bestuur"] = "New board",
        ["Nieuw schoolbestuur"] = "New school board",
        ["Zet een bestuur op: de scholen, de omvang en de processen waarmee het begint. Daarna lees je de diensten in met het inventarissjabloon."] =
            "Set up a board: its schools, its size and the processes it starts with. Then import its services with the inventory template.",
        ["Sectoren"] = "Sectors",
        ["Scholen"] = "Schools",
        ["Eén school per regel: naam;BRIN;sector;leerlingen (sector po, vo, so of mbo; BRIN mag leeg). Dezelfde vorm als 'regie init --schools'."] =
            "One school per line: name;BRIN;sector;pupils (sector po, vo, so or mbo; BRIN may be empty). The same form as 'regie init --schools'.",
        ["Leeg: de leerlingen van de scholen samen."] = "Empty: the schools' pupils together.",
        ["Het bestuur krijgt een eigen kopie van de gekozen processen; kritikaliteit en drempels pas je later aan op de pagina Processen. Voor essentiële processen geldt de minimumeis."] =
            "The board gets its own copy of the chosen processes; change criticality and thresholds later on the Processes page. Essential processes carry the minimum.",
        ["Gebruiken"] = "Use",
        ["Bestuur aanmaken"] = "Create board",
        ["Inventarissjabloon"] = "Inventory template",
        ["Nog geen lijst? Haal het sjabloon, vul per dienst een rij in (lege cellen betekenen 'onbekend') en lees het hieronder in."] =
            "No list yet? Get the template, fill in a row per service (empty cells mean 'unknown') and import it below.",
        ["Sjabloon (Excel)"] = "Template (Excel)",
        ["Sjabloon (CSV)"] = "Template (CSV)",
    };
}
