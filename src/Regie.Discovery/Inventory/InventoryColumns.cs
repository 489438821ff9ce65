using Regie.Core.Common;

namespace Regie.Discovery.Inventory;

public enum InventoryColumn
{
    Name, CatalogId, Processes, Pupils, Staff, DataCategories, Vendor, HostingProvider, Region, DataLocation,
    SignsInThrough, HostedOn, IntegratesWith, ContractEnd, ExitClause, ExportFormats, Dpia, Kia, AnnualCost, Notes,
}

/// <summary>One column of the inventory spreadsheet: its Dutch header, the English headers also accepted, and its explanation.</summary>
public sealed record ColumnSpec(InventoryColumn Column, string Header, IReadOnlyList<string> Aliases, string Meaning, string Allowed)
{
    public bool Required => Column == InventoryColumn.Name;
}

public static class InventoryColumns
{
    public static readonly IReadOnlyList<ColumnSpec> All =
    [
        new(InventoryColumn.Name, "naam", ["name", "dienst", "applicatie", "service"], "Naam van de dienst of applicatie.", "tekst (verplicht, uniek in het bestand)"),
        new(InventoryColumn.CatalogId, "catalogus-id", ["catalog-id", "catalogid", "product-id"], "Id van het product in de Regie-catalogus. Leeg: Regie zoekt op naam.", "een product-id uit de catalogus"),
        new(InventoryColumn.Processes, "processen", ["processes", "proces"], "Welke processen de dienst ondersteunt.", "proces-ids of Nederlandse namen, gescheiden door komma's"),
        new(InventoryColumn.Pupils, "leerlingen", ["pupils", "students", "aantal-leerlingen"], "Hoeveel leerlingen de dienst gebruiken.", "geheel getal"),
        new(InventoryColumn.Staff, "medewerkers", ["staff", "employees", "aantal-medewerkers"], "Hoeveel medewerkers de dienst gebruiken.", "geheel getal"),
        new(InventoryColumn.DataCategories, "persoonsgegevens", ["data-categories", "personal-data", "gegevens"], "Welke persoonsgegevens de dienst bevat.", "categorie-ids of namen, gescheiden door komma's"),
        new(InventoryColumn.Vendor, "leverancier", ["vendor", "supplier"], "Het bedrijf dat de dienst levert. Leeg: volgens de catalogus.", "bedrijfs-id of naam uit de catalogus"),
        new(InventoryColumn.HostingProvider, "hostingpartij", ["hosting-provider", "hosting", "gehost-bij"], "Waar de dienst draait. Leeg: volgens de catalogus.", "hostingpartij-id of naam uit de catalogus"),
        new(InventoryColumn.Region, "regio", ["region", "hosting-region"], "Regio of land van het datacenter.", "tekst"),
        new(InventoryColumn.DataLocation, "datalocatie", ["data-location"], "Waar de gegevens staan.", "eu-only, eu-default, outside-eu of onbekend"),
        new(InventoryColumn.SignsInThrough, "logt-in-via", ["signs-in-through", "sign-in-via", "sso", "inloggen-via"], "De dienst waarmee gebruikers inloggen.", "naam van een andere dienst in dit bestand of al geregistreerd"),
        new(InventoryColumn.HostedOn, "gehost-op", ["hosted-on", "draait-op"], "Een andere dienst waarop deze dienst draait.", "naam van een andere dienst in dit bestand of al geregistreerd"),
        new(InventoryColumn.IntegratesWith, "koppelt-met", ["integrates-with", "koppelingen", "integrations"], "Diensten waarmee gegevens worden uitgewisseld.", "namen van diensten, gescheiden door komma's"),
        new(InventoryColumn.ContractEnd, "contract-einde", ["contract-end", "einddatum-contract", "einddatum"], "Einddatum van het contract.", "JJJJ-MM-DD of DD-MM-JJJJ"),
        new(InventoryColumn.ExitClause, "exitclausule", ["exit-clause"], "Staat er een exitclausule in het contract?", "ja, nee of onbekend"),
        new(InventoryColumn.ExportFormats, "exportformaten", ["export-formats", "export"], "In welke formaten u de gegevens kunt exporteren.", "bijvoorbeeld CSV, XLSX, JSON, gescheiden door komma's"),
        new(InventoryColumn.Dpia, "dpia", [], "Status van de DPIA.", "onbekend, niet-gestart, bezig, klaar of niet-nodig"),
        new(InventoryColumn.Kia, "kia", ["cria", "kinderrechten-impact-assessment"], "Status van de Kinderrechten Impact Assessment (KIA).", "onbekend, niet-gestart, bezig, klaar of niet-nodig"),
        new(InventoryColumn.AnnualCost, "jaarkosten", ["annual-cost", "kosten", "cost"], "Kosten per jaar in euro.", "bedrag, bijvoorbeeld 12500 of 12.500,00"),
        new(InventoryColumn.Notes, "notities", ["notes", "opmerkingen"], "Vrije opmerkingen.", "tekst"),
    ];

    public static ColumnSpec Spec(InventoryColumn column) => All[(int)column];

    public static string Header(InventoryColumn column) => Spec(column).Header;

    /// <summary>Finds the column for a header as a user may write it: any case, with spaces, dashes or underscores.</summary>
    public static ColumnSpec? Find(string header)
    {
        var key = Compact(header);
        return All.FirstOrDefault(c => Compact(c.Header) == key || c.Aliases.Any(a => Compact(a) == key));
    }

    private static string Compact(string text) => new([.. TextKey.Of(text).Where(char.IsLetterOrDigit)]);
}
