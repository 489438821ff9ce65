namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the import page's preview, review list and confirmation.
    private static Dictionary<string, string> ImportWords => new()
    {
        ["Lees een lijst in die de school al heeft, of een nieuwere versie ervan. Je ziet eerst wat er verandert; pas na 'Opslaan' wordt alles opgeslagen, of bij een fout niets."] =
            "Import a list the school already has, or a newer version of it. You first see what changes; only 'Save' stores it all, or nothing if anything is wrong.",
        ["Inlezen en bekijken"] = "Read and preview",
        ["Opgeslagen"] = "Saved",
        ["Voorbeeld: dit verandert er"] = "Preview: this is what changes",
        ["{0}, {1} bijgewerkt, {2} ongewijzigd, {3} overgeslagen; {4}."] = "{0}, {1} updated, {2} unchanged, {3} skipped; {4}.",
        ["{0} nieuwe afhankelijkheid"] = "{0} new dependency",
        ["{0} nieuwe afhankelijkheden"] = "{0} new dependencies",
        ["{0} ingelezen: {1}"] = "{0} imported: {1}",
        ["{0}: {1} Er is nog niets opgeslagen."] = "{0}: {1} Nothing has been saved yet.",
        ["{0} beoordeling van andere hulpmiddelen."] = "{0} assessment by other tools.",
        ["{0} beoordelingen van andere hulpmiddelen."] = "{0} assessments by other tools.",
        ["Te controleren"] = "To review",
        ["Regie is bij deze namen niet zeker welk product het is. Ze worden een eigen dienst van het bestuur, tenzij je hieronder een product kiest."] =
            "Regie is not sure which product these names are. They become the board's own services unless you choose a product below.",
        ["Lijkt op"] = "Resembles",
        ["Of een ander product"] = "Or another product",
        ["zekerheid {0}"] = "confidence {0}",
        ["Keuze voor {0}"] = "Choice for {0}",
        ["Eigen dienst (niet in de catalogus)"] = "The board's own service (not in the catalog)",
        ["Het is {0}"] = "It is {0}",
        ["Ander product voor {0}"] = "Another product for {0}",
        ["naam of id uit de catalogus"] = "name or id from the catalog",
        ["Bijgewerkt"] = "Updated",
        ["Wordt bijgewerkt"] = "Will be updated",
        ["Veld"] = "Field",
        ["Was"] = "Was",
        ["Wordt"] = "Becomes",
        ["bijgewerkt"] = "updated",
        ["Nieuwe afhankelijkheden"] = "New dependencies",
        ["Verwijderd, want niet in het bestand"] = "Removed, because not in the file",
        ["Niet in het bestand"] = "Not in the file",
        ["Deze diensten staan in Regie maar niet in dit bestand. Ze blijven staan, tenzij je hieronder kiest ze te verwijderen."] =
            "These services are in Regie but not in this file. They stay, unless you choose below to remove them.",
        ["Deze diensten kwamen uit een eerdere export van deze soort en staan niet in dit bestand. Ze blijven staan, tenzij je hieronder kiest ze te verwijderen."] =
            "These services came from an earlier export of this kind and are not in this file. They stay, unless you choose below to remove them.",
        ["Verwijder deze dienst met haar afhankelijkheden"] = "Remove this service with its dependencies",
        ["Verwijder deze {0} diensten met hun afhankelijkheden"] = "Remove these {0} services with their dependencies",
        ["Dit voorbeeld is verlopen of hoort bij een ander bestuur; lees het bestand opnieuw in."] = "This preview has expired or belongs to another board; read the file again.",
        ["Het voorbeeld is bijgewerkt met je keuzes. Controleer het en sla op."] = "The preview was updated with your choices. Check it and save.",
        ["en nog {0} regels; `regie import --dry-run` of de API toont ze allemaal."] = "and {0} more rows; `regie import --dry-run` or the API lists them all.",
    };
}
